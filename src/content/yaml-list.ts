/**
 * Reads a YAML file that holds a list of records, validates each record with
 * its schema and keeps its line, so that errors name the file and the line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { type Document, isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError, issueDetail } from './errors.ts';

/**
 * Parses YAML text, keeping line numbers; a syntax error stops the build at its line. `firstLine`
 * is the file line of the text's first line (2 for a chapter's front matter), `context` prefixes
 * the problem (« en-tête : »).
 */
export function parseYaml(text: string, shown: string, options: { uniqueKeys?: boolean; firstLine?: number; context?: string } = {}): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: options.uniqueKeys ?? true });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + (options.firstLine ?? 1) - 1;
    const problem = `${options.context ?? ''}YAML invalide : ${error.message.split('\n')[0]}`;
    throw new ContentError(shown, line, problem, 'corrigez la syntaxe YAML à cette ligne.');
  }
  return { doc, lineCounter };
}

/** The YAML files of a folder, sorted by name: each with its path and the path shown in errors. */
export function yamlFiles(dir: string, root = process.cwd()): { name: string; path: string; shown: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => ({ name, path: join(dir, name), shown: relative(root, join(dir, name)) }));
}

export interface Located<T> {
  data: T;
  file: string;
  line: number;
}

export function readYamlList<S extends z.ZodType>(path: string, schema: S, what: string, root = process.cwd()): Located<z.infer<S>>[] {
  if (!existsSync(path)) return [];
  const shown = relative(root, path);
  const { doc, lineCounter } = parseYaml(readFileSync(path, 'utf8'), shown);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new ContentError(shown, 1, `le fichier doit être une liste (${what}).`, 'commencez chaque élément par « - ».');
  return doc.contents.items.map((item, index) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    const line = lineCounter.linePos(offset).line;
    const parsed = schema.safeParse((item as { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ContentError(
        shown,
        line,
        `${what} n° ${index + 1}, champ « ${issue.path.join('.') || '(élément)'} » : ${issueDetail(issue)}.`,
        'corrigez ce champ selon le schéma de src/content/schemas.ts.',
      );
    }
    return { data: parsed.data as z.infer<S>, file: shown, line };
  });
}
