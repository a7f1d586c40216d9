/** The spellings of a glossary entry: all of them (search), and those a chapter's text may use (links). */
import type { GlossaryEntry } from '../content/schemas.ts';

/** Every spelling of an entry, the dossier's first, without repeats. */
export function spellings(e: GlossaryEntry): string[] {
  const all = [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani, ...(e.english ?? []), ...(e.russian ?? []), e.native?.hy, e.native?.az, e.native?.ru];
  return [...new Set(all.filter((s): s is string => Boolean(s?.trim())))];
}

/** The forms that a chapter's text uses for this entry: the dossier's spelling and the French variants. */
export function textForms(e: GlossaryEntry): string[] {
  return [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani].filter((s): s is string => Boolean(s) && !/[/«»]/.test(s!));
}
