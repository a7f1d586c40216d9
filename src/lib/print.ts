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
