/**
 * Renders Pagefind results as DOM, safely: titles and the query are set as
 * text, and excerpts keep only their <mark> highlights (everything else in an
 * excerpt becomes text), so a query such as `<img src=x onerror=…>` stays text.
 */
import type { PagefindData } from './pagefind';

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

export function renderResults(list: HTMLElement, results: PagefindData[], maxSubs = 3): void {
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      const title = document.createElement('div');
      title.className = 'search-result__title';
      title.appendChild(link(r.url, r.meta['title'] ?? r.url));
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.appendChild(safeExcerpt(r.excerpt));
      li.append(title, excerpt);
      const subs = r.sub_results.filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, maxSubs);
      if (subs.length) {
        const ul = document.createElement('ul');
        ul.className = 'search-result__subs';
        for (const s of subs) {
          const item = document.createElement('li');
          item.appendChild(link(s.url, s.title));
          const ex = document.createElement('div');
          ex.className = 'search-result__excerpt';
          ex.appendChild(safeExcerpt(s.excerpt));
          item.appendChild(ex);
          ul.appendChild(item);
        }
        li.appendChild(ul);
      }
      return li;
    }),
  );
}
