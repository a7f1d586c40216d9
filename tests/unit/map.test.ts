import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, loadMapPlaces } from '../../src/content/glossary.ts';
import { loadSources } from '../../src/content/sources.ts';
import { defaultLabelStyle, labelGeometry, overlap, placeLabels } from '../../src/lib/map/labels.ts';
import { byTerm, localNames, localNamesText } from '../../src/lib/map/names.ts';
import {
  type CountryKey,
  countryAt,
  countryLabelAnchors,
  countryShapes,
  mapExtent,
  mapFrame,
  projectPlaces,
  projectPoint,
  scaleBarLength,
  seaLabelAnchor,
} from '../../src/lib/map/projection.ts';
import { contentDir } from '../../src/settings.ts';

const root = contentDir();
const sourceKeys = new Set(loadSources(join(root, 'sources')).keys());
const glossary = loadGlossary(root, sourceKeys).map((e) => e.data);
const glossaryIds = new Set(glossary.map((e) => e.id));
const places = loadMapPlaces(root, glossaryIds, sourceKeys).map((p) => p.data);
const frame = mapFrame(1000);
const projected = projectPlaces(frame, places);
const at = (id: string) => projected.find((p) => p.place.id === id)!;

describe('content/carte.yaml', () => {
  it('names at least the fifteen places of the brief, each once, each in the glossary as a place', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'stepanakert',
      'chouchi',
      'latchine',
      'kelbajar',
      'aghdam',
      'khodjaly',
      'martouni',
      'martakert',
      'goris',
      'gyumri',
      'bakou',
      'erevan',
      'gandja',
      'soumgait',
      'nakhitchevan',
      'djoulfa',
    ]) {
      expect(ids).toContain(id);
    }
    for (const id of ids) {
      expect(glossaryIds.has(id), `${id} absent du glossaire`).toBe(true);
      expect(glossary.find((e) => e.id === id)!.kind).toBe('lieu');
    }
  });
  it('gives coordinates rounded to the hundredth, each with a known source', () => {
    for (const p of places) {
      expect(Math.round(p.lat * 100) / 100).toBe(p.lat);
      expect(Math.round(p.lon * 100) / 100).toBe(p.lon);
      expect(sourceKeys.has(p.source)).toBe(true);
    }
  });
  it('puts each place in the right country (Natural Earth outlines)', () => {
    const expected: Record<string, CountryKey> = {
      erevan: 'armenia',
      gyumri: 'armenia',
      goris: 'armenia',
      bakou: 'azerbaijan',
      gandja: 'azerbaijan',
      soumgait: 'azerbaijan',
      nakhitchevan: 'azerbaijan',
      djoulfa: 'azerbaijan',
      stepanakert: 'azerbaijan',
      kelbajar: 'azerbaijan',
    };
    // Djoulfa stands on the Aras, which is the border: at 1:50 m the generalised line passes a little north
    // of the town, so a place may lie up to 3 km (0.03°) from its country's outline.
    const near = (lon: number, lat: number): (CountryKey | undefined)[] => [0, 0.03, -0.03].flatMap((d) => [countryAt(lon + d, lat), countryAt(lon, lat + d)]);
    for (const [id, country] of Object.entries(expected)) {
      const p = places.find((q) => q.id === id)!;
      expect(near(p.lon, p.lat), id).toContain(country);
    }
    expect(countryAt(44.51, 40.18)).toBe('armenia');
  });
});

describe('projection', () => {
  it('fits the extent in a landscape frame 1000 units wide', () => {
    expect(frame.width).toBe(1000);
    expect(frame.height).toBeGreaterThan(500);
    expect(frame.height).toBeLessThan(750);
    for (const [lon, lat] of [
      [mapExtent.west, mapExtent.south],
      [mapExtent.east, mapExtent.north],
      [mapExtent.west, mapExtent.north],
      [mapExtent.east, mapExtent.south],
    ] as const) {
      expect(projectPoint(frame, lon, lat), `${lon}, ${lat}`).not.toBeNull();
    }
  });
  it('projects every place inside the viewBox', () => {
    for (const p of projected) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(frame.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(frame.height);
    }
  });
  it('keeps places where they are relative to one another', () => {
    const [erevan, bakou, stepanakert, gyumri, chouchi, djoulfa] = ['erevan', 'bakou', 'stepanakert', 'gyumri', 'chouchi', 'djoulfa'].map(at) as [
      (typeof projected)[number],
      (typeof projected)[number],
      (typeof projected)[number],
      (typeof projected)[number],
      (typeof projected)[number],
      (typeof projected)[number],
    ];
    expect(erevan.x).toBeLessThan(bakou.x); // Erevan is west of Baku
    expect(stepanakert.x).toBeGreaterThan(erevan.x); // Stepanakert lies between them
    expect(stepanakert.x).toBeLessThan(bakou.x);
    expect(gyumri.y).toBeLessThan(erevan.y); // Gyumri is north of Erevan
    expect(chouchi.y).toBeGreaterThan(stepanakert.y); // Shusha is just south of Stepanakert
    expect(Math.hypot(chouchi.x - stepanakert.x, chouchi.y - stepanakert.y)).toBeLessThan(15);
    expect(djoulfa.y).toBeGreaterThan(erevan.y);
  });
  it('rejects a place outside the frame, naming it', () => {
    expect(() => projectPlaces(frame, [{ id: 'tbilissi-sud', lat: 43.5, lon: 44.8 }])).toThrow(/tbilissi-sud/);
  });
  it('measures the scale bar: 100 km is about 1.15° of longitude at 38.5° N', () => {
    const length = scaleBarLength(frame, 100, 49.3, 38.5);
    const degree = projectPoint(frame, 48, 38.5)!.x - projectPoint(frame, 47, 38.5)!.x;
    expect(length / degree).toBeGreaterThan(1.05);
    expect(length / degree).toBeLessThan(1.25);
  });
});

