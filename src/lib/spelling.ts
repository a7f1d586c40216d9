/**
 * Spellings for search, shared by the build (which writes the dictionary) and
 * the browser (which rewrites the query): a name typed in any of its spellings
 * (« Kalbajar », « Kəlbəcər », « Кельбаджар », « Karvatchar ») is searched in the
 * dossier's own (« Kelbajar »). Pure, no DOM, no Node.
 */

/** Folded form: lower case, no accents, Azerbaijani ı and ə as i and e, typographic apostrophe as '. */
export function foldSpelling(text: string): string {
  return text.toLowerCase().replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/[’ʼ`]/g, "'").normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/** Folded spelling → the dossier's spelling (built by `spelling-dictionary.ts`). */
export type SpellingDictionary = Readonly<Record<string, string>>;

/**
 * The dictionary as /recherche/graphies.json carries it: each of the dossier's
 * spellings once, with the folded spellings that lead to it (a fifth lighter
 * than one pair per spelling, once compressed).
 */
export type PackedSpellings = Readonly<Record<string, readonly string[]>>;

export function packSpellings(dictionary: SpellingDictionary): PackedSpellings {
  const packed: Record<string, string[]> = {};
  for (const [from, to] of Object.entries(dictionary)) packed[to] = [...(packed[to] ?? []), from];
  return packed;
}

export function unpackSpellings(packed: PackedSpellings): SpellingDictionary {
  const dictionary: Record<string, string> = {};
  for (const [to, spellings] of Object.entries(packed)) {
    if (!Array.isArray(spellings)) continue;
    for (const from of spellings) if (typeof from === 'string') dictionary[from] = to;
  }
  return dictionary;
}

export interface QueryRewrite {
  /** The query as sent to the index. */
  query: string;
  /** Each spelling replaced, as the reader typed it, and the dossier's form. */
  replaced: { from: string; to: string }[];
}

/** A French elided article or pronoun in front of a word: « d’ » in « d’Aghdam ». */
const ELISION = /^((?:[dljmnst]|qu)['’])(.+)$/i;

/** « d’Aghdam » → « Aghdam »; a word without elision stays as it is. */
export function withoutElision(word: string): string {
  return ELISION.exec(word)?.[2] ?? word;
}
const LONGEST = 4;

/** Rewrites the spellings of a query that the dictionary knows, longest phrases first. */
export function rewriteQuery(query: string, dictionary: SpellingDictionary): QueryRewrite {
  const words = query.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  const replaced: QueryRewrite['replaced'] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && !matched; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const elided = n === 1 ? ELISION.exec(phrase) : null;
      const prefix = elided?.[1] ?? '';
      const bare = elided?.[2] ?? phrase;
      const to = dictionary[foldSpelling(bare)];
      if (to === undefined) continue;
      matched = true;
      if (foldSpelling(to) === foldSpelling(bare)) out.push(phrase);
      else {
        replaced.push({ from: bare, to });
        out.push(`${prefix}${to}`);
      }
      i += n;
    }
    if (!matched) out.push(words[i++]!);
  }
  return { query: out.join(' '), replaced };
}
