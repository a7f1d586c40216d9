/**
 * remark-word-count: records in the chapter's front-matter data (`words`) how many words its
 * prose has, as the reader reads it: the text of paragraphs, lists and headings, not the notes,
 * the tables, the code or the figures (placed later by remark-figures). The reading time shown
 * on the home page and at the head of each chapter comes from this count. Changes nothing in
 * the tree.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { wordCount } from '../lib/text.ts';
import { SKIP, walk } from './tree-walk.ts';

/** Nodes whose text is not read as the chapter's prose. */
const SKIPPED = new Set(['footnoteDefinition', 'table', 'code', 'html', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxjsEsm', 'yaml']);

export default function remarkWordCount() {
  return (tree: Root, file: VFile): void => {
    let words = 0;
    walk<RootContent>(tree, (node) => {
      if (SKIPPED.has(node.type)) return SKIP;
      if (node.type === 'text') words += wordCount(node.value);
      return undefined;
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['words'] = words;
  };
}
