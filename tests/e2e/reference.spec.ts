/** The ways in: chronology, glossary, and search by any spelling of a name. */
import { expect, test } from '@playwright/test';

test('the chronology filters by chapter and by theme without reloading, and an event leads to its section', async ({ page }) => {
  await page.goto('./chronologie/');
  const events = page.locator('.evenement');
  const total = await events.count();
  expect(total).toBeGreaterThanOrEqual(100);
  const url = page.url();
  // Nothing filtered yet: every event shows, each with its chapter and themes (a date with an
  // ordinal, « 1er décembre 1987 », once broke its element's attributes and hid it).
  const visible = page.locator('.evenement:visible');
  await expect(visible).toHaveCount(total);
  await expect(page.locator('[data-chronology-count]')).toContainText(`${total} événements`);
  for (const e of await events.evaluateAll((els) => els.map((el) => [el.getAttribute('data-chapter'), el.getAttribute('data-themes')]))) {
    expect(e[0]).toMatch(/^\d+-/);
    expect(e[1]).toMatch(/^[a-z]+( [a-z]+)*$/);
  }

  await page.getByRole('radio', { name: /^3\. 1992–1994$/ }).check();
  const inChapter3 = await visible.count();
  expect(inChapter3).toBeGreaterThan(10);
  expect(inChapter3).toBeLessThan(total);
  for (const chapter of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter')))) expect(chapter).toBe('3-guerre-1992-1994');

  await page.getByRole('checkbox', { name: 'Guerre' }).uncheck();
  await page.getByRole('checkbox', { name: 'Politique' }).uncheck();
  await page.getByRole('checkbox', { name: 'Humanitaire' }).uncheck();
  const diplomacy = await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-themes')));
  expect(diplomacy.length).toBeGreaterThan(0);
  for (const themes of diplomacy) expect(themes).toContain('diplomatie');
  await expect(page.locator('[data-chronology-count]')).toContainText(`${diplomacy.length} événement`);
  expect(page.url()).toBe(url);

  const link = visible.first().getByRole('link', { name: /Lire au chapitre 3/ });
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(/\/chapitres\/3-guerre-1992-1994\/#/);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the chronology is complete and the filters, which need JavaScript, are not shown', async ({ page }) => {
    await page.goto('./chronologie/');
    expect(await page.locator('.evenement:visible').count()).toBeGreaterThanOrEqual(100);
    await expect(page.locator('[data-chronology-filters]')).toBeHidden();
  });

  test('a chapter’s « Repères » lead to its dates in the chronology', async ({ page }) => {
    await page.goto('./chapitres/4-cessez-le-feu-gele/');
    const reperes = page.locator('details.reperes');
    const count = Number(/\d+/.exec((await reperes.locator('.reperes__count').textContent()) ?? '')?.[0]);
    await reperes.locator('summary').click();
    const link = reperes.getByRole('link', { name: `Les ${count} dates du chapitre dans la chronologie` });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/chronologie\/#periode-4$/);
    const heading = page.locator('#periode-4');
    await expect(heading).toBeInViewport();
    await expect(heading.getByRole('link')).toHaveAttribute('href', /\/chapitres\/4-cessez-le-feu-gele\/$/);
    await expect(page.locator('section[aria-labelledby="periode-4"] .evenement')).toHaveCount(count);
  });
});

test('a chapter’s « Repères » open on its key dates, drawn from the chronology, each leading to its section', async ({ page }) => {
  await page.goto('./chapitres/4-cessez-le-feu-gele/');
  const reperes = page.locator('details.reperes');
  const count = Number(/\d+/.exec((await reperes.locator('.reperes__count').textContent()) ?? '')?.[0]);
  expect(count).toBeGreaterThanOrEqual(20);
  await reperes.locator('summary').click();
  const links = reperes.locator('dd a');
  await expect(links).toHaveCount(count);
  await expect(reperes.locator('dt time')).toHaveCount(count);
  await expect(reperes.locator('dt time').first()).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
  await expect(reperes.locator('dt').first()).toHaveText(/\d{4}$/);

  const first = links.first();
  const text = (await first.textContent())!.trim();
  const anchor = (await first.getAttribute('href'))!;
  expect(anchor).toMatch(/^#[a-z0-9-]+$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/chapitres/4-cessez-le-feu-gele/${anchor}$`));
  await expect(page.locator(`[id="${anchor.slice(1)}"]`)).toBeInViewport();

  await page.goto('./chronologie/');
  await expect(
    page
      .locator('.evenement p')
      .filter({ hasText: text.slice(0, 40) })
      .first(),
  ).toBeVisible();
});

test('when the « Repères » cannot be loaded, the box still leads to the chronology', async ({ page }) => {
  await page.route('**/reperes.json', (route) => route.abort());
  await page.goto('./chapitres/4-cessez-le-feu-gele/');
  const reperes = page.locator('details.reperes');
  const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/reperes.json'));
  await reperes.locator('summary').click();
  await failed;
  await expect(reperes.getByRole('link', { name: /dates du chapitre dans la chronologie/ })).toHaveAttribute('href', /\/chronologie\/#periode-4$/);
  await expect(reperes.locator('dl')).toHaveCount(0);
});

test('the glossary has a letter bar, an anchor per entry, its spellings and the chapters that mention it', async ({ page }) => {
  await page.goto('./glossaire/');
  expect(await page.locator('article.entree').count()).toBeGreaterThanOrEqual(60);
  await page.getByRole('navigation', { name: 'Lettres de l’index' }).getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#lettre-K$/);
  await expect(page.locator('#lettre-K')).toBeInViewport();
  const entry = page.locator('article#kelbajar');
  await expect(entry).toContainText('Karvatchar');
  await expect(entry.locator('[lang="az"]')).toHaveText('Kəlbəcər');
  await expect(entry.locator('.entree__meta')).toContainText('chap. 3');
});

test('a chapter’s first mention of a name links to its glossary entry', async ({ page }) => {
  await page.goto('./chapitres/3-guerre-1992-1994/');
  const link = page.locator('.prose a[href*="/glossaire/#"][href$="#khodjaly"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/glossaire\/#khodjaly$/);
  await expect(page.locator('article#khodjaly')).toBeInViewport();
});

for (const [query, chapter] of [
  ['Kelbajar', '3-guerre-1992-1994'],
  ['Xocali', '3-guerre-1992-1994'],
  ['Xocalı', '3-guerre-1992-1994'],
  ['Khankendi', ''],
  ['Bishkek', '3-guerre-1992-1994'],
  ['Nagorno-Karabakh', ''],
] as const) {
  test(`searching « ${query} » finds a chapter that tells of the place`, async ({ page }) => {
    await page.goto(`./recherche/?q=${encodeURIComponent(query)}`);
    const links = page.locator('[data-search-page-results] .search-result__title a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes(`/chapitres/${chapter}`))).toBe(true);
  });
}

test('the header search finds a glossary entry as its own result', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).first().fill('Kəlbəcər');
  const subs = page.locator('[data-search-results] a[href*="/glossaire/#"]');
  await expect(subs.first()).toBeVisible();
});

test('search results can be narrowed to one chapter', async ({ page }) => {
  await page.goto('./recherche/?q=Stepanakert');
  const links = page.locator('[data-search-page-results] .search-result__title a');
  await expect(links.first()).toBeVisible();
  await page.getByLabel('Filtrer par chapitre').selectOption({ index: 5 });
  await expect(page).toHaveURL(/chapitre=5/);
  await expect(links.first()).toHaveAttribute('href', /5-guerre-des-44-jours/);
  expect(await links.count()).toBe(1);
});
