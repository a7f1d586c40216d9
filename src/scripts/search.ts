/**
 * Search in the header: results as you type, the `/` key focuses the field,
 * Escape closes the panel. Pagefind and the renderer load on first use only.
 */
import { loadPagefind } from './pagefind';

function labels(root: HTMLElement) {
  return {
    loading: root.dataset['loading'] ?? '…',
    none: root.dataset['none'] ?? '',
    count: root.dataset['count'] ?? '',
    unavailable: root.dataset['unavailable'] ?? '',
    all: root.dataset['all'] ?? '',
  };
}

export function statusText(template: string, q: string, n?: number): string {
  return template
    .replace('{q}', q)
    .replace('{n}', String(n ?? ''))
    .replaceAll('{s}', n !== undefined && n > 1 ? 's' : '');
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
      const [pagefind, { renderResults }] = await Promise.all([loadPagefind(), import('./search-render')]);
      const search = await pagefind.debouncedSearch(q, {}, 150);
      if (!search || ticket !== latest) return;
      // Three results first: each loads its page's fragment; the full list is one link away.
      const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      if (ticket !== latest) return;
      status.textContent = data.length ? statusText(text.count, q, search.results.length) : statusText(text.none, q);
      renderResults(list, data, 2);
      if (search.results.length > data.length) {
        const more = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${root.dataset['page'] ?? ''}?q=${encodeURIComponent(q)}`;
        link.textContent = statusText(text.all, q, search.results.length);
        more.className = 'search-results__all';
        more.appendChild(link);
        list.appendChild(more);
      }
    } catch {
      status.textContent = text.unavailable;
    }
  });
}
