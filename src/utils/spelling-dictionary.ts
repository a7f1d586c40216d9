/**
 * The dictionary of spellings that search loads (/recherche/graphies.json),
 * built from the glossary at build time; see `spelling.ts` for its use.
 */
import { distance } from 'fastest-levenshtein';
import { foldSpelling } from './spelling.ts';

/**
 * From each entry's spellings (the dossier's first), a dictionary of the other
 * spellings. A spelling shared by two entries is left out: it cannot be
 * rewritten without guessing. The dossier's own spellings map to themselves,
 * so that « Comité Karabagh » is not cut into « Karabagh ».
 */
export function spellingDictionary(entries: readonly (readonly string[])[]): Record<string, string> {
  const targets = new Map<string, Set<string>>();
  for (const spellings of entries) {
    const [term] = spellings;
    if (!term) continue;
    for (const s of spellings) {
      const key = foldSpelling(s);
      if (key.length < 3) continue;
      const set = targets.get(key) ?? new Set<string>();
      set.add(term);
      targets.set(key, set);
    }
  }
  const out: Record<string, string> = {};
  for (const [key, set] of targets) {
    if (set.size === 1) out[key] = [...set][0]!;
  }
  for (const [key, to] of wordAliases(entries)) {
    if (!targets.has(key)) out[key] = to;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const WORD = /[\p{L}\p{N}'-]+/gu;

/**
 * Single words of a multi-word spelling that are the same word as one of the
 * dossier's, spelled another way: « Bishkek Protocol » and « Protocole de
 * Bichkek » give « bishkek » → « Bichkek », so that « Bishkek » alone finds the
 * sections on Bichkek. Two words pair when, folded, they differ by at most a
 * fifth of their letters; a word that would pair with two different words is
 * left out.
 */
export function wordAliases(entries: readonly (readonly string[])[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const spellings of entries) {
    const [term] = spellings;
    if (!term) continue;
    const termWords = (term.match(WORD) ?? []).filter((w) => w.length >= 5);
    for (const s of spellings.slice(1)) {
      for (const word of s.match(WORD) ?? []) {
        const key = foldSpelling(word);
        if (key.length < 5) continue;
        for (const target of termWords) {
          const folded = foldSpelling(target);
          if (folded === key || distance(folded, key) > Math.floor(Math.max(folded.length, key.length) / 5)) continue;
          const set = found.get(key) ?? new Set<string>();
          set.add(target);
          found.set(key, set);
        }
      }
    }
  }
  return new Map([...found].filter(([, set]) => set.size === 1).map(([key, set]) => [key, [...set][0]!]));
}
