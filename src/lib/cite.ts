/**
 * French citation forms: full reference at the first mention of a source in a
 * chapter, short form (« op. cit. ») afterwards, « Ibid. » right after the same
 * source. Output is a list of segments (text, italic) so that both the Markdown
 * pipeline and Astro components can render it.
 */
import type { Person, Source } from '../content/schemas.ts';
import { fr } from '../i18n/fr.ts';
import { formatPartialDate } from './dates.ts';

const terms = fr.cite.terms;

export interface Segment {
  text: string;
  em?: boolean;
  /** Language of a title in another language than French: it keeps its own typography. */
  lang?: string;
}

export type CitationForm = 'full' | 'short' | 'ibid';

function personFull(p: Person): string {
  return 'literal' in p ? p.literal : [p.given, p.family].filter(Boolean).join(' ');
}
function personShort(p: Person): string {
  if ('literal' in p) return p.literal;
  const initials = p.given
    ? `${p.given
        .split(/[\s-]+/)
        .map((g) => `${g[0]}.`)
        .join(' ')} `
    : '';
  return initials + p.family;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 3) return `${names[0]} ${terms.etAl}`;
  return `${names.slice(0, -1).join(', ')} ${terms.and} ${names.at(-1)}`;
}

export function authorsText(s: Source, short = false): string | undefined {
  const fmt = short ? personShort : personFull;
  if (s.authors?.length) return joinNames(s.authors.map(fmt));
  if (s.editors?.length) return `${joinNames(s.editors.map(fmt))} ${terms.editors}`;
  return undefined;
}

/** Sort key for the bibliography: first author's family name (or sortAs), else title. */
export function sortKey(s: Source): string {
  const first = s.authors?.[0] ?? s.editors?.[0];
  const name = first ? ('literal' in first ? first.literal : (first.sortAs ?? first.family)) : s.title;
  return `${name} ${s.date ?? ''} ${s.title}`.toLocaleLowerCase('fr');
}

/** The language of a title when it is not French (then it is marked and keeps its own typography). */
export function foreignLanguage(s: Pick<Source, 'language'>): string | undefined {
  return s.language === 'fr' ? undefined : s.language;
}

/** Title and subtitle, joined as the title's language does it (« : » in French, « : » glued in English or Russian). */
export function fullTitle(s: Source): string {
  if (!s.subtitle) return s.title;
  return `${s.title}${foreignLanguage(s) ? ': ' : ' : '}${s.subtitle}`;
}

/** Titles of parts (articles, web pages, chapters, news releases) go in guillemets; titles of wholes in italics. */
function isPart(s: Source): boolean {
  return s.type === 'article' || s.type === 'newspaper' || s.type === 'web' || s.type === 'chapter' || s.type === 'release';
}

function titleSegments(s: Source, text: string): Segment[] {
  const lang = foreignLanguage(s);
  const title: Segment = lang ? { text, lang } : { text };
  return isPart(s) ? [{ text: '« ' }, title, { text: ' »' }] : [{ ...title, em: true }];
}

function withLocator(segments: Segment[], locator: string | undefined): Segment[] {
  return locator ? [...segments, { text: `, ${locator}` }] : segments;
}

/** Joins comma-separated parts made of segments. */
function commaJoin(parts: (Segment[] | undefined)[]): Segment[] {
  const out: Segment[] = [];
  for (const part of parts) {
    if (!part || part.length === 0) continue;
    if (out.length > 0) out.push({ text: ', ' });
    out.push(...part);
  }
  return out;
}

const plain = (text: string | undefined): Segment[] | undefined => (text ? [{ text }] : undefined);

/**
 * Each source's full citation, made once per build for all its citations (a source entry is
 * shared data, read-only once loaded); the locator, which varies, is added to a copy.
 */
const fullCitations = new WeakMap<Source, readonly Segment[]>();

export function fullCitation(s: Source, locator?: string): Segment[] {
  let body = fullCitations.get(s);
  if (!body) {
    body = fullCitationBody(s);
    fullCitations.set(s, body);
  }
  return withLocator([...body], locator);
}

function fullCitationBody(s: Source): Segment[] {
  const authors = authorsText(s);
  const date = s.date ? (s.dateEnd ? `${formatPartialDate(s.date)}–${formatPartialDate(s.dateEnd)}` : formatPartialDate(s.date)) : undefined;
  const volume = s.volume !== undefined ? `${terms.volume} ${s.volume}` : undefined;
  const editorsLine = s.type === 'chapter' && s.editors?.length ? `${terms.in} ${joinNames(s.editors.map(personFull))} ${terms.editors}` : undefined;
  const container = s.container ? [{ text: s.container, em: true }] : undefined;
  const parts: (Segment[] | undefined)[] = [plain(s.type === 'chapter' ? (s.authors ? authors : undefined) : authors), titleSegments(s, fullTitle(s))];
  switch (s.type) {
    case 'book':
      parts.push(plain(s.volumes ? `${s.volumes} ${terms.volume}` : undefined), plain(s.edition), plain(s.place), plain(s.publisher), plain(date));
      break;
    case 'chapter':
      parts.push(plain(editorsLine), container, plain(s.place), plain(s.publisher), plain(date), plain(s.pages !== undefined ? `${terms.pages} ${s.pages}` : undefined));
      break;
    case 'article':
    case 'newspaper':
      parts.push(
        container,
        plain(volume),
        plain(s.issue !== undefined ? `${terms.issue} ${s.issue}` : s.number),
        plain(date),
        plain(s.pages !== undefined ? `${terms.pages} ${s.pages}` : undefined),
      );
      break;
    case 'report':
    case 'release':
    case 'dataset':
      parts.push(container && s.number ? [...container, { text: ` ${s.number}` }] : (container ?? plain(s.number)), plain(s.place), plain(s.publisher), plain(date));
      break;
    case 'legal':
      parts.push(container, plain(s.symbol ?? s.number), plain(s.place), plain(date));
      break;
    case 'web':
      parts.push(container, plain(date), plain(s.accessed ? fr.cite.accessed(formatPartialDate(s.accessed)) : undefined));
      break;
  }
  return commaJoin(parts);
}

export function shortCitation(s: Source, locator?: string): Segment[] {
  const title = s.shortTitle ?? s.title;
  return withLocator(commaJoin([plain(authorsText(s, true)), titleSegments(s, title), [{ text: terms.opCit, em: true }]]), locator);
}

export function ibidCitation(locator?: string): Segment[] {
  return withLocator([{ text: terms.ibid, em: true }], locator);
}

export function citation(s: Source, form: CitationForm, locator?: string): Segment[] {
  if (form === 'ibid') return ibidCitation(locator);
  return form === 'full' ? fullCitation(s, locator) : shortCitation(s, locator);
}

/** The bibliography's own form: full citation plus identifiers. */
export function bibliographyEntry(s: Source): Segment[] {
  const extra = [s.isbn ? `ISBN ${s.isbn}` : undefined, s.doi ? `DOI ${s.doi}` : undefined].filter(Boolean).join(', ');
  const base = fullCitation(s);
  return extra ? [...base, { text: `, ${extra}` }] : base;
}

/** A short label for a source in lists (chronology, glossary): « T. de Waal, Black Garden ». */
export function sourceLabel(s: Source): Segment[] {
  const title = s.shortTitle ?? s.title;
  return commaJoin([plain(authorsText(s, true)), titleSegments(s, title), s.type === 'web' ? (s.container ? [{ text: s.container, em: true }] : undefined) : undefined]);
}
