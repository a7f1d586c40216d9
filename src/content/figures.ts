/**
 * The figures' data (`content/donnees/*.yaml`, one figure per file, its name
 * the figure's id): read once, validated with the schema, every error naming
 * the file and the line of the field at fault; every source key checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isNode } from 'yaml';
import { ContentError, issueDetail } from './errors.ts';
import { type Figure, type FigureCitation, figure } from './schemas.ts';
import { parseYaml, yamlFiles } from './yaml-list.ts';

export interface FigureEntry {
  id: string;
  data: Figure;
  file: string;
  /** Line of each row, for errors found later (a chapter placing the figure). */
  rowLines: number[];
}

export const FIGURE_ID = /^[a-z0-9][a-z0-9-]*$/;

export function citationKey(c: FigureCitation): string {
  return typeof c === 'string' ? c : c.key;
}

/** Every figure of `dir`, by id; an absent folder means no figure. */
export function loadFigures(dir: string, sourceKeys: ReadonlySet<string>, root = process.cwd()): Map<string, FigureEntry> {
  const figures = new Map<string, FigureEntry>();
  if (!existsSync(dir)) return figures;
  for (const { name, path, shown } of yamlFiles(dir, root)) {
    const id = basename(name).replace(/\.ya?ml$/, '');
    if (!FIGURE_ID.test(id)) {
      throw new ContentError(shown, undefined, `nom de figure invalide « ${id} ».`, 'nommez le fichier en minuscules ASCII, chiffres et tirets (khodjaly-victimes.yaml).');
    }
    const { doc, lineCounter } = parseYaml(readFileSync(path, 'utf8'), shown);
    const lineOf = (path: readonly PropertyKey[]): number | undefined => {
      for (let n = path.length; n >= 0; n -= 1) {
        const node: unknown = doc.getIn(path.slice(0, n) as (string | number)[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    };
    const parsed = figure.safeParse(doc.toJS());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || '(figure)';
      throw new ContentError(
        shown,
        lineOf(issue.path),
        `figure « ${id} », champ « ${field} » : ${issueDetail(issue)}.`,
        'corrigez ce champ selon le schéma « figure » de src/content/schemas.ts (voir le README, « Ajouter une figure »).',
      );
    }
    const data = parsed.data;
    data.rows.forEach((row, index) => {
      row.sources.forEach((c, n) => {
        const key = citationKey(c);
        if (!sourceKeys.has(key)) {
          throw new ContentError(
            shown,
            lineOf(['rows', index, 'sources', n]),
            `figure « ${id} » : source inconnue « ${key} ».`,
            'utilisez une clé de content/sources/ ou ajoutez la source.',
          );
        }
      });
    });
    figures.set(id, { id, data, file: shown, rowLines: data.rows.map((_, i) => lineOf(['rows', i]) ?? 1) });
  }
  return figures;
}
