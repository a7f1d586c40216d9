/** The spellings of a glossary entry: all of them (search), and those a chapter's text may use (links). */
import type { GlossaryEntry } from '../content/schemas.ts';
import { foldSpelling } from './spelling.ts';

/** Every spelling of an entry, the dossier's first, without repeats. */
export function spellings(e: GlossaryEntry): string[] {
  const all = [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani, ...(e.english ?? []), ...(e.russian ?? []), e.native?.hy, e.native?.az, e.native?.ru];
  return [...new Set(all.filter((s): s is string => Boolean(s?.trim())))];
}

/** The forms that a chapter's text uses for this entry: the dossier's spelling and the French variants. */
export function textForms(e: GlossaryEntry): string[] {
  return [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani].filter((s): s is string => Boolean(s) && !/[/«»]/.test(s!));
}

/** One line of the printed index of names: a main form (its pages are found by the PDF layout) or a variant. */
export interface IndexLine {
  label: string;
  /** The entry whose mentions give the pages. */
  id: string;
  /** For a variant: the main form it sends to (« Khankendi, voir Stepanakert »). */
  see?: string;
}

/**
 * The index of names, in French alphabetical order: every entry under its
 * main form, and each Latin-script spelling that the chapters may use under its
 * own letter, sent to the main form (unless it is itself the main form of an entry).
 */
export function indexOfNames(entries: readonly GlossaryEntry[]): IndexLine[] {
  const key = (s: string): string => foldSpelling(s);
  const taken = new Set(entries.map((e) => key(e.term)));
  const lines: IndexLine[] = entries.map((e) => ({ label: e.term, id: e.id }));
  for (const e of entries) {
    for (const form of textForms(e)) {
      if (taken.has(key(form)) || !/^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(form)) continue;
      taken.add(key(form));
      lines.push({ label: form, id: e.id, see: e.term });
    }
  }
  return lines.sort((a, b) => a.label.localeCompare(b.label, 'fr', { sensitivity: 'base' }));
}
