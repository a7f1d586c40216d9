/** « Citer ce chapitre »: a French reference, BibTeX and RIS for a chapter of the dossier. */
import { fr } from '../i18n/fr.ts';
import { formatDate } from './dates';

export interface ChapterReference {
  slug: string;
  order: number;
  title: string;
  updated: Date;
  /** The chapter's public address; none when the site was built without SITE_URL. */
  url: string | undefined;
  dossier: string;
  author: string;
}

/** Without a public address, the reference names the chapter and its date, without « consulté le ». */
export function frenchReference(c: ChapterReference, consulted = c.updated): string {
  const online = c.url ? `, ${c.url} (${fr.cite.accessed(formatDate(consulted))})` : '';
  return `${c.author}, « ${c.title} », ${fr.cite.chapterOf(c.order, c.dossier)}, ${fr.cite.updatedOn(formatDate(c.updated))}${online}.`;
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
    ...(c.url ? [`  url       = {${c.url}},`, `  urldate   = {${iso(c.updated)}},`] : []),
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
    ...(c.url ? [`UR  - ${c.url}`] : []),
    'LA  - fr',
    'ER  - ',
    '',
  ].join('\r\n');
}
