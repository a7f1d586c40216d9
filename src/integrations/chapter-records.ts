/**
 * What the Markdown plugins recorded about each chapter during this build, by file path:
 * handed over by remark-record-facts (pipeline option `record`) and read by the post-build
 * steps (the « never cited » warning). Kept on `globalThis`: Astro runs the plugins and the
 * integrations in one process but in separate module graphs.
 */
import { resolve } from 'node:path';
import type { ChapterRecords } from '../lib/facts.ts';

const KEY = Symbol.for('haut-karabagh.chapter-records');
const shared = globalThis as { [KEY]?: Map<string, ChapterRecords> };
shared[KEY] ??= new Map<string, ChapterRecords>();
const records = shared[KEY];

export function recordChapter(path: string, facts: ChapterRecords): void {
  records.set(resolve(path), facts);
}

/** The records of a chapter file, if the build has compiled it. */
export function recordedChapter(path: string): ChapterRecords | undefined {
  return records.get(resolve(path));
}
