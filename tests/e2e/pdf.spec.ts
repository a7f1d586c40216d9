/** Printing: the PDFs that the build renders, read back with poppler-utils as a reader's PDF viewer would. */

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pdfInfo = (file: string): Record<string, string> =>
  Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

test('a chapter PDF has its title, its sections, its notes with citations, page numbers, and no interface', async ({ page }) => {
  await page.goto('./chapitres/3-guerre-1992-1994/');
  const headings = await page.locator('.prose h2').allTextContents();
  const file = 'dist/pdf/3-guerre-1992-1994.pdf';
  const text = squash(pdfText(file));
  const info = pdfInfo(file);
  expect(Number(info['Pages'])).toBeGreaterThan(1);
  expect(info['Title']).toContain('La guerre (1992–1994)');
  expect(info['Author']).toBe('Dossier annoté Haut-Karabagh');
  expect(info['Page size']).toContain('A4');
  expect(text).toContain('La guerre (1992–1994)');
  for (const h of headings.filter((h) => h !== 'Notes')) expect(text).toContain(squash(h).slice(0, 30));
  expect(text).toContain('Notes');
  expect(text).toMatch(/Human Rights Watch(\/Helsinki)?, Azerbaijan ?: Seven Years of Conflict in Nagorno-Karabakh/);
  expect(text).not.toMatch(/(op\. cit|Ibid)\.\./);
  expect(text).toMatch(/op\. cit\./);
  expect(text).toMatch(/p\. 1 \/ \d+/);
  expect(text).toMatch(/p\. \d+ \/ \d+/);
  for (const word of ['Rechercher', 'Dans ce chapitre', 'Chapitre suivant', 'Passer au thème', 'Citer ce chapitre']) expect(text).not.toContain(word);
  expect(text).toMatch(/https?:\/\/en\.wikipedia\.org\/wiki\//);
});

test('printed notes say whose voice a source carries, and a foreign title keeps its own typography', () => {
  const text = squash(pdfText('dist/pdf/6-epilogue.pdf'));
  expect(text).toContain('(presse arménienne)');
  expect(text).toContain('(relais de Reuters)');
  expect(text).toContain('(source officielle arménienne)');
  const whole = squash(pdfText('dist/pdf/dossier-haut-karabagh.pdf'));
  expect(whole).toContain('Armenia and Azerbaijan: Anatomy of a Rivalry');
  expect(whole).not.toContain('Armenia and Azerbaijan : Anatomy');
});

test('the whole-dossier PDF holds the six chapters in order, then the chronology and the sources', () => {
  const text = squash(pdfText('dist/pdf/dossier-haut-karabagh.pdf'));
  const titles = ['Prologue et époque soviétique', 'Le réveil arménien', 'La guerre (1992–1994)', 'Le cessez-le-feu gelé', 'La guerre des 44 jours', 'Épilogue (2021–2025)'];
  const sommaire = text.indexOf('Sommaire');
  expect(sommaire).toBeGreaterThan(-1);
  let from = text.indexOf('Chapitre 1', sommaire + 2000);
  for (const title of titles) {
    const at = text.indexOf(title, from);
    expect(at, title).toBeGreaterThan(-1);
    from = at;
  }
  expect(text.indexOf('Chronologie', from)).toBeGreaterThan(from);
  const glossary = text.indexOf('Glossaire et index des noms', text.indexOf('Chronologie', from));
  expect(glossary).toBeGreaterThan(text.indexOf('Chronologie', from));
  expect(text.lastIndexOf('Sources')).toBeGreaterThan(glossary);
  expect(Number(pdfInfo('dist/pdf/dossier-haut-karabagh.pdf')['Pages'])).toBeGreaterThan(60);
});

test('every « Télécharger le PDF » link resolves to a PDF', async ({ page, request }) => {
  const pages = ['imprimer/', ...readdirSync('dist/chapitres').map((s) => `chapitres/${s}/`)];
  for (const path of pages) {
    await page.goto(`./${path}`);
    const links = page.getByRole('link', { name: /Télécharger le PDF/ });
    await expect(links).toHaveCount(1);
    const response = await request.get(new URL((await links.getAttribute('href'))!, page.url()).href);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toContain('pdf');
  }
});

test('printing a chapter from the browser hides the interface and prints black on white, whatever the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./chapitres/1-epoque-sovietique/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const selector of ['.site-header', '.toc', '[data-theme-toggle]', '.pager', '.cite-box', '.sidenote']) await expect(page.locator(selector).first()).toBeHidden();
  await expect(page.locator('.chapter-head .print-only')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});
