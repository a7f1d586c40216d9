/**
 * The bibliography as BibTeX (biblatex fields) and RIS, for reference managers.
 * Titles stay as published, in their own language and typography, with that
 * language declared (`langid`, `LA`); the standing of a source travels as a
 * keyword and, for a party's source or a relay, as a note with its label.
 */
import type { Person, Source, SourceType } from '../content/schemas.ts';
import { fullTitle } from './cite.ts';
import { standingLabel } from './standing.ts';

export interface ExportEntry {
  key: string;
  data: Source;
}

const BIBTEX_TYPES: Record<SourceType, string> = {
  book: 'book',
  chapter: 'incollection',
  article: 'article',
  report: 'report',
  release: 'misc',
  newspaper: 'article',
  web: 'online',
  legal: 'misc',
  dataset: 'dataset',
};

const RIS_TYPES: Record<SourceType, string> = {
  book: 'BOOK',
  chapter: 'CHAP',
  article: 'JOUR',
  report: 'RPRT',
  release: 'GEN',
  newspaper: 'NEWS',
  web: 'ELEC',
  legal: 'LEGAL',
  dataset: 'DATA',
};

/** biblatex language names for `langid`. */
const LANGID: Record<string, string> = {
  fr: 'french',
  en: 'english',
  ru: 'russian',
  de: 'german',
  hy: 'armenian',
  az: 'azerbaijani',
  it: 'italian',
  uk: 'ukrainian',
  tr: 'turkish',
};

/** Braces balanced, LaTeX's special characters escaped. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

function bibtexPerson(p: Person): string {
  return 'literal' in p ? `{${bibtexText(p.literal)}}` : bibtexText(p.given ? `${p.family}, ${p.given}` : p.family);
}

function risPerson(p: Person): string {
  return 'literal' in p ? p.literal : p.given ? `${p.family}, ${p.given}` : p.family;
}

const bibtexDate = (s: Source): string | undefined => (s.date ? (s.dateEnd ? `${s.date}/${s.dateEnd}` : s.date) : undefined);

export function sourceBibtex({ key, data: s }: ExportEntry): string {
  const label = standingLabel(s);
  const fields: [string, string | number | undefined][] = [
    ['author', s.authors?.map(bibtexPerson).join(' and ')],
    ['editor', s.editors?.map(bibtexPerson).join(' and ')],
    ['title', bibtexText(s.title)],
    ['subtitle', s.subtitle && bibtexText(s.subtitle)],
    [s.type === 'chapter' ? 'booktitle' : s.type === 'article' || s.type === 'newspaper' ? 'journaltitle' : 'howpublished', s.container && bibtexText(s.container)],
    ['volume', s.volume],
    ['volumes', s.volumes],
    ['number', s.issue ?? s.number ?? s.symbol],
    ['pages', s.pages],
    ['edition', s.edition && bibtexText(s.edition)],
    [s.type === 'report' ? 'institution' : 'publisher', s.publisher && bibtexText(s.publisher)],
    ['location', s.place && bibtexText(s.place)],
    ['date', bibtexDate(s)],
    ['isbn', s.isbn],
    ['doi', s.doi],
    ['url', s.url],
    ['urldate', s.accessed],
    ['langid', LANGID[s.language] ?? s.language],
    ['keywords', `voix: ${s.voix}${s.relais ? ', relais' : ''}`],
    ['note', label && bibtexText(label)],
  ];
  const body = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `  ${k.padEnd(12)} = {${v}},`);
  return [`@${BIBTEX_TYPES[s.type]}{${key},`, ...body, '}', ''].join('\n');
}

export function sourceRis({ key, data: s }: ExportEntry): string {
  const label = standingLabel(s);
  const lines: [string, string | number | undefined][] = [
    ['TY', RIS_TYPES[s.type]],
    ['ID', key],
    ...(s.authors ?? []).map((p): [string, string] => ['AU', risPerson(p)]),
    ...(s.editors ?? []).map((p): [string, string] => ['A2', risPerson(p)]),
    ['TI', fullTitle(s)],
    ['T2', s.container],
    ['VL', s.volume],
    ['IS', s.issue ?? s.number ?? s.symbol],
    ['SP', s.pages],
    ['ET', s.edition],
    ['PB', s.publisher],
    ['CY', s.place],
    ['PY', s.date?.slice(0, 4)],
    ['DA', s.date?.replaceAll('-', '/')],
    ['SN', s.isbn],
    ['DO', s.doi],
    ['UR', s.url],
    ['Y2', s.accessed?.replaceAll('-', '/')],
    ['LA', s.language],
    ['KW', `voix: ${s.voix}`],
    ...(s.relais ? [['KW', 'relais'] as [string, string]] : []),
    ['N1', label],
  ];
  return [...lines.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}  - ${v}`), 'ER  - ', ''].join('\r\n');
}
