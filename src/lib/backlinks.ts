/** Backlinks of the bibliography: for each source key, the notes that cite it, chapter by chapter. */
import type { CitationRecord } from './facts';

export interface ChapterCitations {
  slug: string;
  order: number;
  citations: CitationRecord[];
}
export interface Backlink {
  slug: string;
  order: number;
  notes: { note: number; noteId: string }[];
}

export function backlinksByKey(chapters: ChapterCitations[]): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>();
  for (const chapter of [...chapters].sort((a, b) => a.order - b.order)) {
    for (const c of chapter.citations) {
      const list = out.get(c.key) ?? [];
      let entry = list.find((b) => b.slug === chapter.slug);
      if (!entry) {
        entry = { slug: chapter.slug, order: chapter.order, notes: [] };
        list.push(entry);
      }
      if (!entry.notes.some((n) => n.note === c.note)) entry.notes.push({ note: c.note, noteId: c.noteId });
      out.set(c.key, list);
    }
  }
  return out;
}
