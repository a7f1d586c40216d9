/**
 * French typography, by Typograf: typographic apostrophe, « guillemets » with
 * narrow no-break spaces, no-break spaces before ; : ! ? and in numbers and
 * percentages. Typograf's own rules cover quotes and apostrophes; the French
 * spacing rules it lacks are registered as Typograf rules below, so that every
 * rule runs through one engine.
 */
import Typograf from 'typograf';
import { splitOrdinals, type TextPiece } from './ordinals.ts';

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

/**
 * Text that Typograf, set up as above, may change: without one of these characters no enabled
 * rule matches and its own steps give the text back as it was, so the call is saved (three
 * texts in four: the line breaks between blocks, words without punctuation). Audit of Typograf
 * 7.8.0, rule by rule (the enabled rules are pinned by tests/unit/typography-shortcut.test.ts):
 * common/other/delBOM U+FEFF; common/symbols/copy « ( »; common/symbols/cf, fr/nbsp/numbers
 * digits; common/symbols/arrow « < » « > »; common/punctuation/quote and quoteLink the quote
 * marks of `common/quote` and « < »; common/punctuation/hellip « ... »;
 * common/punctuation/apostrophe « ' »; fr/nbsp/beforeHighPunctuation « ; ! ? : ». Its steps:
 * line ends « \r »; entities « & »; HTML « < »; addresses « :// »; its private marks
 * U+F000–U+F0FF.
 */
// The quote marks as the quote rule reads them (taken from Typograf rather than written here:
// the web fonts are cut to the characters of src/ too).
const QUOTES = String(Typograf.getData('common/quote'));
const MAY_CHANGE = new RegExp(`[\\r<>:&;!?('${QUOTES}\\uFEFF\\uF000-\\uF0FF0-9]|\\.\\.\\.`);

export function frenchTypography(text: string): string {
  return MAY_CHANGE.test(text) ? typograf.execute(text) : text;
}

/** Typograf itself, for the test that holds the shortcut above to it. */
export const typografEngine: { execute(text: string): string; isEnabledRule(name: string): boolean } = typograf;

/** A string of the dossier's data in French typography, cut into pieces: the letters of its ordinals raised (1er, XXe). */
export function frenchPieces(text: string): TextPiece[] {
  return splitOrdinals(frenchTypography(text));
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
