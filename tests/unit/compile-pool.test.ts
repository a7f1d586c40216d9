/**
 * The compile pool (src/integrations/compile-pool.ts): when it is used, and that a chapter
 * compiled in a worker thread is the chapter compiled in this thread, records included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { glossaryTerms, loadDossier } from '../../src/content/dossier.ts';
import { recordChapter, recordedChapter } from '../../src/integrations/chapter-records.ts';
import { COMPILE_POOL_MIN_CHAPTERS, compileInWorkers, compileThreads, usesCompilePool } from '../../src/integrations/compile-pool.ts';
import { markdownProcessor, type PipelineOptions } from '../../src/plugins/pipeline.ts';

// The pipeline as astro.config.mjs builds it, from the dossier as it is (six chapters).
const dossier = loadDossier();
const pipeline: PipelineOptions = {
  sources: dossier.sources,
  base: '/',
  chapters: dossier.chapters,
  glossary: glossaryTerms(dossier),
  figures: dossier.figures,
  record: recordChapter,
};
const processor = markdownProcessor(pipeline);

/** The MDX renderer of a processor (the unified processor always has one). */
function rendererOf(p: typeof processor, ...args: Parameters<NonNullable<typeof processor.createMdxRenderer>>) {
  if (!p.createMdxRenderer) throw new Error('pas de rendu MDX');
  return p.createMdxRenderer(...args);
}
/** The pool as a build with many chapters uses it, here for six. */
const POOLED = { argv: ['node', 'astro', 'build'], env: { DOSSIER_COMPILE_THREADS: '2' }, minChapters: 1 };

const BUILD = ['node', 'astro', 'build'];
const TWO = { DOSSIER_COMPILE_THREADS: '2' };

describe('compileThreads', () => {
  it('reads DOSSIER_COMPILE_THREADS, or counts the cores', () => {
    expect(compileThreads({ DOSSIER_COMPILE_THREADS: '3' })).toBe(3);
    expect(compileThreads({ DOSSIER_COMPILE_THREADS: '0' })).toBe(0);
    expect(compileThreads({})).toBeGreaterThanOrEqual(1);
  });
  it('refuses what is not a count, and says how to fix it', () => {
    expect(() => compileThreads({ DOSSIER_COMPILE_THREADS: 'deux' })).toThrow(/DOSSIER_COMPILE_THREADS=deux : attendu un entier positif ou nul/);
    expect(() => compileThreads({ DOSSIER_COMPILE_THREADS: '-1' })).toThrow(/entier positif ou nul/);
  });
});

describe('usesCompilePool', () => {
  it('only for a build with enough chapters and more than one thread', () => {
    expect(usesCompilePool(COMPILE_POOL_MIN_CHAPTERS, BUILD, TWO)).toBe(true);
    expect(usesCompilePool(COMPILE_POOL_MIN_CHAPTERS - 1, BUILD, TWO)).toBe(false);
    expect(usesCompilePool(600, ['node', 'astro', 'dev'], TWO)).toBe(false);
    expect(usesCompilePool(600, BUILD, { DOSSIER_COMPILE_THREADS: '1' })).toBe(false);
    expect(usesCompilePool(600, BUILD, { DOSSIER_COMPILE_THREADS: '0' })).toBe(false);
  });
  it('leaves the processor as it is when the pool is not used', () => {
    expect(compileInWorkers(processor, pipeline, { argv: BUILD, env: TWO })).toBe(processor);
  });
});

describe('a chapter compiled in a worker', () => {
  // What @astrojs/mdx hands the renderer for this project (astro.config.mjs: no highlighting).
  const shared = { syntaxHighlight: false, shikiConfig: {}, gfm: false, smartypants: false } as never;
  const mdx = { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false };
  const chapters = ['content/chapitres/1-epoque-sovietique.mdx', 'content/chapitres/6-epilogue.mdx'].map((f) => resolve(f));
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('is the same module, with the same records, as in this thread', { timeout: 60_000 }, async () => {
    const here = await rendererOf(processor, shared, mdx);
    const pooled = compileInWorkers(processor, pipeline, POOLED);
    expect(pooled).not.toBe(processor);
    const there = await rendererOf(pooled, shared, mdx);
    close = (there as { close?: () => Promise<void> }).close;
    for (const file of chapters) {
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
      const content = `${'\n'.repeat(yaml.split('\n').length + 2)}${body}`;
      const local = await here.process(content, file, { title: 'x' });
      const localRecords = structuredClone(recordedChapter(file));
      const remote = await there.process(content, file, { title: 'x' });
      expect(remote.code).toBe(local.code);
      expect(remote.astroMetadata).toEqual(local.astroMetadata);
      expect(recordedChapter(file)).toEqual(localRecords);
      expect(localRecords?.citations.length).toBeGreaterThan(0);
    }
  });

  it('fails as this thread would: the file, the line, the fix', { timeout: 60_000 }, async () => {
    const there = await rendererOf(compileInWorkers(processor, pipeline, POOLED), shared, mdx);
    close = (there as { close?: () => Promise<void> }).close;
    const file = resolve('content/chapitres/zz-essai.mdx');
    await expect(there.process('Un fait[^1].\n\n[^1]: Voir [@cle-inexistante-2099].\n', file, {})).rejects.toThrow(/source inconnue « cle-inexistante-2099 »[\s\S]*Correction/);
  });
});
