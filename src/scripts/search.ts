/**
 * Search in the header: results as you type, the `/` key focuses the field,
 * Escape closes the panel. Pagefind and the renderer load on first use only.
 */
import { SEARCH_PARAMS } from '../lib/search-filters';
import { loadPagefind } from './pagefind';
import type { SearchOutcome } from './search-engine';

function labels(root: HTMLElement) {
  return {
    loading: root.dataset['loading'] ?? '…',
    none: root.dataset['none'] ?? '',
    count: root.dataset['count'] ?? '',
    unavailable: root.dataset['unavailable'] ?? '',
    all: root.dataset['all'] ?? '',
    spellingCount: root.dataset['spellingCount'] ?? '',
    inChapters: root.dataset['inChapters'] ?? '',
    inReferences: root.dataset['inReferences'] ?? '',
  };
}

export function statusText(template: string, q: string, n?: number): string {
  return template
    .replace('{q}', q)
    .replace('{n}', String(n ?? ''))
    .replaceAll('{s}', n !== undefined && n > 1 ? 's' : '');
}

export interface StatusTemplates {
  count: string;
  none: string;
  spellingCount: string;
}

/**
 * « 12 résultats pour « Kelbajar » », or, when the query was typed in another
 * spelling, « « Karvatchar » : 12 résultats pour « Kelbajar » ».
 */
export function outcomeStatus(outcome: SearchOutcome, typed: string, t: StatusTemplates): string {
  if (outcome.total === 0) return statusText(t.none, typed);
  if (outcome.rewrite.replaced.length === 0) return statusText(t.count, typed, outcome.total);
  return statusText(t.spellingCount.replace('{from}', typed).replace('{to}', outcome.rewrite.query), typed, outcome.total);
}

export function initHeaderSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = root?.querySelector<HTMLElement>('[data-search-panel]');
  const list = root?.querySelector<HTMLElement>('[data-search-results]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  if (!root || !input || !panel || !list || !status) return;
  const text = labels(root);

  const open = (show: boolean): void => {
    panel.hidden = !show;
  };

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      open(false);
      input.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!root.contains(e.target as Node)) open(false);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  let latest = 0;
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (q.length < 2) {
      open(false);
      list.replaceChildren();
      return;
    }
    open(true);
    status.textContent = text.loading;
    try {
      const [{ search }, { renderResults }] = await Promise.all([import('./search-engine'), import('./search-render')]);
      await new Promise((wait) => setTimeout(wait, 150));
      if (ticket !== latest) return;
      // Two chapters with two sections each, three entries of the glossary, chronology or sources.
      const outcome = await search(q, { sections: 6, perChapter: 2, references: 3 });
      if (ticket !== latest) return;
      status.textContent = outcomeStatus(outcome, q, text);
      renderResults(list, { ...outcome, chapters: outcome.chapters.slice(0, 2) }, { chapters: text.inChapters, references: text.inReferences });
      if (outcome.total > 0) {
        const more = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${root.dataset['page'] ?? ''}?${SEARCH_PARAMS.query}=${encodeURIComponent(q)}`;
        link.textContent = statusText(text.all, q, outcome.total);
        more.className = 'search-results__all';
        more.appendChild(link);
        list.appendChild(more);
      }
    } catch (error) {
      console.error(error);
      status.textContent = text.unavailable;
    }
  });
}
