/**
 * rehype-sidenotes: beside each note call, a copy of the note for the margin
 * (shown on wide screens only, by CSS). The copy is generated from the GFM
 * note, never written twice; it is hidden from assistive technology and from
 * the search index, and its links are out of the tab order.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isElement } from './hast-helpers.ts';

function inlineCopy(note: Element): ElementContent[] {
  const out: ElementContent[] = [];
  for (const block of note.children) {
    if (!isElement(block)) continue;
    const children = block.tagName === 'p' ? block.children : [block];
    if (out.length) out.push({ type: 'text', value: ' ' });
    out.push(...structuredClone(children));
  }
  const clean = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((n) => !(isElement(n, 'a') && 'dataFootnoteBackref' in n.properties))
      .map((n) => {
        if (!isElement(n)) return n;
        const copy: Element = { ...n, properties: { ...n.properties }, children: clean(n.children) };
        delete copy.properties['id'];
        if (copy.tagName === 'a') copy.properties['tabIndex'] = -1;
        return copy;
      });
  const result = clean(out);
  const lastNode = result.at(-1);
  if (lastNode?.type === 'text') lastNode.value = lastNode.value.trimEnd();
  return result;
}

export default function rehypeSidenotes() {
  return (tree: Root): void => {
    const notes = new Map<string, Element>();
    visit(tree, 'element', (node: Element) => {
      const id = String(node.properties['id'] ?? '');
      if (node.tagName === 'li' && id.startsWith('fn-')) notes.set(id, node);
    });
    if (notes.size === 0) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'sup' || !parent || index === undefined) return undefined;
      const call = node.children.find((c): c is Element => isElement(c, 'a') && 'dataFootnoteRef' in c.properties);
      if (!call) return undefined;
      const note = notes.get(String(call.properties['href'] ?? '').replace(/^#/, ''));
      if (!note) return undefined;
      const number = call.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const aside: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote'], ariaHidden: 'true', dataPagefindIgnore: '' },
        children: [{ type: 'element', tagName: 'span', properties: { className: ['sidenote-numero'] }, children: [{ type: 'text', value: `${number}.` }] }, { type: 'text', value: ' ' }, ...inlineCopy(note)],
      };
      parent.children.splice(index + 1, 0, aside);
      return index + 2;
    });
  };
}
