/**
 * remark-heading-ids: gives each heading a stable ASCII id from its text
 * (`## L’opération « Anneau » (1991)` → `l-operation-anneau-1991`), the anchor
 * that the chronology and other chapters link to.
 */
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from '../lib/slug.ts';

export default function remarkHeadingIds() {
  return (tree: Root): void => {
    const next = createSlugger();
    visit(tree, 'heading', (node) => {
      node.data ??= {};
      node.data.hProperties ??= {};
      const props = node.data.hProperties;
      if (!props['id']) props['id'] = next(textOf(node));
    });
  };
}
