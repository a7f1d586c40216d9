/**
 * Labels of the region map: where each place's name goes around its marker, chosen so that
 * labels overlap neither each other, nor the markers, nor the given obstacles, and stay in the
 * frame. Pure: positions and boxes in map units.
 */
import { type Box, type Point, round } from './geometry.ts';

export type LabelPosition = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';
export const labelPositions: readonly LabelPosition[] = ['e', 'w', 'ne', 'nw', 'se', 'sw', 'n', 's'];

export interface LabelStyle {
  /** Font size in map units. */
  fontSize: number;
  /** Average advance of one character, as a fraction of the font size. */
  charWidth: number;
  /** Radius of the marker; labels keep clear of it. */
  markerRadius: number;
  /** Gap between marker and label. */
  gap: number;
}
export const defaultLabelStyle: LabelStyle = { fontSize: 12, charWidth: 0.56, markerRadius: 3.5, gap: 3 };

export interface PlacedLabel {
  id: string;
  position: LabelPosition;
  /** Anchor of the SVG <text>: x, baseline y, text-anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Width of a label, estimated from its length (sans-serif, no kerning). */
export function labelWidth(text: string, style: LabelStyle): number {
  return [...text].length * style.fontSize * style.charWidth;
}

/** Where the text of a label goes for a given position around a marker at (x, y). */
export function labelGeometry(x: number, y: number, text: string, position: LabelPosition, style: LabelStyle): Omit<PlacedLabel, 'id' | 'position'> {
  const w = labelWidth(text, style);
  const h = style.fontSize;
  const off = style.markerRadius + style.gap;
  const diag = off * 0.75;
  const ascent = h * 0.72;
  // Horizontal: start (text to the right), end (to the left) or centred.
  const east = position.includes('e');
  const west = position.includes('w');
  const anchor = east ? 'start' : west ? 'end' : 'middle';
  const isDiagonal = position.length === 2;
  const dx = east ? (isDiagonal ? diag : off) : west ? -(isDiagonal ? diag : off) : 0;
  const tx = x + dx;
  // Vertical: the box's top edge.
  let top: number;
  if (position.startsWith('n')) top = y - (isDiagonal ? diag : off) - h;
  else if (position.startsWith('s')) top = y + (isDiagonal ? diag : off);
  else top = y - h / 2;
  const left = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
  return { x: round(tx), y: round(top + ascent + (h - ascent) / 2 - 0.5), anchor, box: { x: left, y: top, width: w, height: h } };
}

/** Area shared by two boxes. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of a box that falls outside the frame. */
function outside(box: Box, width: number, height: number): number {
  const inside = overlap(box, { x: 0, y: 0, width, height });
  return box.width * box.height - inside;
}

export interface LabelRequest extends Point {
  id: string;
  text: string;
  preferred?: LabelPosition | undefined;
}

/**
 * Greedy label placement: each label, most crowded marker first, takes the first position
 * (its preferred one, then e, w, ne, nw, se, sw, n, s) that overlaps no
 * marker, no label already placed and no obstacle, and stays in the frame;
 * failing that, the position with the least overlap.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: { width: number; height: number },
  style: LabelStyle = defaultLabelStyle,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const r = style.markerRadius + 1;
  const markers: Box[] = requests.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
  // The most crowded markers choose first, while they still have room.
  const crowding = requests.map((a) => requests.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 60).length);
  const order = requests.map((_, i) => i).sort((i, j) => crowding[j]! - crowding[i]!);
  const placed: PlacedLabel[] = [];
  for (const req of order.map((i) => requests[i]!)) {
    const positions = req.preferred ? [req.preferred, ...labelPositions.filter((p) => p !== req.preferred)] : [...labelPositions];
    let best: PlacedLabel | undefined;
    let bestCost = Infinity;
    for (const position of positions) {
      const g = labelGeometry(req.x, req.y, req.text, position, style);
      const pad = { x: g.box.x - 1, y: g.box.y - 1, width: g.box.width + 2, height: g.box.height + 2 };
      const cost =
        markers.reduce((s, m) => s + overlap(pad, m), 0) +
        placed.reduce((s, l) => s + overlap(pad, l.box), 0) +
        obstacles.reduce((s, o) => s + overlap(pad, o), 0) +
        10 * outside(g.box, frame.width, frame.height);
      if (cost < bestCost) {
        bestCost = cost;
        best = { id: req.id, position, ...g };
      }
      if (cost === 0) break;
    }
    placed.push(best!);
  }
  const byId = new Map(placed.map((l) => [l.id, l]));
  return requests.map((r) => byId.get(r.id)!);
}

/** Box of a centred label (country or sea name) written at (x, y) on its baseline. */
export function centredBox(x: number, y: number, text: string, style: Pick<LabelStyle, 'fontSize' | 'charWidth'>, letterSpacing = 0): Box {
  const width = [...text].length * (style.fontSize * style.charWidth + letterSpacing);
  return { x: x - width / 2, y: y - style.fontSize * 0.8, width, height: style.fontSize };
}
