/**
 * Charts drawn at build time as inline SVG (hast trees): no script, no
 * library in the browser. Colours come from CSS custom properties through
 * class names (light, dark and print themes), and never carry meaning alone:
 * each side has its own mark shape, each bar its words.
 *
 * Sizes are in viewBox units for a chart 420 wide: shown 358 px wide on a
 * 390 px phone, text of 14.5 units and more stays above 12 px.
 */

import { type ScaleLinear, scaleLinear } from 'd3-scale';
import type { Element, ElementContent } from 'hast';
import type { Side } from '../content/schemas.ts';
import { frenchTypography } from './typography.ts';

export const CHART_WIDTH = 420;
const FONT = 15;
const SMALL = 14.5;

/** Attributes as the drawing code writes them: numbers become strings of the SVG. */
type Props = Record<string, string | number | string[] | undefined>;

function el(tagName: string, properties: Props, children: ElementContent[] = []): Element {
  const props: Element['properties'] = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value !== undefined) props[name] = typeof value === 'number' ? String(value) : value;
  }
  return { type: 'element', tagName, properties: props, children };
}

function text(x: number, y: number, value: string, properties: Props = {}): Element {
  return el('text', { x: round(x), y: round(y), ...properties }, [{ type: 'text', value: frenchTypography(value) }]);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Rough width of a text in a serif face, for placing labels clear of the edges. */
export function textWidth(value: string, size = FONT): number {
  return value.length * size * 0.5;
}

/** The mark of a side: its shape, centred on (x, y). */
function mark(side: Side, x: number, y: number): Element {
  const className = ['marque', `camp-${side}`];
  switch (side) {
    case 'armenien':
      return el('rect', { className, x: round(x - 5), y: round(y - 5), width: 10, height: 10 });
    case 'azerbaidjanais':
      return el('path', { className, d: `M${round(x)} ${round(y - 7)}l7 7-7 7-7-7z` });
    case 'sovietique':
      return el('path', { className, d: `M${round(x)} ${round(y - 6)}l6.5 11h-13z` });
    default:
      return el('circle', { className, cx: round(x), cy: round(y), r: 5.5 });
  }
}

/** A small SVG of a side's mark, for the legend written in HTML next to the chart. */
export function legendMark(side: Side): Element {
  return el('svg', { viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true', className: ['legende-marque'] }, [mark(side, 8, 8)]);
}

export interface EstimateMark {
  /** Short name of the source, one line; or what this number counts, under its source's `heading`. */
  label: string;
  /** The source's name, written once above the first of several numbers it gives. */
  heading?: string | undefined;
  /** Source and what is counted, for the text alternative. */
  name: string;
  /** One of several numbers of one source: its label is indented under the source's name. */
  part?: boolean | undefined;
  side: Side;
  low: number;
  high: number;
  bound?: 'min' | 'max' | undefined;
  /** The number as written next to the mark (« 476–477 »). */
  valueText: string;
}

export interface EstimatePanel {
  /** The quantity of this panel, when the chart has several. */
  title?: string | undefined;
  marks: EstimateMark[];
}

export interface ChartFrame {
  /** Text alternative: what the chart shows and its extremes. */
  alt: string;
  /** Unit of the axis, plural. */
  unit: string;
  /** Formats the axis's ticks. */
  format: (n: number) => string;
}

const ROW = 44;
/** Characters of a panel's title per line (bold, sans-serif). */
const TITLE_CHARS = 40;
/** Characters of a heading line of rows (semibold serif). */
const HEADING_CHARS = 50;

/** Splits a title into lines of at most `max` characters, at spaces. */
export function wrap(value: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Ticks of an axis, as many as fit without their labels touching (at most six). */
function readableTicks(x: ScaleLinear<number, number>, format: (n: number) => string): number[] {
  for (let count = 6; count > 1; count -= 1) {
    const ticks = x.ticks(count);
    // Digits of the sans-serif face are wider than the serif's average letter.
    const widest = Math.max(...ticks.map((t) => format(t).length * SMALL * 0.62));
    const gap = ticks.length > 1 ? x(ticks[1]!) - x(ticks[0]!) : Infinity;
    if (gap >= widest + 10) return ticks;
  }
  return x.domain();
}
const ARROW = 16;

function svg(height: number, alt: string, kind: string, children: ElementContent[]): Element {
  return el(
    'svg',
    {
      viewBox: `0 0 ${CHART_WIDTH} ${round(height)}`,
      role: 'img',
      ariaLabel: frenchTypography(alt),
      className: ['graphique', `graphique-${kind}`],
      fontSize: FONT,
    },
    children,
  );
}

/**
 * Estimates compared: one row per source, its label above a mark (a range as
 * a bar, a floor or a ceiling as an arrow) on an axis from zero; one axis per
 * panel when the figure compares several quantities.
 */
export function estimatesChart(panels: EstimatePanel[], frame: ChartFrame): Element {
  const children: ElementContent[] = [];
  let y = 0;
  const left = 8;
  const right = CHART_WIDTH - 28;
  for (const panel of panels) {
    if (panel.title) {
      for (const line of wrap(panel.title, TITLE_CHARS)) {
        children.push(text(0, y + FONT + 2, line, { className: ['titre-panneau'] }));
        y += FONT + 5;
      }
      y += 9;
    }
    const max = Math.max(...panel.marks.map((m) => m.high));
    const x = scaleLinear()
      .domain([0, max * 1.04])
      .nice(5)
      .range([left, right]);
    const ticks = readableTicks(x, frame.format);
    const top = y;
    const rows: ElementContent[] = [];
    let rowTop = top;
    for (const m of panel.marks) {
      for (const line of m.heading ? wrap(m.heading, HEADING_CHARS) : []) {
        rows.push(text(0, rowTop + FONT, line, { className: ['etiquette', 'etiquette-source'] }));
        rowTop += FONT + 6;
      }
      const line = rowTop + FONT + 17;
      const indent = m.part ? 12 : 0;
      rows.push(text(indent, rowTop + FONT, m.label, { className: ['etiquette'] }));
      const x0 = x(m.low);
      const x1 = x(m.high);
      const parts: ElementContent[] = [];
      if (m.high > m.low) parts.push(el('rect', { className: ['plage', `camp-${m.side}`], x: round(x0), y: line - 3, width: round(Math.max(x1 - x0, 1)), height: 6 }));
      if (m.bound === 'min') parts.push(el('path', { className: ['borne'], d: `M${round(x1)} ${line}h${ARROW}m-5 -4l5 4-5 4` }));
      if (m.bound === 'max') parts.push(el('path', { className: ['borne'], d: `M${round(x0)} ${line}h-${ARROW}m5 -4l-5 4 5 4` }));
      parts.push(mark(m.side, x0, line));
      if (m.high > m.low) parts.push(mark(m.side, x1, line));
      // The number goes right of the mark, or left of it when the right edge is too near.
      const after = x1 + (m.bound === 'min' ? ARROW + 6 : 10);
      const before = x0 - (m.bound === 'max' ? ARROW + 6 : 10);
      const fitsAfter = after + textWidth(m.valueText) <= CHART_WIDTH;
      // `start` is SVG's default anchor: only `end` is written.
      parts.push(text(fitsAfter ? after : before, line + 5, m.valueText, { className: ['valeur'], textAnchor: fitsAfter ? undefined : 'end' }));
      rows.push(el('g', { className: ['ligne-estimation'] }, parts));
      rowTop += ROW;
    }
    const bottom = rowTop + 4;
    // The grid in one path (a vertical segment per tick), the tick labels in one group that gives
    // them their class, size and usual anchor: the same drawing in fewer bytes.
    const gridTop = top + FONT + 8;
    const grid = el('path', { className: ['grille'], d: ticks.map((t) => `M${round(x(t))} ${gridTop}V${bottom}`).join('') });
    const axis: ElementContent[] = [el('line', { className: ['axe'], x1: left, x2: right, y1: bottom, y2: bottom })];
    const labels = ticks.map((t, i) => {
      const label = frame.format(t);
      // The first label starts at the edge; a last label too wide to centre on its tick ends at the edge.
      const atEnd = x(t) + (label.length * SMALL * 0.62) / 2 > CHART_WIDTH;
      const anchor = i === 0 ? 'start' : atEnd ? 'end' : undefined;
      const at = i === 0 ? 0 : atEnd ? CHART_WIDTH : x(t);
      return text(at, bottom + SMALL + 5, label, { textAnchor: anchor });
    });
    axis.push(el('g', { className: ['graduation'], textAnchor: 'middle', fontSize: SMALL }, labels));
    axis.push(text(right, bottom + 2 * SMALL + 11, frame.unit, { className: ['unite'], textAnchor: 'end', fontSize: SMALL }));
    children.push(el('g', { className: ['panneau'] }, [grid, ...rows, ...axis]));
    y = bottom + 2 * SMALL + 26;
  }
  return svg(y - 10, frame.alt, 'estimations', children);
}

export interface ShareBar {
  /** Heading of the row: the census and its total (« 1926 · 125 159 habitants »). */
  heading: string;
  /** Share of the first group, per cent: [low, high] (equal for one value). */
  first: [number, number];
  second: [number, number];
  firstText: string;
  secondText: string;
}

export interface SharesFrame {
  alt: string;
  /** Names of the two groups, written above their side of the bars. */
  firstName: string;
  secondName: string;
}

/**
 * Shares of two groups, one bar per row: the first group from the left, the
 * second from the right, the rest as the bare track between them; each share
 * written at its end of the bar, a range's uncertain part lighter.
 */
export function sharesChart(bars: ShareBar[], frame: SharesFrame): Element {
  // Room at each end for a share written as a range (« 94,7–94,8 % », bold).
  const side = 96;
  const x0 = side;
  const width = CHART_WIDTH - 2 * side;
  const x = (share: number): number => (share / 100) * width;
  const children: ElementContent[] = [
    text(0, FONT, frame.firstName, { className: ['nom-groupe', 'groupe-1'] }),
    text(CHART_WIDTH, FONT, frame.secondName, { className: ['nom-groupe', 'groupe-2'], textAnchor: 'end' }),
  ];
  let top = 26;
  for (const bar of bars) {
    const heading = wrap(bar.heading, HEADING_CHARS);
    const barY = top + heading.length * (FONT + 5) + 3;
    const parts: ElementContent[] = [
      ...heading.map((line, n) => text(0, top + FONT + n * (FONT + 5), line, { className: ['etiquette'] })),
      el('rect', { className: ['piste'], x: x0, y: barY, width, height: 14 }),
      el('rect', { className: ['part', 'groupe-1'], x: x0, y: barY, width: round(x(bar.first[0])), height: 14 }),
    ];
    if (bar.first[1] > bar.first[0]) {
      parts.push(el('rect', { className: ['part', 'groupe-1', 'incertain'], x: round(x0 + x(bar.first[0])), y: barY, width: round(x(bar.first[1] - bar.first[0])), height: 14 }));
    }
    const end = x0 + width;
    parts.push(el('rect', { className: ['part', 'groupe-2'], x: round(end - x(bar.second[0])), y: barY, width: round(x(bar.second[0])), height: 14 }));
    if (bar.second[1] > bar.second[0]) {
      parts.push(
        el('rect', { className: ['part', 'groupe-2', 'incertain'], x: round(end - x(bar.second[1])), y: barY, width: round(x(bar.second[1] - bar.second[0])), height: 14 }),
      );
    }
    parts.push(text(x0 - 6, barY + 12, bar.firstText, { className: ['valeur'], textAnchor: 'end' }));
    parts.push(text(end + 6, barY + 12, bar.secondText, { className: ['valeur'] }));
    children.push(el('g', { className: ['ligne-parts'] }, parts));
    top = barY + 27;
  }
  return svg(top - 4, frame.alt, 'parts', children);
}
