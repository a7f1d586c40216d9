/** Light/dark theme: follows the system until the reader chooses; the choice is remembered. */
const KEY = 'dossier-theme';

function current(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
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
        localStorage.setItem(KEY, next);
      } catch {
        /* private browsing: the choice lasts for this page only */
      }
      sync();
    });
  }
}
