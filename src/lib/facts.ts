/**
 * Facts recorded where they are made. The Markdown plugins note what they see in a chapter
 * (each citation with its note, each glossary entry they link) in the chapter's data; the
 * pages, the build's warnings and `npm run sources` compute from those records, never from
 * raw MDX or from built HTML. Pure: no file, no Astro.
 */
import type { CitationForm } from './cite.ts';

/** One citation of a source in a chapter's notes (recorded by remark-citations). */
export interface CitationRecord {
  key: string;
  /** Note number as the reader sees it (order of first call). */
  note: number;
  /** id of the note element in the page. */
  noteId: string;
  /** Form written: full (first citation in the chapter), short (« op. cit. ») or « Ibid. ». */
  form: CitationForm;
}

/** What the plugins record about a chapter, under these names in its front-matter data. */
export interface ChapterRecords {
  citations: CitationRecord[];
  /** Ids of the glossary entries that the chapter links (remark-glossary-links), in order. */
  glossaryLinks: string[];
}

/** The records of a chapter, from its front-matter data (Astro's `remarkPluginFrontmatter`). */
export function chapterRecords(data: Readonly<Record<string, unknown>> | undefined): ChapterRecords {
  return {
    citations: (data?.['citations'] ?? []) as CitationRecord[],
    glossaryLinks: (data?.['glossaryLinks'] ?? []) as string[],
  };
}

/** Words of a chapter's prose, without notes, tables or figures (remark-word-count). */
export function chapterWords(data: Readonly<Record<string, unknown>> | undefined): number {
  return (data?.['words'] ?? 0) as number;
}

/** Everything in the dossier that cites a source. */
export interface CitingContent {
  chapters: readonly { citations: readonly { key: string }[] }[];
  chronology: readonly { sources: readonly string[] }[];
  glossary: readonly { sources: readonly string[] }[];
  /** Places of the map, each with the source of its coordinates. */
  places: readonly { source: string }[];
}

/** The source keys cited anywhere: chapters' notes, chronology, glossary, map. */
export function citedKeys(content: CitingContent): Set<string> {
  return new Set([
    ...content.chapters.flatMap((c) => c.citations.map((r) => r.key)),
    ...content.chronology.flatMap((e) => e.sources),
    ...content.glossary.flatMap((e) => e.sources),
    ...content.places.map((p) => p.source),
  ]);
}

/** For each glossary id, the chapters (in the order given) that link it. */
export function glossaryChapters(chapters: readonly { slug: string; glossaryLinks: readonly string[] }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of chapters) {
    for (const id of new Set(c.glossaryLinks)) out.set(id, [...(out.get(id) ?? []), c.slug]);
  }
  return out;
}
