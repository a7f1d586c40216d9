/**
 * rehype-footnotes-fr: prepares the GFM notes for readers. Each call's `sup`
 * gets the class that styles it and that scripts, the print layout and the
 * search index find calls by (src/lib/note-markup.ts); the per-note attributes
 * of the GFM output that only a script or the index needs are dropped (each
 * note would repeat them): the note-previews script describes each call by its
 * note at load, and the index leaves calls out by selector.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { NOTE_CALL_CLASS } from '../lib/note-markup.ts';
import { addClass, isElement } from './hast-helpers.ts';
import { walk } from './tree-walk.ts';

export default function rehypeFootnotesFr() {
  return (tree: Root): void => {
    walk<RootContent | ElementContent>(tree, (node, _i, parent) => {
      if (node.type !== 'element') return undefined;
      if (node.tagName === 'a' && 'dataFootnoteRef' in node.properties) {
        delete node.properties['dataFootnoteRef'];
        // GFM's description is the heading « Notes »; the script gives the note's own text instead.
        delete node.properties['ariaDescribedBy'];
        if (isElement(parent as Element, 'sup')) addClass(parent as Element, NOTE_CALL_CLASS);
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        // The back-link keeps its accessible name (« Retour à l’appel de note 1 »); the section styles it.
        delete node.properties['dataFootnoteBackref'];
        const classes = node.properties['className'];
        const kept = Array.isArray(classes) ? classes.filter((c) => c !== 'data-footnote-backref') : [];
        if (kept.length > 0) node.properties['className'] = kept;
        else delete node.properties['className'];
      }
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        addClass(node, 'notes');
      }
      return undefined;
    });
  };
}
