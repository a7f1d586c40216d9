/**
 * PDFs of the dossier, rendered from the built site by the system Chromium:
 * one per chapter and one of the whole print edition, with their metadata
 * (title, author, language, creation date) and a navigable outline.
 * Requests are answered from dist/ directly (no server, no port).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import type { PdfJob } from '../lib/pdf-files.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
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
        for (const d of document.querySelectorAll('details')) d.open = true;
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
