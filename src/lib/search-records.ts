/**
 * What the search index holds, cut from a built page: a chapter gives one
 * record per section (the text before the first heading, then each `h2` or
 * `h3` with an id up to the next one), so that a question lands on the section
 * that tells it; the glossary, the chronology and the bibliography give one
 * record per entry, so that a name, an event or a source is a result of its
 * own, never the whole long page. Pages declare their cut in their markup:
 * - `data-search-sections` on the element whose children are a chapter's
 *   text, with `data-search-chapter` (its number) and
 *   `data-search-chapter-title` on the same element;
 * - `data-search-entry` (the kind shown to the reader: « lieu », « événement »,
 *   « source »…) and `data-search-title` on each entry, which has an `id`.
 * - `data-search-ignore` on an element keeps everything inside it out (the
 *   print edition repeats the chapters, the glossary and the sources).
 * Each record is a small HTML document with Pagefind's meta and filter tags,
 * holding only what Pagefind reads (`recordAttributes`); `data-pagefind-ignore`
 * inside the text is kept, and the index step leaves note calls and heading
 * links out by selector (src/integrations/search-index.ts), so that neither
 * reaches the index.
 * The page is read in one streaming pass (htmlparser2): no tree is built, and
 * each record is written as its elements go by. Pure: a page's HTML in, records out.
 */
import { Parser } from 'htmlparser2';
import { chapterFilterValue, SEARCH_CHAPTER_FILTER, SEARCH_GROUP_FILTER, type SearchGroup } from './search-filters.ts';

export interface SearchRecord {
  /** Site-relative address with its anchor, without the base path (Pagefind adds it). */
  url: string;
  title: string;
  group: SearchGroup;
  /** What the reader sees beside the title: « lieu », « source », or the chapter. */
  kind: string;
  /** For sections: « 3. La guerre (1992–1994) ». */
  chapter?: string;
  /** For sections: the chapter's number, to group sections under their chapter. */
  chapterOrder?: number;
  /** The HTML of the record's text, as Pagefind reads it. */
  html: string;
}

type Attributes = Record<string, string>;

const HEADINGS = new Set(['h2', 'h3']);

/** Elements that may wrap a section's heading: its anchor wrapper, a box (« À retenir »). */
const WRAPPERS = new Set(['div', 'aside']);

/** Elements whose text is a block of its own: the index must see a word break around them. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'section',
  'aside',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'blockquote',
  'details',
  'summary',
  'br',
]);

/** Elements without content or end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * What a record keeps of an element's attributes, all that Pagefind reads there: the id (its
 * anchors and sub-results), the classes (the index step's excluded selectors), its own
 * `data-pagefind-*` (ignore, weight). Links, labels and styles would only lengthen the record.
 */
function recordAttributes(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'id' || name === 'class' || name.startsWith('data-pagefind-')) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/**
 * A record's text as it is written, element by element: a space around each block, so that the
 * index and its excerpts read « Source Méthode », not « SourceMéthode », where the built HTML has
 * no white space between two cells or two paragraphs.
 */
class RecordText {
  html = '';
  /** Whether the text holds anything but white space. */
  hasText = false;

  open(name: string, attributes: Attributes): void {
    this.html += `${BLOCKS.has(name) ? ' ' : ''}<${name}${recordAttributes(attributes)}>`;
  }

  close(name: string): void {
    if (!VOID.has(name)) this.html += `</${name}>`;
    if (BLOCKS.has(name)) this.html += ' ';
  }

  text(data: string): void {
    this.html += escapeText(data);
    if (!this.hasText && data.trim().length > 0) this.hasText = true;
  }

  append(other: RecordText): void {
    this.html += other.html;
    this.hasText ||= other.hasText;
  }
}

function document(record: Omit<SearchRecord, 'html'>, body: string): string {
  let tags = '';
  const tag = (kind: 'meta' | 'filter', key: string, value: string): void => {
    tags += `<meta data-pagefind-${kind}="${key}[content]" content="${escapeAttribute(value)}">`;
  };
  tag('meta', 'title', record.title);
  tag('meta', 'kind', record.kind);
  tag('filter', SEARCH_GROUP_FILTER, record.group);
  if (record.chapter) {
    tag('meta', 'chapter', record.chapter);
    tag('filter', SEARCH_CHAPTER_FILTER, record.chapter);
  }
  if (record.chapterOrder !== undefined) tag('meta', 'order', String(record.chapterOrder));
  return `<!doctype html><html lang="fr"><head>${tags}</head><body data-pagefind-body="">${body}</body></html>`;
}

/**
 * One child of a chapter's text, as it goes by: its text, and whether it opens a section (a
 * heading with an id, itself or first inside its wrappers) or stays out (notes, boxes).
 */
class SectionChild {
  readonly text = new RecordText();
  readonly leftOut: boolean;
  heading?: { depth: number; id: string; tagName: string; title: string };
  /** Depth (the child itself is 0) of the open wrapper whose first element child is awaited. */
  private awaiting: number | undefined;
  /** The heading is open: its text makes its title. */
  private inHeading = false;

  constructor(name: string, attributes: Attributes) {
    this.leftOut = attributes['data-footnotes'] !== undefined || attributes['data-pagefind-ignore'] === 'all';
    this.open(0, name, attributes);
  }

