/**
 * The print stylesheet (/impression.css): the layer order, the authored print
 * rules (src/styles/print.css) and the running heads, one named page per
 * chapter whose top-right margin box carries the chapter's title on right
 * pages, the dossier's title being on left pages (Chromium supports @page
 * margin boxes but not string-set, so the titles are written into the sheet,
 * read by both printers: the browser and the PDFs' engine).
 */
import { minify } from 'csso';

export interface PrintedPart {
  /** Page name, e.g. "chapitre-3". */
  name: string;
  /** Running head text. */
  head: string;
}

/** A chapter's named page in print, also its id in the print edition: "chapitre-3". */
export function chapterPart(order: number): string {
  return `chapitre-${order}`;
}

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

export function runningHeadsCss(parts: PrintedPart[]): string {
  return parts
    .map(
      (p) =>
        `[data-print-page=${cssString(p.name)}] { page: ${p.name}; }\n@page ${p.name}:right { @top-right { content: ${cssString(p.head)}; font: 8.5pt 'Source Serif 4', Georgia, serif; color: #444; } }`,
    )
    .join('\n');
}

/**
 * The largest dossier, in chapters, for which the build composes the single-page print edition
 * (/imprimer/) and the PDFs laid out from it. The edition holds every chapter on one page: at
 * six chapters it is 1.2 MB of HTML and about 320 printed pages; it grows with the dossier
 * (12 MB at 60 chapters, 120 MB at 600), which no browser prints and no reader asks for.
 * Above this size /imprimer/ says so and sends the reader to each chapter's page (printable
 * by itself); the build says it once. README, « Impression ».
 */
export const PRINT_EDITION_MAX_CHAPTERS = 100;

/** Why the print edition is not composed for a dossier of `chapters` chapters, or undefined. */
export function printEditionSkipped(chapters: number, max = PRINT_EDITION_MAX_CHAPTERS): string | undefined {
  if (chapters <= max) return undefined;
  return `${chapters} chapitres, au-delà du seuil de ${max} (PRINT_EDITION_MAX_CHAPTERS, src/lib/print.ts)`;
}

/**
 * The whole print stylesheet: the layer order (so that the sheet sits last in the cascade even when
 * a browser meets it before the screen's), the authored print rules, and the running heads in the
 * same `print` layer; minified. Minified by csso without restructuring: merging rules that share
 * their declarations (as Vite's lightningcss does) would join selectors with commas, which the
 * PDFs' engine cuts apart in its own rules (float: footnote, target-counter()).
 */
export function printStylesheet(layerOrder: string, authored: string, parts: PrintedPart[]): string {
  const heads = `@layer print {\n${runningHeadsCss(parts)}\n}`;
  return minify(`${layerOrder}\n${authored}\n${heads}`, { restructure: false, comments: false }).css;
}
