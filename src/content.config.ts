/**
 * The dossier's content collections. Schemas live in ./content/schemas.ts
 * (one per collection, documented field by field) because the Markdown
 * plugins read the same data before the collections exist.
 */
import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { loadDossier } from './content/dossier.ts';
import { chapter, event, glossaryEntry, mapPlace, source } from './content/schemas.ts';
import { contentDir } from './settings.ts';

/** Chapters: one MDX file each; the file name is the slug (`3-guerre-1992-1994`). */
const chapitres = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir(), 'chapitres') }),
  schema: chapter,
});

/**
 * A loader for the data files of the dossier model (src/content/dossier.ts, read once per
 * build, with file and line in every error and cross-references checked); Astro then validates
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

/** The bibliography, keyed; duplicate keys across files stop the build. */
const sources = defineCollection({
  loader: dataLoader('dossier-sources', () => [...loadDossier().sources].map(([key, e]) => ({ id: key, data: e.data }))),
  schema: source,
});

/** The chronology: dated events, each tied to a chapter section and to sources. */
const chronologie = defineCollection({
  loader: dataLoader('dossier-chronologie', () => [...loadDossier().chronology]),
  schema: event,
});

/** The glossary and index of names: spellings, definitions, sources. */
const glossaire = defineCollection({
  loader: dataLoader('dossier-glossaire', () => loadDossier().glossary.map((e) => ({ id: e.data.id, data: e.data }))),
  schema: glossaryEntry,
});

/** Places of the map: glossary entries with sourced coordinates. */
const carte = defineCollection({
  loader: dataLoader('dossier-carte', () => loadDossier().places.map((p) => ({ id: p.data.id, data: p.data }))),
  schema: mapPlace,
});

export const collections = { chapitres, sources, chronologie, glossaire, carte };
