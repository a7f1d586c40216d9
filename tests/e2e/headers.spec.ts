/**
 * The site as Netlify or Cloudflare Pages serve it: every answer carries the headers of
 * `_headers`, on top of each page's own Content-Security-Policy <meta>. A browser enforces
 * both policies, so a script, a style or Pagefind's WebAssembly must pass the two. The checks
 * of what a reader sees are soft, so that a failure also shows what the console said.
 */
import { expect, type Page, test } from '@playwright/test';
import { applyPublishedHeaders, headersFor, publishedRules } from './headers.ts';

const CHAPTER = 'chapitres/3-guerre-1992-1994/';
const CHAPTER_TITLE = 'La guerre (1992–1994)';

/** Directives that only a header can carry: a <meta> policy ignores them (CSP 3, § 3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** What the page writes to its console: a refused script, style or WebAssembly shows there. */
function consoleOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') messages.push(`${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`exception: ${error.message}`));
  return messages;
}

/** The theme switch is an inline module script, allowed by its hash in the page's policy. */
async function expectInlineScriptsRun(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.dataset['theme'] ?? '');
  await page.locator('[data-theme-toggle]').first().click();
  const after = before === 'dark' ? 'light' : 'dark';
  await expect.soft(page.locator('html'), 'inline script ran').toHaveAttribute('data-theme', after);
}

/** The site's stylesheet is applied: the header lays out its title, menu and tools in a row. */
async function expectSiteStyles(page: Page): Promise<void> {
  await expect.soft(page.locator('.site-header__inner'), 'stylesheet').toHaveCSS('display', 'flex');
}

test('the _headers policy carries only what a page’s <meta> cannot carry', () => {
  const sent = headersFor(publishedRules(), `/${CHAPTER}`);
  const directives = (sent['content-security-policy'] ?? '')
    .split(/[;,]/)
    .map((directive) => directive.trim().split(/\s+/)[0]!)
    .filter(Boolean);
  expect(directives).toContain('frame-ancestors');
  expect(directives.filter((directive) => !HEADER_ONLY.has(directive))).toEqual([]);
});

test.describe('with the _headers rules applied to every answer', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await applyPublishedHeaders(context, baseURL!);
  });

  test('a chapter: styles, inline scripts, note previews, a quiet console', async ({ page }) => {
    const messages = consoleOf(page);
    await page.setViewportSize({ width: 1000, height: 800 });
    const response = await page.goto(`./${CHAPTER}`);
    const expected = headersFor(publishedRules(), new URL(page.url()).pathname);
    expect(await response!.allHeaders()).toMatchObject(expected);

    await expectSiteStyles(page);
    await page.waitForLoadState('networkidle');
    const font = await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'));
    expect.soft(font, 'self-hosted font').toBe(true);
    await expectInlineScriptsRun(page);

    await page.locator('sup.appel-de-note > a').first().hover();
    const preview = page.getByRole('note');
    await expect.soft(preview, 'note preview').toBeVisible();
    const citation = preview.locator('a[href*="/sources/#"]').first();
    await expect.soft(citation, 'citation in the preview').toBeVisible();
    expect(messages).toEqual([]);
  });

  test('/recherche/ finds Khodjaly, inline styles applied, a quiet console', async ({ page }) => {
    const messages = consoleOf(page);
    await page.goto('./recherche/?q=Khodjaly');
    const links = page.locator('[data-search-page-results] .search-result__title a');
    await expect.soft(links.first(), 'search results').toBeVisible();
    expect.soft(await links.count(), 'search results').toBeGreaterThan(1);
    // This rule comes from the page's inline <style>, allowed by its hash.
    const row = page.locator('.search-page__row');
    await expect.soft(row, 'inline style').toHaveCSS('display', 'flex');
    await expectSiteStyles(page);

    const input = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).first();
    await input.fill('Chouchi');
    const asYouType = page.locator('[data-search-results] > li').first();
    await expect.soft(asYouType, 'search as you type').toBeVisible();
    await expectInlineScriptsRun(page);
    expect(messages).toEqual([]);
  });

  test('/carte/ draws its map, styled, with a quiet console', async ({ page }) => {
    const messages = consoleOf(page);
    await page.goto('./carte/');
    const drawing = page.getByRole('img', { name: 'Carte du Caucase du Sud et du Haut-Karabagh' });
    await expect(drawing).toBeVisible();
    expect.soft((await drawing.boundingBox())!.width, 'map width').toBeGreaterThan(300);
    await expectSiteStyles(page);
    await expectInlineScriptsRun(page);
    await page.waitForLoadState('networkidle');
    expect(messages).toEqual([]);
  });

  test('another site cannot show a page of the dossier in a frame', async ({ page, baseURL }) => {
    const messages = consoleOf(page);
    const chapter = new URL(CHAPTER, baseURL).href;
    await page.route('http://autre-site.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Autre site</title><iframe src="${chapter}"></iframe>`,
      }),
    );
    await page.goto('http://autre-site.test/');
    await page.waitForLoadState('load');
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    await expect(framed!.getByRole('heading', { name: CHAPTER_TITLE })).toHaveCount(0);
    expect(messages.join('\n')).toContain("frame-ancestors 'none'");
  });
});
