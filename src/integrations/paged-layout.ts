/**
 * Book layout of a built page, run inside the browser page that holds the
 * Vivliostyle engine (see pdf.ts). The page's HTML is fetched and parsed
 * without its scripts, reshaped for paged media, then laid out by Vivliostyle
 * with the site's own stylesheets, whose print rules (src/styles/print.css)
 * apply under `:root[data-mise-en-page]`:
 * - each note's text is copied next to its call (`float: footnote`), with the
 *   call's number, so that it prints at the foot of the page that calls it;
 * - links from one chapter to another become links inside the dossier, which
 *   the stylesheet follows with their page (« chapitre 3, p. 47 »);
 * - each entry of the index of names gets one link per mention of its term
 *   (`data-terme`, set by remark-glossary-links); once the pages are laid out,
 *   the numbers are merged (one per page, ranges for consecutive pages).
 *
 * Everything here runs in the browser: the function must not use anything
 * from outside its own body (Playwright sends its source text to the page).
 */

export interface LayoutRequest {
  /** Address of the page to lay out. */
  url: string;
  /** Site base path ("/" or "/sous-chemin/"), to recognise links to chapters. */
  base: string;
  /** Public address of the site (SITE_URL), given to the links that leave the PDF. */
  site: string;
  /** Title of each chapter's own short contents (fr.chapter.toc). */
  contentsLabel: string;
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

export async function layOutBook({ url, base, site, contentsLabel }: LayoutRequest): Promise<LayoutReport> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  doc.documentElement.dataset['miseEnPage'] = 'livre';
  for (const el of doc.querySelectorAll('script, noscript')) el.remove();
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

  // Notes at the foot of the page: a copy of each note follows its call.
  let notes = 0;
  for (const call of doc.querySelectorAll<HTMLAnchorElement>('sup > a[data-footnote-ref]')) {
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
      for (const el of copy.querySelectorAll('[data-footnote-backref]')) el.remove();
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
    if (target.origin === origin) link.setAttribute('href', new URL(target.pathname.slice(1) + target.search + target.hash, site).href);
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
    for (const pages of index) {
      for (const [i, id] of (mentionsOf.get(pages.dataset['terme'] ?? '') ?? []).entries()) {
        if (i > 0) pages.append(', ');
        const link = doc.createElement('a');
        link.href = `#${id}`;
        link.className = 'index__page';
        pages.append(link);
      }
    }
  }

  // Layout by Vivliostyle (its script is already in this page).
  const errors: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: the engine's global has no types in the page.
  const engine = (window as any).Vivliostyle;
  const viewport = document.getElementById('vivliostyle-viewer-viewport');
  const viewer = new engine.CoreViewer({ viewportElement: viewport, window }, { renderAllPages: true, allowScripts: false, pixelRatio: 0 });
  await new Promise<void>((resolve) => {
    viewer.addListener('error', (payload: { content?: { error?: unknown; messages?: string[] } }) => {
      errors.push(String(payload.content?.error ?? payload.content?.messages?.join(' ') ?? 'erreur'));
    });
    viewer.addListener('readystatechange', () => {
      if (viewer.readyState === 'complete') resolve();
    });
    viewer.loadDocument({ url }, { documentObject: doc });
  });
  const pages = Array.from(document.querySelectorAll('[data-vivliostyle-page-container]'));
  const chapters: Record<string, number[]> = {};
  pages.forEach((page, i) => {
    const slugs = new Set(Array.from(page.querySelectorAll<HTMLElement>('[data-chapitre-slug]'), (el) => el.dataset['chapitreSlug'] ?? ''));
    for (const slug of slugs) chapters[slug] = [...(chapters[slug] ?? []), i + 1];
  });

  // Index: the page of each mention, one number per page, ranges for consecutive pages.
  let indexEntries = 0;
  let mentions = 0;
  if (index.length > 0) {
    const pageOf = new Map<string, number>();
    pages.forEach((page, i) => {
      for (const el of page.querySelectorAll('[data-terme][id]')) if (!pageOf.has(el.id)) pageOf.set(el.id, i + 1);
    });
    const written = new Set<string>();
    for (const rendered of document.querySelectorAll<HTMLElement>('.index__pages[data-terme]')) {
      const term = rendered.dataset['terme'] ?? '';
      // An entry split over two pages is written once, where it begins.
      if (written.has(term)) {
        rendered.replaceChildren();
        continue;
      }
      written.add(term);
      const ids = mentionsOf.get(term) ?? [];
      const firstOnPage = new Map<number, string>();
      for (const id of ids) {
        const page = pageOf.get(id);
        if (page !== undefined && !firstOnPage.has(page)) firstOnPage.set(page, id);
      }
      const numbers = [...firstOnPage.keys()].sort((a, b) => a - b);
      // The engine's links keep their computed style: the first of each run of pages is kept and
      // given its number or range; the other links and the separators go.
      const links = new Map(Array.from(rendered.querySelectorAll<HTMLAnchorElement>('a'), (a) => [decodeURIComponent(new URL(a.href, location.href).hash), a]));
      const kept: HTMLAnchorElement[] = [];
      for (let i = 0; i < numbers.length; i++) {
        let j = i;
        while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
        const from = numbers[i] ?? 0;
        let link = links.get(`#${firstOnPage.get(from)}`);
        if (!link) {
          link = document.createElement('a');
          link.href = `#${firstOnPage.get(from)}`;
          link.style.color = 'inherit';
          link.style.textDecoration = 'none';
        }
        link.textContent = j > i ? `${from}–${numbers[j]}` : String(from);
        kept.push(link);
        i = j;
      }
      rendered.replaceChildren();
      for (const [i, link] of kept.entries()) rendered.append(...(i > 0 ? [', ', link] : [link]));
      if (numbers.length > 0) indexEntries += 1;
      mentions += ids.length;
    }
  }
  return { pages: pages.length, notes, crossReferences, indexEntries, mentions, chapters, errors };
}
