/** Printing: the PDFs that the build renders, read back with poppler-utils as a reader's PDF viewer would. */

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { layOutEdition } from '../../src/integrations/pdf.ts';
import { basePath } from '../../src/settings.ts';

const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pdfInfo = (file: string): Record<string, string> =>
  Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');
/** The text of each page (pdftotext separates pages with a form feed). */
const pdfPages = (file: string): string[] => pdfText(file).split('\f');
/** Text without spaces nor hyphens, so that line breaks and hyphenation do not matter. */
const bare = (s: string): string => s.replace(/[\s\u00a0\u202f\u00ad\u2010\u2011-]+/g, '');
const DOSSIER = 'dist/pdf/dossier-haut-karabagh.pdf';

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
  // The notes are at the foot of their pages, not in a list at the end under « Notes ».
  expect(pdfText(file)).not.toMatch(/^\s*Notes\s*$/m);
  expect(text).toMatch(/Human Rights Watch(\/Helsinki)?, Azerbaijan ?: Seven Years of Conflict in Nagorno-Karabakh/);
  expect(text).not.toMatch(/(op\. cit|Ibid)\.\./);
  expect(text).toMatch(/op\. cit\./);
  // An offprint of the dossier: its pages keep the dossier's folios, one after the other.
  const folios = pdfPages(file)
    .slice(0, Number(info['Pages']))
    .map((p, i) => ({ i, folio: Number(/p\. (\d+) \/ \d+/.exec(p)?.[1] ?? Number.NaN) }))
    .filter((p) => !Number.isNaN(p.folio));
  expect(folios.length).toBeGreaterThanOrEqual(Number(info['Pages']) - 1);
  for (const { i, folio } of folios) expect(folio - i, `page ${i + 1}`).toBe(folios[0]!.folio - folios[0]!.i);
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

test('printing a chapter from the browser hides the interface, says where the sources’ addresses are, and prints black on white, whatever the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./chapitres/1-epoque-sovietique/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const selector of ['.site-header', '.toc', '[data-theme-toggle]', '.pager', '.cite-box', '.sidenote']) await expect(page.locator(selector).first()).toBeHidden();
  await expect(page.locator('.chapter-head .print-only')).toBeVisible();
  // The page carries no address of its sources (the PDF does): a line after the notes says where they are.
  await expect(page.locator('.notes .citation-url')).toHaveCount(0);
  await expect(page.locator('.notes-adresses')).toBeVisible();
  await expect(page.locator('.notes-adresses')).toContainText(/bibliographie \(\S+\/sources\/\)/);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('in every chapter PDF, each note is printed at the foot of the page that calls it (rare exceptions listed)', async ({ page }) => {
  test.setTimeout(90_000);
  // A narrow window: no copies of the notes in the margin, each note's text is read once.
  await page.setViewportSize({ width: 800, height: 900 });
  // The engine moves the line of a call with its note when the note does not fit (footnote-policy:
  // line), but a note may still land alone on the next page: those are listed in the report and
  // must stay rare (5 % at most).
  const misplaced: string[] = [];
  let total = 0;
  for (const slug of readdirSync('dist/chapitres')) {
    await page.goto(`./chapitres/${slug}/`);
    // For each call: the text just before it, and the beginning of its note, as a reader sees them.
    const notes = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('.prose sup.appel-de-note > a')).map((call) => {
        const range = document.createRange();
        range.setStart(call.closest('p, li, td, th, dd, blockquote') ?? call.parentElement!, 0);
        range.setEndBefore(call.parentElement!);
        const before = range.toString();
        const note = document.getElementById(decodeURIComponent(call.hash.slice(1)))!;
        // The PDF adds a source's address after its first citation (the page does not): the note is
        // read up to the end of its first citation, which both give alike.
        const first = note.querySelector('a[href*="/sources/#"]');
        const text = document.createRange();
        text.selectNodeContents(note);
        if (first) text.setEndAfter(first);
        return { n: call.textContent ?? '', before, note: text.toString().replace('↩', '').trim() };
      }),
    );
    expect(notes.length, slug).toBeGreaterThan(10);
    const pages = pdfPages(`dist/pdf/${slug}.pdf`).map(bare);
    for (const { n, before, note } of notes) {
      const start = bare(`${n}. ${note}`).slice(0, 40);
      const at = pages.findIndex((p) => p.includes(start));
      expect(at, `${slug}, note ${n} : « ${start} »`).toBeGreaterThan(-1);
      // The call (the end of the sentence that carries it, then its number) is on the same page.
      // pdftotext may set a superscript apart from its line, a link to a chapter gains « , p. 37 » and
      // the sentence may begin on the page before: the last letters before the call are looked for.
      const letters = (t: string): string => t.replace(/,p\.\d+/g, '').replace(/[\d,.;:]+/g, '');
      // The sample: calls that follow plain words (no figures, no link to a chapter), whose text the
      // PDF gives back as the page shows it.
      if (/[\d)]/.test(before.slice(-30)) || before.trim().length < 30) continue;
      total += 1;
      if (letters(pages[at]!).includes(letters(bare(before)).slice(-8))) continue;
      misplaced.push(`${slug}, note ${n} (p. ${at + 1}), appelée après « ${before.slice(-30)} »`);
    }
    // The list of notes at the end is not printed: no page begins with the title « Notes » alone.
    expect(pages.some((p) => p.startsWith('Notes1.'))).toBe(false);
  }
  test.info().annotations.push({ type: 'notes reportées', description: misplaced.join(' ; ') || 'aucune' });
  expect(total).toBeGreaterThan(100);
  expect(misplaced.length, misplaced.join('\n')).toBeLessThanOrEqual(Math.ceil(total / 20));
});

