/** Small helpers on the chapters' text. */

/** Words of a text: runs between spaces that hold a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes of reading at 200 words a minute (a careful reader of notes), one at least. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

/** Marks, by UTF-16 code unit, the characters already met (kept between calls: cleared at each). */
const met = new Uint8Array(0x10000);

/**
 * The characters of a text, each once, in the order of their first occurrence: what
 * `new Set(text)` gives (code points; a lone surrogate stays one), without a string and a set
 * lookup for every character of the text.
 */
export function charactersOf(text: string): Set<string> {
  met.fill(0);
  const chars = new Set<string>();
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        chars.add(text.slice(i, i + 2));
        i += 1;
        continue;
      }
    }
    if (met[code] === 0) {
      met[code] = 1;
      chars.add(text.charAt(i));
    }
  }
  return chars;
}
