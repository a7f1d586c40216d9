/** The /recherche/ page: works from the URL (?q=…&chapitre=…) and updates it as the reader types. */
import { loadPagefind } from './pagefind';
import { statusText } from './search';
import { renderResults } from './search-render';

export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-page-input]');
  const filter = root?.querySelector<HTMLSelectElement>('[data-search-page-filter]');
  const status = root?.querySelector<HTMLElement>('[data-search-page-status]');
  const list = root?.querySelector<HTMLElement>('[data-search-page-results]');
  if (!root || !form || !input || !filter || !status || !list) return;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filter.value = params.get('chapitre') ?? '';

  let latest = 0;
  const run = async (): Promise<void> => {
    const q = input.value.trim();
    const ticket = ++latest;
    const next = new URL(location.href);
    next.searchParams.set('q', q);
    if (filter.value) next.searchParams.set('chapitre', filter.value);
    else next.searchParams.delete('chapitre');
    history.replaceState(null, '', next);
    if (q.length < 2) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = root.dataset['loading'] ?? '';
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(q, filter.value ? { filters: { chapitre: filter.value } } : {});
      const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return;
      status.textContent = data.length ? statusText(root.dataset['count'] ?? '', q, search.results.length) : statusText(root.dataset['none'] ?? '', q);
      renderResults(list, data, 4);
    } catch {
      status.textContent = root.dataset['unavailable'] ?? '';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  filter.addEventListener('change', () => void run());
  if (input.value) void run();
}
