/**
 * What `npm run sources` reads, through the build's own loaders: the
 * dossier model (src/content/dossier.ts: bibliography, chronology, glossary,
 * map, figures), the chapters run through the same remark
 * plugins as the site (src/plugins/pipeline.ts), whose citation plugin records
 * every note and its keys; the keys cited anywhere come from citedKeys
 * (src/lib/facts.ts), as in the build. Nothing is re-parsed with regular
 * expressions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { glossaryTerms, loadDossier } from '../../src/content/dossier.ts';
import type { SourceEntry } from '../../src/content/sources.ts';
import { type CitationRecord, chapterRecords, citedKeys } from '../../src/lib/facts.ts';
import type { NoteRecord } from '../../src/lib/sourcing.ts';
import { remarkPlugins } from '../../src/plugins/pipeline.ts';

export interface ChapterSources {
  slug: string;
  citations: CitationRecord[];
  notes: NoteRecord[];
  /** Lines where the text names Wikipedia. */
  wikipediaMentions: number[];
}

export interface CollectedSources {
  sources: ReadonlyMap<string, SourceEntry>;
  chapters: ChapterSources[];
  /** Keys cited anywhere: chapters, chronology, glossary, map (citedKeys, as the build counts). */
  cited: Set<string>;
}

export function collectSources(contentDir: string): CollectedSources {
  const dossier = loadDossier(contentDir);
  const { sources, chapters, figures } = dossier;

  // The report counts what the warnings say; it does not print them a second time.
  // Figures place their rows' notes in the chapters: their citations count with the chapter's.
  const glossary = glossaryTerms(dossier);
  const plugins = remarkPlugins({ sources, base: '/', chapters, glossary, figures, sourcing: 'avertissement', warn: () => undefined });
  const dir = join(contentDir, 'chapitres');
  const result: ChapterSources[] = [];
  for (const slug of chapters.keys()) {
    const name = `${slug}.mdx`;
    const file = new VFile({ value: readFileSync(join(dir, name), 'utf8'), path: join(dir, name) });
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkMdx)
      .use(plugins as PluggableList);
    processor.runSync(processor.parse(file), file);
    const data = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    result.push({
      slug,
      citations: chapterRecords(data).citations,
      notes: (data['notes'] ?? []) as NoteRecord[],
      wikipediaMentions: (data['wikipediaMentions'] ?? []) as number[],
    });
  }
  const cited = citedKeys({
    chapters: result,
    chronology: dossier.chronology.map((e) => e.data),
    glossary: dossier.glossary.map((e) => e.data),
    places: dossier.places.map((p) => p.data),
  });
  return { sources, chapters: result, cited };
}
