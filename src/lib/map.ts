/**
 * The region map of /carte/, computed at build time: a conformal conic
 * projection fitted to the region, country outlines from Natural Earth
 * (world-atlas, 1:50 m) clipped to the frame, projected places, and label
 * positions chosen so that labels overlap neither each other nor the markers.
 * Pure functions: the component only draws what they return.
 */
import { type GeoProjection, geoConicConformal, geoContains, geoDistance, geoGraticule, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { GlossaryEntry } from '../content/schemas.ts';

/** The region drawn: Gyumri to Baku, Tbilisi's latitude to the Aras. */
export const mapExtent = { west: 43, east: 50.5, south: 38.3, north: 42 } as const;

/** Countries drawn, by ISO 3166-1 numeric code (the ids of world-atlas). */
export const mapCountries = {
  '051': 'armenia',
  '031': 'azerbaijan',
  '268': 'georgia',
  '792': 'turkey',
  '364': 'iran',
  '643': 'russia',
} as const;
export type CountryKey = (typeof mapCountries)[keyof typeof mapCountries];

/**
 * Where each country's name is written (longitude, latitude): a cartographic
 * choice, not data; tests check that each point lies inside its country.
 */
export const countryLabelAnchors: Record<CountryKey, [number, number]> = {
  armenia: [44.95, 40.62],
  azerbaijan: [48.1, 40.62],
  georgia: [44.3, 41.72],
  turkey: [43.55, 39.55],
  iran: [47.0, 38.55],
  russia: [47.05, 41.93],
};
/** The sea's name, written on the Caspian. */
export const seaLabelAnchor: [number, number] = [50.05, 39.35];

export type LabelPosition = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';
export const labelPositions: readonly LabelPosition[] = ['e', 'w', 'ne', 'nw', 'se', 'sw', 'n', 's'];

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** Points along the edges of the extent (parallels are curves in a conic projection). */
function extentOutline(steps = 16): { type: 'MultiPoint'; coordinates: [number, number][] } {
  const { west, east, south, north } = mapExtent;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = west + ((east - west) * i) / steps;
    const lat = south + ((north - south) * i) / steps;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * A conformal conic projection (standard parallels 38.5° and 41.5°, central
 * meridian 46.75° E) fitted to the extent at the given width; the height
 * follows. Everything drawn is clipped to the frame.
 */
export function mapFrame(width = 1000): MapFrame {
  const outline = extentOutline();
  const projection = geoConicConformal().parallels([38.5, 41.5]).rotate([-46.75, 0]).fitWidth(width, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top]);
  const height = Math.ceil(bottom - top);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Natural Earth country features (world-atlas 1:50 m), as GeoJSON. */
export function countryFeatures(): Feature<Geometry, { name: string }>[] {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

export interface CountryShape {
  key: CountryKey;
  /** SVG path data, clipped to the frame. */
  d: string;
}

/** Outlines of the six countries of the frame, rounded to a tenth of a unit. */
export function countryShapes(frame: MapFrame): CountryShape[] {
  const path = geoPath(frame.projection).digits(1);
  const shapes: CountryShape[] = [];
  for (const f of countryFeatures()) {
    const key = mapCountries[String(f.id) as keyof typeof mapCountries];
    const d = key ? path(f) : null;
    if (key && d) shapes.push({ key, d });
  }
  return shapes;
}

/** Meridians and parallels every degree, as one path. */
export function graticulePath(frame: MapFrame): string {
  const { west, east, south, north } = mapExtent;
  const lines = geoGraticule()
    .extent([
      [Math.floor(west) - 1, Math.floor(south) - 1],
      [Math.ceil(east) + 1, Math.ceil(north) + 1],
    ])
    .step([1, 1]);
  return geoPath(frame.projection).digits(1)(lines()) ?? '';
}

/** The country that contains a point, if it is one of the frame's six. */
export function countryAt(lon: number, lat: number): CountryKey | undefined {
  for (const f of countryFeatures()) {
    const key = mapCountries[String(f.id) as keyof typeof mapCountries];
    if (key && geoContains(f, [lon, lat])) return key;
  }
  return undefined;
}

export interface Point {
  x: number;
  y: number;
}

/** Projects a longitude and latitude; `null` outside the frame. */
export function projectPoint(frame: MapFrame, lon: number, lat: number): Point | null {
  const p = frame.projection([lon, lat]);
  if (!p) return null;
  const [x, y] = p;
  if (x < 0 || y < 0 || x > frame.width || y > frame.height) return null;
  return { x: round(x), y: round(y) };
}

const round = (n: number): number => Math.round(n * 10) / 10;

export interface PlaceInput {
  id: string;
  lat: number;
  lon: number;
  label?: LabelPosition | undefined;
}
export interface ProjectedPlace<P extends PlaceInput = PlaceInput> extends Point {
  place: P;
}

/** Projects every place; a place outside the frame is an error that names it. */
export function projectPlaces<P extends PlaceInput>(frame: MapFrame, places: readonly P[]): ProjectedPlace<P>[] {
  return places.map((place) => {
    const p = projectPoint(frame, place.lon, place.lat);
    if (!p)
      throw new Error(
        `carte : « ${place.id} » (${place.lat}, ${place.lon}) tombe hors du cadre de la carte (${mapExtent.west}–${mapExtent.east} E, ${mapExtent.south}–${mapExtent.north} N).`,
      );
    return { ...p, place };
  });
}

/** Length in map units of `km` kilometres measured east–west at `lat`, starting at `lon`. */
export function scaleBarLength(frame: MapFrame, km: number, lon: number, lat: number): number {
  const earthRadiusKm = 6371;
  const a = frame.projection([lon, lat]);
  // Longitude step that spans `km` along the parallel.
  const dLon = ((km / earthRadiusKm) * 180) / Math.PI / Math.cos((lat * Math.PI) / 180);
  const b = frame.projection([lon + dLon, lat]);
  if (!a || !b) return 0;
  // Same distance on the sphere, checked: the projection is conformal, so the scale is the same in all directions.
  const check = geoDistance([lon, lat], [lon + dLon, lat]) * earthRadiusKm;
  return round((Math.hypot(b[0] - a[0], b[1] - a[1]) * km) / check);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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

export interface LocalName {
  /** Language of the name: Armenian or Azerbaijani. */
  lang: 'hy' | 'az';
  /** French transcription from the glossary, when it gives one. */
  transcription?: string;
  /** Spelling in the language's own script, when the glossary gives it and it differs from the transcription. */
  native?: string;
}

/** A place's Armenian and Azerbaijani names, from its glossary entry (transcription first, native script next). */
export function localNames(e: Pick<GlossaryEntry, 'armenian' | 'azerbaijani' | 'native'>): LocalName[] {
  const names: LocalName[] = [];
  for (const [lang, transcription, native] of [
    ['hy', e.armenian, e.native?.hy],
    ['az', e.azerbaijani, e.native?.az],
  ] as const) {
    if (!transcription && !native) continue;
    const name: LocalName = { lang };
    if (transcription) name.transcription = transcription;
    if (native && native !== transcription) name.native = native;
    names.push(name);
  }
  return names;
}

/** Plain-text form of the local names, for a marker's tooltip: « Stepanakert (Ստեփանակերտ) / Khankendi (Xankəndi) ». */
export function localNamesText(names: readonly LocalName[]): string {
  return names.map((n) => (n.transcription && n.native ? `${n.transcription} (${n.native})` : (n.transcription ?? n.native ?? ''))).join(' / ');
}

/** Places in French alphabetical order of their glossary term (Djebraïl before Djoulfa, Erevan after Djoulfa). */
export function byTerm<T extends { entry: Pick<GlossaryEntry, 'term'> }>(places: readonly T[]): T[] {
  const collator = new Intl.Collator('fr-FR', { sensitivity: 'base' });
  return [...places].sort((a, b) => collator.compare(a.entry.term, b.entry.term));
}
