/**
 * One worker thread of the compile pool (`compile-pool.ts`): it builds the site's processor from
 * the pipeline's data handed over by the main thread (`workerData`), then compiles the chapters it
 * is given. It returns each compiled module with what the plugins recorded about it.
 */
import { workerData } from 'node:worker_threads';
import type { unified } from '@astrojs/markdown-remark';
import type { ChapterRecords } from '../lib/facts.ts';
import { markdownProcessor, type PipelineOptions } from '../plugins/pipeline.ts';
import { recordChapter, recordedChapter } from './chapter-records.ts';

type Processor = ReturnType<typeof unified>;
type CreateMdxRenderer = NonNullable<Processor['createMdxRenderer']>;
type Renderer = Awaited<ReturnType<CreateMdxRenderer>>;
type RendererArgs = Parameters<CreateMdxRenderer>;

/** What every thread receives once: the pipeline's data, and the renderer's arguments. */
export interface CompileData {
  pipeline: Omit<PipelineOptions, 'record' | 'warn'>;
  /** The source folder as an address: a URL does not cross to a thread. */
  renderer: { shared: RendererArgs[0]; mdx: Omit<RendererArgs[1], 'srcDir'> & { srcDir: string } };
}

export interface CompileTask {
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

export type CompileResult =
  | { ok: true; output: Awaited<ReturnType<Renderer['process']>>; records: ChapterRecords | undefined }
  | { ok: false; name: string; message: string; stack: string | undefined; fields: Record<string, unknown> };

let renderer: Promise<Renderer> | undefined;

function createRenderer({ pipeline, renderer: args }: CompileData): Promise<Renderer> {
  const processor = markdownProcessor({ ...pipeline, record: recordChapter });
  if (!processor.createMdxRenderer) throw new Error('markdownProcessor (src/plugins/pipeline.ts) : aucun rendu MDX.');
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
    renderer ??= createRenderer(workerData as CompileData);
    const output = await (await renderer).process(task.content, task.filePath, task.frontmatter);
    return { ok: true, output, records: recordedChapter(task.filePath) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { ok: false, name: error.name, message: error.message, stack: error.stack, fields: fieldsOf(error) };
  }
}
