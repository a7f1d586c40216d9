/**
 * Several chapters on one page (the print edition) would repeat ids such as
 * "fn-1": this tree transform gives every id of a chapter's HTML a prefix and
 * rewrites the in-page references (#fragment links, aria-describedby, for).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export function prefixIds(html: string, prefix: string): string {
  const tree = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
  });
  const rename = (id: string): string => (ids.has(id) ? `${prefix}-${id}` : id);
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (typeof p['id'] === 'string') p['id'] = rename(p['id']);
    if (typeof p['href'] === 'string' && p['href'].startsWith('#')) p['href'] = `#${rename(decodeURIComponent(p['href'].slice(1)))}`;
    for (const key of ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const) {
      const value: unknown = p[key];
      if (Array.isArray(value)) p[key] = value.map((v) => rename(String(v)));
      else if (typeof value === 'string') p[key] = value.split(' ').map(rename);
    }
  });
  return toHtml(tree);
}
