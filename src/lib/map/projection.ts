/**
 * The region map of /carte/, computed at build time: a conformal conic
 * projection fitted to the region, country outlines from Natural Earth
 * (world-atlas, 1:50 m) clipped to the frame, and projected places. Label
 * placement is in ./labels.ts, the places' names in ./names.ts. Pure
 * functions: the component only draws what they return.
 */
import { type GeoProjection, geoConicConformal, geoContains, geoDistance, geoGraticule, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { type Point, round } from './geometry.ts';
import type { LabelPosition } from './labels.ts';

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

/** Projects a longitude and latitude; `null` outside the frame. */
export function projectPoint(frame: MapFrame, lon: number, lat: number): Point | null {
  const p = frame.projection([lon, lat]);
  if (!p) return null;
  const [x, y] = p;
  if (x < 0 || y < 0 || x > frame.width || y > frame.height) return null;
  return { x: round(x), y: round(y) };
}

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
