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

/**
 * The index being made: each page's records are handed to Pagefind, which indexes them in its own
 * process while the next page is read (post-build.ts reads each built page once, for every step
 * that needs it); `write` then has Pagefind write its files. Always `close` it, even after an error.
 */
export class SearchIndex {
  private readonly root: string;
  private readonly index: pagefind.PagefindIndex;
  private readonly report: IndexReport = { pages: 0, records: 0 };
  /** The page Pagefind is indexing while the next one is read and cut here. */
  private indexing = Promise.resolve();

  private constructor(root: string, index: pagefind.PagefindIndex) {
    this.root = root;
    this.index = index;
  }

  static async open(root: string): Promise<SearchIndex> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', excludeSelectors: EXCLUDED_FROM_INDEX });
    if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
    return new SearchIndex(root, index);
  }

  /** Cuts a built page's records and hands them to Pagefind, once the page before is indexed. */
  async add(file: string, html: string): Promise<void> {
    const url = pageUrl(this.root, file);
    // The print edition repeats, under data-search-ignore, what the other pages index: it gives
    // no record, and it is the largest page by far (every chapter), so it is not even parsed.
    if (url === `/${EDITION_PAGE}` || !html.includes('data-search-')) return;
    const found = searchRecords(html, url);
    if (found.length === 0) return;
    this.report.pages++;
    this.report.records += found.length;
    await this.indexing;
    this.indexing = addRecords(this.index, found);
  }

  /**
   * Once the last page is indexed, has Pagefind write its files into `pagefind/`, in its own
   * process: `written` settles when they are written, and the build goes on meanwhile.
   */
  async write(): Promise<{ written: Promise<IndexReport> }> {
    await this.indexing;
    const written = this.index.writeFiles({ outputPath: join(this.root, 'pagefind') }).then((result) => {
      if (result.errors.length > 0) throw new Error(`Pagefind : ${result.errors.join(', ')}`);
      return this.report;
    });
    // A failure is thrown where the build awaits it, not as an unhandled rejection meanwhile.
    written.catch(() => undefined);
    return { written };
  }

  async close(): Promise<void> {
    // After an error elsewhere, the page still being indexed no longer matters.
    await this.indexing.catch(() => undefined);
    await pagefind.close();
  }
}

/** Hands a page's records to Pagefind together rather than one round trip each (the index is the same). */
async function addRecords(index: pagefind.PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const added = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: record.html })));
  for (const [i, result] of added.entries()) {
    if (result.errors.length > 0) throw new Error(`Pagefind (${records[i]!.url}) : ${result.errors.join(', ')}`);
  }
}

/** The index of a built site, on its own (the build reads the pages once: post-build.ts). */
export async function writeSearchIndex(root: string): Promise<IndexReport> {
  const index = await SearchIndex.open(root);
  try {
    for (const file of htmlFiles(root)) await index.add(file, readFileSync(file, 'utf8'));
    return await (await index.write()).written;
  } finally {
    await index.close();
  }
}
