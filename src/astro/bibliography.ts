/**
 * What the bibliography shows (/sources/, the print edition, the BibTeX and RIS files): the
 * sources cited anywhere (citedKeys: chapters, chronology, glossary, map), with their backlinks.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Backlink, backlinksByKey } from '../lib/backlinks';
import { citedKeys } from '../lib/facts';
import { recordedChapters } from './chapter-records';

export async function citedSources(): Promise<{ sources: CollectionEntry<'sources'>[]; backlinks: Map<string, Backlink[]> }> {
  const chapters = await recordedChapters();
  const cited = citedKeys({
    chapters,
    chronology: (await getCollection('chronologie')).map((e) => e.data),
    glossary: (await getCollection('glossaire')).map((e) => e.data),
    places: (await getCollection('carte')).map((p) => p.data),
  });
  const sources = (await getCollection('sources')).filter((s) => cited.has(s.id));
  return { sources, backlinks: backlinksByKey(chapters) };
}
