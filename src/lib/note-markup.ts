/**
 * How scripts and the build find the notes in a built page (rehype-footnotes-fr writes them):
 * a note call is the link inside `sup.appel-de-note`, pointing to its note `#fn-…`; a note's way
 * back is a link to `#fnref-…` (`#c3-fnref-…` in the print edition). The page carries no other
 * mark per note: what only previews, screen readers or search need is derived from these.
 * src/integrations/paged-layout.ts runs in the page and repeats the two selectors.
 */
export const NOTE_CALL_CLASS = 'appel-de-note';

/** Every note call of a page. */
export const NOTE_CALL = `sup.${NOTE_CALL_CLASS} > a[href^="#"]`;

/** The links back to the calls, inside a note. */
export const NOTE_BACKREF = 'a[href*="fnref-"]';

/** The id of a note's first paragraph, which describes its call to assistive technology. */
export const noteTextId = (noteId: string): string => `${noteId}-texte`;
