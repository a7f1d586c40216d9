/**
 * What `npm run sources` reads, through the build's own loaders: the
 * bibliography (loadSources), the chapters run through the same remark
 * plugins as the site (src/plugins/pipeline.ts), whose citation plugin records
 * every note and its keys, and the chronology, glossary and map, which cite
 * sources too. Nothing is re-parsed with regular expressions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { remarkPlugins } from '../../src/plugins/pipeline.ts';
import type { CitationRecord } from '../../src/plugins/remark-citations.ts';
import { chapterIndex } from '../../src/utils/chapter-index.ts';
import { loadChronology } from '../../src/utils/chronology.ts';
import { loadFigures } from '../../src/utils/figures.ts';
import { loadGlossary, loadMapPlaces, textForms } from '../../src/utils/glossary.ts';
import { loadSources, type SourceEntry } from '../../src/utils/sources.ts';
import type { NoteRecord } from '../../src/utils/sourcing.ts';

export interface ChapterSources {
  slug: string;
  citations: CitationRecord[];
  notes: NoteRecord[];
  /** Lines where the text names Wikipedia. */
  wikipediaMentions: number[];
}

export interface CollectedSources {
  sources: Map<string, SourceEntry>;
  chapters: ChapterSources[];
  /** Keys cited outside the chapters: chronology, glossary, map. */
  otherUses: Set<string>;
}

export function collectSources(contentDir: string): CollectedSources {
  const sources = loadSources(join(contentDir, 'sources'));
  const keys = new Set(sources.keys());
  const chapters = chapterIndex(join(contentDir, 'chapitres'));
  const glossaryEntries = existsSync(join(contentDir, 'glossaire.yaml')) ? loadGlossary(contentDir, keys) : [];
  const glossary = glossaryEntries.map(({ data }) => ({ id: data.id, forms: textForms(data) }));
  const places = existsSync(join(contentDir, 'carte.yaml')) ? loadMapPlaces(contentDir, new Set(glossaryEntries.map((e) => e.data.id)), keys) : [];
  const chronology = existsSync(join(contentDir, 'chronologie')) ? loadChronology(join(contentDir, 'chronologie'), keys) : [];
  const otherUses = new Set([...chronology.flatMap((e) => e.data.sources), ...glossaryEntries.flatMap((e) => e.data.sources), ...places.map((p) => p.data.source)]);

  // The report counts what the warnings say; it does not print them a second time.
  // Figures place their rows' notes in the chapters: their citations count with the chapter's.
  const figures = existsSync(join(contentDir, 'donnees')) ? loadFigures(join(contentDir, 'donnees'), keys) : new Map();
  const plugins = remarkPlugins({ sources, base: '/', chapters, glossary, figures, sourcing: 'avertissement', warn: () => undefined });
  const dir = join(contentDir, 'chapitres');
  const result: ChapterSources[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const file = new VFile({ value: readFileSync(join(dir, name), 'utf8'), path: join(dir, name) });
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkMdx)
      .use(plugins as PluggableList);
    processor.runSync(processor.parse(file), file);
    const data = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    result.push({
      slug: name.replace(/\.mdx$/, ''),
      citations: (data['citations'] ?? []) as CitationRecord[],
      notes: (data['notes'] ?? []) as NoteRecord[],
      wikipediaMentions: (data['wikipediaMentions'] ?? []) as number[],
    });
  }
  return { sources, chapters: result, otherUses };
}
