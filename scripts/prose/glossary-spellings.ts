/**
 * The spellings the prose linter checks, generated from the glossary (`content/glossaire.yaml`),
 * the authority on names. For each place and person: the dossier's form (`term`); the other side's
 * name (the `armenian` or `azerbaijani` form when it differs), allowed once per chapter, in the
 * first-mention pair « Stepanakert / Khankendi »; every other Latin-script form of the entry
 * (English, Russian, Azerbaijani spellings, variants) is a spelling to avoid.
 *
 * Not checked: organisations and terms (their variants are synonyms kept for the search index), a
 * form that is itself an entry's term or a word of one (« Artsakh », « Karabagh », a surname), a
 * form that contains the entry's term (« lac Sevan »), and the other names and designations listed
 * in OTHER_NAMES.
 */
import type { GlossaryEntry } from '../../src/content/schemas.ts';
import { escapeRegExp } from './text.ts';

export interface NameSpellings {
  id: string;
  term: string;
  /** The other side's name: allowed only in the first-mention pair « term / name ». */
  paired: string[];
  /** Spellings to avoid anywhere in the body. */
  avoid: string[];
}

/**
 * Forms listed in the glossary (so that a search finds the entry) that are not spellings of the same
 * name: former names, which history uses in their time, neighbouring places, usual designations.
 */
export const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  // The French name is neither side's: each side's name may be cited as such.
  'haut-karabagh': ['Artsakh', 'Dağlıq Qarabağ', 'Qarabağ'],
  // The district of the Russian Empire (1868–1921), and the name of Bakou's « corridor » project.
  siounik: ['Zanguezour'],
  'andranik-ozanian': ['général Andranik'],
  gandja: ['Kirovabad', 'Elisavetpol', 'Elizavetpol'],
  gyumri: ['Alexandropol', 'Leninakan', 'Kumayri'],
  vanadzor: ['Karakilisa', 'Karaklis', 'Kirovakan', 'Gharakilisa'],
  // Karyagino: the town's name until 1959; Varanda: the Armenian melikdom, then district, of 1920.
  fizouli: ['Karyagino', 'Varanda'],
  khodjaly: ['Ivanyan'],
  // Azerbaijani districts across the border from Tavouch, and the district that absorbed Chahoumian.
  tavouch: ['Tovouz', 'Tovuz', 'Gazakh', 'Qazax'],
  chahoumian: ['Goranboy', 'Geranboy'],
};

const LATIN = /^[\p{Script=Latin}\p{N}\s’'.\-–]+$/u;

export function nameSpellings(entries: readonly GlossaryEntry[]): NameSpellings[] {
  const terms = new Set(entries.map((e) => e.term));
  const termWords = new Set(entries.flatMap((e) => e.term.split(/[\s’'-]+/)));
  const isOtherEntryName = (form: string) => terms.has(form) || termWords.has(form);
  const names: NameSpellings[] = [];
  for (const e of entries) {
    if (e.kind !== 'lieu' && e.kind !== 'personne') continue;
    const containsTerm = new RegExp(`(?<![\\p{L}])${escapeRegExp(e.term)}(?![\\p{L}])`, 'u');
    const other = new Set(OTHER_NAMES[e.id] ?? []);
    const keep = (form: string | undefined): form is string =>
      Boolean(form) && form !== e.term && LATIN.test(form!) && !isOtherEntryName(form!) && !containsTerm.test(form!) && !other.has(form!);
    const paired = [...new Set([e.armenian, e.azerbaijani].filter(keep))];
    const all = [...(e.variants ?? []), ...(e.english ?? []), ...(e.russian ?? []), e.native?.az];
    const avoid = [...new Set(all.filter(keep))].filter((f) => !paired.includes(f));
    if (paired.length > 0 || avoid.length > 0) names.push({ id: e.id, term: e.term, paired, avoid });
  }
  return names;
}
