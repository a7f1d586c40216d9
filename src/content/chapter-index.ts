/**
 * An index of the chapters before the build: slug → section ids, computed
 * with the same heading-id plugin as the pages, so that a link written in one
 * chapter to another chapter's section can be checked where it is written.
 * Each chapter's front matter is checked here too, against the collection's
 * schema, so that a missing field or a bad date is reported with its line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Document, isMap, isScalar, type LineCounter, parseDocument } from 'yaml';
import { CHAPTER_PAGE_IDS } from '../lib/page-ids.ts';
import { charactersOf } from '../lib/text.ts';
import remarkHeadingIds from '../plugins/remark-heading-ids.ts';
import { SKIP, walk } from '../plugins/tree-walk.ts';
import { ContentError } from './errors.ts';
import { chapter as chapterSchema } from './schemas.ts';
import { parseYaml } from './yaml-list.ts';

export type ChapterIndex = Map<string, Set<string>>;

export interface ChapterOutline {
  ids: Set<string>;
  /** `order` from the front matter, with its line. */
  order?: { value: unknown; line: number };
  /** Number of paragraphs of text. */
  paragraphs: number;
  /** The front matter's YAML, without its `---` lines. */
  frontmatter?: string;
  /** `title` from the front matter (checked by checkFrontmatter). */
  title?: string;
  /** Every character of the file (for the web fonts' subset: src/integrations/fonts.ts). */
  characters: Set<string>;
}

/** One processor for every chapter (its plugins keep nothing from one file to the next). */
const outlineProcessor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkHeadingIds).freeze();

export function outline(markdown: string): ChapterOutline {
  const tree = outlineProcessor.runSync(outlineProcessor.parse(markdown)) as Root;
  const result: ChapterOutline = {
    ids: new Set<string>(CHAPTER_PAGE_IDS),
    paragraphs: 0,
    characters: charactersOf(markdown),
  };
  walk<RootContent>(tree, (node) => {
    // Headings and paragraphs hold phrasing content only: no heading nor paragraph below them.
    if (node.type === 'heading') {
      const id = node.data?.hProperties?.['id'];
      if (typeof id === 'string') result.ids.add(id);
      return SKIP;
    }
    if (node.type === 'paragraph') {
      result.paragraphs += 1;
      return SKIP;
    }
    if (node.type === 'yaml') {
      result.frontmatter = node.value;
      const lines = node.value.split('\n');
      const index = lines.findIndex((l) => /^order\s*:/.test(l));
      const data = parseDocument(node.value).toJS() as Record<string, unknown> | null;
      if (index >= 0) result.order = { value: data?.['order'], line: index + 2 };
      if (typeof data?.['title'] === 'string') result.title = data['title'];
    }
    return undefined;
  });
  return result;
}

/** What each front-matter field holds, for the corrections. */
const FIELDS: Record<string, string> = {
  title: 'le titre du chapitre, entre guillemets, par exemple "La guerre (1992–1994)"',
  order: 'sa place dans le dossier, un entier positif (1, 2, 3…)',
  period: 'la période couverte, par exemple "1918–1987"',
  summary: 'une phrase de 20 à 300 caractères qui résume le chapitre',
  updated: 'la date de dernière mise à jour au format AAAA-MM-JJ, par exemple 2026-11-25',
};

/** Line in the file of a front-matter field (the YAML starts on line 2, after `---`). */
function fieldLine(doc: Document, lineCounter: LineCounter, field: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
  const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
}

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** Validates a chapter's front matter with the collection's schema; throws a ContentError naming the field. */
export function checkFrontmatter(path: string, yaml: string | undefined): void {
  const names = Object.keys(FIELDS).join(', ');
  if (yaml === undefined) {
    throw new ContentError(path, 1, 'le chapitre n’a pas d’en-tête.', `commencez le fichier par un en-tête entre deux lignes « --- », avec les champs ${names}.`);
  }
  const { doc, lineCounter } = parseYaml(yaml, path, { firstLine: 2, context: 'en-tête : ' });
  const data: unknown = doc.toJS();
  const parsed = chapterSchema.safeParse(data);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
  const line = fieldLine(doc, lineCounter, field);
  if (issue.code === 'unrecognized_keys') {
    throw new ContentError(path, line, `en-tête : champ « ${field} » inconnu.`, `retirez-le ; les champs de l’en-tête sont ${names}.`);
  }
  const expected = FIELDS[field];
  if (expected === undefined) {
    throw new ContentError(path, 1, 'l’en-tête doit être une liste de champs « nom: valeur ».', `écrivez un champ par ligne : ${names}.`);
  }
  const value: unknown = isMap(doc.contents) ? doc.get(field) : undefined;
  if (line === undefined || value === undefined || value === null) {
    throw new ContentError(path, line ?? 1, `en-tête : champ « ${field} » manquant.`, `ajoutez à l’en-tête « ${field}: » suivi de ${expected}.`);
  }
  throw new ContentError(path, line, `en-tête : champ « ${field} » invalide (${shown(value)}).`, `donnez à « ${field} » ${expected}.`);
}

/** Section ids of each chapter, by slug. */
export function chapterIndex(dir: string): ChapterIndex {
  return new Map([...readChapters(dir)].map(([slug, c]) => [slug, c.ids]));
}

/** Each chapter's outline (section ids, title), by slug, in file order; front matter checked. */
export function readChapters(dir: string): Map<string, ChapterOutline> {
  const index = new Map<string, ChapterOutline>();
  if (!existsSync(dir)) return index;
  const orders = new Map<unknown, string>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const path = relative(process.cwd(), join(dir, name));
    const chapter = outline(readFileSync(join(dir, name), 'utf8'));
    checkFrontmatter(path, chapter.frontmatter);
    if (chapter.paragraphs === 0) {
      throw new ContentError(path, 1, 'le chapitre est vide : aucun paragraphe de texte.', 'écrivez le texte du chapitre sous son en-tête, ou retirez le fichier.');
    }
    if (chapter.order) {
      const other = orders.get(chapter.order.value);
      if (other) {
        throw new ContentError(
          path,
          chapter.order.line,
          `numéro d’ordre ${String(chapter.order.value)} déjà pris par ${other}.`,
          'donnez à chaque chapitre un « order » différent (1, 2, 3…).',
        );
      }
      orders.set(chapter.order.value, `${path}:${chapter.order.line}`);
    }
    index.set(name.replace(/\.mdx$/, ''), chapter);
  }
  return index;
}
