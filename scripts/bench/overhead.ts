/**
 * Where a chapter page's overhead lies: for each part of the HTML, the gzip bytes the page would
 * lose without it. A part outside the chapter's text goes whole (head, site header, contents,
 * Repères…); a part that wraps the text loses only its markup and keeps its text (citation and
 * glossary links are unwrapped, note calls keep their number). gzip does not add up: the parts'
 * savings, measured one at a time on the whole page, do not sum to the page's overhead exactly.
 */
import { gzipSync } from 'node:zlib';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface OverheadPart {
  part: string;
  /** gzip bytes the page loses without this part. */
  gzip: number;
  /** How many elements it counts. */
  count: number;
}

type Edit = 'remove' | 'unwrap';

interface PartRule {
  part: string;
  match: (node: Element) => boolean;
  /** remove: the element and its content; unwrap: the element, its content kept. */
  edit: Edit;
}

const classes = (node: Element): string[] => (Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : []);
const href = (node: Element): string => String(node.properties['href'] ?? '');

const RULES: PartRule[] = [
  { part: 'en-tête du document (<head> : titre, description, métadonnées, politique, feuilles)', match: (n) => n.tagName === 'head', edit: 'remove' },
  {
    part: 'en-tête du site (titre, navigation, recherche, thème) et lien d’évitement',
    match: (n) => classes(n).some((c) => c === 'site-header' || c === 'skip-link'),
    edit: 'remove',
  },
  { part: 'pied de page du site', match: (n) => classes(n).includes('site-footer'), edit: 'remove' },
  { part: 'sommaire du chapitre', match: (n) => classes(n).includes('chapter__toc'), edit: 'remove' },
  { part: 'tête du chapitre (titre, résumé, dates, PDF)', match: (n) => classes(n).includes('chapter-head'), edit: 'remove' },
  { part: 'encadré « Repères » (titre, lien)', match: (n) => classes(n).includes('reperes'), edit: 'remove' },
  { part: 'citer ce chapitre, chapitres voisins', match: (n) => classes(n).some((c) => c === 'cite-box' || c === 'pager'), edit: 'remove' },
  { part: 'balisage des graphiques (SVG, textes compris)', match: (n) => n.tagName === 'svg', edit: 'remove' },
  { part: 'liens des citations vers /sources/ (texte gardé)', match: (n) => n.tagName === 'a' && href(n).includes('/sources/#'), edit: 'unwrap' },
  { part: 'liens vers le glossaire (texte gardé)', match: (n) => n.tagName === 'a' && href(n).includes('/glossaire/#'), edit: 'unwrap' },
  { part: 'appels de note (numéro gardé)', match: (n) => n.tagName === 'sup' && classes(n).includes('appel-de-note'), edit: 'unwrap' },
  { part: 'retours de note (↩)', match: (n) => n.tagName === 'a' && href(n).includes('fnref-'), edit: 'remove' },
  { part: 'liens « # » des titres', match: (n) => classes(n).includes('heading-anchor'), edit: 'remove' },
  { part: 'scripts de la page (balises, données structurées)', match: (n) => n.tagName === 'script', edit: 'remove' },
];

const gzip = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).byteLength;

/** Applies one rule to the tree, in place; returns how many elements it touched. */
function apply(tree: Root, rule: PartRule): number {
  let count = 0;
  const walk = (parent: Element | Root): void => {
    const out: Root['children'] = [];
    for (const child of parent.children) {
      if (child.type === 'element' && rule.match(child)) {
        count += 1;
        if (rule.edit === 'unwrap') {
          walk(child);
          out.push(...child.children);
        }
        continue;
      }
      if (child.type === 'element') walk(child);
      out.push(child);
    }
    parent.children = out as ElementContent[];
  };
  walk(tree);
  return count;
}

/** The gzip bytes each part of a built page costs, largest first (parts absent from the page left out). */
export function overheadBreakdown(html: string): OverheadPart[] {
  const whole = gzip(toHtml(fromHtml(html)));
  const parts: OverheadPart[] = [];
  for (const rule of RULES) {
    const tree = fromHtml(html);
    const count = apply(tree, rule);
    if (count > 0) parts.push({ part: rule.part, gzip: whole - gzip(toHtml(tree)), count });
  }
  return parts.sort((a, b) => b.gzip - a.gzip);
}
