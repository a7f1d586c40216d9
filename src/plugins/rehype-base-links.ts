/**
 * rehype-base-links: root-relative links written by authors
 * (`/chapitres/3-guerre-1992-1994/#khodjaly`) get the site's base path, so
 * that the site works under a sub-path. External links are marked for print.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { addClass } from './hast-helpers.ts';

export interface BaseLinksOptions {
  /** Base path, with a trailing slash ("/" or "/dossier/"). */
  base: string;
}

export default function rehypeBaseLinks({ base }: BaseLinksOptions) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string') return;
      if (href.startsWith('/') && !href.startsWith('//')) {
        if (prefix && !href.startsWith(`${prefix}/`)) node.properties['href'] = prefix + href;
      } else if (/^https?:\/\//.test(href)) {
        addClass(node, 'lien-externe');
      }
    });
  };
}
