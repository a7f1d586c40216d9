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
 * Each record is a small HTML document with Pagefind's meta and filter tags;
 * `data-pagefind-ignore` inside the text is kept, and the index step leaves
 * note calls and heading links out by selector (src/integrations/search-index.ts), so that
 * neither reaches the index. Pure: a hast tree in, records out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
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
  /** The HTML of the record's text, as the page shows it. */
  html: string;
}

function attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

const HEADINGS = new Set(['h2', 'h3']);

/** Elements that may wrap a section's heading: its anchor wrapper, a box (« À retenir »). */
const WRAPPERS = new Set(['div', 'aside']);

/** The heading that opens a section: the child itself, or the heading first inside its wrappers. */
function headingOf(node: ElementContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (HEADINGS.has(node.tagName) && attr(node, 'id')) return node;
  if (!WRAPPERS.has(node.tagName)) return undefined;
  const first = node.children.find((c): c is Element => c.type === 'element');
  return first ? headingOf(first) : undefined;
}

/** Notes and boxes that the index leaves out of a chapter's sections. */
function leftOut(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  return attr(node, 'dataFootnotes') !== undefined || attr(node, 'dataPagefindIgnore') === 'all';
}

function hasText(nodes: readonly ElementContent[]): boolean {
  return nodes.some((n) => textOf(n).trim().length > 0);
}

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

/**
 * A copy of the nodes with a space around each block, so that the index and
 * its excerpts read « Source Méthode », not « SourceMéthode », where the
 * built HTML has no white space between two cells or two paragraphs.
 */
function spaced(nodes: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    const copy: Element = { ...node, children: spaced(node.children) };
    if (BLOCKS.has(node.tagName)) out.push({ type: 'text', value: ' ' }, copy, { type: 'text', value: ' ' });
    else out.push(copy);
  }
  return out;
}

function document(record: Omit<SearchRecord, 'html'>, body: ElementContent[]): string {
  const tags: Element[] = [];
  const tag = (kind: 'meta' | 'filter', key: string, value: string): void => {
    const name = kind === 'meta' ? 'dataPagefindMeta' : 'dataPagefindFilter';
    tags.push({ type: 'element', tagName: 'meta', properties: { [name]: `${key}[content]`, content: value }, children: [] });
  };
  tag('meta', 'title', record.title);
  tag('meta', 'kind', record.kind);
  tag('filter', SEARCH_GROUP_FILTER, record.group);
  if (record.chapter) {
    tag('meta', 'chapter', record.chapter);
    tag('filter', SEARCH_CHAPTER_FILTER, record.chapter);
  }
  if (record.chapterOrder !== undefined) tag('meta', 'order', String(record.chapterOrder));
  const root: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'html',
        properties: { lang: 'fr' },
        children: [
          { type: 'element', tagName: 'head', properties: {}, children: tags },
          { type: 'element', tagName: 'body', properties: { dataPagefindBody: '' }, children: spaced(body) },
        ],
      },
    ],
  };
  return `<!doctype html>${toHtml(root)}`;
}

function chapterSections(container: Element, pageUrl: string): SearchRecord[] {
  const order = Number(attr(container, 'dataSearchChapter'));
  const chapterTitle = attr(container, 'dataSearchChapterTitle') ?? '';
  const chapter = chapterFilterValue(order, chapterTitle);
  const records: SearchRecord[] = [];
  let current: { id?: string; title: string; nodes: ElementContent[] } = { title: chapterTitle, nodes: [] };
  let part = '';
  const flush = (): void => {
    if (!hasText(current.nodes)) return;
    const meta = { url: current.id ? `${pageUrl}#${current.id}` : pageUrl, title: current.title, group: 'chapitres' as const, kind: chapter, chapter, chapterOrder: order };
    records.push({ ...meta, html: document(meta, current.nodes) });
  };
  for (const child of container.children) {
    if (leftOut(child)) continue;
    const heading = headingOf(child);
    if (heading) {
      flush();
      const title = textOf(heading).trim();
      current = { id: attr(heading, 'id')!, title, nodes: [] };
      if (heading.tagName === 'h2') part = title;
      // A subsection is about its part: the part's heading, shown just above it on the page, is searched with it.
      else if (part) current.nodes.push({ type: 'element', tagName: 'p', properties: { dataPagefindWeight: '0.5' }, children: [{ type: 'text', value: part }] });
    }
    current.nodes.push(child);
  }
  flush();
  return records;
}

/** Every record of a built page (`pageUrl` like `/chapitres/3-guerre/`), in page order. */
export function searchRecords(tree: Root, pageUrl: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  visit(tree, 'element', (node: Element) => {
    if (attr(node, 'dataSearchIgnore') !== undefined) return SKIP;
    if (attr(node, 'dataSearchSections') !== undefined) {
      records.push(...chapterSections(node, pageUrl));
      return SKIP;
    }
    const kind = attr(node, 'dataSearchEntry');
    if (kind === undefined) return undefined;
    const id = attr(node, 'id');
    const title = attr(node, 'dataSearchTitle');
    if (!id || !title) throw new Error(`${pageUrl} : une entrée de recherche (« ${kind} ») sans id ni data-search-title.`);
    const meta = { url: `${pageUrl}#${id}`, title, group: 'references' as const, kind };
    records.push({ ...meta, html: document(meta, node.children) });
    return SKIP;
  });
  return records;
}
