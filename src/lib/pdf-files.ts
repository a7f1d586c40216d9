/**
 * The PDFs of the dossier: where each is written under dist/ (and linked from the pages), and
 * the jobs of the PDF step, from the dossier model's chapters (not from the built HTML).
 */

/** The whole print edition. */
export const WHOLE_DOSSIER_PDF = 'pdf/dossier-haut-karabagh.pdf';

/** A chapter's PDF, e.g. `pdf/3-guerre-1992-1994.pdf`. */
export const chapterPdf = (slug: string): string => `pdf/${slug}.pdf`;

/** The print edition (page path under the base), laid out once for every PDF. */
export const EDITION_PAGE = 'imprimer/';

export interface PdfJob {
  /** Output file under dist/, e.g. "pdf/3-guerre-1992-1994.pdf". */
  file: string;
  title: string;
  /** The chapter printed alone from the edition's layout (its slug), or nothing for the whole dossier. */
  chapter?: string;
}

/** One PDF per chapter (its title, then the dossier's), then the whole print edition. */
export function pdfJobs(chapterTitles: ReadonlyMap<string, string>, siteTitle: string): PdfJob[] {
  return [
    ...[...chapterTitles].map(([slug, title]) => ({ chapter: slug, file: chapterPdf(slug), title: `${title} — ${siteTitle}` })),
    { file: WHOLE_DOSSIER_PDF, title: siteTitle },
  ];
}
