/**
 * The later mentions of a glossary term carry a mark (`<span data-terme="kelbajar">Kelbajar</span>`,
 * set by src/plugins/remark-glossary-links.ts) for one reader only: the index of names of the
 * printed dossier, which gives the pages of every mention (src/integrations/paged-layout.ts). A
 * chapter page on screen has no use for them: without style, link or meaning for assistive
 * technology, they are bytes a reader downloads for nothing. The chapter page takes them out;
 * the print edition keeps them.
 */

/** A mark as the plugin writes it: one attribute, text only inside (a piece of a text node). */
const INDEX_MARK = /<span data-terme="[^"<>]*">([^<]*)<\/span>/g;

/** The HTML of a chapter without the marks of the index of names, their text kept in place. */
export function withoutIndexMarks(html: string): string {
  return html.replace(INDEX_MARK, '$1');
}
