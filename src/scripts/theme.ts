/** Light/dark theme: follows the system until the reader chooses; the choice is remembered. */
import { isTheme, THEME_STORAGE_KEY, type Theme } from '../lib/theme';

function current(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (isTheme(chosen)) return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = (): void => {
      const dark = current() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
      button.setAttribute('aria-label', (dark ? button.dataset['labelLight'] : button.dataset['labelDark']) ?? '');
    };
    sync();
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        /* private browsing: the choice lasts for this page only */
      }
      sync();
    });
  }
}
