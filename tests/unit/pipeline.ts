/** Runs a Markdown/MDX snippet through the dossier's real plugin list (src/plugins/pipeline.ts). */
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import type { Source } from '../../src/content/schemas.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../../src/plugins/pipeline.ts';
import { loadFigures } from '../../src/utils/figures.ts';
import type { SourceEntry } from '../../src/utils/sources.ts';

export const testSources = new Map<string, SourceEntry>(
  Object.entries({
    'dewaal-2003-black-garden': {
      type: 'book',
      voix: 'neutre',
      language: 'en',
      authors: [{ family: 'de Waal', given: 'Thomas', sortAs: 'Waal' }],
      title: 'Black Garden',
      subtitle: 'Armenia and Azerbaijan through Peace and War',
      publisher: 'New York University Press',
      place: 'New York',
      date: '2003',
    },
    'hrw-1994-seven-years': {
      type: 'report',
      voix: 'neutre',
      language: 'en',
      authors: [{ literal: 'Human Rights Watch' }],
      title: 'Azerbaijan: Seven Years of Conflict in Nagorno-Karabakh',
      shortTitle: 'Seven Years of Conflict',
      place: 'New York',
      publisher: 'Human Rights Watch',
      date: '1994-12',
    },
    'onu-csnu-822-1993': {
      type: 'legal',
      voix: 'neutre',
      language: 'fr',
      authors: [{ literal: 'Conseil de sécurité des Nations unies' }],
      title: 'Résolution 822 (1993)',
      symbol: 'S/RES/822 (1993)',
      date: '1993-04-30',
    },
    'panarmenian-2021-empietement': {
      type: 'newspaper',
      voix: 'arménienne',
      nature: 'presse',
      language: 'en',
      title: "Azerbaijan behind further encroachment on Armenia's territory",
      container: 'PanARMENIAN.Net',
      date: '2021-05-13',
    },
    'azertag-2020-gandja': {
      type: 'newspaper',
      voix: 'azerbaïdjanaise',
      nature: 'média d’État',
      language: 'fr',
      title: 'L’ennemi a de nouveau visé la population civile à Gandja',
      container: 'AZERTAC',
      date: '2020-10-11',
    },
    'reuters-2023-hcr': {
      type: 'newspaper',
      voix: 'neutre',
      relais: true,
      source: 'Reuters',
      language: 'fr',
      title: 'Plus de 100.000 réfugiés sont arrivés en Arménie, selon le HCR',
      container: 'Boursier.com',
      date: '2023-09-30',
    },
  } satisfies Record<string, Source>).map(([key, data]) => [key, { key, data, file: 'tests/sources.yaml', line: 1 }]),
);

/** The figures of tests/fixtures/donnees/, citing the test sources. */
export const testFigures = loadFigures('tests/fixtures/donnees', new Set(testSources.keys()));

export interface Rendered {
  html: string;
  data: Record<string, unknown>;
}

export const testGlossary = [
  { id: 'kelbajar', forms: ['Kelbajar', 'Karvachar'] },
  { id: 'haut-karabagh', forms: ['Haut-Karabagh', 'Karabagh'] },
];

export const testChapters = new Map([
  ['essai', new Set(['contexte', 'footnote-label'])],
  ['3-guerre-1992-1994', new Set(['khodjaly', 'footnote-label'])],
]);

export interface RenderOptions {
  base?: string;
  path?: string;
  /** Sourcing rules: « avertissement » (default) or « erreur ». */
  sourcing?: 'avertissement' | 'erreur';
  /** Collects the sourcing warnings (default: they are dropped). */
  warn?: (message: string) => void;
}

export async function render(markdown: string, options: RenderOptions = {}): Promise<Rendered> {
  const base = options.base ?? '/';
  const chapters = testChapters;
  const glossary = testGlossary;
  const rules = { sourcing: options.sourcing ?? 'avertissement', warn: options.warn ?? (() => undefined) } as const;
  const file = new VFile({ value: markdown, path: options.path ?? 'content/chapitres/essai.mdx', cwd: process.cwd() });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ sources: testSources, base, chapters, glossary, figures: testFigures, ...rules }) as PluggableList)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypePlugins({ sources: testSources, base, chapters, glossary, figures: testFigures }) as PluggableList)
    .use(rehypeStringify);
  const tree = await processor.run(processor.parse(file), file);
  const html = processor.stringify(tree, file);
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return { html, data: astro?.frontmatter ?? {} };
}

/** Makes invisible spaces visible in snapshots: ⍽ no-break space, ⁀ narrow no-break space. */
export function showSpaces(text: string): string {
  return text.replaceAll('\u00a0', '⍽').replaceAll('\u202f', '⁀');
}
