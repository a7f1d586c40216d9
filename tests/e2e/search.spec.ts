/** Searching as a reader does: from the header, with or without accents, and from an address. */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

test('the / key focuses the header search; results appear as you type, with and without accents', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).first();
  await expect(input).toBeFocused();
  await input.fill('Azerbaïdjan');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toBeVisible();
  const withAccent = await results.count();

  await input.fill('azerbaidjan');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBe(withAccent);
  await expect(page.locator('[data-search-results] .search-result__excerpt').first()).not.toContainText(/\[\d+\]|↩/);
});

test('the results list’s style sheet comes with the first search, once, and not where the page has it', async ({ page }) => {
  const sheets: string[] = [];
  page.on('request', (r) => {
    if (/search-results[^/]*\.css$/.test(new URL(r.url()).pathname)) sheets.push(r.url());
  });
  const header = page.locator('header [data-search-input]');
  const results = page.locator('header [data-search-results] > li');
  // A chapter: the sheet is not in the page; the panel links it at the first search.
  await page.goto('./chapitres/1-epoque-sovietique/');
  expect(sheets).toEqual([]);
  await header.fill('Chouchi');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toHaveCSS('list-style-type', 'none');
  expect(sheets).toHaveLength(1);
  // The search page bundles the same rules in its own CSS: the header's panel does not fetch them again.
  sheets.length = 0;
  await page.goto('./recherche/');
  await header.fill('Chouchi');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toHaveCSS('list-style-type', 'none');
  expect(sheets).toEqual([]);
});

test('a search result opens the chapter at the section where the word is', async ({ page }) => {
  await page.goto('./');
  const input = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).first();
  await input.fill('Sardarapat');
  // The glossary entry may come first; the chapter that tells the battle is among the first results.
  const result = page.locator('[data-search-results] > li').filter({ has: page.locator('.search-result__title a[href*="/chapitres/1-epoque-sovietique/"]') });
  await expect(result).toBeVisible();
  const sub = result.locator('.search-result__subs a').first();
  await expect(sub).toBeVisible();
  const href = (await sub.getAttribute('href'))!;
  expect(href).toMatch(/\/chapitres\/1-epoque-sovietique\/#.+/);
  await sub.click();
  const anchor = decodeURIComponent(href.split('#')[1]!);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('/recherche/?q=… searches from the address and shows results', async ({ page }) => {
  await page.goto('./recherche/?q=Stepanakert');
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).last()).toHaveValue('Stepanakert');
  await expect(page.locator('[data-search-page-status]')).toContainText(/résultats? pour «\s?Stepanakert\s?»/);
  const links = page.locator('[data-search-page-results] .search-result__title a');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(1);
});

test('a hostile query is shown as text, never run as markup', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  await page.goto(`./recherche/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('[data-search-page-status]')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('a name typed in another spelling is searched in the dossier’s, and the reader is told', async ({ page }) => {
  await page.goto('./recherche/?q=Karvatchar');
  const note = page.locator('[data-search-page-note]');
  await expect(page.locator('[data-search-page-status]')).toContainText(/«\s?Karvatchar\s?»\s?: \d+ résultats? pour «\s?Kelbajar\s?»/);
  const first = page.locator('[data-search-page-results] .search-result__subs a').first();
  await expect(first).toHaveAttribute('href', /\/chapitres\/3-guerre-1992-1994\/#l-hiver-1992-1993-et-kelbajar$/);
  // « tel quel »: the same words, without the rewriting.
  await note.getByRole('button', { name: /Karvatchar/ }).click();
  await expect(page).toHaveURL(/tel-quel=1/);
  await expect(page.locator('[data-search-page-status]')).toContainText(/pour «\s?Karvatchar\s?»/);
  await expect(note).toBeEmpty();
});

test('sections come best first, each with its own excerpt, and excerpts show only the page’s text', async ({ page }) => {
  await page.goto('./recherche/?q=principes%20de%20Madrid');
  const chapter = page.locator('[data-search-page-results] > li').first();
  await expect(chapter.locator('.search-result__title a')).toHaveAttribute('href', /4-cessez-le-feu-gele\/$/);
  const sections = chapter.locator('.search-result__subs > li');
  await expect(sections.first().locator('a')).toHaveText('Les principes de Madrid (2007–2009)');
  await expect(sections.first().locator('.search-result__excerpt mark').first()).toBeVisible();
  expect(await sections.count()).toBeLessThanOrEqual(3);

  await page.goto('./recherche/?q=Kelbajar');
  await expect(page.locator('[data-search-page-results] > li').first()).toBeVisible();
  const excerpts = (await page.locator('[data-search-page-results] .search-result__excerpt').allTextContents()).join(' ');
  // Spellings that only the glossary shows never leak into a chapter's excerpt.
  const chapterExcerpts = (await page.locator('[data-search-page-results] .search-result:not(.search-result--reference) .search-result__excerpt').allTextContents()).join(' ');
  expect(excerpts.length).toBeGreaterThan(0);
  expect(chapterExcerpts).not.toMatch(/Кельбаджар|Քարվաճառ|Kəlbəcər|Kelbadzhar/);
});

test('a glossary entry, an event and a source are results of their own, title and kind apart', async ({ page }) => {
  await page.goto('./recherche/?q=Kelbajar');
  const entry = page.locator('.search-result--reference').filter({ has: page.locator('a[href$="/glossaire/#kelbajar"]') });
  await expect(entry.locator('.search-result__title a')).toHaveText('Kelbajar');
  await expect(entry.locator('.search-result__kind')).toHaveText('lieu');

  await page.goto('./recherche/?q=Bichkek');
  await expect(page.locator('.search-result--reference a[href*="/chronologie/#evt-"]').first()).toBeVisible();
  await expect(page.locator('.search-result--reference a[href*="/sources/#"]').first()).toBeVisible();
  // The long pages themselves are never a result.
  const hrefs = await page.locator('[data-search-page-results] a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /\/(glossaire|chronologie|sources|carte)\/$/.test(h))).toEqual([]);
});

for (const [theme, width] of [
  ['light', 1280],
  ['dark', 390],
] as const) {
  test(`axe finds no violation on /recherche/ with results shown (${theme}, ${width} px)`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('./recherche/?q=Kəlbəcər');
    await expect(page.locator('[data-search-page-results] .search-result--reference').first()).toBeVisible();
    await expect(page.locator('[data-search-page-note] button')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
