/**
 * Narrows the Content Security Policy of a built page to the inline scripts and styles the page
 * itself holds (src/lib/csp.ts). Runs first on each page after Astro, before the integrity check
 * and the PDFs, which load the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { narrowCsp } from '../lib/csp.ts';

/** Narrows the page's policy in place; returns the page as it now is. */
export function narrowPagePolicy(file: string): string {
  const page = narrowCsp(readFileSync(file, 'utf8'));
  if (page.dropped > 0) writeFileSync(file, page.html);
  return page.html;
}
