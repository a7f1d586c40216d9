/**
 * The HTML pages of a built site, in a stable order, for the steps that read them after Astro
 * (security policies, integrity check, search index). Astro's assets (`_astro/`) and Pagefind's
 * index (`pagefind/`) hold no page and are not walked.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const NOT_PAGES = new Set(['_astro', 'pagefind']);

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_PAGES.has(entry.name)) out.push(...htmlFiles(path));
    } else if (entry.isFile() && entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}
