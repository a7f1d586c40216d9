/**
 * Renders Pagefind results as DOM, safely: titles and the query are set as
 * text, and excerpts keep only their <mark> highlights (everything else in an
 * excerpt becomes text), so a query such as `<img src=x onerror=…>` stays text.
 */
import type { SearchOutcome } from './search-engine';

/** Excerpt HTML from Pagefind → nodes with text and <mark> only. */
export function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walk = (from: Node, to: Node): void => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent ?? '';
        to.appendChild(mark);
      } else if (child instanceof Element) walk(child, to);
    }
  };
  walk(parsed.body, fragment);
  return fragment;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

export interface GroupLabels {
  chapters: string;
  references: string;
}

/**
 * One list, chapters first: each chapter with its best sections (title, link
 * to the anchor, excerpt), then the glossary, chronology and source entries
 * with their kind. When both groups are present, each opens with its label.
 */
export function renderResults(list: HTMLElement, outcome: SearchOutcome, labels: GroupLabels): void {
  const both = outcome.chapters.length > 0 && outcome.references.length > 0;
  const label = (text: string): HTMLElement => element('p', 'search-results__group', text);
  const chapters = outcome.chapters.map((c, i) => {
    const li = element('li', 'search-result');
    if (both && i === 0) li.append(label(labels.chapters));
    li.append(element('div', 'search-result__title', link(c.url, c.title)));
    const subs = element('ul', 'search-result__subs');
    for (const s of c.sections) {
      if (!s.url.includes('#')) {
        // The chapter's opening lines: their excerpt goes under the chapter's title.
        li.append(element('p', 'search-result__excerpt', safeExcerpt(s.excerpt)));
        continue;
      }
      subs.append(element('li', '', link(s.url, s.title), element('div', 'search-result__excerpt', safeExcerpt(s.excerpt))));
    }
    if (subs.childElementCount > 0) li.append(subs);
    return li;
  });
  const references = outcome.references.map((r, i) => {
    const li = element('li', 'search-result search-result--reference');
    if (both && i === 0) li.append(label(labels.references));
    li.append(
      element('div', 'search-result__title', link(r.url, r.title), ' ', element('span', 'search-result__kind', r.kind)),
      element('p', 'search-result__excerpt', safeExcerpt(r.excerpt)),
    );
    return li;
  });
  list.replaceChildren(...chapters, ...references);
}
