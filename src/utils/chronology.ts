/**
 * Reads the chronology (`content/chronologie/*.yaml`, each a YAML list of
 * events), validates every event and checks its source keys. Events keep their
 * file and line so that errors (and the post-build anchor check) can name them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { event, type ChronologyEvent } from '../content/schemas.ts';
import { partialDateSortKey } from './dates.ts';
import { ContentError } from './errors.ts';

export interface EventEntry {
  id: string;
  data: ChronologyEvent;
  file: string;
  line: number;
}

export function loadChronology(dir: string, sourceKeys: ReadonlySet<string>, root = process.cwd()): EventEntry[] {
  if (!existsSync(dir)) return [];
  const out: EventEntry[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const path = join(dir, name);
    const shown = relative(root, path);
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      throw new ContentError(shown, err.linePos?.[0].line, `YAML invalide : ${err.message.split('\n')[0]}`, 'corrigez la syntaxe YAML à cette ligne.');
    }
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) throw new ContentError(shown, 1, 'la chronologie doit être une liste d’événements.', 'commencez chaque événement par « - date: … ».');
    doc.contents.items.forEach((item, index) => {
      const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
      const line = lineCounter.linePos(offset).line;
      const raw: unknown = (item as { toJSON(): unknown }).toJSON();
      const parsed = event.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const unknown = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
        throw new ContentError(shown, line, `événement n° ${index + 1}, champ « ${issue.path.join('.') || '(événement)'} » : ${issue.message}${unknown}.`, 'corrigez ce champ selon le schéma de src/content/schemas.ts.');
      }
      for (const key of parsed.data.sources) {
        if (!sourceKeys.has(key)) throw new ContentError(shown, line, `événement du ${parsed.data.date} : source inconnue « ${key} ».`, 'utilisez une clé de content/sources/ ou ajoutez la source.');
      }
      out.push({ id: `${parsed.data.date}-${name.replace(/\.ya?ml$/, '')}-${index + 1}`, data: parsed.data, file: shown, line });
    });
  }
  return out.sort((a, b) => partialDateSortKey(a.data.date).localeCompare(partialDateSortKey(b.data.date)));
}
