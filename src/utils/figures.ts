/**
 * The figures' data (`content/donnees/*.yaml`, one figure per file, its name
 * the figure's id): read once, validated with the schema, every error naming
 * the file and the line of the field at fault; every source key checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { type Figure, type FigureCitation, figure, type Measure, type Quantity, type Side } from '../content/schemas.ts';
import { ContentError, issueDetail } from './errors.ts';
import { yamlFiles } from './yaml-list.ts';

export interface FigureEntry {
  id: string;
  data: Figure;
  file: string;
  /** Line of each row, for errors found later (a chapter placing the figure). */
  rowLines: number[];
}

export const FIGURE_ID = /^[a-z0-9][a-z0-9-]*$/;

export function citationKey(c: FigureCitation): string {
  return typeof c === 'string' ? c : c.key;
}

/** Every figure of `dir`, by id; an absent folder means no figure. */
export function loadFigures(dir: string, sourceKeys: ReadonlySet<string>, root = process.cwd()): Map<string, FigureEntry> {
  const figures = new Map<string, FigureEntry>();
  if (!existsSync(dir)) return figures;
  for (const { name, path, shown } of yamlFiles(dir, root)) {
    const id = basename(name).replace(/\.ya?ml$/, '');
    if (!FIGURE_ID.test(id)) {
      throw new ContentError(shown, undefined, `nom de figure invalide « ${id} ».`, 'nommez le fichier en minuscules ASCII, chiffres et tirets (khodjaly-victimes.yaml).');
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      throw new ContentError(shown, err.linePos?.[0].line, `YAML invalide : ${err.message.split('\n')[0]}`, 'corrigez la syntaxe YAML à cette ligne.');
    }
    const lineOf = (path: readonly PropertyKey[]): number | undefined => {
      for (let n = path.length; n >= 0; n -= 1) {
        const node: unknown = doc.getIn(path.slice(0, n) as (string | number)[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    };
    const parsed = figure.safeParse(doc.toJS());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || '(figure)';
      throw new ContentError(
        shown,
        lineOf(issue.path),
        `figure « ${id} », champ « ${field} » : ${issueDetail(issue)}.`,
        'corrigez ce champ selon le schéma « figure » de src/content/schemas.ts (voir le README, « Ajouter une figure »).',
      );
    }
    const data = parsed.data;
    data.rows.forEach((row, index) => {
      row.sources.forEach((c, n) => {
        const key = citationKey(c);
        if (!sourceKeys.has(key)) {
          throw new ContentError(
            shown,
            lineOf(['rows', index, 'sources', n]),
            `figure « ${id} » : source inconnue « ${key} ».`,
            'utilisez une clé de content/sources/ ou ajoutez la source.',
          );
        }
      });
    });
    figures.set(id, { id, data, file: shown, rowLines: data.rows.map((_, i) => lineOf(['rows', i]) ?? 1) });
  }
  return figures;
}

/** How the numbers of a figure are written: French digits, and a unit sign after them (« % »). */
export interface NumberStyle {
  decimals?: number;
  /** Sign written after the number, or after a range's second number (« 94,7 à 94,8 % »). */
  sign?: string;
}

export function formatNumber(n: number, style: NumberStyle = {}): string {
  const digits = style.decimals === undefined ? {} : { minimumFractionDigits: style.decimals, maximumFractionDigits: style.decimals };
  return n.toLocaleString('fr-FR', digits);
}

function withSign(text: string, style: NumberStyle): string {
  return style.sign ? `${text}\u202f${style.sign}` : text;
}

/** The number or range as the table writes it: « 161 », « 476 à 477 », « 94,7 à 94,8 % ». */
export function quantityText(q: Quantity, style: NumberStyle = {}): string {
  const text = typeof q === 'number' ? formatNumber(q, style) : `${formatNumber(q[0], style)} à ${formatNumber(q[1], style)}`;
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
