/**
 * An index of the chapters before the build: slug → section ids, computed
 * with the same heading-id plugin as the pages, so that a link written in one
 * chapter to another chapter's section can be checked where it is written.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './errors.ts';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkHeadingIds from '../plugins/remark-heading-ids.ts';

export type ChapterIndex = Map<string, Set<string>>;

export interface ChapterOutline {
  ids: Set<string>;
  /** `order` from the front matter, with its line. */
  order?: { value: unknown; line: number };
  /** Number of paragraphs of text. */
  paragraphs: number;
}

export function outline(markdown: string): ChapterOutline {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkHeadingIds);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const result: ChapterOutline = { ids: new Set<string>(['footnote-label', 'reperes-titre']), paragraphs: 0 };
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const id = node.data?.hProperties?.['id'];
      if (typeof id === 'string') result.ids.add(id);
    } else if (node.type === 'paragraph') {
      result.paragraphs += 1;
    } else if (node.type === 'yaml') {
      const lines = node.value.split('\n');
      const index = lines.findIndex((l) => /^order\s*:/.test(l));
      const data = parseYaml(node.value) as Record<string, unknown> | null;
      if (index >= 0) result.order = { value: data?.['order'], line: index + 2 };
    }
  });
  return result;
}

export function headingIds(markdown: string): Set<string> {
  return outline(markdown).ids;
}

export function chapterIndex(dir: string): ChapterIndex {
  const index: ChapterIndex = new Map();
  if (!existsSync(dir)) return index;
  const orders = new Map<unknown, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const path = relative(process.cwd(), join(dir, name));
    const chapter = outline(readFileSync(join(dir, name), 'utf8'));
    if (chapter.paragraphs === 0) {
      throw new ContentError(path, 1, 'le chapitre est vide : aucun paragraphe de texte.', 'écrivez le texte du chapitre sous son en-tête, ou retirez le fichier.');
    }
    if (chapter.order) {
      const other = orders.get(chapter.order.value);
      if (other) {
        throw new ContentError(path, chapter.order.line, `numéro d’ordre ${String(chapter.order.value)} déjà pris par ${other}.`, 'donnez à chaque chapitre un « order » différent (1, 2, 3…).');
      }
      orders.set(chapter.order.value, `${path}:${chapter.order.line}`);
    }
    index.set(name.replace(/\.mdx$/, ''), chapter.ids);
  }
  return index;
}
