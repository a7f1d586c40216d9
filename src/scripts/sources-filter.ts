/**
 * The filter of /sources/ by standing is CSS (`:has()` on the checked radio button), so it works
 * with JavaScript off. This script only says how many entries are shown, in a live region.
 */
export function initSourcesFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-sources-filter]');
  const count = document.querySelector<HTMLElement>('[data-sources-count]');
  if (!form || !count) return;
  const template = count.dataset['template'] ?? '';
  const entries = Array.from(document.querySelectorAll<HTMLElement>('.bibliography__entry'));
  const announce = (): void => {
    const shown = entries.filter((e) => e.offsetParent !== null || e.getClientRects().length > 0).length;
    count.textContent = template.replace('{n}', String(shown)).replaceAll('{s}', shown > 1 ? 's' : '');
  };
  form.addEventListener('change', announce);
  form.addEventListener('submit', (e) => e.preventDefault());
  announce();
}
