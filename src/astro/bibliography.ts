/**
 * What the bibliography shows (/sources/, the print edition, the BibTeX and RIS files): the
 * sources cited anywhere (citedKeys: chapters, chronology, glossary, map), with their backlinks.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Backlink, backlinksByKey, type PlaceBacklink, placeBacklinksByKey } from '../lib/backlinks';
import { citedKeys } from '../lib/facts';
import { recordedChapters } from './chapter-records';

export interface CitedSources {
  sources: CollectionEntry<'sources'>[];
  /** The notes of the chapters that cite each source. */
  backlinks: Map<string, Backlink[]>;
  /** The places of the map whose coordinates each source gives. */
  places: Map<string, PlaceBacklink[]>;
}

export async function citedSources(): Promise<CitedSources> {
  const chapters = await recordedChapters();
  const glossary = (await getCollection('glossaire')).map((e) => e.data);
  const places = (await getCollection('carte')).map((p) => p.data);
  const cited = citedKeys({ chapters, chronology: (await getCollection('chronologie')).map((e) => e.data), glossary, places });
  const sources = (await getCollection('sources')).filter((s) => cited.has(s.id));
  const terms = new Map(glossary.map((e) => [e.id, e.term]));
  return { sources, backlinks: backlinksByKey(chapters), places: placeBacklinksByKey(places, terms) };
}
