/**
 * French typography, by Typograf: typographic apostrophe, « guillemets » with
 * narrow no-break spaces, no-break spaces before ; : ! ? and in numbers and
 * percentages. Typograf's own rules cover quotes and apostrophes; the French
 * spacing rules it lacks are registered as Typograf rules below, so that every
 * rule runs through one engine.
 */
import Typograf from 'typograf';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

Typograf.addRule({
  name: 'fr/nbsp/beforeHighPunctuation',
  // « ; », « ! », « ? » take a narrow no-break space, « : » a no-break space (Imprimerie nationale).
  handler: (text) =>
    text.replace(/([^\s\u00a0\u202f([])[ \u00a0]?([;!?])(?=[\s\u00a0\u202f»)\]]|$)/g, `$1${NNBSP}$2`).replace(/([^\s\u00a0\u202f\d([])[ \u00a0]?:(?=[\s\u00a0]|$)/g, `$1${NBSP}:`),
});
Typograf.addRule({
  name: 'fr/nbsp/numbers',
  // 30 000, 9 %, 1 960 : groups of digits and the percent sign never split at a line end.
  handler: (text) => text.replace(/(\d)[ \u00a0](?=\d{3}(?!\d))/g, `$1${NNBSP}`).replace(/(\d)[ \u00a0]?%/g, `$1${NNBSP}%`),
});

const typograf = new Typograf({
  locale: ['fr'],
  // Spacing, HTML and Russian-style rules are off: text arrives node by node and
  // the French spacing rules above replace them.
  disableRule: ['common/nbsp/*', 'common/space/*', 'common/html/*', 'common/number/*', 'common/other/repeatWord', 'common/punctuation/delDoublePunctuation'],
});

export function frenchTypography(text: string): string {
  return typograf.execute(text);
}

const BOUNDARY = '\uE000';

/**
 * French typography on a run of pieces (citation segments, say) set as one text, so that « and »
 * get their spaces across pieces; a piece in another language (`lang`) keeps its own text.
 */
export function typesetPieces<T extends { text: string; lang?: string | undefined }>(pieces: readonly T[]): T[] {
  const parts = frenchTypography(pieces.map((p) => p.text.replaceAll(BOUNDARY, '')).join(BOUNDARY)).split(BOUNDARY);
  if (parts.length !== pieces.length) return pieces.map((p) => (p.lang ? p : { ...p, text: frenchTypography(p.text) }));
  return pieces.map((p, i) => (p.lang ? p : { ...p, text: parts[i]! }));
}
