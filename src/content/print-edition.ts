/**
 * Whether this build composes the print edition (/imprimer/) and the PDFs laid out from it:
 * the settings (DOSSIER_PDF, Chromium: settings.pdfSkipped) and the size of the dossier
 * (PRINT_EDITION_MAX_CHAPTERS, src/lib/print.ts). Decided before the pages are rendered, so
 * that no page links to a PDF that will not exist.
 */
import { printEditionSkipped } from '../lib/print.ts';
import { pdfSkipped as pdfSkippedBySettings } from '../settings.ts';
import { loadDossier } from './dossier.ts';

/** Why /imprimer/ holds no edition for this dossier (too many chapters), or undefined. */
export function editionSkipped(): string | undefined {
  return printEditionSkipped(loadDossier().chapters.size);
}

/** Why the build renders no PDF, or undefined when it renders them. */
export function pdfSkipped(): string | undefined {
  const edition = editionSkipped();
  return pdfSkippedBySettings() ?? (edition ? 'édition imprimable non composée, dossier trop grand' : undefined);
}

/** Whether the build renders PDFs (the pages then link to them). */
export function pdfEnabled(): boolean {
  return pdfSkipped() === undefined;
}
