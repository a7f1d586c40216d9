/**
 * Book layout of a built page, run inside that page (loaded without its own
 * scripts, under print media, with the Paged.js engine; see pdf.ts). The page
 * is reshaped for paged media, then laid out by Paged.js: the browser applies
 * the site's stylesheets itself, print sheet included (/impression.css:
 * src/styles/print.css and the running heads, whose book rules apply under
 * `:root[data-mise-en-page]`), and the engine reads that print sheet too for
 * what only it does (pages and their margin boxes, notes at the foot of the
 * page, page numbers of links, breaks):
 * - each note's text is copied next to its call (`float: footnote`), with the
 *   call's number, so that it prints at the foot of the page that calls it;
 * - links from one chapter to another become links inside the dossier, which
 *   the stylesheet follows with their page (« chapitre 3, p. 47 »);
 * - the index of names gives the pages of every mention of its terms
 *   (`data-terme` on the later mentions, set by remark-glossary-links; the
 *   first mention is a link to its entry, which names it): the pages are recorded as
 *   the engine lays them out, and each entry's numbers (one per page, ranges
 *   for consecutive pages) are written into the index before the engine
 *   reaches it, so that the index is laid out with its true numbers.
 *
 * Everything here runs in the browser: the function must not use anything
 * from outside its own body (Playwright sends its source text to the page).
 */

export interface LayoutRequest {
  /** Site base path ("/" or "/sous-chemin/"), to recognise links to chapters. */
  base: string;
  /** Public origin of the site (SITE_URL), given to the links that leave the PDF ('' : no link). */
  site: string;
  /** Title of each chapter's own short contents (fr.chapter.toc). */
  contentsLabel: string;
  /** Stylesheets that the engine reads (the print sheet, /impression.css), by address. */
  stylesheets: string[];
}

export interface LayoutReport {
  pages: number;
  notes: number;
  /** Links between chapters turned into page references. */
  crossReferences: number;
  /** Index entries whose pages were written, and the mentions they cover. */
  indexEntries: number;
  mentions: number;
  /** The pages (numbered from 1) on which each chapter of the dossier stands, by slug. */
  chapters: Record<string, number[]>;
  /** Messages of the engine (errors), to be reported by the build. */
  errors: string[];
}

