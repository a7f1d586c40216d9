/**
 * Reads the bibliography (`content/sources/*.yaml`): every file is a mapping
 * key → entry. Keys must be unique across files; every entry must match the
 * schema; each file holds one kind of entry (see SOURCE_FILES) in key order.
 * Errors name the file, the line, the key and the field.
 */
import { readFileSync } from 'node:fs';
import { isMap, isNode, isScalar } from 'yaml';
import { sourceKind } from '../lib/source-kind.ts';
import { ContentError, issueDetail } from './errors.ts';
import { SOURCE_FILES, type Source, source, voices } from './schemas.ts';
import { parseYaml, yamlFiles } from './yaml-list.ts';

export interface SourceEntry {
  key: string;
  data: Source;
  file: string;
  line: number;
}

export const SOURCE_KEY = /^[a-z0-9][a-z0-9-]*$/;

const FILE_NAMES = Object.keys(SOURCE_FILES).map((k) => `${k}.yaml`);

export function loadSources(dir: string, root = process.cwd()): Map<string, SourceEntry> {
  const entries = new Map<string, SourceEntry>();
  for (const { name, path, shown } of yamlFiles(dir, root)) {
    const { doc, lineCounter } = parseYaml(readFileSync(path, 'utf8'), shown, { uniqueKeys: false });
    const kind = name.replace(/\.ya?ml$/, '');
    if (!(kind in SOURCE_FILES)) {
      throw new ContentError(
        shown,
        undefined,
        `fichier de sources non prévu « ${name} » (un fichier par sorte d’entrée).`,
        `rangez ses entrées dans ${FILE_NAMES.join(', ')} selon leur type (règle en tête de src/content/schemas.ts).`,
      );
    }
    if (doc.contents === null) continue;
    let previousKey = '';
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
      if (key < previousKey) {
        throw new ContentError(
          shown,
          line,
          `clé « ${key} » hors de l’ordre alphabétique (après « ${previousKey} »).`,
          `déplacez l’entrée avant « ${previousKey} » : les entrées de chaque fichier sont rangées par clé.`,
        );
      }
      previousKey = key;
      const parsed = source.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.') || '(entrée)';
        const node: unknown = doc.getIn([key, ...issue.path], true);
        const fieldLine = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : line;
        const fix =
          (issue as { params?: { fix?: string } }).params?.fix ??
          (field === 'voix'
            ? `ajoutez « voix: » (${voices.join(', ').replace(/, (?=[^,]*$)/, ' ou ')}) d’après l’éditeur, l’adresse et l’auteur (règle en tête de src/content/schemas.ts).`
            : 'corrigez ce champ selon le schéma de src/content/schemas.ts.');
        throw new ContentError(shown, fieldLine, `source « ${key} », champ « ${field} » : ${issueDetail(issue)}.`, fix);
      }
      const belongs = sourceKind(parsed.data);
      if (belongs !== kind) {
        throw new ContentError(
          shown,
          line,
          `source « ${key} » (${parsed.data.voix === 'wikipédia' ? 'Wikipédia' : `type ${parsed.data.type}`}) rangée dans ${name}.`,
          `déplacez l’entrée dans content/sources/${belongs}.yaml (une sorte d’entrée par fichier).`,
        );
      }
      entries.set(key, { key, data: parsed.data, file: shown, line });
    }
  }
  return entries;
}
