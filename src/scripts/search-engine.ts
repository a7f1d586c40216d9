/**
 * One search as the reader sees it, for the header and for /recherche/:
 * the query rewritten into the dossier's spellings, then two searches in the
 * same index, chapter sections and reference entries (glossary, chronology,
 * sources), so that the sections that tell the answer come first, each ranked
 * over all the query's words. Sections are grouped under their chapter, best
 * first.
 */
import { searchFilters } from '../lib/search-filters';
import { type PackedSpellings, type QueryRewrite, rewriteQuery, type SpellingDictionary, unpackSpellings, withoutElision } from '../lib/spelling';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult } from './pagefind';

export interface SectionHit {
  url: string;
  title: string;
  excerpt: string;
}
export interface ChapterHit {
  url: string;
  title: string;
  sections: SectionHit[];
}
export interface ReferenceHit {
  url: string;
  title: string;
  kind: string;
  excerpt: string;
}
export interface SearchOutcome {
  rewrite: QueryRewrite;
  total: number;
  chapters: ChapterHit[];
  references: ReferenceHit[];
}
export interface SearchLimits {
  /** Section records read (their fragments are loaded). */
  sections: number;
  /** Sections shown under each chapter. */
  perChapter: number;
  references: number;
  /** A chapter filter value (« 3. La guerre… ») or nothing. */
  chapter?: string;
  /** Search the words as typed, without rewriting spellings. */
  exact?: boolean;
}

let dictionary: Promise<SpellingDictionary> | undefined;

function loadSpellings(): Promise<SpellingDictionary> {
  // With its final slash: settings.basePath(), kept by Astro (`trailingSlash: 'always'`).
  const base = import.meta.env.BASE_URL;
  dictionary ??= fetch(`${base}recherche/graphies.json`)
    .then(async (r) => (r.ok ? unpackSpellings((await r.json()) as PackedSpellings) : {}))
    .catch(() => ({}));
  return dictionary;
}

/** Words that say nothing on their own; a query made only of them is searched as typed. */
const STOPWORDS = new Set(['a', 'à', 'au', 'aux', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'un', 'une', 'par', 'pour', 'sur', 'dans', 'ou', 'the', 'of', 'in', 'and']);

/** The words of a query that carry meaning: elided articles (d’, l’…) and stop words left out. */
export function queryTerms(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((w) => withoutElision(w).replace(/^[«»"“”(),.;:!?]+|[«»"“”(),.;:!?]+$/g, ''))
    .filter((w) => w.length > 0 && !STOPWORDS.has(w.toLowerCase()));
  return [...new Set(words)];
}

/**
 * Records ranked by the sum of each word's score (Pagefind scores each word as
 * BM25 does, so the sum is the score of the whole query), over the records that
 * hold any of the words: a section that names Chouchi, May and 1992 in its
 * heading outranks one that holds every word in passing, and a word the text
 * does not use (« assassiné » where it says « tuent ») does not empty the list.
 */
async function rankedSearch(pagefind: Pagefind, query: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  const terms = queryTerms(query);
  if (terms.length <= 1) return (await pagefind.search(terms[0] ?? query, { filters })).results;
  const searches = await Promise.all(terms.map((t) => pagefind.search(t, { filters })));
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  for (const { results } of searches) {
    for (const r of results) {
      const seen = scores.get(r.id);
      if (seen) seen.score += r.score;
      else scores.set(r.id, { result: r, score: r.score });
    }
  }
  return [...scores.values()].sort((a, b) => b.score - a.score).map((x) => x.result);
}

/** Sections in rank order, grouped under their chapter (chapters ordered by their best section). */
export function groupByChapter(sections: readonly PagefindData[], perChapter: number): ChapterHit[] {
  const chapters = new Map<string, ChapterHit>();
  for (const s of sections) {
    const url = s.url.replace(/#.*$/, '');
    const chapter = chapters.get(url) ?? { url, title: s.meta['chapter'] ?? url, sections: [] };
    chapters.set(url, chapter);
    if (chapter.sections.length < perChapter) chapter.sections.push({ url: s.url, title: s.meta['title'] ?? '', excerpt: s.excerpt });
  }
  return [...chapters.values()];
}

export async function search(typed: string, limits: SearchLimits): Promise<SearchOutcome> {
  const [pagefind, spellings] = await Promise.all([loadPagefind(), limits.exact ? Promise.resolve({}) : loadSpellings()]);
  const rewrite = rewriteQuery(typed, spellings);
  const [sectionResults, referenceResults] = await Promise.all([
    rankedSearch(pagefind, rewrite.query, searchFilters('chapitres', limits.chapter)),
    limits.chapter ? Promise.resolve([]) : rankedSearch(pagefind, rewrite.query, searchFilters('references')),
  ]);
  const [sections, references] = await Promise.all([
    Promise.all(sectionResults.slice(0, limits.sections).map((r) => r.data())),
    Promise.all(referenceResults.slice(0, limits.references).map((r) => r.data())),
  ]);
  return {
    rewrite,
    total: sectionResults.length + referenceResults.length,
    chapters: groupByChapter(sections, limits.perChapter),
    references: references.map((r) => ({ url: r.url, title: r.meta['title'] ?? r.url, kind: r.meta['kind'] ?? '', excerpt: r.excerpt })),
  };
}
