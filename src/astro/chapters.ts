/** Chapters in reading order, with their derived figures (reading time, neighbours). */
import { type CollectionEntry, render } from 'astro:content';
import { chapterWords } from '../lib/facts';
import { readingMinutes } from '../lib/text';

export type Chapter = CollectionEntry<'chapitres'>;

export function sortChapters(entries: Chapter[]): Chapter[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

export interface ChapterSummary {
  slug: string;
  order: number;
  title: string;
  period: string;
  summary: string;
  updated: Date;
  minutes: number;
}

/** A chapter's summary; its reading time comes from the words the pipeline counted. */
export async function summarize(entry: Chapter): Promise<ChapterSummary> {
  const words = chapterWords((await render(entry)).remarkPluginFrontmatter);
  return {
    slug: entry.id,
    order: entry.data.order,
    title: entry.data.title,
    period: entry.data.period,
    summary: entry.data.summary,
    updated: entry.data.updated,
    minutes: readingMinutes(words),
  };
}

/** The latest update among the chapters: the dossier's own date. */
export function lastUpdate(entries: Chapter[]): Date {
  return new Date(Math.max(0, ...entries.map((e) => e.data.updated.getTime())));
}
