/**
 * The header's results panel: loaded by `search.ts` when the reader first
 * focuses the field or types in it, so that a page read without searching
 * downloads none of this. It is also the search page's one entry into the
 * engine (re-exports below): every search module then sits in this one chunk,
 * which the header imports on demand with nothing to preload beside it. The
 * results list's style sheet comes with it (linked by `linkResultsSheet`).
 */

import { searchMessages } from '../i18n/search-messages';
import { SEARCH_PARAMS } from '../lib/search-filters';
import resultsSheet from '../styles/search-results.css?url';
import { loadPagefind } from './pagefind';
import { search } from './search-engine';
import { renderResults } from './search-render';
import { outcomeStatus, statusText } from './search-status';

export { outcomeStatus, renderResults, SEARCH_PARAMS, search, searchMessages };

export interface HeaderSearch {
  root: HTMLElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
}

/**
 * Links the results list's style sheet, unless its rules are on the page already (the search page
 * has them in its own CSS: the sheet sets `--feuille-resultats`); resolves when it has arrived or
 * failed, so that the first results never show unstyled.
 */
function linkResultsSheet(): Promise<unknown> {
  if (getComputedStyle(document.documentElement).getPropertyValue('--feuille-resultats').trim()) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = resultsSheet;
  const settled = new Promise((done) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  });
  document.head.append(link);
  return settled;
}

/** Results as you type; runs at once if the reader typed before this module arrived. */
export function attachPanel({ root, input, panel, list, status }: HeaderSearch): void {
  const sheet = linkResultsSheet();
  void loadPagefind().catch(() => undefined);
  let latest = 0;
  const run = async (): Promise<void> => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (q.length < 2) {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    panel.hidden = false;
    status.textContent = searchMessages.loading;
    try {
      await new Promise((wait) => setTimeout(wait, 150));
      if (ticket !== latest) return;
      // Two chapters with two sections each, three entries of the glossary, chronology or sources.
      const outcome = await search(q, { sections: 6, perChapter: 2, references: 3 });
      await sheet;
      if (ticket !== latest) return;
      status.textContent = outcomeStatus(outcome, q, searchMessages);
      renderResults(list, { ...outcome, chapters: outcome.chapters.slice(0, 2) }, { chapters: searchMessages.inChapters, references: searchMessages.inReferences });
      if (outcome.total > 0) {
        const more = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${root.dataset['page'] ?? ''}?${SEARCH_PARAMS.query}=${encodeURIComponent(q)}`;
        link.textContent = statusText(searchMessages.allResults, q, outcome.total);
        more.className = 'search-results__all';
        more.appendChild(link);
        list.appendChild(more);
      }
    } catch (error) {
      console.error(error);
      status.textContent = searchMessages.unavailable;
    }
  };
  input.addEventListener('input', () => void run());
  if (input.value.trim().length >= 2) void run();
}
