/**
 * Search in the header, the part every page loads: the `/` key focuses the
 * field, Escape and a click elsewhere close the panel. The results panel
 * (`search-panel.ts`), Pagefind and the renderer load when the reader first
 * focuses the field or types in it.
 */
import type { HeaderSearch } from './search-panel';

export function initHeaderSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = root?.querySelector<HTMLElement>('[data-search-panel]');
  const list = root?.querySelector<HTMLElement>('[data-search-results]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  if (!root || !input || !panel || !list || !status) return;
  const parts: HeaderSearch = { root, input, panel, list, status };

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
      panel.hidden = true;
      input.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!root.contains(e.target as Node)) panel.hidden = true;
  });
  let attached = false;
  const attach = (): void => {
    if (attached) return;
    attached = true;
    import('./search-panel')
      .then((m) => m.attachPanel(parts))
      .catch(() => {
        status.textContent = root.dataset['unavailable'] ?? '';
        panel.hidden = false;
      });
  };
  input.addEventListener('focus', attach, { once: true });
  input.addEventListener('input', attach, { once: true });
}
