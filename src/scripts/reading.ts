/** Reading aids: progress bar, current section in the table of contents, TOC folded on narrow screens. */
export function initToc(): void {
  const toc = document.querySelector<HTMLElement>('[data-toc]');
  const details = toc?.querySelector('details');
  if (!toc || !details) return;
  const wide = matchMedia('(min-width: 62rem)');
  const fold = (): void => {
    details.open = wide.matches;
  };
  fold();
  wide.addEventListener('change', fold);
  toc.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('a') && !wide.matches) details.open = false;
  });

  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        for (const a of links.values()) a.removeAttribute('aria-current');
        links.get(entry.target.id)?.setAttribute('aria-current', 'true');
      }
    },
    { rootMargin: '0px 0px -70% 0px' },
  );
  for (const id of links.keys()) {
    const el = document.getElementById(id);
    if (el) observer.observe(el);
  }
}

export function initProgress(): void {
  const bar = document.querySelector<HTMLElement>('[data-progress-bar]');
  const article = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!bar || !article) return;
  let queued = false;
  const update = (): void => {
    queued = false;
    const rect = article.getBoundingClientRect();
    const total = rect.height - innerHeight;
    const ratio = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
    bar.style.transform = `scaleX(${ratio})`;
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(update);
      }
    },
    { passive: true },
  );
  update();
}
