/**
 * rehype-ordinals-fr: raises the letters of French ordinals (« 1er » → 1<sup>er</sup>,
 * « XXe » → XX<sup>e</sup>) in the text of the page, as a French printer sets them
 * (lib/ordinals.ts says which forms). Code, existing superscripts and text
 * marked in another language (`lang="en"`) are left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { splitOrdinals } from '../lib/ordinals.ts';
import { isElement, isForeign } from './hast-helpers.ts';

const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'math', 'svg', 'sup', 'sub']);

function raise(text: Text): ElementContent[] {
  return splitOrdinals(text.value).map((p) =>
    p.raised ? { type: 'element', tagName: 'sup', properties: { className: ['ordinal'] }, children: [{ type: 'text', value: p.text }] } : { type: 'text', value: p.text },
  );
}

function walk(node: Root | Element): void {
  const children: unknown[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...raise(child));
    else {
      if (isElement(child) && !SKIP.has(child.tagName) && !isForeign(child)) walk(child);
      children.push(child);
    }
  }
  node.children = children as typeof node.children;
}

export default function rehypeOrdinalsFr() {
  return (tree: Root): void => walk(tree);
}