describe('countries', () => {
  const shapes = countryShapes(frame);
  it('draws the six countries of the frame as SVG paths clipped to it', () => {
    expect(shapes.map((s) => s.key).sort()).toEqual(['armenia', 'azerbaijan', 'georgia', 'iran', 'russia', 'turkey']);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M[\d.,-]+/);
      for (const n of s.d.match(/-?\d+(\.\d+)?/g)!.map(Number)) {
        expect(n).toBeGreaterThanOrEqual(-0.1);
        expect(n).toBeLessThanOrEqual(1000.1);
      }
    }
  });
  it('writes each country name inside its country, and the sea name at sea', () => {
    for (const [key, [lon, lat]] of Object.entries(countryLabelAnchors)) expect(countryAt(lon, lat), key).toBe(key);
    expect(countryAt(...seaLabelAnchor)).toBeUndefined();
  });
});

describe('labels', () => {
  const style = defaultLabelStyle;
  it('puts the text on the side it names', () => {
    const e = labelGeometry(100, 100, 'Bakou', 'e', style);
    expect(e.anchor).toBe('start');
    expect(e.box.x).toBeGreaterThan(100);
    const w = labelGeometry(100, 100, 'Bakou', 'w', style);
    expect(w.anchor).toBe('end');
    expect(w.box.x + w.box.width).toBeLessThan(100);
    const n = labelGeometry(100, 100, 'Bakou', 'n', style);
    expect(n.anchor).toBe('middle');
    expect(n.box.y + n.box.height).toBeLessThan(100);
    const sw = labelGeometry(100, 100, 'Bakou', 'sw', style);
    expect(sw.box.y).toBeGreaterThan(100);
    expect(sw.box.x + sw.box.width).toBeLessThan(100);
  });
  it('moves a label away from its preferred side when that side is taken', () => {
    const [a, b] = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 100, y: 100, preferred: 'e' },
        { id: 'b', text: 'Beta', x: 130, y: 100, preferred: 'w' },
      ],
      { width: 400, height: 200 },
    );
    expect(overlap(a!.box, b!.box)).toBe(0);
  });
  it('keeps labels inside the frame', () => {
    const [edge] = placeLabels([{ id: 'x', text: 'Soumgaït', x: 395, y: 100, preferred: 'e' }], { width: 400, height: 200 });
    expect(edge!.position).not.toBe('e');
    expect(edge!.box.x + edge!.box.width).toBeLessThanOrEqual(400);
  });
  it('places the labels of the real map without overlaps between labels or over markers', () => {
    const labels = placeLabels(
      projected.map((p) => ({ id: p.place.id, text: glossary.find((e) => e.id === p.place.id)!.term, x: p.x, y: p.y, preferred: p.place.label })),
      frame,
    );
    const r = style.markerRadius;
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(0);
      for (const m of projected) expect(overlap(a.box, { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }), `${a.id} sur ${m.place.id}`).toBe(0);
    }
  });
});

describe('names', () => {
  it('gives the Armenian and Azerbaijani forms, transcription first and native script when it differs', () => {
    const stepanakert = glossary.find((e) => e.id === 'stepanakert')!;
    expect(localNames(stepanakert)).toEqual([
      { lang: 'hy', transcription: 'Stepanakert', native: 'Ստեփանակերտ' },
      { lang: 'az', transcription: 'Khankendi', native: 'Xankəndi' },
    ]);
    expect(localNamesText(localNames(stepanakert))).toBe('Stepanakert (Ստեփանակերտ) / Khankendi (Xankəndi)');
    expect(localNames({ native: { hy: 'Բաքու', az: 'Bakı' } })).toEqual([
      { lang: 'hy', native: 'Բաքու' },
      { lang: 'az', native: 'Bakı' },
    ]);
  });
  it('sorts places in French alphabetical order', () => {
    const sorted = byTerm([{ entry: { term: 'Erevan' } }, { entry: { term: 'Djoulfa' } }, { entry: { term: 'Djebraïl' } }, { entry: { term: 'Aghdam' } }]);
    expect(sorted.map((p) => p.entry.term)).toEqual(['Aghdam', 'Djebraïl', 'Djoulfa', 'Erevan']);
  });
});
