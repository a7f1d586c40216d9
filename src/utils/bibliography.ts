/** What the bibliography page shows: the sources cited in chapters, the chronology or the glossary, with their backlinks. */
import { getCollection, render } from 'astro:content';
import { type Backlink, backlinksByKey, type CitationRecord } from './backlinks';
import { sortChapters } from './chapters';

export async function citedSources(): Promise<{ sources: Awaited<ReturnType<typeof getCollection<'sources'>>>; backlinks: Map<string, Backlink[]> }> {
  const chapters = sortChapters(await getCollection('chapitres'));
  const cited = await Promise.all(
    chapters.map(async (c) => ({
      slug: c.id,
      order: c.data.order,
      citations: ((await render(c)).remarkPluginFrontmatter['citations'] ?? []) as CitationRecord[],
    })),
  );
  const backlinks = backlinksByKey(cited);
  const used = new Set([
    ...backlinks.keys(),
    ...(await getCollection('chronologie')).flatMap((e) => e.data.sources),
    ...(await getCollection('glossaire')).flatMap((e) => e.data.sources),
    // The map's places carry their own source (content/carte.yaml).
    ...(await getCollection('carte')).map((p) => p.data.source),
  ]);
  const sources = (await getCollection('sources')).filter((s) => used.has(s.id));
  return { sources, backlinks };
}
