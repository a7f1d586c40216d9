/** Filters the chronology by chapter and theme without reloading; with JavaScript off every event stays visible. */
export function initChronologyFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-chronology-filters]');
  const count = document.querySelector<HTMLElement>('[data-chronology-count]');
  if (!form || !count) return;
  form.hidden = false;
  const events = Array.from(document.querySelectorAll<HTMLElement>('.evenement'));
  const sections = Array.from(document.querySelectorAll<HTMLElement>('.periode'));
  const template = count.dataset['template'] ?? '';
  const apply = (): void => {
    const data = new FormData(form);
    const chapter = String(data.get('chapitre') ?? '');
    const themes = new Set(data.getAll('theme').map(String));
    let shown = 0;
    for (const e of events) {
      const visible = (!chapter || e.dataset['chapter'] === chapter) && (e.dataset['themes'] ?? '').split(' ').some((t) => themes.has(t));
      e.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const s of sections) s.hidden = !s.querySelector('.evenement:not([hidden])');
    count.textContent = template.replace('{n}', String(shown)).replaceAll('{s}', shown > 1 ? 's' : '');
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