test('the marks of the index of names are in the print edition only, not on the chapter pages', async ({ page }) => {
  // Later mentions of a term carry <span data-terme> for the printed index (src/lib/index-marks.ts).
  await page.goto('./imprimer/');
  const marks = page.locator('[data-chapitre-slug] .prose span[data-terme]');
  expect(await marks.count()).toBeGreaterThan(100);
  const first = marks.first();
  const slug = await first.evaluate((el) => el.closest<HTMLElement>('[data-chapitre-slug]')?.dataset['chapitreSlug'] ?? '');
  // The words around the first mark, as the chapter page must still show them.
  const context = await first.evaluate((el) => (el.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80));
  for (const chapter of readdirSync('dist/chapitres')) {
    await page.goto(`./chapitres/${chapter}/`);
    await expect(page.locator('[data-terme]')).toHaveCount(0);
    if (chapter === slug) await expect(page.locator('.prose')).toContainText(context);
  }
});

test('in the laid-out book, a paragraph ends on a justified line only where the page cuts it', async ({ browser }) => {
  // The book as the PDFs print it, laid out again by the engine: the same page, the same sheets.
  test.setTimeout(120_000);
  const context = await browser.newContext();
  try {
    const { page } = await layOutEdition(context, 'dist', basePath(), 'imprimer/');
    const { spread, cut } = await page.evaluate(() => {
      const spread: string[] = [];
      let cut = 0;
      for (const block of document.querySelectorAll<HTMLElement>('.pagedjs_page :is(p, li, dd, figcaption)')) {
        if (getComputedStyle(block).textAlignLast !== 'justify') continue;
        // The engine marks the block it cuts at the foot of a page: its last line there is justified, rightly.
        if (block.dataset['alignLastSplitElement'] === 'justify') cut += 1;
        else spread.push(`p. ${block.closest<HTMLElement>('.pagedjs_page')?.dataset['pageNumber']} : « ${(block.textContent ?? '').trim().slice(-50)} »`);
      }
      return { spread, cut };
    });
    // Before print.css took the rule from what a split container holds: 155 paragraphs spread.
    expect(spread).toEqual([]);
    expect(cut).toBeGreaterThan(10);
  } finally {
    await context.close();
  }
});

test('the dossier’s contents give, for each chapter, the page on which its title stands', () => {
  const pages = pdfPages(DOSSIER);
  // The contents run from the page titled « Sommaire » to the opening of chapter 1.
  const first = pages.findIndex((p) => p.includes('Sommaire'));
  const contents = pages
    .slice(
      first,
      pages.findIndex((p, i) => i > first && p.includes('CHAPITRE 1 ·')),
    )
    .join('\n');
  const chapters = [...contents.matchAll(/Chapitre (\d) · (.+?) \(.*?\.{3,}\s*(\d+)\s*$/gm)];
  expect(chapters.map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6']);
  for (const [, n, title, number] of chapters) {
    const text = squash(pages[Number(number) - 1]!);
    expect(text, `chapitre ${n}, p. ${number}`).toContain(`CHAPITRE ${n} ·`);
    expect(text, `chapitre ${n}, p. ${number}`).toContain(squash(title!).trim());
    expect(text, `chapitre ${n}, p. ${number}`).toMatch(new RegExp(`p\\. ${number} / ${pages.length - 1}`));
  }
  // Sections too, and the parts after the chapters.
  expect(contents).toMatch(/Khodjaly, 25–26 février 1992 \.{3,}\s*\d+/);
  expect(contents).toMatch(/Index des noms \.{3,}\s*\d+/);
});

test('the dossier’s index of names sends each name to pages that contain it, and variants to the main form', () => {
  type Entry = { id: string; term: string; variants?: string[]; armenian?: string; azerbaijani?: string };
  const glossary = parse(readFileSync('content/glossaire.yaml', 'utf8')) as Entry[];
  const pages = pdfPages(DOSSIER);
  const start = pages.findIndex((p) => /^\s*Index des noms\s*$/m.test(p) && !p.includes('Sommaire'));
  expect(start).toBeGreaterThan(pages.length / 2);
  const index = squash(pages.slice(start).join(' '));
  expect(index).toMatch(/Khankendi, voir Stepanakert/);
  // Five entries chosen across the glossary, among those that the index gives pages for.
  const listed = glossary.map((e) => ({ e, m: new RegExp(`(?:^| )${e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ((?:\\d+(?:–\\d+)?(?:, )?)+)`).exec(index) })).filter((x) => x.m);
  expect(listed.length).toBeGreaterThan(glossary.length / 2);
  const chosen = [0, 1, 2, 3, 4].map((i) => listed[Math.floor((i * (listed.length - 1)) / 4)]!);
  for (const { e, m } of chosen) {
    const forms = [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani].filter((f): f is string => Boolean(f)).map(bare);
    const numbers = m![1]!
      .split(', ')
      .filter(Boolean)
      .flatMap((part) => {
        const [from, to] = part.split('–').map(Number);
        return to ? [from!, to] : [from!];
      });
    expect(numbers.length, e.term).toBeGreaterThan(0);
    for (const number of numbers) {
      const text = bare(pages[number - 1] ?? '');
      expect(
        forms.some((f) => text.includes(f)),
        `${e.term}, p. ${number}`,
      ).toBe(true);
    }
  }
});
