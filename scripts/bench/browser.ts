/**
 * The bench's measures in a browser: the build's static server for a built
 * dist/ (src/integrations/static-server.ts), with gzip for text as a host would send it,
 * the bytes a reader's first search fetches, and Lighthouse's scores.
 * Chromium is the system one (src/integrations/chromium.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { CHROMIUM_ARGS, launchChromium, requireChromiumPath } from '../../src/integrations/chromium.ts';
import { listen, type StaticServer, staticHandler } from '../../src/integrations/static-server.ts';
import { measureRelevance, type Relevance } from '../../tests/search/relevance.ts';

/** Serves `dist` under `base` on 127.0.0.1 and a free port, text gzipped as a host sends it. */
export function serve(dist: string, base: string): Promise<StaticServer> {
  // Every size, at the strongest level, compressible types only (mime-db); Pagefind's own files
  // (pf_*, wasm.*.pagefind, served as bytes) are gzip already and go as they are.
  const filter: compression.CompressionFilter = (req, res) => res.getHeader('Content-Type') !== 'application/octet-stream' && compression.filter(req, res);
  // Typed for Express, written for any Node server: it reads only headers and the response.
  const gzip = compression({ threshold: 0, level: 9, filter }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const files = staticHandler(dist, base);
  return listen((req, res) => gzip(req, res, () => files(req, res)));
}

export interface SearchBytes {
  query: string;
  /** Sum of response bodies under /pagefind/, as the files are (Pagefind's index chunks and fragments are gzip already). */
  bodyBytes: number;
  /** The same responses as sent by the server (JS and WebAssembly gzipped). */
  transferBytes: number;
  requests: number;
  /** Every response under /pagefind/, in order. */
  files: { path: string; bodyBytes: number; transferBytes: number }[];
  /** Per kind of file: pagefind.js, wasm, pf_meta, pf_index, pf_fragment, filter… */
  byKind: Record<string, { requests: number; bodyBytes: number }>;
  /** Other files fetched once search opens (the results renderer), outside /pagefind/. */
  otherBodyBytes: number;
  /** From the first key press to the first result shown. */
  firstResultMs: number;
  results: number;
}

function kind(path: string): string {
  const name = path.split('/').pop() ?? '';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_meta')) return 'méta';
  if (name.endsWith('.pf_filter')) return 'filtres';
  if (name.endsWith('.wasm') || name.includes('wasm')) return 'wasm';
  if (name.endsWith('.js')) return 'js';
  if (name.endsWith('.json')) return 'entrée';
  return 'autres';
}

/** Opens `pageUrl`, types the query in the header search and sums what /pagefind/ sent until the first results are shown. */
export async function searchBytes(origin: string, base: string, pageUrl: string, query: string): Promise<SearchBytes> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${origin}${pageUrl}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const measures: Promise<{ path: string; body: number; transfer: number }>[] = [];
    page.on('requestfinished', (request) => {
      measures.push(
        (async () => {
          const response = await request.response();
          const body = response ? (await response.body().catch(() => Buffer.alloc(0))).byteLength : 0;
          const sizes = await request.sizes().catch(() => ({ responseBodySize: body }));
          return { path: new URL(request.url()).pathname, body, transfer: sizes.responseBodySize };
        })(),
      );
    });
    const input = page.locator('input[data-search-input]').first();
    const started = performance.now();
    await input.click();
    await input.pressSequentially(query, { delay: 40 });
    const first = page.locator('[data-search-results] li').first();
    await first.waitFor({ state: 'visible', timeout: 60_000 });
    const firstResultMs = performance.now() - started;
    await page.waitForTimeout(300);
    const results = await page.locator('[data-search-results] > li').count();
    const done = await Promise.all(measures);
    const byKind: SearchBytes['byKind'] = {};
    let bodyBytes = 0;
    let transferBytes = 0;
    let requests = 0;
    let otherBodyBytes = 0;
    const files: SearchBytes['files'] = [];
    for (const m of done) {
      if (!m.path.startsWith(`${base}pagefind/`)) {
        otherBodyBytes += m.body;
        continue;
      }
      requests++;
      files.push({ path: m.path.slice(base.length), bodyBytes: m.body, transferBytes: m.transfer });
      bodyBytes += m.body;
      transferBytes += m.transfer;
      const k = kind(m.path);
      byKind[k] ??= { requests: 0, bodyBytes: 0 };
      const entry = byKind[k];
      entry.requests++;
      entry.bodyBytes += m.body;
    }
    await context.close();
    return { query, bodyBytes, transferBytes, requests, files, byKind, otherBodyBytes, firstResultMs, results };
  } finally {
    await browser.close();
  }
}

