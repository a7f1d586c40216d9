/**
 * The PDFs of the dossier: where each is written under dist/ (and linked from the pages), and
 * the jobs of the PDF step, from the dossier model's chapters (not from the built HTML).
 */

/** The whole print edition. */
export const WHOLE_DOSSIER_PDF = 'pdf/dossier-haut-karabagh.pdf';

/** A chapter's PDF, e.g. `pdf/3-guerre-1992-1994.pdf`. */
export const chapterPdf = (slug: string): string => `pdf/${slug}.pdf`;

export interface PdfJob {
  /** Page path under the base, e.g. "chapitres/3-guerre-1992-1994/". */
  page: string;
  /** Output file under dist/, e.g. "pdf/3-guerre-1992-1994.pdf". */
  file: string;
  title: string;
}

/** One PDF per chapter (its title, then the dossier's), then the whole print edition. */
export function pdfJobs(chapterTitles: ReadonlyMap<string, string>, siteTitle: string): PdfJob[] {
  return [
    ...[...chapterTitles].map(([slug, title]) => ({ page: `chapitres/${slug}/`, file: chapterPdf(slug), title: `${title} — ${siteTitle}` })),
    { page: 'imprimer/', file: WHOLE_DOSSIER_PDF, title: siteTitle },
  ];
}