  /** An element opens at `depth`: the child itself, or a wrapper's first element, may be the heading. */
  open(depth: number, name: string, attributes: Attributes): void {
    this.text.open(name, attributes);
    if (depth > 0 && this.awaiting !== depth - 1) return;
    this.awaiting = undefined;
    const id = attributes['id'];
    if (HEADINGS.has(name) && id) {
      this.heading = { depth, id, tagName: name, title: '' };
      this.inHeading = true;
    } else if (WRAPPERS.has(name)) this.awaiting = depth;
  }

  close(depth: number, name: string): void {
    this.text.close(name);
    if (this.inHeading && this.heading?.depth === depth) this.inHeading = false;
    // A wrapper without any element inside wraps no heading.
    if (this.awaiting === depth) this.awaiting = undefined;
  }

  addText(data: string): void {
    this.text.text(data);
    if (this.inHeading) this.heading!.title += data;
  }
}

/** A chapter's text being cut into sections. */
class ChapterSections {
  private readonly records: SearchRecord[] = [];
  private readonly order: number;
  private readonly chapterTitle: string;
  private readonly chapter: string;
  private readonly pageUrl: string;
  private current: { id?: string; title: string; text: RecordText };
  private part = '';

  constructor(attributes: Attributes, pageUrl: string) {
    this.pageUrl = pageUrl;
    this.order = Number(attributes['data-search-chapter']);
    this.chapterTitle = attributes['data-search-chapter-title'] ?? '';
    this.chapter = chapterFilterValue(this.order, this.chapterTitle);
    this.current = { title: this.chapterTitle, text: new RecordText() };
  }

  /** A child closes: it opens a new section if it holds its heading, then joins the current one. */
  endChild(child: SectionChild): void {
    if (child.leftOut) return;
    const heading = child.heading;
    if (heading) {
      this.flush();
      const title = heading.title.trim();
      this.current = { id: heading.id, title, text: new RecordText() };
      if (heading.tagName === 'h2') this.part = title;
      // A subsection is about its part: the part's heading, shown just above it on the page, is searched with it.
      else if (this.part) {
        this.current.text.open('p', { 'data-pagefind-weight': '0.5' });
        this.current.text.text(this.part);
        this.current.text.close('p');
      }
    }
    this.current.text.append(child.text);
  }

  /** White space or text between the children. */
  text(data: string): void {
    this.current.text.text(data);
  }

  /** The container closes: its last section, then all its records. */
  end(): SearchRecord[] {
    this.flush();
    return this.records;
  }

  private flush(): void {
    const { id, title, text } = this.current;
    if (!text.hasText) return;
    const url = id ? `${this.pageUrl}#${id}` : this.pageUrl;
    const meta = { url, title, group: 'chapitres' as const, kind: this.chapter, chapter: this.chapter, chapterOrder: this.order };
    this.records.push({ ...meta, html: document(meta, text.html) });
  }
}

/** A record-giving element of the page, while the parser is inside it. */
type Inside = { kind: 'ignored' } | { kind: 'sections'; sections: ChapterSections } | { kind: 'entry'; meta: Omit<SearchRecord, 'html'>; text: RecordText };

/** What an element of the page opens: a record (or records), a part to skip, or nothing. */
function opening(attributes: Attributes, pageUrl: string): Inside | undefined {
  if (attributes['data-search-ignore'] !== undefined) return { kind: 'ignored' };
  if (attributes['data-search-sections'] !== undefined) return { kind: 'sections', sections: new ChapterSections(attributes, pageUrl) };
  const kind = attributes['data-search-entry'];
  if (kind === undefined) return undefined;
  const id = attributes['id'];
  const title = attributes['data-search-title'];
  if (!id || !title) throw new Error(`${pageUrl} : une entrée de recherche (« ${kind} ») sans id ni data-search-title.`);
  return { kind: 'entry', meta: { url: `${pageUrl}#${id}`, title, group: 'references', kind }, text: new RecordText() };
}

/** Every record of a built page (`pageUrl` like `/chapitres/3-guerre/`), in page order. */
export function searchRecords(html: string, pageUrl: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  /** The element that gives records, and how deep inside it the parser is (0: the element itself). */
  let inside: Inside | undefined;
  let depth = 0;
  /** Inside a chapter's text: the child being read. */
  let child: SectionChild | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!inside) {
          inside = opening(attributes, pageUrl);
          depth = 0;
          return;
        }
        depth++;
        if (inside.kind === 'entry') inside.text.open(name, attributes);
        else if (inside.kind === 'sections') {
          if (depth === 1) child = new SectionChild(name, attributes);
          else child!.open(depth - 1, name, attributes);
        }
      },
      ontext(data) {
        if (inside?.kind === 'entry') inside.text.text(data);
        else if (inside?.kind === 'sections') {
          if (depth === 0) inside.sections.text(data);
          else child!.addText(data);
        }
      },
      onclosetag(name) {
        if (!inside) return;
        if (depth === 0) {
          if (inside.kind === 'entry') records.push({ ...inside.meta, html: document(inside.meta, inside.text.html) });
          else if (inside.kind === 'sections') records.push(...inside.sections.end());
          inside = undefined;
          return;
        }
        if (inside.kind === 'entry') inside.text.close(name);
        else if (inside.kind === 'sections') {
          child!.close(depth - 1, name);
          if (depth === 1) {
            inside.sections.endChild(child!);
            child = undefined;
          }
        }
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return records;
}
