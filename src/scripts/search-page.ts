/** The /recherche/ page: works from the URL (?q=…&chapitre=…) and updates it as the reader types. */
// Through the header's panel module, so that both share one chunk (see search-panel.ts).
import { outcomeStatus, renderResults, SEARCH_PARAMS, search, searchMessages } from './search-panel';

export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-page-input]');
  const filter = root?.querySelector<HTMLSelectElement>('[data-search-page-filter]');
  const status = root?.querySelector<HTMLElement>('[data-search-page-status]');
  const list = root?.querySelector<HTMLElement>('[data-search-page-results]');
  const note = root?.querySelector<HTMLElement>('[data-search-page-note]');
  if (!root || !form || !input || !filter || !status || !list || !note) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get(SEARCH_PARAMS.query) ?? '';
  filter.value = params.get(SEARCH_PARAMS.chapter) ?? '';
  let exact = params.get(SEARCH_PARAMS.asTyped) === '1';

  let latest = 0;
  const run = async (): Promise<void> => {
    const q = input.value.trim();
    const ticket = ++latest;
    const next = new URL(location.href);
    next.searchParams.set(SEARCH_PARAMS.query, q);
    if (filter.value) next.searchParams.set(SEARCH_PARAMS.chapter, filter.value);
    else next.searchParams.delete(SEARCH_PARAMS.chapter);
    if (exact) next.searchParams.set(SEARCH_PARAMS.asTyped, '1');
    else next.searchParams.delete(SEARCH_PARAMS.asTyped);
    history.replaceState(null, '', next);
    if (q.length < 2) {
      status.textContent = '';
      note.replaceChildren();
      list.replaceChildren();
      return;
    }
    status.textContent = searchMessages.loading;
    try {
      const outcome = await search(q, { sections: 30, perChapter: 3, references: 12, exact, ...(filter.value ? { chapter: filter.value } : {}) });
      if (ticket !== latest) return;
      status.textContent = outcomeStatus(outcome, q, searchMessages);
      note.replaceChildren();
      if (outcome.rewrite.replaced.length > 0) {
        // « Chercher « Karvatchar » tel quel »: the same search without rewriting the spelling.
        const asTyped = document.createElement('button');
        asTyped.type = 'button';
        asTyped.className = 'link-button';
        asTyped.textContent = searchMessages.spellingExact.replace('{from}', q);
        asTyped.addEventListener('click', () => {
          exact = true;
          void run();
        });
        note.append(asTyped);
      }
      renderResults(list, outcome, { chapters: searchMessages.inChapters, references: searchMessages.inReferences });
    } catch (error) {
      console.error(error);
      status.textContent = searchMessages.unavailable;
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    exact = false;
    void run();
  });
  let timer = 0;
  input.addEventListener('input', () => {
    exact = false;
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  filter.addEventListener('change', () => void run());
  if (input.value) void run();
}
