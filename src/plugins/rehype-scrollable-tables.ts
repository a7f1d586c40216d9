/**
 * rehype-scrollable-tables: a wide table scrolls sideways on a phone; its
 * wrapper is a labelled region that the keyboard can reach and scroll.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface ScrollableTablesOptions {
  /** Accessible name of the n-th table (of a chapter, when the file name gives its number). */
  label: (n: number, chapter?: string) => string;
}

export default function rehypeScrollableTables({ label }: ScrollableTablesOptions) {
  return (tree: Root, file: VFile): void => {
    // « Tableau 2 du chapitre 3 »: unique even when several chapters share a page (the print edition).
    const chapter = /^(\d+)-/.exec(file.stem ?? '')?.[1];
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      count += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['tableau'], tabIndex: 0, role: 'region', ariaLabel: label(count, chapter) },
        children: [node],
      };
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
