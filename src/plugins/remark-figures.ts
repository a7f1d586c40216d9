/**
 * remark-figures: `<Figure id="khodjaly-victimes" />` in a chapter becomes a
 * `<figure>` drawn from `content/donnees/khodjaly-victimes.yaml`: a caption
 * (title, one-line reading), the chart as inline SVG, and the table of the
 * same numbers. Each row's sources become a note of the chapter (GFM
 * footnotes, before remark-citations runs), so that citations get their
 * French forms, their numbers and their /sources/ backlinks like any other.
 *
 * Errors (file, line, fix): a figure that does not exist (closest id
 * suggested), a `<Figure>` without id, a figure placed twice in one file.
 */
import { closest } from 'fastest-levenshtein';
import type { Element, ElementContent } from 'hast';
import type { BlockContent, Data, FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { ContentError } from '../content/errors.ts';
import type { FigureEntry } from '../content/figures.ts';
import type { CensusRow, EstimateRow, Figure, FigureCitation } from '../content/schemas.ts';
import { fr } from '../i18n/fr.ts';
import { type EstimatePanel, estimatesChart, legendMark, type ShareBar, sharesChart } from '../lib/charts.ts';
import { bounds, compactText, formatNumber, measureParts, type NumberStyle, plainText, quantityText } from '../lib/figures.ts';
import { fileLabel } from './file-label.ts';
import { walk } from './tree-walk.ts';

/** The figure as an mdast block: its children are the table; the caption and chart ride as hast. */
export interface FigureBlock extends Parent {
  type: 'dossierFigure';
  children: BlockContent[];
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    dossierFigure: FigureBlock;
  }
  interface BlockContentMap {
    dossierFigure: FigureBlock;
  }
}

export interface FiguresOptions {
  figures: ReadonlyMap<string, FigureEntry>;
}

const COMPONENT = 'Figure';
const SHARE_STYLE: NumberStyle = { decimals: 1, sign: '%' };

const inlineParser = unified().use(remarkParse);

/**
 * Text that Markdown gives back as one text node: nothing that opens a block at its start (an
 * indent, a list number, a marker), nothing that opens an inline construct (emphasis, code,
 * link, HTML, reference, escape), no line end, no space or tab at either end.
 */
