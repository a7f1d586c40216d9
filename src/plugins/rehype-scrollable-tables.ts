/**
 * rehype-scrollable-tables: a wide table scrolls sideways on a phone; its
 * wrapper is a labelled region that the keyboard can reach and scroll.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { walk } from './tree-walk.ts';

export interface ScrollableTablesOptions {
  /** Accessible name of the n-th table (of a chapter, when the file name gives its number). */
  label: (n: number, chapter?: string) => string;
}

export default function rehypeScrollableTables({ label }: ScrollableTablesOptions) {
  return (tree: Root, file: VFile): void => {
    // « Tableau 2 du chapitre 3 »: unique even when several chapters share a page (the print edition).
    const chapter = /^(\d+)-/.exec(file.stem ?? '')?.[1];
    let count = 0;
    walk<RootContent | ElementContent>(tree, (node, index, parent) => {
      if (node.type !== 'element' || node.tagName !== 'table') return undefined;
      count += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['tableau'], tabIndex: 0, role: 'region', ariaLabel: label(count, chapter) },
        children: [node],
      };
      parent.children.splice(index, 1, wrapper);
      return index + 1;
    });
  };
}
