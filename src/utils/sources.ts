/**
 * Reads the bibliography (`content/sources/*.yaml`): every file is a mapping
 * key → entry. Keys must be unique across files; every entry must match the
 * schema. Errors name the file, the line, the key and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { type Source, source } from '../content/schemas.ts';
import { ContentError, issueDetail } from './errors.ts';

export interface SourceEntry {
  key: string;
  data: Source;
  file: string;
  line: number;
}

export const SOURCE_KEY = /^[a-z0-9][a-z0-9-]*$/;

export function loadSources(dir: string, root = process.cwd()): Map<string, SourceEntry> {
  const entries = new Map<string, SourceEntry>();
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(root, path);
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: false });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      throw new ContentError(shown, err.linePos?.[0].line, `YAML invalide : ${err.message.split('\n')[0]}`, 'corrigez la syntaxe YAML à cette ligne.');
    }
    if (doc.contents === null) continue;
    if (!isMap(doc.contents)) {
      throw new ContentError(
        shown,
        1,
        'le fichier doit être une table « clé: entrée ».',
        'écrivez chaque source sous sa clé, par exemple « dewaal-2003-black-garden: » suivi de ses champs.',
      );
    }
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const offset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
      const line = lineCounter.linePos(offset).line;
      if (!SOURCE_KEY.test(key)) {
        throw new ContentError(shown, line, `clé de source invalide « ${key} ».`, 'utilisez des minuscules ASCII, chiffres et tirets (auteur-année-titre).');
      }
      const previous = entries.get(key);
      if (previous) {
        throw new ContentError(
          shown,
          line,
          `clé de source en double « ${key} » (déjà définie dans ${previous.file}:${previous.line}).`,
          'supprimez l’un des deux doublons ou donnez une clé distincte.',
        );
      }
      const raw: unknown = pair.value && 'toJSON' in (pair.value as object) ? (pair.value as { toJSON(): unknown }).toJSON() : pair.value;
      const parsed = source.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.') || '(entrée)';
        const node: unknown = doc.getIn([key, ...issue.path], true);
        const fieldLine = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : line;
        throw new ContentError(shown, fieldLine, `source « ${key} », champ « ${field} » : ${issueDetail(issue)}.`, 'corrigez ce champ selon le schéma de src/content/schemas.ts.');
      }
      entries.set(key, { key, data: parsed.data, file: shown, line });
    }
  }
  return entries;
}
