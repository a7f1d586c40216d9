/**
 * Reads the chronology (`content/chronologie/*.yaml`, each a YAML list of
 * events), validates every event and checks its source keys. Events keep their
 * file and line so that errors (and the post-build anchor check) can name them.
 */
import { existsSync } from 'node:fs';
import { type ChronologyEvent, event } from '../content/schemas.ts';
import { partialDateSortKey } from './dates.ts';
import { ContentError } from './errors.ts';
import { readYamlList, yamlFiles } from './yaml-list.ts';

export interface EventEntry {
  id: string;
  data: ChronologyEvent;
  file: string;
  line: number;
}

export function loadChronology(dir: string, sourceKeys: ReadonlySet<string>, root = process.cwd()): EventEntry[] {
  if (!existsSync(dir)) return [];
  const out: EventEntry[] = [];
  for (const { name, path } of yamlFiles(dir, root)) {
    readYamlList(path, event, 'événement', root).forEach((e, index) => {
      for (const key of e.data.sources) {
        if (!sourceKeys.has(key))
          throw new ContentError(e.file, e.line, `événement du ${e.data.date} : source inconnue « ${key} ».`, 'utilisez une clé de content/sources/ ou ajoutez la source.');
      }
      out.push({ id: `${e.data.date}-${name.replace(/\.ya?ml$/, '')}-${index + 1}`, data: e.data, file: e.file, line: e.line });
    });
  }
  return out.sort((a, b) => partialDateSortKey(a.data.date).localeCompare(partialDateSortKey(b.data.date)));
}
