/**
 * rehype-heading-anchors: after each section heading (h2, h3) that has an id,
 * a link to the section that a reader can copy. The link stands beside the
 * heading (in a wrapper), so the heading's own text stays as written. Its
 * accessible name is « Lien vers la section » followed by the heading
 * (`aria-labelledby`: one hidden label, written once per page, and the
 * heading's id), so that the page does not repeat each title in hidden text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { isElement } from './hast-helpers.ts';
import { walk } from './tree-walk.ts';

export interface HeadingAnchorsOptions {
  /** Accessible text of the link, before the section's title (« Lien vers la section »). */
  label: string;
}

/** The id of the shared label (src/integrations/search-index.ts leaves it out of the index). */
export const ANCHOR_LABEL_ID = 'lien-section';

export default function rehypeHeadingAnchors({ label }: HeadingAnchorsOptions) {
  return (tree: Root): void => {
    let anchors = 0;
    walk<RootContent | ElementContent>(tree, (node, index, parent) => {
      if (node.type !== 'element' || !['h2', 'h3'].includes(node.tagName)) return undefined;
      const id = node.properties['id'];
      if (typeof id !== 'string' || isElement(parent as Element, 'section')) return undefined;
      anchors += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading--${node.tagName}`] },
        children: [
          node,
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabelledBy: [ANCHOR_LABEL_ID, id] },
            children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
          },
        ],
      };
      parent.children.splice(index, 1, wrapper);
      return index + 1;
    });
    if (anchors > 0) {
      tree.children.push({ type: 'element', tagName: 'span', properties: { id: ANCHOR_LABEL_ID, hidden: true }, children: [{ type: 'text', value: label }] });
    }
  };
}
