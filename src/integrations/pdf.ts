/**
 * PDFs of the dossier, typeset from the built site like a book: one per
 * chapter and one of the whole print edition. The CSS Paged Media engine
 * Vivliostyle (@vivliostyle/core) lays the print edition out once inside the
 * system Chromium (notes at the foot of the page, page numbers in the contents,
 * the cross-references and the index, running heads); Chromium prints the
 * whole dossier and each chapter's pages from that layout, with a navigable
 * outline and tags; pdf-lib writes the metadata (title, author, language, date).
 * Vivliostyle's debug log is silenced: sent to Playwright, it costs time.
 * Requests are answered from dist/ directly (no server, no port).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { fr } from '../i18n/fr.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../utils/chromium.ts';
import { ORIGIN, serveDist } from '../utils/serve-dist.ts';
import { siteUrl } from '../utils/site.ts';
import { type LayoutReport, layOutBook } from './paged-layout.ts';

export interface PdfJob {
  /** Output file under dist/, e.g. "pdf/3-guerre-1992-1994.pdf". */
  file: string;
  title: string;
  /** The chapter printed alone (its slug), or nothing for the whole dossier. */
  chapter?: string;
}

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

/** The page that holds the engine: an empty viewport and Vivliostyle's script (a CommonJS bundle). */
const LAYOUT_PAGE = `${ORIGIN}/__mise-en-page__.html`;

function layoutPageHtml(): string {
  const engine = readFileSync(createRequire(import.meta.url).resolve('@vivliostyle/core'), 'utf8');
  return `<!doctype html>
<html data-vivliostyle-paginated="true"><head><meta charset="utf-8"><title>mise en page</title>
<style>
html, body, #vivliostyle-viewer-viewport { margin: 0; padding: 0; width: 100%; height: 100%; }
</style>
<style id="vivliostyle-page-rules"></style>
</head><body><div id="vivliostyle-viewer-viewport"></div>
<script>console.debug = () => {};
(() => { const module = { exports: {} }; const exports = module.exports;
${engine.replace(/<\/script/gi, '<\\/script')}
window.Vivliostyle = module.exports; })();</script>
</body></html>`;
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
 * Lays the print edition out once (`editionPage`, e.g. "imprimer/") and prints each job from it:
 * the whole dossier, and each chapter as an offprint of its pages (same folios, same notes, its
 * own short contents). Returns the files written. Throws when Chromium cannot be found or when the
 * engine reports an error.
 */
export async function renderPdfs(root: string, base: string, editionPage: string, jobs: PdfJob[], author: string): Promise<RenderedPdfs> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium introuvable : installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ colorScheme: 'light' });
    await serveDist(context, root, base);
    const layoutPage = layoutPageHtml();
    await context.route(LAYOUT_PAGE, (route) => route.fulfill({ status: 200, body: layoutPage, contentType: 'text/html; charset=utf-8' }));
    const page = await context.newPage();
    await page.goto(LAYOUT_PAGE, { waitUntil: 'load' });
    const started = Date.now();
    const request = { url: `${ORIGIN}${base}${editionPage}`, base, site: `${new URL(siteUrl()).origin}/`, contentsLabel: fr.chapter.toc };
    const report = await page.evaluate(layOutBook, request);
    if (report.errors.length > 0) throw new Error(`Mise en page de ${editionPage} : ${report.errors.join(' ; ')}`);
    await page.evaluate(() => document.fonts.ready);
    const layoutSeconds = (Date.now() - started) / 1000;
    const created = new Date();
    const files: PrintedFile[] = [];
    for (const job of jobs) {
      const t0 = Date.now();
      const pages = job.chapter ? report.chapters[job.chapter] : undefined;
      if (job.chapter && !pages?.length) throw new Error(`PDF ${job.file} : le chapitre « ${job.chapter} » n’est pas dans ${editionPage}.`);
      const range = pages ? { pageRanges: `${pages[0]}-${pages.at(-1)}` } : {};
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, ...range });
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
