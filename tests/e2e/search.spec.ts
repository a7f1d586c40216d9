/** Searching as a reader does: from the header, with or without accents, and from an address. */
import { expect, test } from '@playwright/test';

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
