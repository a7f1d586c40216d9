/**
 * One worker thread of the compile pool (`compile-pool.ts`): it loads the project's
 * `astro.config.mjs` (the same dossier, processor and plugins as the main thread) and compiles
 * the chapters it is given. It returns the compiled module, and what the plugins recorded.
 */
import type { unified } from '@astrojs/markdown-remark';
import type { ChapterRecords } from '../lib/facts.ts';
import { recordedChapter } from './chapter-records.ts';

type Processor = ReturnType<typeof unified>;
type Renderer = Awaited<ReturnType<Processor['createMdxRenderer']>>;
type RendererArgs = Parameters<Processor['createMdxRenderer']>;

export interface CompileTask {
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
  /** The renderer's arguments in the main thread, the source folder as an address. */
  renderer: { shared: RendererArgs[0]; mdx: Omit<RendererArgs[1], 'srcDir'> & { srcDir: string } };
}

export type CompileResult =
  | { ok: true; output: Awaited<ReturnType<Renderer['process']>>; records: ChapterRecords | undefined }
  | { ok: false; name: string; message: string; stack: string | undefined; fields: Record<string, unknown> };

let renderer: Promise<Renderer> | undefined;

async function createRenderer(args: CompileTask['renderer']): Promise<Renderer> {
  const config = (await import('../../astro.config.mjs')).default;
  const processor = config.markdown?.processor as Processor | undefined;
  if (!processor?.createMdxRenderer) throw new Error('astro.config.mjs : markdown.processor sans rendu MDX.');
  return processor.createMdxRenderer(args.shared, { ...args.mdx, srcDir: new URL(args.mdx.srcDir) });
}

/** The fields of an error that survive the trip back (line, column, file, reason…), as data. */
function fieldsOf(error: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

export default async function compile(task: CompileTask): Promise<CompileResult> {
  try {
    renderer ??= createRenderer(task.renderer);
    const output = await (await renderer).process(task.content, task.filePath, task.frontmatter);
    return { ok: true, output, records: recordedChapter(task.filePath) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { ok: false, name: error.name, message: error.message, stack: error.stack, fields: fieldsOf(error) };
  }
}
