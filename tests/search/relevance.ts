/**
 * Measures how well search answers the reader's questions: for each question,
 * opens /recherche/?q=… in a browser page, reads the result links in the order
 * the reader sees them (the sections under each chapter, then the glossary,
 * chronology and source entries; a chapter's own title link, which only groups
 * its sections, is not counted) and finds the first link to a section that
 * answers it. Shared by the relevance test and
 * `npm run bench`; works with @playwright/test and playwright-core pages alike.
 */
import { QUESTIONS, type Question } from './questions.ts';

/** The part of a Playwright page this measure uses. */
export interface SearchPage {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: () => boolean): Promise<unknown>;
  $$eval<R>(selector: string, fn: (els: Element[]) => R): Promise<R>;
}

export interface QuestionResult {
  q: string;
  /** 1-based position of the first answering link, or 0 when none is shown. */
  rank: number;
  /** The first five links, as `chapter-slug#anchor` or the path. */
  top: string[];
}

export interface Relevance {
  questions: QuestionResult[];
  /** Share of questions answered among the first five links. */
  hitRate: number;
  /** Mean of 1/rank (0 when unanswered). */
  mrr: number;
}

export const TOP_LINKS = 5;

/** `/base/chapitres/3-x/#khodjaly` → `3-x#khodjaly`; other pages keep their path. */
export function linkKey(href: string): string {
  const url = new URL(href, 'http://x');
  const chapter = /\/chapitres\/([^/]+)\/?$/.exec(url.pathname);
  const anchor = decodeURIComponent(url.hash.slice(1));
  return chapter ? `${chapter[1]}${anchor ? `#${anchor}` : ''}` : `${url.pathname}${url.hash}`;
}

export function rankOf(links: readonly string[], question: Question): number {
  const index = links.findIndex((l) => question.answers.includes(l));
  return index + 1;
}

export function summarise(questions: QuestionResult[]): Relevance {
  const n = questions.length || 1;
  return {
    questions,
    hitRate: questions.filter((r) => r.rank > 0 && r.rank <= TOP_LINKS).length / n,
    mrr: questions.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / n,
  };
}

export async function measureRelevance(page: SearchPage, searchUrl: string, questions = QUESTIONS): Promise<Relevance> {
  const out: QuestionResult[] = [];
  for (const question of questions) {
    await page.goto(`${searchUrl}?q=${encodeURIComponent(question.q)}`);
    // The status says « n résultats pour … » or « aucun résultat … » once the search has run.
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''));
    // Result links: each section, each glossary, chronology or source entry, and a chapter shown without sections.
    const hrefs = await page.$$eval('[data-search-page-results] a', (els) =>
      els.filter((e) => !e.closest('.search-result__title')?.parentElement?.querySelector('.search-result__subs')).map((e) => e.getAttribute('href') ?? ''),
    );
    const links = hrefs.map(linkKey);
    out.push({ q: question.q, rank: rankOf(links, question), top: links.slice(0, TOP_LINKS) });
  }
  return summarise(out);
}

export function formatRelevance(r: Relevance): string {
  const lines = r.questions.map(
    (x) => `${x.rank > 0 && x.rank <= TOP_LINKS ? '✓' : '✗'} ${String(x.rank || '—').padStart(2)}  ${x.q}${x.rank > 0 && x.rank <= TOP_LINKS ? '' : `  → ${x.top.join(' | ')}`}`,
  );
  return [...lines, `Réponse parmi les ${TOP_LINKS} premiers liens : ${(r.hitRate * 100).toFixed(0)} % ; rang réciproque moyen : ${r.mrr.toFixed(2)}`].join('\n');
}
