/** The names of the map's places: local names from the glossary, French alphabetical order. */
import type { GlossaryEntry } from '../../content/schemas.ts';

export interface LocalName {
  /** Language of the name: Armenian or Azerbaijani. */
  lang: 'hy' | 'az';
  /** French transcription from the glossary, when it gives one. */
  transcription?: string;
  /** Spelling in the language's own script, when the glossary gives it and it differs from the transcription. */
  native?: string;
}

/** A place's Armenian and Azerbaijani names, from its glossary entry (transcription first, native script next). */
export function localNames(e: Pick<GlossaryEntry, 'armenian' | 'azerbaijani' | 'native'>): LocalName[] {
  const names: LocalName[] = [];
  for (const [lang, transcription, native] of [
    ['hy', e.armenian, e.native?.hy],
    ['az', e.azerbaijani, e.native?.az],
  ] as const) {
    if (!transcription && !native) continue;
    const name: LocalName = { lang };
    if (transcription) name.transcription = transcription;
    if (native && native !== transcription) name.native = native;
    names.push(name);
  }
  return names;
}

/** Plain-text form of the local names, for a marker's tooltip: « Stepanakert (Ստեփանակերտ) / Khankendi (Xankəndi) ». */
export function localNamesText(names: readonly LocalName[]): string {
  return names.map((n) => (n.transcription && n.native ? `${n.transcription} (${n.native})` : (n.transcription ?? n.native ?? ''))).join(' / ');
}

/** Places in French alphabetical order of their glossary term (Djebraïl before Djoulfa, Erevan after Djoulfa). */
export function byTerm<T extends { entry: Pick<GlossaryEntry, 'term'> }>(places: readonly T[]): T[] {
  const collator = new Intl.Collator('fr-FR', { sensitivity: 'base' });
  return [...places].sort((a, b) => collator.compare(a.entry.term, b.entry.term));
}
