/**
 * Compiling the MDX chapters on every core. Astro compiles each `.mdx` file in its one
 * JavaScript thread; with hundreds of chapters that compile is most of the build. Above
 * COMPILE_POOL_MIN_CHAPTERS, `astro build` hands each chapter to a pool of worker threads
 * (piscina), each of which loads `astro.config.mjs` and runs the very same processor and
 * plugins (`compile-worker.ts`). What a worker's plugins recorded about a chapter (citations,
 * glossary links) comes back with the compiled code and is recorded here, as if the chapter
 * had been compiled in this thread.
 *
 * Below the threshold, and in `astro dev` (where a worker would keep the dossier as it was when
 * it started), nothing changes: starting the workers costs more than they save.
 */
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { unified } from '@astrojs/markdown-remark';
import { Piscina } from 'piscina';
import { recordChapter } from './chapter-records.ts';
import type { CompileResult, CompileTask } from './compile-worker.ts';

type Processor = ReturnType<typeof unified>;
type RendererArgs = Parameters<Processor['createMdxRenderer']>;

/** From this many chapters on, the chapters compile in worker threads. */
export const COMPILE_POOL_MIN_CHAPTERS = 24;

/** How many threads compile: `DOSSIER_COMPILE_THREADS` (0 turns the pool off), else the cores. */
export function compileThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env['DOSSIER_COMPILE_THREADS'];
  if (asked !== undefined && asked !== '') {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0) {
      throw new Error(`DOSSIER_COMPILE_THREADS=${asked} : attendu un entier positif ou nul (0 : pas de compilation parallèle).`);
    }
    return n;
  }
  return availableParallelism();
}

/** Whether this run compiles in workers: a build (not dev), enough chapters, more than one thread. */
export function usesCompilePool(chapters: number, argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return isMainThread && argv.includes('build') && chapters >= COMPILE_POOL_MIN_CHAPTERS && compileThreads(env) > 1;
}

/** An error from a worker, rebuilt with the position and fields Vite and Astro read on it. */
function rebuiltError(error: CompileResult & { ok: false }): Error {
  const rebuilt = new Error(error.message);
  Object.assign(rebuilt, error.fields);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * `processor`, whose MDX renderer sends each chapter to the worker threads when `usesCompilePool`
 * holds; otherwise `processor` itself. The renderer's arguments travel to the workers as data
 * (the source folder as an address), so that each builds the same renderer.
 */
export function compileInWorkers(
  processor: Processor,
  chapters: number,
  { argv = process.argv, env = process.env }: { argv?: readonly string[]; env?: NodeJS.ProcessEnv } = {},
): Processor {
  if (!usesCompilePool(chapters, argv, env)) return processor;
  const threads = compileThreads(env);
  return {
    ...processor,
    async createMdxRenderer(...[shared, mdx]: RendererArgs) {
      const pool = new Piscina<CompileTask, CompileResult>({
        filename: new URL('./compile-worker.ts', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 1_000,
      });
      const renderer = { shared, mdx: { ...mdx, srcDir: String(mdx.srcDir) } };
      return {
        async process(content, filePath, frontmatter) {
          const result = await pool.run({ content, filePath, frontmatter, renderer });
          if (!result.ok) throw rebuiltError(result);
          if (result.records) recordChapter(filePath, result.records);
          return result.output;
        },
        /** Stops the threads (the build need not: idle threads let the process end). */
        close: () => pool.destroy(),
      };
    },
  };
}
