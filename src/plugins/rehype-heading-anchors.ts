/**
 * rehype-heading-anchors: after each section heading (h2, h3) that has an id,
 * a link to the section that a reader can copy. The link stands beside the
 * heading (in a wrapper), so the heading's own text stays as written.
 */
import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface HeadingAnchorsOptions {
  /** Accessible text of the link, from the section's title. */
  label: (title: string) => string;
}

export default function rehypeHeadingAnchors({ label }: HeadingAnchorsOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !['h2', 'h3'].includes(node.tagName)) return undefined;
      const id = node.properties['id'];
      if (typeof id !== 'string' || (parent.type === 'element' && parent.tagName === 'section')) return undefined;
      const title = textOf(node);
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading--${node.tagName}`] },
        children: [
          node,
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: label(title) }] },
            ],
          },
        ],
      };
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
