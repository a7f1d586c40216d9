/**
 * Sourcing rules on one note, from what remark-citations records: the keys it
 * cites, its own words and the sentence that calls it. Two rules: a note must
 * not rest only on relays (cite the original publisher), and a note that rests
 * only on sources tied to a party must attribute the claim (« selon… »,
 * « d’après… », « affirme », « pour Bakou »…). Pure: the plugin turns the
 * findings into warnings or errors, the sources report counts them.
 */
import type { Source } from '../content/schemas.ts';
import { speaksForParty, standingLabel } from './standing.ts';

/** One footnote as remark-citations sees it. */
export interface NoteRecord {
  /** Note number as the reader sees it. */
  note: number;
  /** The label written by the author ([^12] → "12"). */
  label: string;
  /** id of the note element in the page. */
  noteId: string;
  /** Line of the note's definition in the MDX file. */
  line: number | undefined;
  /** Keys cited, in order, repeats kept. */
  keys: string[];
  /** Whether the note or a sentence that calls it attributes the claim to its author. */
  attributed: boolean;
}

/**
 * Words that attribute a claim to someone: « selon », « d’après », verbs of saying, « pour Bakou »,
 * « côté arménien », « de source azerbaïdjanaise », « presse arménienne »… One list, used by the build
 * and by `npm run sources`.
 */
export const ATTRIBUTION = new RegExp(
  [
    'selon',
    "d[’']après",
    'affirm\\p{L}*',
    'déclar\\p{L}*',
    'annonc\\p{L}*',
    'revendiqu\\p{L}*',
    'accus\\p{L}*',
    'dément\\p{L}*',
    'démenti\\p{L}*',
    'ni(?:e|ent|ait|aient)',
    'estim(?:e|ent|ait|aient)',
    'assur(?:e|ent|ait|aient)',
    'souti(?:ent|ennent|enait)',
    'prétend\\p{L}*',
    'reconna(?:ît|it|issent|issait)',
    'rapport(?:e|ent|ait|aient)',
    'dénonc\\p{L}*',
    'qualifi\\p{L}*',
    'évoqu\\p{L}*',
    'chiffres? (?:officiels?|de|du|des|d’)',
    'bilan officiel',
    'version',
    'point de vue',
    'lecture',
    'propagande',
    'pour (?:Bakou|Erevan|Moscou|Ankara|Stepanakert|Choucha)',
    'côté (?:arménien|azerbaïdjanais|russe|turc)',
    '(?:de )?sources? (?:arménienne|azerbaïdjanaise|russe|turque|officielle)s?',
    '(?:presse|agence|médias?|site|gouvernement|ministère|autorités|président|parquet|télévision|radio)' + ' (?:officiel(?:le)?s? )?(?:arménien|azerbaïdjanais|russe|turc)\\p{L}*',
  ]
    .map((w) => `(?<!\\p{L})${w}(?!\\p{L})`)
    .join('|'),
  'iu',
);

export function isAttributed(text: string): boolean {
  return ATTRIBUTION.test(text);
}

export type SourcingRule = 'relais' | 'partie';

export interface SourcingFinding {
  rule: SourcingRule;
  note: NoteRecord;
  problem: string;
  fix: string;
}

type Lookup = ReadonlyMap<string, { data: Source }>;

function distinct(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

function described(keys: readonly string[], sources: Lookup): string {
  return keys.map((k) => `${k} (${standingLabel(sources.get(k)!.data) ?? 'neutre'})`).join(', ');
}

/** Whether every citation of the note is a relay. */
export function restsOnRelaysOnly(note: Pick<NoteRecord, 'keys'>, sources: Lookup): boolean {
  return note.keys.length > 0 && note.keys.every((k) => sources.get(k)?.data.relais === true);
}

/** Whether every citation of the note speaks for a party (relays of a party's text included). */
export function restsOnPartiesOnly(note: Pick<NoteRecord, 'keys'>, sources: Lookup): boolean {
  return (
    note.keys.length > 0 &&
    note.keys.every((k) => {
      const s = sources.get(k)?.data;
      return s !== undefined && speaksForParty(s);
    })
  );
}

/** What is wrong with a note's sourcing, if anything (at most one finding per rule). */
export function checkNote(note: NoteRecord, sources: Lookup): SourcingFinding[] {
  const findings: SourcingFinding[] = [];
  const keys = distinct(note.keys);
  if (restsOnRelaysOnly(note, sources)) {
    const originals = distinct(keys.map((k) => sources.get(k)!.data.source!)).join(', ');
    findings.push({
      rule: 'relais',
      note,
      problem: `la note [^${note.label}] ne cite que des pages qui relaient un autre éditeur : ${described(keys, sources)}.`,
      fix: `citez l’éditeur d’origine (${originals}) ou ajoutez une source qui ne soit pas un relais.`,
    });
  }
  if (restsOnPartiesOnly(note, sources) && !note.attributed) {
    findings.push({
      rule: 'partie',
      note,
      problem: `la note [^${note.label}] ne s’appuie que sur des sources liées à une partie, ${described(keys, sources)}, et ni la phrase ni la note ne l’attribuent.`,
      fix: 'attribuez l’affirmation dans la phrase ou la note (« selon… », « d’après… », « affirme », « pour Bakou »…), ou ajoutez une source indépendante.',
    });
  }
  return findings;
}
