/**
 * The Markdown/MDX pipeline of the dossier, in one place: the Astro config
 * hands it to `unified()` and the unit tests run the very same list.
 */

import { type RehypePlugins, type RemarkPlugins, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { ChapterIndex } from '../content/chapter-index.ts';
import type { FigureEntry } from '../content/figures.ts';
import type { SourceEntry } from '../content/sources.ts';
import { SOURCING_RULES } from '../content/sourcing-rules.ts';
import { fr } from '../i18n/fr.ts';
import type { ChapterRecords } from '../lib/facts.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeFootnotesFr from './rehype-footnotes-fr.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeKeyPoints from './rehype-key-points.ts';
import rehypeOrdinalsFr from './rehype-ordinals-fr.ts';
import rehypeScrollableTables from './rehype-scrollable-tables.ts';
import rehypeTypographyFr from './rehype-typography-fr.ts';
import remarkCitations from './remark-citations.ts';
import remarkFigures from './remark-figures.ts';
import remarkGlossaryLinks, { type GlossaryTerm } from './remark-glossary-links.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import remarkRecordFacts from './remark-record-facts.ts';
import remarkWordCount from './remark-word-count.ts';

export interface PipelineOptions {
  sources: ReadonlyMap<string, SourceEntry>;
  /** Base path with a trailing slash. */
  base: string;
  /** Chapters and their section ids, for checking internal links. */
  chapters: ChapterIndex;
  /** Glossary terms: first mentions link to their entry and carry their spellings for search. */
  glossary: readonly GlossaryTerm[];
  /** Sourcing rules: warnings or errors (src/content/sourcing-rules.ts by default). */
  sourcing?: 'avertissement' | 'erreur';
  /** Where sourcing warnings go (the console by default). */
  warn?: (message: string) => void;
  /** Figures of content/donnees/, placed in chapters by `<Figure id="…" />`. */
  figures: ReadonlyMap<string, FigureEntry>;
  /** Receives what the plugins recorded about each chapter (citations, glossary links). */
  record?: (path: string, facts: ChapterRecords) => void;
}

/** Pages of the site besides the chapters (root-relative): internal links may point to them. */
export const SITE_PAGES = ['/', '/chronologie/', '/glossaire/', '/carte/', '/sources/', '/recherche/', '/imprimer/'] as const;

export function remarkPlugins(options: PipelineOptions): RemarkPlugins {
  const { sources, base, chapters, glossary, figures, sourcing = SOURCING_RULES, warn, record } = options;
  return [
    remarkGfm,
    // The prose as written, before figures, citations and links add their own text.
    remarkWordCount,
    remarkHeadingIds,
    // Links written by authors are checked before the plugins add their own (citations, glossary).
    [remarkInternalLinks, { chapters, pages: SITE_PAGES }],
    // Figures become a table and notes before the citations are numbered and rendered.
    [remarkFigures, { figures }],
    [remarkCitations, { sources, href: (key: string) => `${base}sources/#${key}`, sourcing, ...(warn ? { warn } : {}) }],
    [remarkGlossaryLinks, { terms: glossary, href: (id: string) => `${base}glossaire/#${id}` }],
    // Last: what the plugins above recorded goes to the build.
    ...(record ? ([[remarkRecordFacts, { record }]] satisfies RemarkPlugins) : []),
  ];
}

export function rehypePlugins({ base }: PipelineOptions): RehypePlugins {
  return [
    rehypeFootnotesFr,
    // The « À retenir » section becomes a box before its heading gets its anchor wrapper.
    rehypeKeyPoints,
    [rehypeHeadingAnchors, { label: fr.chapter.anchorLink }],
    [rehypeScrollableTables, { label: fr.chapter.table }],
    [rehypeBaseLinks, { base }],
    rehypeTypographyFr,
    // After the typography, which sees each block's text whole.
    rehypeOrdinalsFr,
  ];
}

export const remarkRehypeOptions: RemarkRehypeOptions = {
  clobberPrefix: '',
  footnoteLabel: fr.chapter.notes,
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['notes-titre'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => fr.chapter.backToCall(referenceIndex + 1, rereferenceIndex),
};

/**
 * The Markdown processor of the site (astro.config.mjs), also built by each thread of the compile
 * pool (src/integrations/compile-worker.ts) from the same options.
 */
export function markdownProcessor(options: PipelineOptions): ReturnType<typeof unified> {
  return unified({
    gfm: false, // remark-gfm runs from our own plugin list (above)
    smartypants: false, // it makes English quotes; French typography is rehype-typography-fr's job
    remarkPlugins: remarkPlugins(options),
    rehypePlugins: rehypePlugins(options),
    remarkRehype: remarkRehypeOptions,
  });
}
