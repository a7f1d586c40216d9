/**
 * An index of the chapters before the build: slug → section ids, computed
 * with the same heading-id plugin as the pages, so that a link written in one
 * chapter to another chapter's section can be checked where it is written.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkHeadingIds from '../plugins/remark-heading-ids.ts';

export type ChapterIndex = Map<string, Set<string>>;

export function headingIds(markdown: string): Set<string> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkHeadingIds);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const ids = new Set<string>(['footnote-label', 'reperes-titre']);
  visit(tree, 'heading', (node) => {
    const id = node.data?.hProperties?.['id'];
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

export function chapterIndex(dir: string): ChapterIndex {
  const index: ChapterIndex = new Map();
  if (!existsSync(dir)) return index;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    index.set(name.replace(/\.mdx$/, ''), headingIds(readFileSync(join(dir, name), 'utf8')));
  }
  return index;
}
