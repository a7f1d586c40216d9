/**
 * Running heads for print: one named page per chapter, whose top-right margin
 * box carries the chapter's title on right pages, the dossier's title being on
 * left pages (Chromium supports @page margin boxes but not string-set, so the
 * titles are written into this generated stylesheet, read by both printers).
 */
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
