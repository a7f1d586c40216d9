/**
 * The dossier model: every content file read and validated once per build.
 *
 * `astro.config.mjs` (the Markdown pipeline), the collection loaders of
 * `src/content.config.ts`, the post-build steps and `npm run sources` all ask
 * `loadDossier()`; Astro loads these modules in separate module graphs of one
 * process, so the model is kept on `globalThis` rather than in a module
 * variable. It is read again only when a content file changes (size or time),
 * which keeps `astro dev` honest. Cross-checks that need only the content
 * (source keys, map ids in the glossary, chronology anchors against the
 * chapters' headings) run here, before Astro renders anything.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { textForms } from '../lib/glossary.ts';
import { contentDir } from '../settings.ts';
import { type ChapterIndex, readChapters } from './chapter-index.ts';
import { type EventEntry, loadChronology } from './chronology.ts';
import { type Edition, readEdition } from './edition.ts';
import { ContentError } from './errors.ts';
import { type FigureEntry, loadFigures } from './figures.ts';
import { loadGlossary, loadMapPlaces } from './glossary.ts';
import type { GlossaryEntry, MapPlace } from './schemas.ts';
import { loadSources, type SourceEntry } from './sources.ts';
import type { Located } from './yaml-list.ts';

export interface Dossier {
  /** The content folder (absolute). */
  dir: string;
  /** The bibliography, by key. */
  sources: ReadonlyMap<string, SourceEntry>;
  /** Chronology events, in date order. */
  chronology: readonly EventEntry[];
  glossary: readonly Located<GlossaryEntry>[];
  /** Places of the map (content/carte.yaml). */
  places: readonly Located<MapPlace>[];
  /** Figures of content/donnees/, by id. */
  figures: ReadonlyMap<string, FigureEntry>;
  /** Chapter slug → ids of its sections. */
  chapters: ChapterIndex;
  /** Chapter slug → title (front matter), in file order. */
  chapterTitles: ReadonlyMap<string, string>;
  /** Every character of the chapters and of the text of the data files (for the web fonts' subset). */
  characters: ReadonlySet<string>;
  /** The edition: the reference date « état au … » (content/edition.yaml). */
  edition: Edition;
}

/** The characters of the chapters' files and of every string of the data the model holds. */
function contentCharacters(d: Omit<Dossier, 'characters' | 'edition'>, outlines: ReadonlyMap<string, { characters: Set<string> }>): Set<string> {
  const chars = new Set<string>();
  for (const o of outlines.values()) for (const c of o.characters) chars.add(c);
  const data = [[...d.sources.values()].map((s) => s.data), d.chronology.map((e) => e.data), d.glossary.map((e) => e.data), d.places.map((e) => e.data), [...d.figures.values()]];
  for (const c of JSON.stringify(data)) chars.add(c);
  return chars;
}

/** Every event must point to a chapter that exists and to one of its sections. */
export function checkChronologyAnchors(events: readonly EventEntry[], chapters: ChapterIndex): void {
  for (const e of events) {
    const ids = chapters.get(e.data.chapter);
    if (!ids) {
      throw new ContentError(
        e.file,
        e.line,
        `l’événement du ${e.data.date} renvoie au chapitre « ${e.data.chapter} », qui n’existe pas.`,
        `indiquez le nom de fichier d’un chapitre de content/chapitres/ (sans .mdx) : ${[...chapters.keys()].join(', ')}.`,
      );
    }
    if (!ids.has(e.data.anchor)) {
      throw new ContentError(
        e.file,
        e.line,
        `l’événement du ${e.data.date} renvoie à l’ancre « ${e.data.anchor} », absente du chapitre ${e.data.chapter}.`,
        'indiquez l’ancre d’un titre de section de ce chapitre (titre en minuscules ASCII, mots séparés par des tirets).',
      );
    }
  }
}

/** Reads and cross-checks the whole content folder (no memo: `loadDossier` is the one to call). */
export function readDossier(dir: string, root = process.cwd()): Dossier {
  const sources = loadSources(join(dir, 'sources'), root);
  const keys = new Set(sources.keys());
  const glossary = existsSync(join(dir, 'glossaire.yaml')) ? loadGlossary(dir, keys) : [];
  const ids = new Set(glossary.map((e) => e.data.id));
  const places = existsSync(join(dir, 'carte.yaml')) ? loadMapPlaces(dir, ids, keys) : [];
  const chronology = loadChronology(join(dir, 'chronologie'), keys, root);
  const figures = loadFigures(join(dir, 'donnees'), keys, root);
  const outlines = readChapters(join(dir, 'chapitres'));
  const chapters: ChapterIndex = new Map([...outlines].map(([slug, c]) => [slug, c.ids]));
  const chapterTitles = new Map([...outlines].map(([slug, c]) => [slug, c.title ?? slug]));
  checkChronologyAnchors(chronology, chapters);
  const model = { dir, sources, chronology, glossary, places, figures, chapters, chapterTitles };
  return { ...model, characters: contentCharacters(model, outlines), edition: readEdition(dir, root) };
}

/** Size and modification time of every file of the folder: the model is read again when it changes. */
function stamp(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const { size, mtimeMs } = statSync(path);
      return `${relative(dir, path)}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

interface Memo {
  stamp: string;
  dossier: Dossier;
}
const MEMO = Symbol.for('haut-karabagh.dossier');
const shared = globalThis as { [MEMO]?: Map<string, Memo> };
shared[MEMO] ??= new Map<string, Memo>();
const memos = shared[MEMO];

const FROZEN = Symbol.for('haut-karabagh.dossier.frozen');
const flags = globalThis as { [FROZEN]?: boolean };

/**
 * During `astro build` the content does not change: the model is then kept without stamping the
 * folder again at each call. Every chapter page asks for it, and stamping every file of the
 * folder for each page grew as the square of the number of chapters. Set by the post-build
 * integration when the command is `build`; `astro dev` keeps re-reading changed files.
 */
export function freezeDossier(frozen: boolean): void {
  flags[FROZEN] = frozen;
}

/** The dossier of `dir` (CONTENT_DIR or content/ by default), read once per build. */
export function loadDossier(dir = contentDir()): Dossier {
  const memo = memos.get(dir);
  if (memo && flags[FROZEN]) return memo.dossier;
  const current = stamp(dir);
  if (memo && memo.stamp === current) return memo.dossier;
  const dossier = readDossier(dir);
  memos.set(dir, { stamp: current, dossier });
  return dossier;
}

/** The glossary as the Markdown pipeline links it: each entry with the forms a chapter may use. */
export function glossaryTerms(d: Dossier): { id: string; forms: string[] }[] {
  return d.glossary.map(({ data }) => ({ id: data.id, forms: textForms(data) }));
}