export async function layOutBook({ base, site, contentsLabel, stylesheets }: LayoutRequest): Promise<LayoutReport> {
  const doc = document;
  const url = location.href;
  doc.documentElement.dataset['miseEnPage'] = 'livre';
  for (const el of doc.querySelectorAll('script, noscript')) el.remove();
  // The first mention of a term is a link to its glossary entry (/glossaire/#id): the index of names
  // counts it as a mention of that term, read from its address before links are rewritten below.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-chapitre-slug] a[href*="/glossaire/#"]')) {
    link.dataset['terme'] ||= decodeURIComponent(link.hash.slice(1));
  }
  // The site's interface never prints: out of the flow, or the engine gives it pages of their own
  // (two blank pages opened the dossier before the title page).
  for (const el of doc.querySelectorAll('.skip-link, .site-header, .site-footer, .no-print')) el.remove();
  // The page keeps its link to the print sheet, which the engine reads as well: the engine takes the
  // breaks out of its own copy (break-before, break-after, page) and the browser's copy keeps them
  // for the measures of the layout (a heading stays with what follows it, a table row whole). The
  // named pages and @page rules of the browser's copy are neutralised before printing (below).
  // Disclosure boxes print open, as plain blocks (a details element split over two pages would
  // repeat a default summary on the second).
  for (const box of doc.querySelectorAll('details, summary')) {
    const block = doc.createElement('div');
    for (const attribute of Array.from(box.attributes)) block.setAttribute(attribute.name, attribute.value);
    block.classList.add(`ex-${box.localName}`);
    block.append(...Array.from(box.childNodes));
    box.replaceWith(block);
  }

  // A chapter page: its short contents come after its title, before the text.
  const toc = doc.querySelector('.chapter__toc .toc');
  const head = doc.querySelector('.chapter__text > .chapter-head');
  if (toc && head) head.after(toc);
  for (const link of doc.querySelectorAll('.toc a[href="#footnote-label"]')) link.closest('li')?.remove();
  // In the dossier, each chapter opens with its own short contents too (its sections).
  for (const chapter of doc.querySelectorAll<HTMLElement>('[data-chapitre-slug]')) {
    const sections = Array.from(chapter.querySelectorAll<HTMLElement>('.prose h2[id]')).filter((h) => !h.closest('.footnotes'));
    const chapterHead = chapter.querySelector('.chapter-head');
    if (sections.length === 0 || !chapterHead) continue;
    const nav = doc.createElement('nav');
    nav.className = 'toc';
    const title = doc.createElement('div');
    title.className = 'ex-summary';
    title.textContent = contentsLabel;
    const list = doc.createElement('ol');
    for (const h of sections) {
      const link = doc.createElement('a');
      link.href = `#${h.id}`;
      link.textContent = h.textContent;
      const item = doc.createElement('li');
      item.append(link);
      list.append(item);
    }
    nav.append(title, list);
    chapterHead.after(nav);
  }

  // Contents: the title, then dot leaders filling the line, then the page number (print.css).
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.sommaire li > a, .toc li > a')) {
    const title = doc.createElement('span');
    title.className = 'sommaire__intitule';
    title.append(...Array.from(link.childNodes));
    const leader = doc.createElement('span');
    leader.className = 'points-de-conduite';
    link.append(title, leader);
  }

  // Notes at the foot of the page: a copy of each note follows its call, in a table cell too (the
  // note goes to the foot of the page that holds its row).
  let notes = 0;
  // The selectors of src/lib/note-markup.ts (NOTE_CALL, NOTE_BACKREF), written out: nothing is imported here.
  for (const call of doc.querySelectorAll<HTMLAnchorElement>('sup.appel-de-note > a[href^="#"]')) {
    const id = decodeURIComponent(call.getAttribute('href')?.slice(1) ?? '');
    const note = doc.getElementById(id);
    if (!note) continue;
    const footnote = doc.createElement('span');
    footnote.className = 'note-de-page';
    const number = doc.createElement('span');
    number.className = 'note-de-page__numero';
    number.textContent = `${call.textContent ?? ''}.`;
    footnote.append(number, ' ');
    for (const block of Array.from(note.children)) {
      const copy = block.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('a[href*="fnref-"]')) el.remove();
      for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
      footnote.append(...Array.from(copy.childNodes), ' ');
    }
    call.parentElement?.after(footnote);
    notes += 1;
  }

  // Links between chapters of the dossier: to the section (or the chapter) in this document.
  let crossReferences = 0;
  const chapterOf = new Map<string, string>();
  for (const article of doc.querySelectorAll<HTMLElement>('[data-chapitre-slug]')) {
    chapterOf.set(article.dataset['chapitreSlug'] ?? '', article.id);
  }
  if (chapterOf.size > 0) {
    const chapterPath = new RegExp(`^${base}chapitres/([^/]+)/$`);
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-chapitre-slug] a[href]')) {
      const target = new URL(link.getAttribute('href') ?? '', url);
      const slug = chapterPath.exec(target.pathname)?.[1];
      const article = slug ? chapterOf.get(slug) : undefined;
      if (!article || target.origin !== new URL(url).origin) continue;
      const prefix = article.replace(/^chapitre-/, 'c');
      const section = target.hash ? `${prefix}-${decodeURIComponent(target.hash.slice(1))}` : '';
      link.setAttribute('href', `#${section && doc.getElementById(section) ? section : article}`);
      link.classList.add('renvoi');
      crossReferences += 1;
    }
  }

  // Links that leave the PDF point to the public site, not to the address used for rendering.
  const origin = new URL(url).origin;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const target = new URL(href, url);
    if (target.origin !== origin) continue;
    if (site) link.setAttribute('href', new URL(target.pathname.slice(1) + target.search + target.hash, site).href);
    else link.removeAttribute('href');
  }

  // Index of names: one link per mention, merged after layout.
  const index = doc.querySelectorAll<HTMLElement>('.index__pages[data-terme]');
  const mentionsOf = new Map<string, string[]>();
  if (index.length > 0) {
    let n = 0;
    for (const mention of doc.querySelectorAll<HTMLElement>('[data-chapitre-slug] [data-terme]')) {
      if (mention.closest('.note-de-page, .footnotes')) continue;
      n += 1;
      mention.id ||= `mention-${n}`;
      const term = mention.dataset['terme'] ?? '';
      mentionsOf.set(term, [...(mentionsOf.get(term) ?? []), mention.id]);
    }
    // A name that no chapter mentions has no place in the index, nor its other spellings.
    for (const line of doc.querySelectorAll<HTMLElement>('[data-terme-index]')) {
      if (!mentionsOf.has(line.dataset['termeIndex'] ?? '')) line.remove();
    }
  }

  // Layout by Paged.js (its script is already in this page). A handler records the page of each
  // mention as the pages are laid out, and writes the index's numbers before the engine reaches it.
  const errors: string[] = [];
  const pageOf = new Map<string, number>();
  let indexEntries = 0;
  let mentions = 0;
  const total = [...mentionsOf.values()].reduce((sum, ids) => sum + ids.length, 0);
  let source: DocumentFragment | undefined;
  let written = index.length === 0;
  const writeIndex = (): void => {
    written = true;
    for (const pages of source?.querySelectorAll<HTMLElement>('.index__pages[data-terme]') ?? []) {
      const ids = mentionsOf.get(pages.dataset['terme'] ?? '') ?? [];
      const firstOnPage = new Map<number, string>();
      for (const id of ids) {
        const page = pageOf.get(id);
        if (page !== undefined && !firstOnPage.has(page)) firstOnPage.set(page, id);
      }
      const numbers = [...firstOnPage.keys()].sort((a, b) => a - b);
      const parts: (string | HTMLAnchorElement)[] = [];
      for (let i = 0; i < numbers.length; i++) {
        let j = i;
        while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
        const from = numbers[i] ?? 0;
        const link = doc.createElement('a');
        link.href = `#${firstOnPage.get(from)}`;
        link.className = 'index__page';
        link.textContent = j > i ? `${from}–${numbers[j]}` : String(from);
        parts.push(...(parts.length > 0 ? [', ', link] : [link]));
        i = j;
      }
      pages.replaceChildren(...parts);
      if (numbers.length > 0) indexEntries += 1;
      mentions += ids.length;
    }
  };
  // biome-ignore lint/suspicious/noExplicitAny: the engine's global has no types in the page.
  const Paged = (window as any).Paged;
  class IndexPages extends Paged.Handler {
    afterParsed(parsed: DocumentFragment): void {
      source = parsed;
    }
    afterPageLayout(page: HTMLElement): void {
      const number = Number(page.closest<HTMLElement>('.pagedjs_page')?.dataset['pageNumber'] ?? page.dataset['pageNumber']);
      for (const el of page.querySelectorAll('[data-terme][id]')) if (!pageOf.has(el.id)) pageOf.set(el.id, number);
      // Every mention is in a chapter: once they are all placed, or once the parts after the
      // chapters begin, the index can be written.
      if (!written && (pageOf.size >= total || page.querySelector('#partie-chronologie, #partie-glossaire, #partie-sources'))) writeIndex();
    }
  }
  Paged.registerHandlers(IndexPages);
  const previewer = new Paged.Previewer();
  try {
    await previewer.preview(undefined, stylesheets, doc.body);
  } catch (error) {
    errors.push(String((error as Error).stack ?? error));
  }
  if (!written) writeIndex();
  const pages = Array.from(doc.querySelectorAll<HTMLElement>('.pagedjs_page'));
  const chapters: Record<string, number[]> = {};
  pages.forEach((page, i) => {
    const slugs = new Set(Array.from(page.querySelectorAll<HTMLElement>('[data-chapitre-slug]'), (el) => el.dataset['chapitreSlug'] ?? ''));
    for (const slug of slugs) chapters[slug] = [...(chapters[slug] ?? []), i + 1];
  });
  // The laid-out pages are printed as they stand: the page breaks and named pages of the site's
  // stylesheets (read by the browser for print) must not break them again, nor its @page rules
  // add margins or margin boxes of their own (they stand in the print layer: @layer blocks are
  // searched too).
  const dropPageRules = (group: CSSStyleSheet | CSSGroupingRule): void => {
    for (let i = group.cssRules.length - 1; i >= 0; i--) {
      const rule = group.cssRules[i];
      if (rule instanceof CSSPageRule) group.deleteRule(i);
      else if (rule instanceof CSSGroupingRule) dropPageRules(rule);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    if ((sheet.ownerNode as HTMLElement | null)?.dataset?.['pagedjsInsertedStyles']) continue;
    try {
      dropPageRules(sheet);
    } catch {
      // A sheet that cannot be read (none here: every sheet comes from the site) keeps its rules.
    }
  }
  const settle = doc.createElement('style');
  settle.textContent = '.pagedjs_page_content * { break-before: auto !important; break-after: auto !important; page: auto !important; }';
  doc.head.append(settle);
  return { pages: pages.length, notes, crossReferences, indexEntries, mentions, chapters, errors };
}
