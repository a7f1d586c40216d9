/**
 * The glossary: reading and cross-checking (unique ids, known sources), the
 * spellings of each entry, and which chapters mention it (computed from the
 * chapters' text, never typed).
 */
import { join } from 'node:path';
import { type GlossaryEntry, glossaryEntry, mapPlace } from '../content/schemas.ts';
import { ContentError } from './errors.ts';
import { foldSpelling } from './spelling.ts';
import { type Located, readYamlList } from './yaml-list.ts';

export function loadGlossary(dir: string, sourceKeys: ReadonlySet<string>): Located<GlossaryEntry>[] {
  const entries = readYamlList(join(dir, 'glossaire.yaml'), glossaryEntry, 'entrée du glossaire');
  const seen = new Map<string, number>();
  for (const e of entries) {
    const previous = seen.get(e.data.id);
    if (previous) throw new ContentError(e.file, e.line, `identifiant « ${e.data.id} » déjà pris (ligne ${previous}).`, 'donnez à chaque entrée un id unique.');
    seen.set(e.data.id, e.line);
    for (const key of e.data.sources) {
      if (!sourceKeys.has(key))
        throw new ContentError(e.file, e.line, `entrée « ${e.data.id} » : source inconnue « ${key} ».`, 'utilisez une clé de content/sources/ ou ajoutez la source.');
    }
  }
  return entries;
}

export function loadMapPlaces(dir: string, glossaryIds: ReadonlySet<string>, sourceKeys: ReadonlySet<string>) {
  const places = readYamlList(join(dir, 'carte.yaml'), mapPlace, 'lieu de la carte');
  for (const p of places) {
    if (!glossaryIds.has(p.data.id)) throw new ContentError(p.file, p.line, `lieu « ${p.data.id} » absent du glossaire.`, 'ajoutez l’entrée au glossaire ou corrigez l’id.');
    if (!sourceKeys.has(p.data.source))
      throw new ContentError(p.file, p.line, `lieu « ${p.data.id} » : source inconnue « ${p.data.source} ».`, 'utilisez une clé de content/sources/.');
  }
  return places;
}

/** Every spelling of an entry, the dossier's first, without repeats. */
export function spellings(e: GlossaryEntry): string[] {
  const all = [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani, ...(e.english ?? []), ...(e.russian ?? []), e.native?.hy, e.native?.az, e.native?.ru];
  return [...new Set(all.filter((s): s is string => Boolean(s?.trim())))];
}

/** A pattern for a spelling as a whole word (hyphenated names are not split). */
export function wordPattern(spelling: string, flags = 'u'): RegExp {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, flags);
}

/** The forms that a chapter's text uses for this entry: the dossier's spelling and the French variants. */
export function textForms(e: GlossaryEntry): string[] {
  return [e.term, ...(e.variants ?? []), e.armenian, e.azerbaijani].filter((s): s is string => Boolean(s) && !/[/«»]/.test(s!));
}

/** Chapters (by slug) whose text mentions the entry. */
export function mentions(e: GlossaryEntry, chapters: { slug: string; text: string }[]): string[] {
  const patterns = textForms(e).map((f) => wordPattern(f));
  return chapters.filter((c) => patterns.some((p) => p.test(c.text))).map((c) => c.slug);
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
