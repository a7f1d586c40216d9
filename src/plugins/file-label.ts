import { relative } from 'node:path';
import type { VFile } from 'vfile';

/** The file's path relative to the project, for messages meant for authors. */
export function fileLabel(file: VFile): string {
  return file.path ? relative(file.cwd || process.cwd(), file.path) : '(texte)';
}
