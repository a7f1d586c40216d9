/**
 * rehype-footnotes-fr: prepares the GFM notes for readers and for search.
 * Each note call is described by its note's text (screen readers read the note
 * as the call's description); call numbers and back-links are kept out of the
 * search index so that they never leak into excerpts.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { addClass, isElement } from './hast-helpers.ts';

export default function rehypeFootnotesFr() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, _i, parent) => {
      if (node.tagName === 'a' && 'dataFootnoteRef' in node.properties) {
        const target = String(node.properties['href'] ?? '').replace(/^#/, '');
        node.properties['ariaDescribedBy'] = [`${target}-texte`];
        if (isElement(parent as Element, 'sup')) {
          (parent as Element).properties['dataPagefindIgnore'] = '';
          addClass(parent as Element, 'appel-de-note');
        }
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        node.properties['dataPagefindIgnore'] = '';
      }
      if (node.tagName === 'li' && String(node.properties['id'] ?? '').startsWith('fn-')) {
        const first = node.children.find((c): c is Element => isElement(c, 'p'));
        if (first) first.properties['id'] = `${String(node.properties['id'])}-texte`;
      }
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        addClass(node, 'notes');
      }
    });
  };
}
