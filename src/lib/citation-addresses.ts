/**
 * The printed address of a source: on paper a link cannot be followed, so the
 * print edition (from which every PDF is made) writes the source's address
 * after each full-form citation, after the source's standing label if it has
 * one (« Titre (presse arménienne), https://… »). The chapter pages on screen
 * do not carry it: their citations link to /sources/, which gives it.
 *
 * Which citation is a full form comes from what remark-citations recorded
 * (`citations` in the chapter's data: key, note and form of each citation, in
 * the order of the notes), matched in order with the citation links of each
 * note. Pure: a chapter's HTML and its records in, HTML out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { CitationRecord } from './facts.ts';

export interface CitationAddressesOptions {
  /** What remark-citations recorded about the chapter, in its order. */
  citations: readonly CitationRecord[];
  /** A source's address, if it has one. */
  url: (key: string) => string | undefined;
  /** The chapter, named in the error if its HTML and its records disagree. */
  chapter: string;
}

const hasClass = (node: ElementContent | undefined, name: string): node is Element =>
  node?.type === 'element' && Array.isArray(node.properties['className']) && node.properties['className'].includes(name);

/** A citation is a link to its source's entry (`/sources/#key`, base path first): remark-citations sets no class. */
const isCitationLink = (node: Element): boolean => node.tagName === 'a' && String(node.properties['href'] ?? '').includes('/sources/#');

/** The key of a citation link (`/sources/#key`). */
function keyOf(link: Element): string {
  const href = String(link.properties['href'] ?? '');
  return decodeURIComponent(href.slice(href.indexOf('#') + 1));
}

/** Inserts the address after each full-form citation of the tree's notes. */
export function addCitationAddressesToTree(tree: Root, { citations, url, chapter }: CitationAddressesOptions): void {
  const byNote = new Map<string, CitationRecord[]>();
  for (const record of citations) byNote.set(record.noteId, [...(byNote.get(record.noteId) ?? []), record]);
  visit(tree, 'element', (note: Element) => {
    const records = note.tagName === 'li' ? byNote.get(String(note.properties['id'] ?? '')) : undefined;
    if (!records) return undefined;
    byNote.delete(String(note.properties['id']));
    const links: { link: Element; parent: Element }[] = [];
    visit(note, 'element', (node: Element, _i, parent) => {
      if (isCitationLink(node) && parent?.type === 'element') links.push({ link: node, parent });
    });
    const keys = links.map(({ link }) => keyOf(link));
    if (keys.join(' ') !== records.map((r) => r.key).join(' ')) {
      throw new Error(
        `${chapter}, note ${records[0]?.note} : les citations de la page (${keys.join(', ')}) ne sont pas celles que remark-citations a relevées (${records.map((r) => r.key).join(', ')}).\n  → Correction : un greffon placé après remark-citations a changé les liens des notes ; les adresses imprimées suivent les relevés.`,
      );
    }
    links.forEach(({ link, parent }, i) => {
      const address = records[i]?.form === 'full' ? url(keys[i] ?? '') : undefined;
      if (!address) return;
      const at = parent.children.indexOf(link);
      // Link, then its standing label (« presse arménienne »), then the address.
      const after = hasClass(parent.children[at + 1], 'voix-source') ? at + 2 : at + 1;
      parent.children.splice(after, 0, {
        type: 'element',
        tagName: 'span',
        properties: { className: ['print-only', 'citation-url'] },
        children: [{ type: 'text', value: `, ${address}` }],
      });
    });
    return SKIP;
  });
  const missing = [...byNote.keys()];
  if (missing.length > 0) {
    throw new Error(
      `${chapter} : notes relevées par remark-citations absentes de la page (${missing.join(', ')}).\n  → Correction : les ids des notes (fn-…) doivent rester ceux du greffon.`,
    );
  }
}

/** The same, on a chapter's HTML. */
export function addCitationAddresses(html: string, options: CitationAddressesOptions): string {
  const tree = fromHtml(html, { fragment: true });
  addCitationAddressesToTree(tree, options);
  return toHtml(tree);
}
