/** Every page, every reader: accessibility, keyboard, JavaScript off, privacy, and the web around the site. */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitePages } from './pages';

const pages = sitePages();

test('the sitemap lists every section of the site', () => {
  for (const p of ['', 'chronologie/', 'glossaire/', 'carte/', 'sources/', 'recherche/', 'imprimer/', 'chapitres/1-epoque-sovietique/', 'chapitres/6-epilogue/'])
    expect(pages).toContain(p);
});

for (const path of pages) {
  test.describe(`/${path}`, () => {
    for (const [theme, width] of [
      ['light', 1280],
      ['dark', 390],
    ] as const) {
      test(`axe finds no violation (${theme}, ${width} px)`, async ({ page }) => {
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`./${path}`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
    for (const [theme, width] of [
      ['dark', 1280],
      ['light', 390],
    ] as const) {
      test(`axe finds no violation (${theme}, ${width} px, theme chosen with the toggle)`, async ({ page }) => {
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
        await page.goto(`./${path}`);
        await page.locator('[data-theme-toggle]').click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('one h1, headings in order, French, canonical and description, no request to another host', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(`./${path}`);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('h1')).toHaveCount(1);
      const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
      });
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      // The policy lists the hash of each inline script and style of this page, and no other.
      const inline = await page.evaluate(async () => {
        const blocks = [...document.querySelectorAll('script:not([src]), style')].filter((el) => !/json/.test(el.getAttribute('type') ?? ''));
        return Promise.all(
          blocks.map(async (el) => {
            const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(el.textContent ?? ''));
            return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
          }),
        );
      });
      expect((csp ?? '').match(/'sha\d+-[^']+'/g) ?? []).toEqual(expect.arrayContaining(inline));
      expect(new Set((csp ?? '').match(/'sha\d+-[^']+'/g) ?? []).size).toBe(new Set(inline).size);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      );
      expect(handlers).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages.filter((p) => p !== 'recherche/')) {
    test(`/${path} reads, navigates and shows its notes`, async ({ page }) => {
      await page.goto(`./${path}`);
      await expect(page.locator('h1')).toBeVisible();
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
      await expect(page.getByRole('navigation', { name: 'Navigation principale', exact: true })).toBeVisible();
      if (path.startsWith('chapitres/')) {
        await expect(page.locator('section.notes li').first()).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Dans ce chapitre' }).getByRole('link').first()).toBeVisible();
      }
    });
  }
});

test('the keyboard alone reaches the skip link, the search, the theme toggle and a note', async ({ page }) => {
  await page.goto('./chapitres/1-epoque-sovietique/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Sardarapat');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-panel]')).toBeHidden();

  const toggle = page.locator('[data-theme-toggle]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  const call = page.locator('sup.appel-de-note > a').first();
  await call.focus();
  await expect(page.getByRole('note')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#fn-/);
});

test('robots.txt, the sitemap, the RSS feed and the favicon are served; each chapter has Article JSON-LD', async ({ page, request }) => {
  const robots = await request.get('./robots.txt');
  expect(await robots.text()).toMatch(/Sitemap: https?:\/\/.+sitemap-index\.xml/);
  expect((await request.get('./sitemap-index.xml')).ok()).toBe(true);
  const feed = await (await request.get('./rss.xml')).text();
  expect(feed).toContain('<language>fr-FR</language>');
  expect(feed.match(/<item>/g)).toHaveLength(6);
  expect((await request.get('./favicon.svg')).ok()).toBe(true);
  await page.goto('./chapitres/3-guerre-1992-1994/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'Article', inLanguage: 'fr', headline: expect.stringContaining('1992'), dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
});
