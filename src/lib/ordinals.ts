/**
 * French ordinal abbreviations as a printer sets them: the letters after the
 * number are raised (1ᵉʳ, XXᵉ siècle, 366ᵉ régiment). Authors type plain « 1er »,
 * « XXe », « IIe » (never Unicode modifier letters, which many fonts lack and
 * search does not fold); this module finds them, and the rehype plugin and the
 * `<FrenchText>` component raise them. Pure.
 *
 * Recognised: Arabic numerals with er, re, e, es, ers, res (1er, 1re, 2e, 30es);
 * Roman numerals of two letters or more, or I, V, X alone, with e, er, es
 * (XIXe, IIe, Ier, Ve; « Vers », « Ires » are words). A lone C or L is left alone: « Ce », « Les » are words.
 */

export interface TextPiece {
  text: string;
  /** The piece is the raised letters of an ordinal. */
  raised?: true;
}

const ORDINAL = /(?<![\p{L}\p{N}])(\d+|[IVXLC]{2,}|[IVX])(ers|res|er|re|es|e)(?![\p{L}\p{N}])/gu;
/** What every ordinal holds: its numeral's last digit or letter, then the first of its letters. */
const MAY_HOLD_ORDINAL = /[\dIVXLC][er]/;

/** The text cut into plain pieces and the raised letters of its ordinals; one plain piece if none. */
export function splitOrdinals(text: string): TextPiece[] {
  if (!MAY_HOLD_ORDINAL.test(text)) return [{ text }];
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(ORDINAL)) {
    const start = match.index;
    const numeral = match[1]!;
    const letters = match[2]!;
    // « DIXe » is no numeral; after a Roman one only e, er, es (« Vers 1750 » is a word).
    if (!/^\d/.test(numeral) && (!ROMAN.test(numeral) || !ROMAN_LETTERS.has(letters))) continue;
    if (inAddress(text, start)) continue; // …/1er-octobre-2020/ stays as typed
    if (start + numeral.length > last) pieces.push({ text: text.slice(last, start + numeral.length) });
    pieces.push({ text: letters, raised: true });
    last = start + numeral.length + letters.length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last) });
  return pieces;
}

const ROMAN_LETTERS = new Set(['e', 'er', 'es']);
const ROMAN = /^(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Whether the position lies in a web address or a file name (a word with « / », « _ » or « = »). */
function inAddress(text: string, at: number): boolean {
  const before = text.slice(0, at).split(/\s/).pop() ?? '';
  const after = text.slice(at).split(/\s/)[0] ?? '';
  return /[/_=]/.test(before + after);
}
