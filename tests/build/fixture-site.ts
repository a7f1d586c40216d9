/**
 * Builds a small fixture site with the project's real config: a fresh folder
 * in the system's temp dir holding the project skeleton (config, src/, public/,
 * the installed packages) and a copy of tests/fixtures/build-ok/content, with
 * at most one file edited to carry a defect. Then `astro build` runs there.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { linkPackages } from '../../scripts/temp-site.ts';

const project = resolve(import.meta.dirname, '../..');
const fixture = join(project, 'tests/fixtures/build-ok/content');

/** One file of the fixture, changed by a small text edit. */
export interface Defect {
  /** Path relative to the fixture site, e.g. `content/chapitres/2-essai.mdx`. */
  file: string;
  edit: (text: string) => string;
  /** Further edits of other files (a setting of src/ along with the content, say). */
  also?: { file: string; edit: (text: string) => string }[];
}

export interface BuildResult {
  code: number | null;
  /** stdout and stderr, without terminal colours. */
  output: string;
}

/** An edit that replaces `from` (which must be in the file, so that the fixture cannot drift silently) by `to`. */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`fixture : « ${from} » introuvable`);
    return text.replace(from, to);
  };
}

function makeSite(defect: Defect | undefined, content = fixture): string {
  const site = mkdtempSync(join(tmpdir(), 'dossier-build-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, name), join(site, name));
  for (const name of ['src', 'public']) cpSync(join(project, name), join(site, name), { recursive: true });
  linkPackages(project, site);
  cpSync(content, join(site, 'content'), { recursive: true });
  for (const { file, edit } of defect ? [defect, ...(defect.also ?? [])] : []) {
    const path = join(site, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return site;
}

function run(cwd: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  // PDFs are tested on the real site (tests/e2e/pdf.spec.ts); the fixture builds check the content only.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_PDF: '0', ...extraEnv };
  delete env['CONTENT_DIR'];
  // Vitest exports Vite's own variables (BASE_URL, MODE…); the child build must not inherit them.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV']) delete env[key];
  return new Promise((done, fail) => {
    const child = spawn('npx', ['astro', 'build'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (output += chunk));
    }
    child.on('error', fail);
    child.on('close', (code: number | null) => done({ code, output: stripVTControlCharacters(output) }));
  });
}

/** Builds the fixture site, with the defect if one is given; the temp folder is removed afterwards. */
export async function buildFixture(defect?: Defect): Promise<BuildResult> {
  const site = makeSite(defect);
  try {
    return await run(site);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/**
 * Builds the project's real content with the given environment (for instance
 * BASE_PATH) and hands the built folder to `inspect` before it is removed.
 */
export async function buildRealSite<T>(env: Record<string, string>, inspect: (dist: string, result: BuildResult) => Promise<T>): Promise<T> {
  const site = makeSite(undefined, join(project, 'content'));
  try {
    return await inspect(join(site, 'dist'), await run(site, env));
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
