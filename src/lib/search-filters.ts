/**
 * Pagefind's filters, as the index writes them (src/lib/search-records.ts) and as the search
 * asks for them (src/scripts/search-engine.ts, the chapter menu of /recherche/): one home for
 * their names and values, small enough for the browser.
 */

/** The filter that separates chapter sections from reference entries. */
export const SEARCH_GROUP_FILTER = 'groupe';
export type SearchGroup = 'chapitres' | 'references';
/** The chapter filter of /recherche/ (« 3. La guerre (1992–1994) »). */
export const SEARCH_CHAPTER_FILTER = 'chapitre';

/** The chapter filter's value, also shown beside a section: « 3. La guerre (1992–1994) ». */
export function chapterFilterValue(order: number, title: string): string {
  return `${order}. ${title}`;
}

/** The filters of a search in the chapter sections (of one chapter) or in the reference entries. */
export function searchFilters(group: SearchGroup, chapter?: string): Record<string, string> {
  return { [SEARCH_GROUP_FILTER]: group, ...(chapter ? { [SEARCH_CHAPTER_FILTER]: chapter } : {}) };
}

/**
 * The parameters of the address of /recherche/ (`?q=…&chapitre=…&tel-quel=1`), also the names
 * of its form’s fields.
 */
export const SEARCH_PARAMS = {
  query: 'q',
  chapter: 'chapitre',
  /** `tel-quel=1`: the words as typed, without rewriting spellings. */
  asTyped: 'tel-quel',
} as const;
