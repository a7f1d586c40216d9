/**
 * The dossier's content collections. Schemas live in ./content/schemas.ts
 * (one per collection, documented field by field) because the Markdown
 * plugins read the same data before the collections exist.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import { chapter, event, glossaryEntry, mapPlace, source } from './content/schemas.ts';
import { loadGlossary, loadMapPlaces } from './utils/glossary.ts';
import { loadChronology } from './utils/chronology.ts';
import { contentDir } from './utils/site.ts';
import { loadSources } from './utils/sources.ts';

const root = contentDir();

/** Chapters: one MDX file each; the file name is the slug (`3-guerre-1992-1994`). */
const chapitres = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(root, 'chapitres') }),
  schema: chapter,
});

/** The bibliography, keyed; duplicate keys across files stop the build. */
const sourcesLoader: Loader = {
  name: 'dossier-sources',
  load: async ({ store, parseData }) => {
    store.clear();
    for (const [key, entry] of loadSources(join(root, 'sources'))) {
      store.set({ id: key, data: await parseData({ id: key, data: { ...entry.data } }) });
    }
  },
};
const sources = defineCollection({ loader: sourcesLoader, schema: source });

/** The chronology: dated events, each tied to a chapter section and to sources. */
const chronologieLoader: Loader = {
  name: 'dossier-chronologie',
  load: async ({ store, parseData }) => {
    store.clear();
    const keys = new Set(loadSources(join(root, 'sources')).keys());
    for (const entry of loadChronology(join(root, 'chronologie'), keys)) {
      store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry.data } }) });
    }
  },
};
const chronologie = defineCollection({ loader: chronologieLoader, schema: event });

/** The glossary and index of names: spellings, definitions, sources. */
const glossaireLoader: Loader = {
  name: 'dossier-glossaire',
  load: async ({ store, parseData }) => {
    store.clear();
    const keys = new Set(loadSources(join(root, 'sources')).keys());
    for (const entry of loadGlossary(root, keys)) {
      store.set({ id: entry.data.id, data: await parseData({ id: entry.data.id, data: { ...entry.data } }) });
    }
  },
};
const glossaire = defineCollection({ loader: glossaireLoader, schema: glossaryEntry });

/** Places of the map: glossary entries with sourced coordinates. */
const carteLoader: Loader = {
  name: 'dossier-carte',
  load: async ({ store, parseData }) => {
    store.clear();
    const keys = new Set(loadSources(join(root, 'sources')).keys());
    const ids = new Set(loadGlossary(root, keys).map((e) => e.data.id));
    for (const place of loadMapPlaces(root, ids, keys)) {
      store.set({ id: place.data.id, data: await parseData({ id: place.data.id, data: { ...place.data } }) });
    }
  },
};
const carte = defineCollection({ loader: carteLoader, schema: mapPlace });

export const collections = { chapitres, sources, chronologie, glossaire, carte };
