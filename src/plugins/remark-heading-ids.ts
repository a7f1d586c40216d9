/**
 * remark-heading-ids: gives each heading a stable ASCII id from its text
 * (`## L’opération « Anneau » (1991)` → `l-operation-anneau-1991`), the anchor
 * that the chronology and other chapters link to.
 */
import type { Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { createSlugger } from '../lib/slug.ts';
import { SKIP, walk } from './tree-walk.ts';

export default function remarkHeadingIds() {
  return (tree: Root): void => {
    const next = createSlugger();
    walk<RootContent>(tree, (node) => {
      // A paragraph holds no heading (phrasing content only).
      if (node.type === 'paragraph') return SKIP;
      if (node.type !== 'heading') return undefined;
      node.data ??= {};
      node.data.hProperties ??= {};
      const props = node.data.hProperties;
      if (!props['id']) props['id'] = next(textOf(node));
      return SKIP;
    });
  };
}
