/**
 * PDFs of the dossier, typeset from the built site like a book: one per
 * chapter and one of the whole print edition. The CSS Paged Media engine
 * Paged.js (pagedjs) lays the print edition out once inside the system
 * Chromium, in the edition's own page loaded without its scripts and under
 * print media (notes at the foot of the page, page numbers in the contents,
 * the cross-references and the index, running heads); Chromium prints the
 * whole dossier, then each chapter's pages alone (the other pages hidden) from
 * that layout, with a navigable outline and tags; pdf-lib writes the metadata
 * (title, author, language, date). Requests are answered from dist/ directly
 * (no server, no port).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { fr } from '../i18n/fr.ts';
import type { PdfJob } from '../lib/pdf-files.ts';
import { siteUrl } from '../settings.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { type LayoutReport, layOutBook } from './paged-layout.ts';
import { ORIGIN, serveDist } from './serve-dist.ts';

export async function setMetadata(pdf: Uint8Array, meta: { title: string; author: string; created: Date }): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setLanguage('fr');
  doc.setSubject('Haut-Karabagh, dossier annoté');
  doc.setCreator('Dossier annoté Haut-Karabagh (Astro, Chromium)');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(meta.created);
  doc.setModificationDate(meta.created);
  return doc.save();
}

/** The engine: a UMD bundle that defines `window.Paged`. */
const ENGINE = `${ORIGIN}/__mise-en-page__/paged.js`;

/** The public origin of the site (SITE_URL), or '' when it has none. */
function siteOrigin(): string {
  const site = siteUrl();
  return site ? `${new URL(site).origin}/` : '';
}

/** The edition page as the engine wants it: no scripts (nor the policy that guards them), the engine. */
function editionHtml(root: string, editionPage: string): string {
  return readFileSync(join(root, editionPage, 'index.html'), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace('</head>', `<script src="${ENGINE}"></script></head>`);
}

export interface PrintedFile {
  file: string;
  pages: number;
  /** Time to print it from the laid-out edition. */
  seconds: number;
}

export interface RenderedPdfs {
  report: LayoutReport;
  /** Time of the layout of the whole edition. */
  layoutSeconds: number;
  files: PrintedFile[];
}

/**
 * Opens the print edition (`editionPage`, e.g. "imprimer/") in a context and lays it out as a
 * book with the engine: the page, ready to print, and the engine's report. Throws when the engine
 * reports an error. Used by the PDFs below, and by the tests that read the laid-out book.
 */
export async function layOutEdition(
  context: BrowserContext,
  root: string,
  base: string,
  editionPage: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; report: LayoutReport; layoutSeconds: number }> {
  await serveDist(context, root, base);
  // The package exports no path to its browser bundle: it lies beside its CommonJS entry.
  const engine = readFileSync(join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.js'), 'utf8');
  const edition = `${ORIGIN}${base}${editionPage}`;
  const html = editionHtml(root, editionPage);
  await context.route(ENGINE, (route) => route.fulfill({ status: 200, body: engine, contentType: 'text/javascript' }));
  await context.route(edition, (route) => route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' }));
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme });
  const started = Date.now();
  await page.goto(edition, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // The site's print sheet as built (src/pages/impression.css.ts), which the page links too.
  const stylesheets = [`${ORIGIN}${base}impression.css`];
  const request = { base, site: siteOrigin(), contentsLabel: fr.chapter.toc, stylesheets };
  const report = await page.evaluate(layOutBook, request);
  if (report.errors.length > 0) throw new Error(`Mise en page de ${editionPage} : ${report.errors.join(' ; ')}`);
  await page.evaluate(() => document.fonts.ready);
  return { page, report, layoutSeconds: (Date.now() - started) / 1000 };
}

/**
 * Lays the print edition out once (`editionPage`, e.g. "imprimer/") and prints each job from it:
 * the whole dossier, and each chapter as an offprint of its pages (same folios, same notes, its
 * own short contents). Returns the files written. Throws when Chromium cannot be found or when the
 * engine reports an error.
 */
export async function renderPdfs(root: string, base: string, editionPage: string, jobs: PdfJob[], author: string, colorScheme: 'light' | 'dark' = 'light'): Promise<RenderedPdfs> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium introuvable : installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ colorScheme });
    const { page, report, layoutSeconds } = await layOutEdition(context, root, base, editionPage, colorScheme);
    const created = new Date();
    const files: PrintedFile[] = [];
    for (const job of jobs) {
      const t0 = Date.now();
      const pages = job.chapter ? report.chapters[job.chapter] : undefined;
      if (job.chapter && !pages?.length) throw new Error(`PDF ${job.file} : le chapitre « ${job.chapter} » n’est pas dans ${editionPage}.`);
      // An offprint: the other pages are set aside (detached, so that Chromium neither lays them out
      // nor tags them), and the page count starts again from the first page's own folio.
      const range = pages ? [pages[0] ?? 1, pages.at(-1) ?? 1] : undefined;
      await page.evaluate((shown) => {
        const container = document.querySelector('.pagedjs_pages');
        // The full list of pages, kept on the window between two calls (the first one sees them all).
        const holder = window as unknown as { feuillets?: HTMLElement[] };
        holder.feuillets ??= Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'));
        const all = holder.feuillets;
        const kept = shown ? all.slice(shown[0]! - 1, shown[1]) : all;
        // counter-set (applied after the page's own increment) keeps one counter for all the pages.
        for (const [i, sheet] of all.entries()) sheet.style.counterSet = shown && i + 1 === shown[0] ? `page ${i + 1}` : '';
        container?.replaceChildren(...kept);
      }, range);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      const out = join(root, job.file);
      mkdirSync(join(out, '..'), { recursive: true });
      writeFileSync(out, await setMetadata(pdf, { title: job.title, author, created }));
      files.push({ file: job.file, pages: pages ? pages.length : report.pages, seconds: (Date.now() - t0) / 1000 });
    }
    return { report, layoutSeconds, files };
  } finally {
    await browser.close();
  }
}
