/**
 * The body prose of a chapter as textlint sees it (through textlint-plugin-mdx): which blocks are
 * prose, their plain text mapped back to the source, their sentences and word counts.
 * Notes (footnote definitions), tables, front matter, code, ESM and expressions are not body prose,
 * nor block quotations (the words of someone else); the text inside a JSX component (a box) is.
 */
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';

/** A stretch of body text: its plain text and, for each character, its offset in the file. */
export interface ProseText {
  /** The block (Paragraph or Header) the text comes from. */
  node: TxtParentNode;
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
  /** Ranges of `text` inside « guillemets » or in italics (quotations, titles, foreign words). */
  quoted: [number, number][];
  /** Footnote calls: the index in `text` where each sits. */
  calls: { at: number; node: TxtNode }[];
}

/**
 * Node types (mdast names kept by textlint-plugin-mdx, or textlint names) that hold no body prose.
 * A JSX element arrives as `Html` with children (walked); raw HTML has none.
 */
const NOT_PROSE = new Set(['footnoteDefinition', 'FootnoteDefinition', 'Table', 'Yaml', 'Code', 'CodeBlock', 'Comment', 'BlockQuote']);

/**
 * Body blocks in document order: paragraphs (including those of lists and boxes) and headings;
 * with `notes`, the paragraphs of the notes too.
 */
export function proseBlocks(root: TxtParentNode, { notes = false } = {}): TxtParentNode[] {
  const blocks: TxtParentNode[] = [];
  const walk = (node: TxtNode): void => {
    const type: string = node.type;
    const note = notes && (type === 'footnoteDefinition' || type === 'FootnoteDefinition');
    if (!note && (NOT_PROSE.has(type) || type.startsWith('mdx'))) return;
    if (node.type === 'Paragraph' || node.type === 'Header') {
      blocks.push(node as TxtParentNode);
      return;
    }
    for (const child of (node as TxtParentNode).children ?? []) walk(child);
  };
  walk(root);
  return blocks;
}

/** The plain text of a block: Str values, link and emphasis texts; footnote calls recorded, not written. */
export function proseText(block: TxtParentNode): ProseText {
  const out: ProseText = { node: block, text: '', offsets: [], quoted: [], calls: [] };
  const add = (node: TxtNode, value: string) => {
    const exact = node.raw === value;
    for (let i = 0; i < value.length; i++) out.offsets.push(exact ? node.range[0] + i : node.range[0]);
    out.text += value;
  };
  const walk = (node: TxtNode, italic: boolean): void => {
    // The plugin also yields mdast types that the textlint type union does not list.
    const type: string = node.type;
    if (type === 'FootnoteReference') {
      out.calls.push({ at: out.text.length, node });
      return;
    }
    if (type === 'Str' || type === 'Code') {
      const start = out.text.length;
      add(node, String((node as TxtNode & { value?: unknown }).value ?? ''));
      if (italic) out.quoted.push([start, out.text.length]);
      return;
    }
    if (type === 'Break') {
      add(node, ' ');
      return;
    }
    const children = (node as TxtParentNode).children;
    if (!children || NOT_PROSE.has(type) || type.startsWith('mdx')) return;
    for (const child of children) walk(child, italic || type === 'Emphasis');
  };
  for (const child of block.children) walk(child, false);
  for (const m of out.text.matchAll(/«[^«»]*»/g)) out.quoted.push([m.index, m.index + m[0].length]);
  return out;
}

export function isQuoted(prose: ProseText, start: number, end: number): boolean {
  return prose.quoted.some(([a, b]) => start >= a && end <= b);
}

/** Abbreviations whose full stop does not end a sentence (the word before the stop). */
const ABBREVIATIONS = new Set(['M', 'MM', 'Mgr', 'Dr', 'Pr', 'St', 'Ste', 'p', 'pp', 'av', 'apr', 'cf', 'C', 'vol', 'éd', 'dir', 'coll', 'chap', 'art', 'n°', 'env', 'ca']);

export interface Sentence {
  start: number;
  end: number;
  text: string;
  words: number;
}

/** Words of a stretch of text: « 30 000 » is one number, « l’armée » one word, dashes are not words. */
export function countWords(text: string): number {
  const joined = text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
  return joined.split(/[\s\u00a0\u202f]+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/**
 * Sentences of a plain text. A sentence ends at . ! ? or … (with any closing », ” or parenthesis)
 * followed by a space and a capital, a digit or an opening quotation mark, unless the word before
 * the stop is an abbreviation (M., p., av. J.-C.) or a single capital (an initial). A « ? » or « ! »
 * inside a quotation followed by lowercase text does not end the sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body && /[\p{L}\p{N}]/u.test(body)) sentences.push({ start: start + lead, end: start + lead + body.length, text: body, words: countWords(body) });
    start = end;
  };
  const stop = /[.!?…]+/g;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    let k = m.index + m[0].length;
    const closing = /^(?:[\s\u00a0\u202f]*»|[”)’])+/.exec(text.slice(k));
    if (closing) k += closing[0].length;
    const after = /^[\s\u00a0\u202f]+(.)/u.exec(text.slice(k));
    if (!after) continue;
    if (!/[\p{Lu}\p{N}«“(—–]/u.test(after[1]!)) continue;
    if (m[0] === '.') {
      const word = /([\p{L}°]+)$/u.exec(text.slice(0, m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(k);
  }
  push(text.length);
  return sentences;
}

/** A case-insensitive regular expression matching `source` as whole words (Unicode letters). */
export function wordPattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

export interface Readability {
  sentences: number;
  /** Mean words per sentence. */
  mean: number;
  /** Share of sentences of more than 40 words, 0–1. */
  over40: number;
  /** Words in the longest sentence. */
  max: number;
}

/** Readability of a chapter's body paragraphs (headings, notes and tables left out). */
export function readability(root: TxtParentNode): Readability {
  const counts = proseBlocks(root)
    .filter((b) => b.type === 'Paragraph')
    .flatMap((b) => splitSentences(proseText(b).text).map((s) => s.words));
  const n = counts.length;
  const total = counts.reduce((a, b) => a + b, 0);
  return { sentences: n, mean: n ? total / n : 0, over40: n ? counts.filter((w) => w > 40).length / n : 0, max: Math.max(0, ...counts) };
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
