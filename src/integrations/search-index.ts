/**
 * The Pagefind index of the built site: not whole pages but the records that
 * `src/lib/search-records.ts` cuts from them (a chapter's sections, the
 * glossary's, chronology's and bibliography's entries). Pages that declare no
 * record (home, map, print edition) are not indexed.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { NOTE_CALL_CLASS } from '../lib/note-markup.ts';
import { EDITION_PAGE } from '../lib/pdf-files.ts';
import { type SearchRecord, searchRecords } from '../lib/search-records.ts';
import { ANCHOR_LABEL_ID } from '../plugins/rehype-heading-anchors.ts';
import { htmlFiles } from './html-files.ts';

/** `dist/chapitres/x/index.html` → `/chapitres/x/`. */
function pageUrl(root: string, file: string): string {
  const path = relative(root, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * What the index leaves out of a record's text, besides `data-pagefind-ignore`: marks that repeat
 * on every note call or heading, so that the page does not carry an attribute on each of them.
 * Note numbers never reach the index or its excerpts (« conflit1 »).
 */
export const EXCLUDED_FROM_INDEX = [`.${NOTE_CALL_CLASS}`, '.heading-anchor', `#${ANCHOR_LABEL_ID}`];

export interface IndexReport {
  pages: number;
  records: number;
}

/** Hands a page's records to Pagefind together rather than one round trip each (the index is the same). */
async function addRecords(index: pagefind.PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const added = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: record.html })));
  for (const [i, result] of added.entries()) {
    if (result.errors.length > 0) throw new Error(`Pagefind (${records[i]!.url}) : ${result.errors.join(', ')}`);
  }
}

export async function writeSearchIndex(root: string): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', excludeSelectors: EXCLUDED_FROM_INDEX });
  if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
  /** The page Pagefind is indexing (in its own process) while the next one is cut here. */
  let indexing = Promise.resolve();
  try {
    let pages = 0;
    let records = 0;
    for (const file of htmlFiles(root)) {
      // The print edition repeats, under data-search-ignore, what the other pages index: it gives
      // no record, and it is the largest page by far (every chapter), so it is not even parsed.
      if (pageUrl(root, file) === `/${EDITION_PAGE}`) continue;
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-search-')) continue;
      const found = searchRecords(html, pageUrl(root, file));
      if (found.length === 0) continue;
      pages++;
      records += found.length;
      await indexing;
      indexing = addRecords(index, found);
    }
    await indexing;
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
    return { pages, records };
  } finally {
    // When a page fails, the one still being indexed no longer matters.
    await indexing.catch(() => undefined);
    await pagefind.close();
  }
}
