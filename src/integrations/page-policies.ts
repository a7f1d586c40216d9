/**
 * Narrows the Content Security Policy of every built page to the inline
 * scripts and styles the page itself holds (src/lib/csp.ts). Runs first after
 * Astro, before the integrity check and the PDFs, which load the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { narrowCsp } from '../lib/csp.ts';
import { htmlFiles } from './html-files.ts';

export function narrowPagePolicies(root: string): { pages: number; dropped: number } {
  let pages = 0;
  let dropped = 0;
  for (const file of htmlFiles(root)) {
    const page = narrowCsp(readFileSync(file, 'utf8'));
    if (page.dropped === 0) continue;
    writeFileSync(file, page.html);
    pages += 1;
    dropped += page.dropped;
  }
  return { pages, dropped };
}
