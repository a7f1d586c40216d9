/**
 * The dossier's content collections. Schemas live in ./content/schemas.ts
 * (one per collection, documented field by field) because the Markdown
 * plugins read the same data before the collections exist.
 */
import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { chapter, event, glossaryEntry, mapPlace, source } from './content/schemas.ts';
import { loadChronology } from './utils/chronology.ts';
import { loadGlossary, loadMapPlaces } from './utils/glossary.ts';
import { contentDir } from './utils/site.ts';
import { loadSources } from './utils/sources.ts';

const root = contentDir();

/** Chapters: one MDX file each; the file name is the slug (`3-guerre-1992-1994`). */
const chapitres = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(root, 'chapitres') }),
  schema: chapter,
});

/**
 * A loader for the data files that our own readers parse (they name the file
 * and line of a bad record and check cross-references); Astro then validates
 * each record again with the collection's schema.
 */
function dataLoader(name: string, read: () => { id: string; data: object }[]): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { id, data } of read()) store.set({ id, data: await parseData({ id, data: { ...data } }) });
    },
  };
}

const sourceKeys = (): Set<string> => new Set(loadSources(join(root, 'sources')).keys());

/** The bibliography, keyed; duplicate keys across files stop the build. */
const sources = defineCollection({
  loader: dataLoader('dossier-sources', () => [...loadSources(join(root, 'sources'))].map(([key, entry]) => ({ id: key, data: entry.data }))),
  schema: source,
});

/** The chronology: dated events, each tied to a chapter section and to sources. */
const chronologie = defineCollection({
  loader: dataLoader('dossier-chronologie', () => loadChronology(join(root, 'chronologie'), sourceKeys())),
  schema: event,
});

/** The glossary and index of names: spellings, definitions, sources. */
const glossaire = defineCollection({
  loader: dataLoader('dossier-glossaire', () => loadGlossary(root, sourceKeys()).map((e) => ({ id: e.data.id, data: e.data }))),
  schema: glossaryEntry,
});

/** Places of the map: glossary entries with sourced coordinates. */
const carte = defineCollection({
  loader: dataLoader('dossier-carte', () => {
    const keys = sourceKeys();
    const ids = new Set(loadGlossary(root, keys).map((e) => e.data.id));
    return loadMapPlaces(root, ids, keys).map((p) => ({ id: p.data.id, data: p.data }));
  }),
  schema: mapPlace,
});

export const collections = { chapitres, sources, chronologie, glossaire, carte };
