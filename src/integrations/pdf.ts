/**
 * PDFs of the dossier, rendered from the built site by the system Chromium:
 * one per chapter and one of the whole print edition, with their metadata
 * (title, author, language, creation date) and a navigable outline.
 * Requests are answered from dist/ directly (no server, no port).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../utils/chromium.ts';

export interface PdfJob {
  /** Page path under the base, e.g. "chapitres/3-guerre-1992-1994/". */
  page: string;
  /** Output file under dist/, e.g. "pdf/3-guerre-1992-1994.pdf". */
  file: string;
  title: string;
}

const ORIGIN = 'http://dossier.local';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.wasm': 'application/wasm' };

async function serveDist(context: BrowserContext, root: string, base: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return route.fulfill({ status: 404, body: '' });
    path = path.slice(base.length);
    let file = join(root, path);
    if (path === '' || path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
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

/** Renders every job; returns the files written. Throws when Chromium cannot be found. */
export async function renderPdfs(root: string, base: string, jobs: PdfJob[], author: string): Promise<string[]> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium introuvable : installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const written: string[] = [];
  try {
    const context = await browser.newContext({ colorScheme: 'light' });
    await serveDist(context, root, base);
    const created = new Date();
    for (const job of jobs) {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}${base}${job.page}`, { waitUntil: 'load' });
      await page.evaluate(async () => {
        document.querySelectorAll('details').forEach((d) => (d.open = true));
        await document.fonts.ready;
      });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false, outline: true, tagged: true });
      const out = join(root, job.file);
      mkdirSync(join(out, '..'), { recursive: true });
      writeFileSync(out, await setMetadata(pdf, { title: job.title, author, created }));
      written.push(job.file);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}
