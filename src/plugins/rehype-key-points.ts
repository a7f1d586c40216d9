/**
 * rehype-key-points: a chapter's closing « À retenir » section (a `## À retenir`
 * heading and what follows it up to the next `h2` or the notes) becomes a box,
 * `<div class="a-retenir">`, set apart on screen and on paper. No landmark or ARIA role: its
 * heading names it for screen readers, the print edition holds six of them (landmarks there would
 * share one name) and the note previews own the role `note`.
 * Runs before rehype-heading-anchors, on the chapter's top-level blocks.
 */
import type { Element, Root, RootContent } from 'hast';
import { isElement } from './hast-helpers.ts';

/** The id that remark-heading-ids gives to « À retenir ». */
export const KEY_POINTS_ID = 'a-retenir';

const ends = (node: RootContent): boolean => isElement(node) && (node.tagName === 'h2' || node.properties['dataFootnotes'] !== undefined);

const isBlank = (node: RootContent): boolean => node.type === 'text' && node.value.trim() === '';

export default function rehypeKeyPoints() {
  return (tree: Root): void => {
    const start = tree.children.findIndex((n) => isElement(n, 'h2') && n.properties['id'] === KEY_POINTS_ID);
    if (start === -1) return;
    let end = start + 1;
    while (end < tree.children.length && !ends(tree.children[end]!)) end += 1;
    while (end > start + 1 && isBlank(tree.children[end - 1]!)) end -= 1; // white space stays outside
    const box: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['a-retenir'] },
      children: tree.children.slice(start, end) as Element['children'],
    };
    tree.children.splice(start, end - start, box);
  };
}
