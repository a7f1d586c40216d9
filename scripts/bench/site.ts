/**
 * Temporary copies of the site for the bench, built with the project's real
 * config: a fresh folder in the system's temp dir holding the skeleton
 * (config, src/, public/, content/) and node_modules as a folder of links to
 * the project's packages, so that Astro's and Vite's caches stay in the copy
 * (a first build there is cold, a second one warm) and the project's own
 * dist/ and caches are never touched.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type PdfOutcome, PHASES_FILE, type RecordedPhases } from '../../src/integrations/phases.ts';
import { linkPackages } from '../temp-site.ts';

export const project = resolve(import.meta.dirname, '../..');

const sites = new Set<string>();
const children = new Set<ChildProcess>();

/** Removes every temp copy and stops every build still running (called on exit and on Ctrl-C). */
export function cleanUp(): void {
  for (const child of children) stopGroup(child);
  children.clear();
  for (const site of sites) rmSync(site, { recursive: true, force: true });
  sites.clear();
}

export function removeSite(site: string): void {
  rmSync(site, { recursive: true, force: true });
  sites.delete(site);
}

const SKELETON = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];
let source = project;

/**
 * Copies the project's sources once, at the start: others may be editing
 * src/ and content/ while the bench runs, and every build of one bench must
 * see the same files.
 */
export function freezeSources(): void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-sources-'));
  sites.add(dir);
  for (const name of SKELETON) cpSync(join(project, name), join(dir, name), { recursive: true });
  source = dir;
}

/** A fresh copy of the site; `content` edits the copy's content folder when given. */
export function makeSite(label: string, content?: (dir: string) => void): string {
  const site = mkdtempSync(join(tmpdir(), `dossier-bench-${label}-`));
  sites.add(site);
  for (const name of SKELETON) cpSync(join(source, name), join(site, name), { recursive: true });
  linkPackages(project, site);
  content?.(join(site, 'content'));
  return site;
}

export interface BuildRun {
  ok: boolean;
  /** Wall time of `npx astro build`, in seconds. */
  seconds: number;
  /** stdout and stderr, without terminal colours. */
  output: string;
  /** Why the build did not finish, when it did not. */
  error?: string;
  /** The time of each step, as the build wrote it (src/integrations/phases.ts). */
  phases?: RecordedPhases;
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Runs `npx astro build` in the copy, with DOSSIER_PDF=0 unless `pdf` is set; stops it after `timeoutSeconds`. */
export function build(site: string, options: { pdf: boolean; timeoutSeconds: number }): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['CONTENT_DIR'];
  delete env['CI'];
  if (options.pdf) delete env['DOSSIER_PDF'];
  else env['DOSSIER_PDF'] = '0';
  const started = performance.now();
  const phasesFile = join(site, PHASES_FILE);
  rmSync(phasesFile, { force: true });
  return new Promise((done) => {
    // A group of its own, so that a timeout stops npx, astro and the Chromium of the PDF step together.
    const child = spawn('npx', ['astro', 'build'], { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    let output = '';
    let timedOut = false;
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (output += chunk));
    }
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, options.timeoutSeconds * 1000);
    const finish = (code: number | null, error?: string): void => {
      clearTimeout(timer);
      children.delete(child);
      const seconds = (performance.now() - started) / 1000;
      const text = stripVTControlCharacters(output);
      const reason = error ?? (timedOut ? `arrêtée après ${options.timeoutSeconds} s` : code !== 0 ? `code de sortie ${String(code)} : ${lastError(text)}` : undefined);
      const phases = existsSync(phasesFile) ? (JSON.parse(readFileSync(phasesFile, 'utf8')) as RecordedPhases) : undefined;
      done({ ok: reason === undefined, seconds, output: text, ...(reason !== undefined ? { error: reason } : {}), ...(phases ? { phases } : {}) });
    };
    child.on('error', (e) => finish(null, e.message));
    child.on('close', (code) => finish(code));
  });
}

