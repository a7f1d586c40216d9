/**
 * What the Markdown plugins recorded about each chapter (src/lib/facts.ts), read from Astro's
 * rendering of the chapter, in reading order. Pages read these records; they never search the
 * chapters' text again.
 */
import { getCollection, render } from 'astro:content';
import { type ChapterRecords, chapterRecords } from '../lib/facts';
import { sortChapters } from './chapters';

export interface RecordedChapter extends ChapterRecords {
  slug: string;
  order: number;
}

export async function recordedChapters(): Promise<RecordedChapter[]> {
  const chapters = sortChapters(await getCollection('chapitres'));
  return Promise.all(
    chapters.map(async (c) => ({
      slug: c.id,
      order: c.data.order,
      ...chapterRecords((await render(c)).remarkPluginFrontmatter),
    })),
  );
}