const PLAIN = /^(?![ \t]|\d+[.)]|[#>+\-*_=`\x7e<|])[^\0\n\r\t\f\v*_`[\]<>&\\!\x7e]*(?<![ \t])$/;

/** Inline Markdown (« *Ordu* (1992) ») as phrasing nodes. */
export function inline(markdown: string): PhrasingContent[] {
  if (PLAIN.test(markdown)) return [{ type: 'text', value: markdown }];
  const tree = inlineParser.parse(markdown);
  const first = tree.children[0];
  return first?.type === 'paragraph' ? first.children : [{ type: 'text', value: markdown }];
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function htmlText(value: string): ElementContent {
  return { type: 'text', value };
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

/**
 * The notes of a figure: one per row, numbered in the order of the rows (a
 * note called twice would get a second back-link that screen readers name
 * badly; repeated sources read « Ibid. » instead).
 */
class FigureNotes {
  readonly definitions: FootnoteDefinition[] = [];
  readonly figureId: string;
  readonly position: Position | undefined;
  // Plain fields, not parameter properties: Node runs this file with type stripping only (npm run sources).
  constructor(figureId: string, position: Position | undefined) {
    this.figureId = figureId;
    this.position = position;
  }

  call(sources: FigureCitation[]): FootnoteReference {
    const text = `${sources.map((c) => (typeof c === 'string' ? `[@${c}]` : `[@${c.key}, ${c.at}]`)).join(' ; ')}.`;
    const identifier = `${this.figureId}-${this.definitions.length + 1}`;
    this.definitions.push({
      type: 'footnoteDefinition',
      identifier,
      label: identifier,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: text, ...this.#at() }], ...this.#at() }],
      ...this.#at(),
    });
    return { type: 'footnoteReference', identifier, label: identifier, ...this.#at() };
  }

  #at(): { position?: Position } {
    return this.position ? { position: this.position } : {};
  }
}

function headerRow(headings: string[]): TableRow {
  return { type: 'tableRow', children: headings.map((t) => cell(inline(t))) };
}

function legend(sides: EstimateRow['side'][]): Element {
  const present = [...new Set(sides)];
  return h('ul', { className: ['legende'] }, [
    h('li', { className: ['legende-titre'] }, [htmlText(fr.figure.legend)]),
    ...present.map((side) => h('li', {}, [legendMark(side), htmlText(` ${fr.figure.sides[side]}`)])),
  ]);
}

interface Drawn {
  reading: string;
  /** Rows of the table that give words, not a number: not drawn, and said so. */
  undrawn?: number;
  chart: Element;
  legend?: Element;
  table: Table;
}

function drawEstimates(figure: Extract<Figure, { kind: 'estimates' }>, notes: FigureNotes): Drawn {
  const grouped = figure.rows.some((r) => r.group !== undefined);
  const style: NumberStyle = figure.sign ? { sign: figure.sign } : {};
  let mixed = false;
  const shared = figure.axis === 'shared';
  let undrawn = 0;
  const byGroup = new Map<string, EstimatePanel>();
  const extremes: string[] = [];
  const rows: TableRow[] = [];
  for (const row of figure.rows) {
    const parts = measureParts(row.estimate, style);
    if (parts.numbers.length > 1) mixed = true;
    const byCell = [...inline(row.by), notes.call(row.sources)];
    rows.push({
      type: 'tableRow',
      children: [...(grouped ? [cell(inline(row.group ?? ''))] : []), cell(inline(parts.cell)), cell(byCell), cell(inline(row.remark ?? ''))],
    });
    if (parts.numbers.length === 0) {
      undrawn += 1;
      continue;
    }
    const key = row.group ?? '';
    const group = byGroup.get(key) ?? { title: row.group, marks: [] };
    const rowLabel = row.label ?? plainText(row.by);
    const several = parts.numbers.length > 1;
    parts.numbers.forEach((n, i) => {
      const [low, high] = bounds(n.value);
      const newGroup = shared && i === 0 && group.marks.length === 0 && row.group !== undefined;
      group.marks.push({
        // On a shared axis, the quantity heads its rows; a source's several numbers then name their source.
        label: n.label ? (shared ? `${rowLabel} : ${n.label}` : n.label) : rowLabel,
        name: n.label ? `${rowLabel}, ${n.label}` : rowLabel,
        heading: newGroup ? row.group : several && i === 0 && !shared ? rowLabel : undefined,
        part: several || (shared && row.group !== undefined),
        side: n.side ?? row.side,
        low,
        high,
        bound: n.bound,
        valueText: n.words ?? compactText(n.value, style),
      });
    });
    byGroup.set(key, group);
  }
  for (const group of byGroup.values()) {
    const lowest = group.marks.reduce((a, b) => (b.low < a.low ? b : a));
    const highest = group.marks.reduce((a, b) => (b.high > a.high ? b : a));
    const what = group.title ? `${group.title} : ` : group.marks.length === 1 ? '' : fr.figure.altAll;
    extremes.push(
      group.marks.length === 1
        ? fr.figure.altOne(what, lowest.valueText, lowest.name)
        : fr.figure.altExtremes(what, compactText(lowest.low, style), lowest.name, compactText(highest.high, style), highest.name),
    );
  }
  const panels: EstimatePanel[] = shared ? [{ marks: [...byGroup.values()].flatMap((g) => g.marks) }] : [...byGroup.values()];
  const only = byGroup.size === 1 ? [...byGroup.values()][0] : undefined;
  const reading =
    only && !mixed
      ? (undrawn > 0 ? fr.figure.readingEstimatesNumbered : fr.figure.readingEstimates)(
          formatNumber(Math.min(...only.marks.map((m) => m.low))),
          formatNumber(Math.max(...only.marks.map((m) => m.high))),
          figure.unit,
        )
      : only
        ? fr.figure.readingParts
        : shared
          ? fr.figure.readingShared
          : fr.figure.readingGroups;
  const c = figure.columns;
  const headings = [...(grouped ? [c.group ?? ''] : []), c.estimate, c.by, c.remark];
  return {
    reading,
    undrawn,
    chart: estimatesChart(panels, { alt: fr.figure.altEstimates(figure.title, extremes.join(' ')), unit: figure.unit, format: (n) => formatNumber(n) }),
    legend: legend(panels.flatMap((p) => p.marks.map((m) => m.side))),
    table: { type: 'table', align: headings.map(() => null), children: [headerRow(headings), ...rows] },
  };
}

function shareExtremes(rows: CensusRow[], pick: (r: CensusRow) => [number, number] | undefined, group: string): string {
  const known = rows.flatMap((r) => {
    const b = pick(r);
    return b ? [{ census: r.census, low: b[0], high: b[1] }] : [];
  });
  const lowest = known.reduce((a, b) => (b.low < a.low ? b : a));
  const highest = known.reduce((a, b) => (b.high > a.high ? b : a));
  return fr.figure.altShareExtremes(group, quantityText(lowest.low, SHARE_STYLE), lowest.census, quantityText(highest.high, SHARE_STYLE), highest.census);
}

function drawPopulation(figure: Extract<Figure, { kind: 'population' }>, notes: FigureNotes): Drawn {
  const rows: TableRow[] = [];
  const bars: ShareBar[] = [];
  for (const row of figure.rows) {
    const total = measureParts(row.total);
    const first = measureParts(row.armenians, SHARE_STYLE);
    const second = measureParts(row.azerbaijanis, SHARE_STYLE);
    rows.push({
      type: 'tableRow',
      children: [
        cell(inline(row.census)),
        cell(inline(total.cell)),
        cell(inline(first.cell)),
        cell(inline(second.cell)),
        cell([...inline(row.remark ?? ''), notes.call(row.sources)]),
      ],
    });
    const a = first.numbers[0]?.value;
    const b = second.numbers[0]?.value;
    if (a === undefined || b === undefined) continue;
    bars.push({
      heading: `${row.census} · ${plainText(total.cell)} ${figure.unit}`,
      first: bounds(a),
      second: bounds(b),
      firstText: compactText(a, SHARE_STYLE),
      secondText: compactText(b, SHARE_STYLE),
    });
  }
  const pick = (m: CensusRow['armenians']) => {
    const v = measureParts(m).numbers[0]?.value;
    return v === undefined ? undefined : bounds(v);
  };
  const alt = [shareExtremes(figure.rows, (r) => pick(r.armenians), fr.figure.armenians), shareExtremes(figure.rows, (r) => pick(r.azerbaijanis), fr.figure.azerbaijanis)].join(
    ' ',
  );
  const firstBar = bars[0];
  const lastBar = bars.at(-1);
  const when = (bar: ShareBar): string => bar.heading.slice(0, bar.heading.indexOf(' · '));
  const c = figure.columns;
  const headings = [c.census, c.total, c.armenians, c.azerbaijanis, c.remark];
  return {
    reading: firstBar && lastBar ? fr.figure.readingShares(fr.figure.armenians, `${firstBar.firstText} (${when(firstBar)})`, `${lastBar.firstText} (${when(lastBar)})`) : '',
    chart: sharesChart(bars, { alt: fr.figure.altShares(figure.title, alt), firstName: fr.figure.armenians, secondName: fr.figure.azerbaijanis }),
    table: { type: 'table', align: headings.map(() => null), children: [headerRow(headings), ...rows] },
  };
}

/** The `<figure>` of one figure entry, and the notes its rows call. */
export function figureBlock(entry: FigureEntry, position?: Position): { block: FigureBlock; notes: FootnoteDefinition[] } {
  const notes = new FigureNotes(entry.id, position);
  const drawn = entry.data.kind === 'estimates' ? drawEstimates(entry.data, notes) : drawPopulation(entry.data, notes);
  const caption = h('figcaption', {}, [
    h('span', { className: ['figure-titre'] }, [htmlText(entry.data.title)]),
    htmlText(' '),
    h('span', { className: ['figure-periode'] }, [htmlText(entry.data.period)]),
    h('span', { className: ['figure-lecture'] }, [htmlText(drawn.reading)]),
    h('span', { className: ['figure-sources'] }, [htmlText(drawn.undrawn ? `${fr.figure.undrawn(drawn.undrawn)} ${fr.figure.sourcesLine}` : fr.figure.sourcesLine)]),
  ]);
  const chart = h('div', { className: ['figure-graphique'] }, [drawn.chart, ...(drawn.legend ? [drawn.legend] : [])]);
  const at = position ? { position } : {};
  const block: FigureBlock = {
    type: 'dossierFigure',
    data: { hName: 'figure', hProperties: { id: `figure-${entry.id}`, className: ['figure-donnees', `figure-${entry.data.kind}`] } },
    children: [
      // Caption and chart are hast already: they ride on empty paragraphs that become their elements.
      // The chart stays out of the search index: the table below holds the same words and numbers.
      { type: 'paragraph', children: [], data: { hName: 'figcaption', hChildren: caption.children }, ...at },
      { type: 'paragraph', children: [], data: { hName: 'div', hProperties: { className: ['figure-graphique'], dataPagefindIgnore: '' }, hChildren: chart.children }, ...at },
      { ...drawn.table, ...at },
    ],
    ...at,
  };
  return { block, notes: notes.definitions };
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

export default function remarkFigures({ figures }: FiguresOptions) {
  const ids = [...figures.keys()];
  return (tree: Root, file: VFile): void => {
    const where = fileLabel(file);
    const placed = new Map<string, number | undefined>();
    const definitions: FootnoteDefinition[] = [];
    walk<RootContent>(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' || node.name !== COMPONENT) return undefined;
      const line = node.position?.start.line;
      const id = attribute(node, 'id');
      if (!id) throw new ContentError(where, line, '<Figure> sans identifiant.', 'écrivez <Figure id="nom-du-fichier" /> avec le nom d’un fichier de content/donnees/.');
      const entry = figures.get(id);
      if (!entry) {
        const guess = ids.length > 0 ? closest(id, ids) : undefined;
        throw new ContentError(
          where,
          line,
          `figure inconnue « ${id} ».`,
          guess ? `vouliez-vous dire « ${guess} » ? Sinon, créez content/donnees/${id}.yaml.` : `créez content/donnees/${id}.yaml.`,
        );
      }
      if (placed.has(id)) {
        throw new ContentError(where, line, `la figure « ${id} » est déjà placée (ligne ${placed.get(id)}).`, 'placez chaque figure une seule fois par chapitre.');
      }
      placed.set(id, line);
      const { block, notes } = figureBlock(entry, node.position);
      definitions.push(...notes);
      parent.children.splice(index, 1, block as RootContent & BlockContent);
      return index + 1;
    });
    tree.children.push(...definitions);
  };
}
