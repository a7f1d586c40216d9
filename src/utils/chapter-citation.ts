/** « Citer ce chapitre »: a French reference, BibTeX and RIS for a chapter of the dossier. */
import { formatDate } from './dates';

export interface ChapterReference {
  slug: string;
  order: number;
  title: string;
  updated: Date;
  url: string;
  dossier: string;
  author: string;
}

export function frenchReference(c: ChapterReference, consulted = c.updated): string {
  return `${c.author}, « ${c.title} », chapitre ${c.order} de ${c.dossier}, mis à jour le ${formatDate(c.updated)}, ${c.url} (consulté le ${formatDate(consulted)}).`;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** BibTeX needs its braces balanced and its special characters escaped. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function bibtex(c: ChapterReference): string {
  const key = `hautkarabagh-${c.slug}`.replace(/[^a-z0-9-]/g, '');
  return [
    `@incollection{${key},`,
    `  author    = {{${bibtexText(c.author)}}},`,
    `  title     = {${bibtexText(c.title)}},`,
    `  booktitle = {${bibtexText(c.dossier)}},`,
    `  chapter   = {${c.order}},`,
    `  year      = {${c.updated.getUTCFullYear()}},`,
    `  date      = {${iso(c.updated)}},`,
    `  url       = {${c.url}},`,
    `  urldate   = {${iso(c.updated)}},`,
    `  language  = {french},`,
    `}`,
    '',
  ].join('\n');
}

export function ris(c: ChapterReference): string {
  return [
    'TY  - CHAP',
    `AU  - ${c.author}`,
    `TI  - ${c.title}`,
    `T2  - ${c.dossier}`,
    `SE  - ${c.order}`,
    `PY  - ${c.updated.getUTCFullYear()}`,
    `DA  - ${iso(c.updated).replaceAll('-', '/')}`,
    `UR  - ${c.url}`,
    'LA  - fr',
    'ER  - ',
    '',
  ].join('\r\n');
}
