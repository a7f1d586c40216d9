/** Small helpers on the chapters' text. */

/** Words of a text: runs between spaces that hold a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes of reading at 200 words a minute (a careful reader of notes), one at least. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
