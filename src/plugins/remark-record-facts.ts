/**
 * remark-record-facts: hands what the plugins before it recorded in the file's data
 * (citations, glossary links: see src/lib/facts.ts) to a `record` callback, so that the build
 * can use them after rendering without reading its own output. Changes nothing in the tree.
 */
import type { VFile } from 'vfile';
import { type ChapterRecords, chapterRecords } from '../lib/facts.ts';

export interface RecordFactsOptions {
  record: (path: string, facts: ChapterRecords) => void;
}

export default function remarkRecordFacts(options: RecordFactsOptions) {
  return (_tree: unknown, file: VFile): void => {
    if (!file.path) return;
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    options.record(file.path, chapterRecords(data.astro?.frontmatter));
  };
}
