/**
 * rehype-base-links: root-relative links written by authors
 * (`/chapitres/3-guerre-1992-1994/#khodjaly`) get the site's base path, so
 * that the site works under a sub-path. External links are marked for print.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { addClass } from './hast-helpers.ts';
import { walk } from './tree-walk.ts';

export interface BaseLinksOptions {
  /** Base path, with a trailing slash ("/" or "/dossier/"). */
  base: string;
}

export default function rehypeBaseLinks({ base }: BaseLinksOptions) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root): void => {
    walk<RootContent | ElementContent>(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a') return undefined;
      const href = node.properties['href'];
      if (typeof href !== 'string') return undefined;
      if (href.startsWith('/') && !href.startsWith('//')) {
        if (prefix && !href.startsWith(`${prefix}/`)) node.properties['href'] = prefix + href;
      } else if (/^https?:\/\//.test(href)) {
        addClass(node, 'lien-externe');
      }
      return undefined;
    });
  };
}
