/** Loads Pagefind's search API on first use (the index lives in dist/pagefind/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch>;
  debouncedSearch(q: string, o?: { filters?: Record<string, string | string[]> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  // With its final slash: settings.basePath(), kept by Astro (`trailingSlash: 'always'`).
  const base = import.meta.env.BASE_URL;
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (mod: Pagefind) => {
    await mod.options({ baseUrl: base, excerptLength: 22 });
    await mod.init();
    return mod;
  });
  return loading;
}
