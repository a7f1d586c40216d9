/** A reader's first visit: the table of chapters, a chapter, its notes, the theme, the 404 page. */
import { expect, test } from '@playwright/test';

test('the home page lists the six chapters in order, each with its period and reading time', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Haut-Karabagh, dossier annoté');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const cards = page.locator('[data-chapter-list] > li');
  await expect(cards).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    await expect(cards.nth(i).locator('.chapter-card__number')).toHaveText(String(i + 1));
    await expect(cards.nth(i)).toContainText(/min de lecture/);
  }
  await expect(cards.first()).toContainText('1918');
  await expect(cards.last()).toContainText('2025');
});

test('a chapter shows its table of contents, and a note call leads to the note and back', async ({ page }) => {
  await page.goto('./');
  await page.locator('[data-chapter-list] > li').nth(2).getByRole('link').click();
  await expect(page).toHaveURL(/\/chapitres\/3-guerre-1992-1994\/$/);
  const toc = page.getByRole('navigation', { name: 'Dans ce chapitre' });
  await expect(toc.getByRole('link')).not.toHaveCount(0);
  const firstSection = toc.getByRole('link').first();
  const target = await firstSection.getAttribute('href');
  await firstSection.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));

  const call = page.locator('a[data-footnote-ref]').first();
  const noteId = (await call.getAttribute('href'))!.slice(1);
  await call.click();
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  const note = page.locator(`li#${noteId}`);
  await expect(note).toBeInViewport();
  await expect(note.locator('a.citation').first()).toBeVisible();
  await note.getByRole('link', { name: /Retour à l’appel de note 1/ }).click();
  await expect(page).toHaveURL(/#fnref-/);
  await expect(call).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Notes', level: 2 })).toBeAttached();
});

test('the dark theme toggle is remembered from page to page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Passer au thème sombre' });
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(23, 22, 20)');
  await page.goto('./sources/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Passer au thème clair' }).click();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('an unknown address gives the French 404 page with search and chapters', async ({ page }) => {
  const response = await page.goto('./page-qui-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.locator('main').getByRole('searchbox')).toBeVisible();
  await expect(page.locator('main ol > li')).toHaveCount(6);
});
