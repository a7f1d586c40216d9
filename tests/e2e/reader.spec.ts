/** A reader's first visit: the table of chapters, a chapter, its notes, the theme, the 404 page. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

  const call = page.locator('sup.appel-de-note > a').first();
  const noteId = (await call.getAttribute('href'))!.slice(1);
  await call.click();
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  const note = page.locator(`li#${noteId}`);
  await expect(note).toBeInViewport();
  await expect(note.locator('a[href*="/sources/#"]').first()).toBeVisible();
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

test('one reference date, « état au … », read from content/edition.yaml, heads the home page, each chapter and the PDFs', async ({ page }) => {
  const etatAu = /etatAu:\s*"(\d{4}-\d{2}-\d{2})"/.exec(readFileSync('content/edition.yaml', 'utf8'))![1]!;
  const shown = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${etatAu}T00:00:00Z`))
    .replace(/^1 /, '1er ');
  await page.goto('./');
  await expect(page.locator(`[data-etat-au="${etatAu}"]`)).toContainText(/État au/);
  for (const slug of ['1-epoque-sovietique', '6-epilogue']) {
    await page.goto(`./chapitres/${slug}/`);
    const head = (await page.locator('.chapter-head').innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(head, slug).toContain(`État au ${shown}`);
  }
  if (existsSync('dist/pdf/dossier-haut-karabagh.pdf')) {
    for (const pdf of ['dossier-haut-karabagh', '6-epilogue']) {
      const firstPage = execFileSync('pdftotext', ['-l', '1', `dist/pdf/${pdf}.pdf`, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
      expect(firstPage, pdf).toContain(`État au ${shown}`);
    }
  }
});
