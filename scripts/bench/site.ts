/**
 * Temporary copies of the site for the bench, built with the project's real
 * config: a fresh folder in the system's temp dir holding the skeleton
 * (config, src/, public/, content/) and node_modules as a folder of links to
 * the project's packages, so that Astro's and Vite's caches stay in the copy
 * (a first build there is cold, a second one warm) and the project's own
 * dist/ and caches are never touched.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
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
      done({ ok: reason === undefined, seconds, output: text, ...(reason !== undefined ? { error: reason } : {}) });
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

/** The "PDF : N fichiers en X s." line of the post-build step, or its warning. */
export function pdfLog(output: string): { files: number; seconds: number } | { error: string } | undefined {
  const done = /PDF : (\d+) fichiers en ([\d.]+) s/.exec(output);
  if (done) return { files: Number(done[1]), seconds: Number(done[2]) };
  const failed = /PDF non produits \(([^)]*)\)/.exec(output);
  if (failed) return { error: failed[1] ?? 'raison inconnue' };
  return undefined;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * 100 times the content: each of the six chapters stays as it is (the
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
  /** Seconds per step, from the log's HH:MM:SS stamps (to the second). */
  astro?: number;
  pdfOrLinks?: number;
  check?: number;
  pagefind?: number;
  /** The page that took longest to render, with Astro's own figure. */
  slowestPage?: { page: string; seconds: number };
}

function stamp(line: string): number | undefined {
  const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

function duration(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return total;
}

/** Where a build spent its time, read from its log: Astro (Vite and pages), then the post-build steps. */
export function buildPhases(output: string): BuildPhases {
  const lines = output.split('\n');
  const at = (pattern: RegExp, from = 0): { index: number; time: number } | undefined => {
    for (let i = from; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const time = stamp(line);
      if (time !== undefined && pattern.test(line)) return { index: i, time };
    }
    return undefined;
  };
  const start = at(/./);
  const pdf = at(/PDF (:|non produits)/);
  const check = at(/Vérification : /);
  const index = at(/Pagefind : \d+ fiches/);
  // Astro's last "✓ Completed in" before the post-build steps closes its own part.
  let pages: { index: number; time: number } | undefined;
  for (let i = 0; i < (pdf?.index ?? lines.length); i++) {
    const time = stamp(lines[i] ?? '');
    if (time !== undefined && /\[build\] ✓ Completed in/.test(lines[i] ?? '')) pages = { index: i, time };
  }
  const span = (a: { time: number } | undefined, b: { time: number } | undefined): number | undefined => (a && b ? (b.time - a.time + 86_400) % 86_400 : undefined);
  let slowestPage: BuildPhases['slowestPage'];
  for (const [, page, took] of output.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)) {
    const seconds = duration(took ?? '');
    if (page && (!slowestPage || seconds > slowestPage.seconds)) slowestPage = { page, seconds };
  }
  const phases: BuildPhases = {};
  const set = (key: 'astro' | 'pdfOrLinks' | 'check' | 'pagefind', value: number | undefined): void => {
    if (value !== undefined) phases[key] = value;
  };
  set('astro', span(start, pages));
  set('pdfOrLinks', span(pages, pdf));
  set('check', span(pdf, check));
  set('pagefind', span(check, index));
  if (slowestPage) phases.slowestPage = slowestPage;
  return phases;
}
