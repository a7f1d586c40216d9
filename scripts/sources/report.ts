/**
 * The figures of `npm run sources`, from what collect.ts gathered: per chapter
 * and in total, citations, the share of Wikipedia, notes resting on Wikipedia
 * alone or only on party-tied or relay entries, prose mentions of Wikipedia;
 * then the bibliography's gaps (author, type, ISBN, address) and the entries
 * cited nowhere. Pure: the same figures feed the table and the JSON.
 */
import { voices } from '../../src/content/schemas.ts';
import type { SourceEntry } from '../../src/utils/sources.ts';
import { checkNote, restsOnPartiesOnly, restsOnRelaysOnly } from '../../src/utils/sourcing.ts';
import { speaksForParty } from '../../src/utils/standing.ts';
import type { CollectedSources } from './collect.ts';

export interface ChapterFigures {
  chapter: string;
  notes: number;
  citations: number;
  /** Citations of Wikipedia articles. */
  wikipediaCitations: number;
  /** Share of citations that are Wikipedia articles, 0–1. */
  wikipediaShare: number;
  /** Notes whose every citation is a Wikipedia article. */
  notesOnWikipediaOnly: number;
  /** Notes whose every citation speaks for a party or is a relay. */
  notesOnPartyOrRelayOnly: number;
  /** Of those, the notes the build warns about (relays only, or a party's claim not attributed). */
  notesWarned: number;
  /** Times the text itself names Wikipedia. */
  wikipediaMentions: number;
}

export interface EntryGaps {
  /** Entries with a byline expected but no author (Wikipedia aside), with no reason given. */
  noAuthor: string[];
  /** Entries without a type (the schema requires one: always empty, kept for the record). */
  noType: string[];
  /** Books without ISBN, with or without a reason. */
  noIsbn: string[];
  /** Entries published online (not books, chapters or journal articles) without an address. */
  noUrl: string[];
  /** Entries cited by no chapter, no chronology event, no glossary entry, no map place. */
  uncited: string[];
}

export interface SourcesReport {
  chapters: ChapterFigures[];
  total: ChapterFigures;
  entries: { total: number; byVoice: Record<string, number>; relays: number };
  gaps: EntryGaps;
}

const isWikipedia = (e: SourceEntry | undefined): boolean => e?.data.voix === 'wikipédia';

export function sourcesReport({ sources, chapters, otherUses }: CollectedSources): SourcesReport {
  const rows: ChapterFigures[] = chapters.map((c) => {
    const wikipediaCitations = c.citations.filter((r) => isWikipedia(sources.get(r.key))).length;
    const partyOrRelay = c.notes.filter((n) =>
      n.keys.every((k) => {
        const s = sources.get(k)?.data;
        return s !== undefined && (speaksForParty(s) || s.relais === true);
      }),
    );
    return {
      chapter: c.slug,
      notes: c.notes.length,
      citations: c.citations.length,
      wikipediaCitations,
      wikipediaShare: c.citations.length ? wikipediaCitations / c.citations.length : 0,
      notesOnWikipediaOnly: c.notes.filter((n) => n.keys.length > 0 && n.keys.every((k) => isWikipedia(sources.get(k)))).length,
      notesOnPartyOrRelayOnly: partyOrRelay.length,
      notesWarned: c.notes.filter((n) => checkNote(n, sources).length > 0).length,
      wikipediaMentions: c.wikipediaMentions.length,
    };
  });
  const sum = (f: (r: ChapterFigures) => number): number => rows.reduce((a, r) => a + f(r), 0);
  const citations = sum((r) => r.citations);
  const total: ChapterFigures = {
    chapter: 'total',
    notes: sum((r) => r.notes),
    citations,
    wikipediaCitations: sum((r) => r.wikipediaCitations),
    wikipediaShare: citations ? sum((r) => r.wikipediaCitations) / citations : 0,
    notesOnWikipediaOnly: sum((r) => r.notesOnWikipediaOnly),
    notesOnPartyOrRelayOnly: sum((r) => r.notesOnPartyOrRelayOnly),
    notesWarned: sum((r) => r.notesWarned),
    wikipediaMentions: sum((r) => r.wikipediaMentions),
  };

  const entries = [...sources.values()];
  const cited = new Set([...chapters.flatMap((c) => c.citations.map((r) => r.key)), ...otherUses]);
  const keys = (list: SourceEntry[]): string[] => list.map((e) => e.key).sort();
  const gaps: EntryGaps = {
    noAuthor: keys(entries.filter((e) => !isWikipedia(e) && !e.data.authors?.length && !e.data.editors?.length && !e.data.missing?.author)),
    noType: keys(entries.filter((e) => !e.data.type)),
    noIsbn: keys(entries.filter((e) => e.data.type === 'book' && !e.data.isbn)),
    noUrl: keys(entries.filter((e) => !['book', 'chapter', 'article'].includes(e.data.type) && !e.data.url)),
    uncited: keys(entries.filter((e) => !cited.has(e.key))),
  };
  const byVoice = Object.fromEntries(voices.map((v) => [v, entries.filter((e) => e.data.voix === v).length]).filter(([, n]) => n !== 0));
  return { chapters: rows, total, entries: { total: entries.length, byVoice, relays: entries.filter((e) => e.data.relais).length }, gaps };
}

export { restsOnPartiesOnly, restsOnRelaysOnly };