function lastError(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const error = lines.findLast((l) => /error|erreur|problème/i.test(l));
  return (error ?? lines.at(-1) ?? '').slice(0, 200);
}

/** What the PDF step of a build did, as the build recorded it. */
export function pdfOutcome(run: BuildRun): PdfOutcome | undefined {
  return run.phases?.pdf;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * `copies` times the content (the bench builds ×10 and ×100): each of the six chapters stays as it is (the
 * chronology and the glossary point to them) and gets `copies − 1` copies
 * named `NNN-….mdx`, with an `order` of their own and a title suffixed with
 * the copy number.
 */
export function multiplyChapters(contentDir: string, copies: number): number {
  const dir = join(contentDir, 'chapitres');
  const originals = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  let count = originals.length;
  for (const [i, file] of originals.entries()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const front = FRONT_MATTER.exec(text);
    if (!front?.[1]) throw new Error(`${file} : en-tête YAML introuvable`);
    const body = text.slice(front[0].length);
    const stem = file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
    for (let copy = 2; copy <= copies; copy++) {
      const order = (copy - 1) * originals.length + i + 1;
      const yaml = front[1].replace(/^order:.*$/m, `order: ${order}`).replace(/^title:\s*"(.*)"\s*$/m, (_, title: string) => `title: "${title} (copie ${copy})"`);
      writeFileSync(join(dir, `${String(order).padStart(3, '0')}-${stem}-${copy}.mdx`), `---\n${yaml}\n---\n${body}`);
      count++;
    }
  }
  return count;
}

export interface BuildPhases {
  /** Seconds per step, as the build recorded them (.astro/build-phases.json). */
  astro?: number;
  pdfOrLinks?: number;
  check?: number;
  pagefind?: number;
  /** Within Astro, from its own log: Vite's bundling (the MDX chapters are compiled there)… */
  vite?: number;
  /** …and the generation of the static routes. */
  pages?: number;
  /** The print edition's page (/imprimer/index.html), as Astro timed it. */
  edition?: number;
  /** The page that took longest to render, with Astro's own figure. */
  slowestPage?: { page: string; seconds: number };
  /** The three slowest pages, slowest first. */
  slowestPages?: { page: string; seconds: number }[];
  /** Threads that compiled the chapters (src/integrations/compile-pool.ts): 1 when the pool was not used. */
  compileThreads?: number;
}

function duration(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return total;
}

/** Where a build spent its time: the steps it recorded, and Vite, the pages and the slowest pages from Astro's own report. */
export function buildPhases(run: BuildRun): BuildPhases {
  const phases: BuildPhases = {};
  for (const key of ['astro', 'pdfOrLinks', 'check', 'pagefind'] as const) {
    const value = run.phases?.[key];
    if (value !== undefined) phases[key] = value;
  }
  // « [vite] ✓ built in 39.55s » (the server build comes first), then « ✓ Completed in 7.34s. »
  // closing « generating static routes ».
  const vite = /\[vite\] ✓ built in ([^\n]+)/.exec(run.output);
  if (vite?.[1]) phases.vite = duration(vite[1]);
  const routes = run.output.indexOf('generating static routes');
  const pages = routes === -1 ? null : /^(?:[\d:]+ )?✓ Completed in ([^\n]+)/m.exec(run.output.slice(routes));
  if (pages?.[1]) phases.pages = duration(pages[1]);
  const timed: { page: string; seconds: number }[] = [];
  for (const [, page, took] of run.output.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)) {
    if (page) timed.push({ page, seconds: duration(took ?? '') });
  }
  timed.sort((a, b) => b.seconds - a.seconds);
  if (timed[0]) phases.slowestPage = timed[0];
  if (timed.length > 0) phases.slowestPages = timed.slice(0, 3);
  const pool = /compilation MDX sur (\d+) fils/.exec(run.output);
  phases.compileThreads = pool?.[1] ? Number(pool[1]) : 1;
  const edition = timed.find((t) => t.page.endsWith('/imprimer/index.html'));
  if (edition) phases.edition = edition.seconds;
  return phases;
}
