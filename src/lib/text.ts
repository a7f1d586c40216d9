/** Small helpers on the chapters' text. */

/** Prose of an MDX body: without front matter, note definitions, headings marks, tables and citation keys. */
export function proseOf(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\[\^[^\]]+\]:/.test(line) && !/^\s*\|/.test(line) && !/^ {4}/.test(line))
    .join('\n')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`]/g, ' ');
}

export function wordCount(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes of reading at 200 words a minute (a careful reader of notes). */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(proseOf(body)) / 200));
}
