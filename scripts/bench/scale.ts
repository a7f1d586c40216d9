/**
 * The scale runs of the bench: the same site with 10 and 100 times the chapters (multiplyChapters),
 * each built cold without PDFs, and a table of the steps of each build beside those of the site as
 * it is (×1, the cold build), to see which step grows faster than the content.
 */

import { number, seconds, table } from './report.ts';
import { type BuildPhases, type BuildRun, buildPhases } from './site.ts';

/** The content multipliers to build: `--scale=10,100` (the default), `--no-scale` for none. */
export function scaleFactors(args: readonly string[]): number[] {
  if (args.includes('--no-scale')) return [];
  const option = args.findLast((a) => a.startsWith('--scale='));
  if (!option) return [10, 100];
  const factors = option
    .slice('--scale='.length)
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map(Number);
  if (factors.length === 0 || factors.some((f) => !Number.isInteger(f) || f < 2)) {
    throw new Error(`${option} : attendu une liste d’entiers ≥ 2, par exemple --scale=10,100.`);
  }
  return [...new Set(factors)].sort((a, b) => a - b);
}

/** One build of the bench, at one size of the content, with the machine's load when it ran. */
export interface ScaleBuild {
  copies: number;
  chapters: number;
  build: BuildRun;
  /** One-minute load average when the build started and when it ended. */
  load: { start: number; end: number };
}

interface Row {
  label: string;
  value: (b: ScaleBuild, p: BuildPhases) => number | undefined;
}

const ROWS: Row[] = [
  { label: 'construction (horloge)', value: (b) => (b.build.ok ? b.build.seconds : undefined) },
  { label: 'Astro (Vite + pages)', value: (_, p) => p.astro },
  { label: '   Vite (compilation des chapitres MDX)', value: (_, p) => p.vite },
  { label: '   pages', value: (_, p) => p.pages },
  { label: '      dont /imprimer/', value: (_, p) => p.edition },
  { label: 'vérification d’intégrité', value: (_, p) => p.check },
  { label: 'Pagefind', value: (_, p) => p.pagefind },
];

/**
 * How much a step grows from one size to the next, over how much the content grew: 1 is linear,
 * below 1 the fixed costs dominate, above 1 the step grows faster than the content.
 */
export function growth(small: number | undefined, large: number | undefined, factor: number): number | undefined {
  if (small === undefined || large === undefined || small <= 0) return undefined;
  return large / small / factor;
}

/** The steps of each build, side by side, and their growth from one size to the next. */
export function scaleTable(builds: readonly ScaleBuild[]): string {
  const sorted = [...builds].sort((a, b) => a.copies - b.copies);
  const phases = sorted.map((b) => buildPhases(b.build));
  const steps = sorted.slice(1).map((b, i) => ({ from: sorted[i]!, to: b }));
  const header = ['étape', ...sorted.map((b) => `×${b.copies}`), ...steps.map(({ from, to }) => `×${from.copies}→×${to.copies} ÷ ${number(to.chapters / from.chapters)}`)];
  const show = (v: number | undefined): string => (v === undefined ? '—' : seconds(v));
  const rows = ROWS.map((row) => {
    const values = sorted.map((b, i) => row.value(b, phases[i]!));
    return [
      row.label,
      ...values.map(show),
      ...steps.map((_, i) => {
        const g = growth(values[i], values[i + 1], sorted[i + 1]!.chapters / sorted[i]!.chapters);
        return g === undefined ? '—' : number(g, 2);
      }),
    ];
  });
  rows.unshift(['chapitres', ...sorted.map((b) => number(b.chapters)), ...steps.map(() => '')]);
  rows.push([
    'page la plus lente hors /imprimer/',
    ...phases.map((p) => {
      const page = p.slowestPages?.find((s) => !s.page.endsWith('/imprimer/index.html'));
      return page ? `${page.page.replace(/index\.html$/, '')} ${seconds(page.seconds)}` : '—';
    }),
    ...steps.map(() => ''),
  ]);
  rows.push(['fils de compilation MDX (src/integrations/compile-pool.ts)', ...phases.map((p) => (p.compileThreads ? String(p.compileThreads) : '—')), ...steps.map(() => '')]);
  rows.push(['charge moyenne (début → fin)', ...sorted.map((b) => `${number(b.load.start, 1)} → ${number(b.load.end, 1)}`), ...steps.map(() => '')]);
  return table(header, rows);
}
