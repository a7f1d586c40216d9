/**
 * Where a build spent its time, written by the post-build integration as JSON in the project's
 * `.astro/` folder (never in dist/), so that `npm run bench` reads figures rather than log lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file, relative to the project's root. */
export const PHASES_FILE = join('.astro', 'build-phases.json');

/**
 * What the PDF step did: files written, or why none were. `error` is no longer written (a failed
 * PDF step stops the build); the bench still reads it from older phase files.
 */
export type PdfOutcome = { files: number; seconds: number } | { error: string } | { disabled: true };

export interface RecordedPhases {
  /** Seconds of each step: Astro (Vite and pages), PDFs, integrity check, Pagefind. */
  astro?: number;
  /**
   * The PDF step (its name is older than the decision taken before rendering, when a build
   * without PDFs removed their links here; scripts/bench reads it under this name).
   */
  pdfOrLinks?: number;
  /** The one reading of the built pages (policies, what the check needs, records handed to Pagefind), and the check. */
  check?: number;
  /** The wait, after the PDFs, for Pagefind to finish writing its files (it starts after the reading). */
  pagefind?: number;
  pdf?: PdfOutcome;
}

export function writePhases(projectRoot: string, phases: RecordedPhases): void {
  const file = join(projectRoot, PHASES_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(phases, null, 2)}\n`);
}

/** Seconds since a `performance.now()` mark, to a tenth. */
export const secondsSince = (mark: number): number => Math.round((performance.now() - mark) / 100) / 10;
