/** The status line of a search (« 12 résultats pour « Kelbajar » »), shared by the header and the search page. */
import type { searchMessages } from '../i18n/search-messages';
import type { SearchOutcome } from './search-engine';

export function statusText(template: string, q: string, n?: number): string {
  return template
    .replace('{q}', q)
    .replace('{n}', String(n ?? ''))
    .replaceAll('{s}', n !== undefined && n > 1 ? 's' : '');
}

/** The templates of a status line, as src/i18n/search-messages.ts writes them. */
export type StatusTemplates = Pick<typeof searchMessages, 'noResults' | 'resultCount' | 'spellingCount'>;

/**
 * « 12 résultats pour « Kelbajar » », or, when the query was typed in another
 * spelling, « « Karvatchar » : 12 résultats pour « Kelbajar » ».
 */
export function outcomeStatus(outcome: SearchOutcome, typed: string, t: StatusTemplates): string {
  if (outcome.total === 0) return statusText(t.noResults, typed);
  if (outcome.rewrite.replaced.length === 0) return statusText(t.resultCount, typed, outcome.total);
  return statusText(t.spellingCount.replace('{from}', typed).replace('{to}', outcome.rewrite.query), typed, outcome.total);
}
