/**
 * How a figure's numbers are written and drawn (content/donnees/, read by
 * src/content/figures.ts): French digits, ranges, bounds, the plain text of a
 * Markdown cell. Pure.
 */
import type { Measure, Quantity, Side } from '../content/schemas.ts';
import { fr } from '../i18n/fr.ts';

/** How the numbers of a figure are written: French digits, and a unit sign after them (« % »). */
export interface NumberStyle {
  decimals?: number;
  /** Sign written after the number, or after a range's second number (« 94,7 à 94,8 % »). */
  sign?: string;
}

/** One formatter per number of decimals (`toLocaleString` would make one for each number). */
const formatters = new Map<number | undefined, Intl.NumberFormat>();

export function formatNumber(n: number, style: NumberStyle = {}): string {
  let format = formatters.get(style.decimals);
  if (!format) {
    const { decimals } = style;
    const digits = decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    format = new Intl.NumberFormat('fr-FR', digits);
    formatters.set(style.decimals, format);
  }
  return format.format(n);
}

function withSign(text: string, style: NumberStyle): string {
  return style.sign ? `${text}\u202f${style.sign}` : text;
}

/** The number or range as the table writes it: « 161 », « 476 à 477 », « 94,7 à 94,8 % ». */
export function quantityText(q: Quantity, style: NumberStyle = {}): string {
  const text = typeof q === 'number' ? formatNumber(q, style) : fr.figure.rangeInWords(formatNumber(q[0], style), formatNumber(q[1], style));
  return withSign(text, style);
}

/** The number or range as a chart writes it next to its mark: « 476–477 ». */
export function compactText(q: Quantity, style: NumberStyle = {}): string {
  const text = typeof q === 'number' ? formatNumber(q, style) : `${formatNumber(q[0], style)}–${formatNumber(q[1], style)}`;
  return withSign(text, style);
}

/** One number of a cell, as the chart draws it. */
export interface DrawnNumber {
  value: Quantity;
  bound?: 'min' | 'max' | undefined;
  /** The number in words, as the table writes it (« un million »). */
  words?: string | undefined;
  /** Its own label and side, when the cell holds several numbers. */
  label?: string | undefined;
  side?: Side | undefined;
}

export interface MeasureParts {
  /** The numbers drawn (none when the source gives words only). */
  numbers: DrawnNumber[];
  /** Inline Markdown of the table cell, the numbers written in. */
  cell: string;
}

export function measureParts(m: Measure, style: NumberStyle = {}): MeasureParts {
  if (typeof m === 'number' || Array.isArray(m)) return { numbers: [{ value: m }], cell: quantityText(m, style) };
  if (m.value !== undefined) {
    const cell = m.words !== undefined ? m.text : m.text.replace('{}', quantityText(m.value, style));
    return { numbers: [{ value: m.value, bound: m.bound, words: m.words }], cell };
  }
  const parts = m.values ?? [];
  let n = 0;
  const cell = m.text.replace(/\{\}/g, () => quantityText(parts[n++]!.value, style));
  return { numbers: parts.map((p) => ({ value: p.value, bound: p.bound, label: p.label, side: p.side })), cell };
}

export function bounds(q: Quantity): [number, number] {
  return typeof q === 'number' ? [q, q] : q;
}

/** Inline Markdown as plain text (the chart's labels): emphasis marks dropped. */
export function plainText(markdown: string): string {
  return markdown.replace(/\*([^*]+)\*/g, '$1').replace(/_([^_]+)_/g, '$1');
}