export interface FontBytes {
  /** Bytes of the web fonts the page loads (woff2, already compressed: sent as they are). */
  bytes: number;
  files: { path: string; bytes: number }[];
}

/** Opens each page (as a first visit) and returns the heaviest set of web fonts one of them loads once its text is shown. */
export async function fontBytes(origin: string, pageUrls: readonly string[]): Promise<FontBytes> {
  const browser = await launchChromium();
  try {
    let worst: FontBytes = { bytes: 0, files: [] };
    for (const pageUrl of pageUrls) {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      const files: Promise<{ path: string; bytes: number }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'font') return;
        files.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, bytes: body.byteLength })));
      });
      await page.goto(`${origin}${pageUrl}`, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      await page.waitForLoadState('networkidle');
      const done = await Promise.all(files);
      const bytes = done.reduce((sum, f) => sum + f.bytes, 0);
      if (bytes > worst.bytes) worst = { bytes, files: done };
      await context.close();
    }
    return worst;
  } finally {
    await browser.close();
  }
}

export const LIGHTHOUSE_VERSION = '12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
export interface LighthouseResult {
  scores: LighthouseScores;
  /** Lab metrics (ms, or unitless for the layout shift). */
  metrics: Partial<Record<(typeof METRICS)[number], number>>;
  /** Audits that cost points in a category below 100, worst first. */
  failing: { id: string; title: string; score: number }[];
  version: string;
  warnings: string[];
}

/** The parts of lighthouse and chrome-launcher the bench uses (they are loaded from a cache folder, untyped here). */
interface LighthouseModule {
  default: (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number }>;
  runWarnings: string[];
}
interface ChromeLauncherModule {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }>;
}

/**
 * Lighthouse is not a dependency of the site: it is installed once, with npm,
 * in a cache folder outside the project (~/.cache/dossier-bench/).
 */
function lighthouseDir(): string {
  const dir = join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'dossier-bench', `lighthouse-${LIGHTHOUSE_VERSION}`);
  if (existsSync(join(dir, 'node_modules', 'lighthouse', 'core', 'index.js'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "dossier-bench-lighthouse", "private": true, "type": "module" }\n');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `lighthouse@${LIGHTHOUSE_VERSION}`], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0) {
    const why = (install.error?.message ?? install.stderr.trim().split('\n').pop() ?? `code ${String(install.status)}`).slice(0, 160);
    throw new Error(`installation de lighthouse@${LIGHTHOUSE_VERSION} impossible (${why})`);
  }
  return dir;
}

/** Lighthouse's four scores (0–100) for one page, default settings (mobile, simulated throttling). */
export async function lighthouseScores(url: string): Promise<LighthouseResult> {
  const chromePath = requireChromiumPath();
  const dir = lighthouseDir();
  const modules = join(dir, 'node_modules');
  const { default: lighthouse } = (await import(pathToFileURL(join(modules, 'lighthouse', 'core', 'index.js')).href)) as LighthouseModule;
  const launcher = (await import(pathToFileURL(join(modules, 'chrome-launcher', 'dist', 'index.js')).href)) as ChromeLauncherModule;
  const chrome = await launcher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error('Lighthouse n’a rien rendu');
    const scores = {} as LighthouseScores;
    for (const category of CATEGORIES) {
      const score = result.lhr.categories[category]?.score;
      if (score === null || score === undefined) throw new Error(`catégorie « ${category} » sans note`);
      scores[category] = Math.round(score * 100);
    }
    const metrics: LighthouseResult['metrics'] = {};
    for (const id of METRICS) {
      const value = result.lhr.audits[id]?.numericValue;
      if (value !== undefined) metrics[id] = value;
    }
    const failing = new Map<string, { id: string; title: string; score: number }>();
    for (const category of CATEGORIES) {
      for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failing.set(ref.id, { id: ref.id, title: audit.title, score: Math.round(audit.score * 100) });
      }
    }
    return { scores, metrics, failing: [...failing.values()].sort((a, b) => a.score - b.score), version: LIGHTHOUSE_VERSION, warnings: result.lhr.runWarnings };
  } finally {
    await chrome.kill();
  }
}

/** The reader's questions of tests/search/questions.ts, asked on /recherche/: hit rate and mean reciprocal rank. */
export async function searchRelevance(origin: string, base: string): Promise<Relevance> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    return await measureRelevance(page, `${origin}${base}recherche/`);
  } finally {
    await browser.close();
  }
}
