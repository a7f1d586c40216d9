/**
 * Ids that a chapter's page carries besides those of its section headings, made outside the
 * Markdown headings: a link may aim at them, so the chapter index counts them among the
 * chapter's anchors (src/content/chapter-index.ts), but they are never suggested as sections.
 */

/**
 * The heading of the notes: mdast-util-to-hast names it `${clobberPrefix}footnote-label`, and
 * src/plugins/pipeline.ts sets no prefix.
 */
export const NOTES_HEADING_ID = 'footnote-label';

/** The heading of the « Repères » box (src/components/Reperes.astro). */
export const REPERES_HEADING_ID = 'reperes-titre';

/** Both, in the order of the page. */
export const CHAPTER_PAGE_IDS: readonly string[] = [NOTES_HEADING_ID, REPERES_HEADING_ID];
