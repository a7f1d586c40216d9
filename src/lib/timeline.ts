/** Groups the chronology by the chapters' periods, in reading order. */
import type { ChronologyEvent } from '../content/schemas';
import { partialDateSortKey } from './dates';

/** The id of a chapter's period on the chronology page, the heading of its events. */
export const periodId = (order: number): string => `periode-${order}`;

export interface TimelineGroup<E> {
  chapter: { slug: string; order: number; title: string; period: string };
  events: E[];
}

/** The events of the chronology, each in the chapter it names, in the chronology's order. */
export function eventsByChapter<E extends { data: Pick<ChronologyEvent, 'chapter'> }>(events: readonly E[]): Map<string, E[]> {
  const byChapter = new Map<string, E[]>();
  for (const e of events) {
    const list = byChapter.get(e.data.chapter);
    if (list) list.push(e);
    else byChapter.set(e.data.chapter, [e]);
  }
  return byChapter;
}

export function groupByChapter<E extends { data: ChronologyEvent }>(events: E[], chapters: { slug: string; order: number; title: string; period: string }[]): TimelineGroup<E>[] {
  const byChapter = eventsByChapter(events);
  return [...chapters]
    .sort((a, b) => a.order - b.order)
    .map((chapter) => ({
      chapter,
      events: (byChapter.get(chapter.slug) ?? []).sort((a, b) => partialDateSortKey(a.data.date).localeCompare(partialDateSortKey(b.data.date))),
    }))
    .filter((g) => g.events.length > 0);
}
