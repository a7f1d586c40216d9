/** Groups the chronology by the chapters' periods, in reading order. */
import type { ChronologyEvent } from '../content/schemas';
import { partialDateSortKey } from './dates';

/** The id of a chapter's period on the chronology page, the heading of its events. */
export const periodId = (order: number): string => `periode-${order}`;

export interface TimelineGroup<E> {
  chapter: { slug: string; order: number; title: string; period: string };
  events: E[];
}

export function groupByChapter<E extends { data: ChronologyEvent }>(events: E[], chapters: { slug: string; order: number; title: string; period: string }[]): TimelineGroup<E>[] {
  return [...chapters]
    .sort((a, b) => a.order - b.order)
    .map((chapter) => ({
      chapter,
      events: events.filter((e) => e.data.chapter === chapter.slug).sort((a, b) => partialDateSortKey(a.data.date).localeCompare(partialDateSortKey(b.data.date))),
    }))
    .filter((g) => g.events.length > 0);
}
