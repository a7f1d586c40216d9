/**
 * Compiling the MDX chapters on every core. Astro compiles each `.mdx` file in its one
 * JavaScript thread; with hundreds of chapters that compile is most of the build. From
 * COMPILE_POOL_MIN_CHAPTERS on, `astro build` hands each chapter to a pool of worker threads
 * (piscina). Each thread builds the site's processor (`markdownProcessor`) from a copy of the
 * pipeline's data, the dossier as this thread read it, so the plugins are the same and nothing
 * is read twice (`compile-worker.ts`). What a worker's plugins recorded about a chapter
 * (citations, glossary links) comes back with the compiled code and is recorded here, as if
 * the chapter had been compiled in this thread.
 *
 * Below the threshold, and in `astro dev` (where a worker would keep the dossier as it was when
 * it started), nothing changes: starting the workers costs more than they save.
 */
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { unified } from '@astrojs/markdown-remark';
import { Piscina } from 'piscina';
import type { PipelineOptions } from '../plugins/pipeline.ts';
import { recordChapter } from './chapter-records.ts';
import type { CompileData, CompileResult, CompileTask } from './compile-worker.ts';

type Processor = ReturnType<typeof unified>;
type RendererArgs = Parameters<NonNullable<Processor['createMdxRenderer']>>;

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
export function usesCompilePool(chapters: number, argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env, minChapters = COMPILE_POOL_MIN_CHAPTERS): boolean {
  return isMainThread && argv.includes('build') && chapters >= minChapters && compileThreads(env) > 1;
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
 * `processor` (built by `markdownProcessor(pipeline)`), whose MDX renderer sends each chapter to
 * the worker threads when `usesCompilePool` holds; otherwise `processor` itself. The pipeline's
 * data and the renderer's arguments travel to the threads (the source folder as an address), so
 * that each builds the same renderer.
 */
export function compileInWorkers(
  processor: Processor,
  pipeline: PipelineOptions,
  { argv = process.argv, env = process.env, minChapters = COMPILE_POOL_MIN_CHAPTERS }: { argv?: readonly string[]; env?: NodeJS.ProcessEnv; minChapters?: number } = {},
): Processor {
  if (!usesCompilePool(pipeline.chapters.size, argv, env, minChapters)) return processor;
  const threads = compileThreads(env);
  return {
    ...processor,
    async createMdxRenderer(...[shared, mdx]: RendererArgs) {
      // The pipeline's data, without its callbacks: a thread records into its own memory and
      // warns on the shared console.
      const { record: _record, warn: _warn, ...data } = pipeline;
      const workerData: CompileData = { pipeline: data, renderer: { shared, mdx: { ...mdx, srcDir: String(mdx.srcDir) } } };
      console.info(`[dossier-compile] ${pipeline.chapters.size} chapitres : compilation MDX sur ${threads} fils d’exécution.`);
      const pool = new Piscina<CompileTask, CompileResult>({
        filename: new URL('./compile-worker.ts', import.meta.url).href,
        workerData,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 1_000,
      });
      return {
        async process(content, filePath, frontmatter) {
          const result = await pool.run({ content, filePath, frontmatter });
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
