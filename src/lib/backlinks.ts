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

/** A place of the map whose coordinates a source gives: its glossary id and the term shown. */
export interface PlaceBacklink {
  id: string;
  term: string;
}

/** The id of a place in the list of /carte/, which the bibliography links back to. */
export const placeAnchor = (id: string): string => `lieu-${id}`;

/** For each source key, the places of the map whose coordinates it gives, in the order of the terms. */
export function placeBacklinksByKey(places: readonly { id: string; source: string }[], terms: ReadonlyMap<string, string>): Map<string, PlaceBacklink[]> {
  const out = new Map<string, PlaceBacklink[]>();
  for (const { id, source } of places) {
    const list = out.get(source) ?? [];
    list.push({ id, term: terms.get(id) ?? id });
    out.set(source, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.term.localeCompare(b.term, 'fr'));
  return out;
}
