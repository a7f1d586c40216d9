/**
 * `npm run bench`: what the site costs to build and to read, against its
 * budgets, printed as a table and written to bench/results/<date>.json for
 * comparison over time. Everything is built in temporary copies of the
 * project (never in its dist/), served on 127.0.0.1 by the bench itself,
 * and removed at the end.
 *
 *   npm run bench                      everything (about a quarter of an hour on two cores)
 *   npm run bench -- --no-scale        without the ×10 and ×100 content runs
 *   npm run bench -- --scale=10        only the ×10 content run (--scale=10,100 by default)
 *   npm run bench -- --no-pdf --no-lighthouse
 *   BENCH_SCALE_TIMEOUT=1200 npm run bench   stop each scale build after that many seconds (900)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../src/integrations/chromium.ts';
import { basePath } from '../src/settings.ts';
import type { Relevance } from '../tests/search/relevance.ts';
import { type FontBytes, fontBytes, type LighthouseResult, lighthouseScores, type SearchBytes, searchBytes, searchRelevance, serve } from './bench/browser.ts';
import { type OverheadPart, overheadBreakdown } from './bench/overhead.ts';
import { ko, number, seconds, table } from './bench/report.ts';
import { growth, type ScaleBuild, scaleFactors, scaleTable } from './bench/scale.ts';
import { type BuildPhases, type BuildRun, build, buildPhases, cleanUp, freezeSources, makeSite, multiplyChapters, pdfOutcome, project, removeSite } from './bench/site.ts';
import { chapterPages, folderSize, type PageWeight, weighPage } from './bench/weight.ts';

const QUERY = 'Stepanakert';
const COPIES = 100;
const STARLIGHT_CHAPTER_GZIP = 52_000;
const BUDGETS = {
  overheadGzip: 15_000,
  jsGzip: 5_000,
  searchBytes: 150_000,
  fontBytes: 60_000,
  spellingsGzip: 6_000,
  relevanceHitRate: 0.9,
  coldBuildSeconds: 10,
  scaleBuildSeconds: 90,
  /** Time ×100 ÷ time ×10 ÷ 10: at most 1 when the build grows linearly with the content. */
  scaleGrowth: 1,
  lighthouse: 95,
};

const args = new Set(process.argv.slice(2));
const factors = scaleFactors(process.argv.slice(2));
const skip = { scale: factors.length === 0, pdf: args.has('--no-pdf'), lighthouse: args.has('--no-lighthouse') };
const base = basePath();
const benchStarted = performance.now();
/** The machine's load when the bench starts: timings taken on a busy machine are not comparable. */
const loadAtStart = loadavg()[0] ?? 0;

process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
process.on('SIGTERM', () => {
  cleanUp();
  process.exit(143);
});

function log(message: string): void {
  const elapsed = ((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${elapsed} s] ${message}\n`);
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** The last lines of a build's log, to say how far a failed or stopped build went. */
function reached(run: BuildRun): string {
  const lines = run.output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const routes = lines.filter((l) => /\/index\.html|\.html \(/.test(l)).length;
  return `${routes} pages écrites ; dernière ligne : « ${(lines.at(-1) ?? '').slice(0, 120)} »`;
}

/** « Astro 12 s, PDF 1 s, vérification 2 s, Pagefind 1 s ; page la plus lente : /imprimer/index.html 3,1 s » */
function phaseText(p: BuildPhases): string {
  const parts = [
    ['Astro (Vite + pages)', p.astro],
    ['PDF', p.pdfOrLinks],
    ['vérification', p.check],
    ['Pagefind', p.pagefind],
  ]
    .filter((e): e is [string, number] => e[1] !== undefined)
    .map(([name, value]) => `${name} ${seconds(value)}`);
  return `${parts.join(', ')}${p.slowestPage ? ` ; page la plus lente : ${p.slowestPage.page} ${seconds(p.slowestPage.seconds)}` : ''}`;
}

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

interface Measured<T> {
  value?: T;
  /** Why it was not measured. */
  skipped?: string;
}

async function measure<T>(what: string, run: () => Promise<T>): Promise<Measured<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    log(`${what} : non mesuré (${message(error)})`);
    return { skipped: message(error) };
  }
}

// ── 1. The site as it is: cold and warm builds without PDFs, then the PDF step.
log('copie du site, construction à froid (DOSSIER_PDF=0)…');
freezeSources();
const site = makeSite('site');
const coldLoad = loadavg()[0] ?? 0;
const cold = await build(site, { pdf: false, timeoutSeconds: 600 });
const coldLoadEnd = loadavg()[0] ?? 0;
if (!cold.ok) {
  cleanUp();
  console.error(`La construction à froid a échoué (${cold.error ?? ''}) :\n${cold.output.split('\n').slice(-30).join('\n')}`);
  process.exit(1);
}
log(`à froid : ${seconds(cold.seconds)} ; construction à chaud…`);
const warm = await build(site, { pdf: false, timeoutSeconds: 600 });
log(`à chaud : ${seconds(warm.seconds)}`);

let pdf: { full?: BuildRun; files?: number; stepSeconds?: number; skipped?: string } = {};
if (skip.pdf) pdf = { skipped: 'option --no-pdf' };
else {
  log('construction complète avec PDF…');
  const full = await build(site, { pdf: true, timeoutSeconds: 900 });
  const line = pdfOutcome(full);
  if (!full.ok) pdf = { full, skipped: full.error ?? 'échec' };
  else if (!line) pdf = { full, skipped: 'étapes de la construction absentes (.astro/build-phases.json)' };
  else if ('disabled' in line) pdf = { full, skipped: 'PDF désactivés' };
  else if ('error' in line) pdf = { full, skipped: `PDF non produits : ${line.error}` };
  else pdf = { full, files: line.files, stepSeconds: line.seconds };
  log(`PDF : ${pdf.skipped ?? `${String(pdf.files)} fichiers en ${seconds(pdf.stepSeconds ?? 0)}`}`);
}

// ── 2. What a chapter page weighs.
const dist = join(site, 'dist');
const pages = chapterPages(dist, base);
const weights: PageWeight[] = pages.map((page) => weighPage(dist, base, page));
log(`${weights.length} pages de chapitre pesées`);
/** The heaviest page's overhead, part by part (scripts/bench/overhead.ts). */
const heaviest = weights.reduce<PageWeight | undefined>((max, w) => (!max || w.overheadGzip > max.overheadGzip ? w : max), undefined);
const heaviestParts: OverheadPart[] = heaviest ? overheadBreakdown(readFileSync(join(dist, heaviest.page.slice(base.length), 'index.html'), 'utf8')) : [];

// ── 3. Search and Lighthouse, in Chromium, on the first chapter.
let search: Measured<SearchBytes> = { skipped: 'aucune page de chapitre' };
let relevance: Measured<Relevance> = { skipped: 'aucune page de chapitre' };
let fontsLoaded: Measured<FontBytes> = { skipped: 'aucune page de chapitre' };
/** The spelling dictionary that search loads with Pagefind (/recherche/graphies.json), gzip. */
const spellingsFile = join(dist, 'recherche', 'graphies.json');
const spellingsGzip = existsSync(spellingsFile) ? gzipSync(readFileSync(spellingsFile), { level: 9 }).byteLength : undefined;
let lighthouse: Measured<LighthouseResult> = { skipped: skip.lighthouse ? 'option --no-lighthouse' : 'aucune page de chapitre' };
const firstChapter = pages[0];
if (firstChapter) {
  const server = await serve(dist, base);
  try {
    log(`recherche « ${QUERY} » depuis ${firstChapter}…`);
    search = await measure('recherche', () => searchBytes(server.origin, base, firstChapter, QUERY));
    log('polices chargées par les pages de chapitre…');
    fontsLoaded = await measure('polices', () => fontBytes(server.origin, pages));
    log('pertinence de la recherche (questions de tests/search/questions.ts)…');
    relevance = await measure('pertinence', () => searchRelevance(server.origin, base));
    if (!skip.lighthouse) {
      log('Lighthouse…');
      lighthouse = await measure('Lighthouse', () => lighthouseScores(`${server.origin}${firstChapter}`));
    }
  } finally {
    await server.close();
  }
}
removeSite(site);

// ── 4. The same site with 10 and 100 times the content (--scale=…), each built cold without PDFs.
interface Scale extends ScaleBuild {
  index?: { bytes: number; files: number };
  search: Measured<SearchBytes>;
}
const scales: Scale[] = [];
for (const copies of factors) {
  let chapters = 0;
  const big = makeSite(`x${copies}`, (content) => (chapters = multiplyChapters(content, copies)));
  log(`×${copies} : ${chapters} chapitres, construction (DOSSIER_PDF=0)…`);
  const start = loadavg()[0] ?? 0;
  const run = await build(big, { pdf: false, timeoutSeconds: Number(process.env['BENCH_SCALE_TIMEOUT'] ?? 900) });
  const load = { start, end: loadavg()[0] ?? 0 };
  log(`×${copies} : ${run.ok ? seconds(run.seconds) : `${run.error ?? ''} (${reached(run)})`} ; ${phaseText(buildPhases(run))}`);
  let bigSearch: Measured<SearchBytes> = { skipped: 'construction inachevée' };
  let index: { bytes: number; files: number } | undefined;
  if (run.ok) {
    const bigDist = join(big, 'dist');
    index = folderSize(join(bigDist, 'pagefind'));
    const bigFirst = chapterPages(bigDist, base)[0];
    if (bigFirst) {
      const server = await serve(bigDist, base);
      try {
        log(`×${copies} : recherche « ${QUERY} »…`);
        bigSearch = await measure(`recherche ×${copies}`, () => searchBytes(server.origin, base, bigFirst, QUERY));
      } finally {
        await server.close();
      }
    }
  }
  scales.push({ copies, chapters, build: run, load, ...(index ? { index } : {}), search: bigSearch });
  removeSite(big);
}
const scale: Measured<Scale> = skip.scale
  ? { skipped: 'option --no-scale' }
  : (() => {
      const at = scales.find((x) => x.copies === COPIES);
      return at ? { value: at } : { skipped: `×${COPIES} absent de --scale` };
    })();
/** ×1 (the cold build of the site as it is) then each scale build, for the table of steps. */
const sizes: ScaleBuild[] = [{ copies: 1, chapters: weights.length, build: cold, load: { start: coldLoad, end: coldLoadEnd } }, ...scales];
const tenfold = scales.find((x) => x.copies === 10);
const scaleGrowth = tenfold?.build.ok && scale.value?.build.ok ? growth(tenfold.build.seconds, scale.value.build.seconds, scale.value.chapters / tenfold.chapters) : undefined;
cleanUp();

// ── 5. Report.
interface Budget {
  label: string;
  value: number | undefined;
  limit: number;
  unit: 'octets' | 's' | 'note' | 'part' | 'ratio';
  /** true when the measure may be at most the limit, false when at least. */
  atMost: boolean;
  note?: string;
}
const maxOverhead = weights.length ? Math.max(...weights.map((w) => w.overheadGzip)) : undefined;
const maxJs = weights.length ? Math.max(...weights.map((w) => w.js.gzip)) : undefined;
const budgets: Budget[] = [
  { label: 'Page de chapitre : HTML+CSS+JS au-delà du texte (gzip, max.)', value: maxOverhead, limit: BUDGETS.overheadGzip, unit: 'octets', atMost: true },
  { label: 'JS d’une page de chapitre avant recherche (gzip, max.)', value: maxJs, limit: BUDGETS.jsGzip, unit: 'octets', atMost: true },
  {
    // As a host sends them (issue #21): JS and WebAssembly gzipped, Pagefind's pf_* files as they are (gzip already).
    label: `Premiers résultats « ${QUERY} » (octets /pagefind/ envoyés par un hôte qui compresse)`,
    value: search.value?.transferBytes,
    limit: BUDGETS.searchBytes,
    unit: 'octets',
    atMost: true,
    ...(search.skipped ? { note: search.skipped } : {}),
  },
  {
    label: 'Polices d’une page de chapitre (woff2, max.)',
    value: fontsLoaded.value?.bytes,
    limit: BUDGETS.fontBytes,
    unit: 'octets',
    atMost: true,
    ...(fontsLoaded.skipped ? { note: fontsLoaded.skipped } : {}),
  },
  { label: 'Dictionnaire des graphies de la recherche (gzip)', value: spellingsGzip, limit: BUDGETS.spellingsGzip, unit: 'octets', atMost: true },
  {
    label: 'Recherche : questions dont la section est parmi les 5 premiers liens',
    value: relevance.value?.hitRate,
    limit: BUDGETS.relevanceHitRate,
    unit: 'part',
    atMost: false,
    ...(relevance.skipped ? { note: relevance.skipped } : {}),
  },
  { label: 'Construction à froid sans PDF', value: cold.seconds, limit: BUDGETS.coldBuildSeconds, unit: 's', atMost: true },
  {
    label: `Construction ×${COPIES} du contenu, sans PDF`,
    value: scale.value?.build.ok ? scale.value.build.seconds : undefined,
    limit: BUDGETS.scaleBuildSeconds,
    unit: 's',
    atMost: true,
    ...(scale.skipped
      ? { note: scale.skipped }
      : scale.value && !scale.value.build.ok
        ? { note: `${scale.value.build.error ?? ''} après ${seconds(scale.value.build.seconds)}` }
        : {}),
  },
  {
    label: `Croissance de ×10 à ×${COPIES} : temps ×${COPIES} ÷ temps ×10 ÷ 10 (1 = linéaire)`,
    value: scaleGrowth,
    limit: BUDGETS.scaleGrowth,
    unit: 'ratio',
    atMost: true,
    ...(scaleGrowth === undefined ? { note: 'constructions ×10 et ×100 requises (--scale=10,100)' } : {}),
  },
  ...(
    [
      ['performance', 'performance'],
      ['accessibility', 'accessibilité'],
      ['best-practices', 'bonnes pratiques'],
      ['seo', 'SEO'],
    ] as const
  ).map(([category, name]) => ({
    label: `Lighthouse : ${name}`,
    value: lighthouse.value?.scores[category],
    limit: BUDGETS.lighthouse,
    unit: 'note' as const,
    atMost: false,
    ...(lighthouse.skipped ? { note: lighthouse.skipped } : {}),
  })),
];
const pass = (b: Budget): boolean | undefined => (b.value === undefined ? undefined : b.atMost ? b.value <= b.limit : b.value >= b.limit);
const show = (value: number | undefined, unit: Budget['unit']): string =>
  value === undefined
    ? '—'
    : unit === 'octets'
      ? ko(value)
      : unit === 's'
        ? seconds(value)
        : unit === 'part'
          ? `${number(value * 100)} %`
          : unit === 'ratio'
            ? number(value, 2)
            : number(value);

const chapterRows = weights.map((w) => [
  w.page.slice(base.length).replace(/^chapitres\/|\/$/g, ''),
  ko(w.html.raw),
  ko(w.html.gzip),
  ko(w.css.gzip),
  ko(w.printCss.gzip),
  ko(w.js.gzip),
  ko(w.text.gzip),
  ko(w.totalGzip),
  ko(w.overheadGzip),
  `${number(w.ratio, 2)} ×`,
  w.overheadGzip <= BUDGETS.overheadGzip ? 'ok' : 'DÉPASSÉ',
]);

const s = search.value;
const measures: string[][] = [
  ['Construction à froid (Astro + vérification + Pagefind, sans PDF)', seconds(cold.seconds)],
  ['   étapes (enregistrées par la construction)', phaseText(buildPhases(cold))],
  ['Construction à chaud (même copie, cache .astro)', warm.ok ? seconds(warm.seconds) : `échec : ${warm.error ?? ''}`],
  [
    'Étape PDF (enregistrée par la construction)',
    pdf.stepSeconds !== undefined ? `${seconds(pdf.stepSeconds)} (${String(pdf.files)} fichiers)` : `non mesuré : ${pdf.skipped ?? ''}`,
  ],
  ...(pdf.full?.ok ? [['Construction complète avec PDF (− à chaud sans PDF)', `${seconds(pdf.full.seconds)} (${seconds(pdf.full.seconds - warm.seconds)})`]] : []),
  ['Page de chapitre, gzip total (moyenne)', weights.length ? ko(weights.reduce((t, w) => t + w.totalGzip, 0) / weights.length) : '—'],
  ['   pour comparaison : page de chapitre Starlight', `≈ ${ko(STARLIGHT_CHAPTER_GZIP, 0)}`],
  ['JS avant recherche (max.), dont scripts en ligne', weights[0] && maxJs !== undefined ? `${ko(maxJs)} gzip, dont ${ko(weights[0].inlineJs.gzip)} en ligne` : '—'],
  [
    `Recherche « ${QUERY} » : requêtes /pagefind/`,
    s
      ? `${String(s.requests)} (${Object.entries(s.byKind)
          .map(([k, v]) => `${k} ${v.requests} = ${ko(v.bodyBytes)}`)
          .join(', ')})`
      : `non mesuré : ${search.skipped ?? ''}`,
  ],
  ...(s
    ? [
        ['   les mêmes fichiers sans compression de l’hôte', ko(s.bodyBytes)],
        ['   autres fichiers à l’ouverture (rendu des résultats)', ko(s.otherBodyBytes)],
        ['   premiers résultats affichés après', `${number(s.firstResultMs)} ms (${String(s.results)} résultats)`],
        [
          '   le plus gros fichier',
          (() => {
            const top = [...s.files].sort((a, b) => b.bodyBytes - a.bodyBytes)[0];
            return top ? `${top.path} : ${ko(top.bodyBytes)}` : '—';
          })(),
        ],
      ]
    : []),
  [
    'Recherche : rang réciproque moyen des réponses (questions du lecteur)',
    relevance.value ? `${number(relevance.value.mrr, 2)} sur ${String(relevance.value.questions.length)} questions` : `non mesuré : ${relevance.skipped ?? ''}`,
  ],
  ...(scales.length === 0 ? [['Contenu multiplié (×10, ×100)', `non mesuré : ${scale.skipped ?? ''}`]] : []),
  ...scales.flatMap((x) => [
    [`×${x.copies} : construction sans PDF (${number(x.chapters)} chapitres)`, x.build.ok ? seconds(x.build.seconds) : `${x.build.error ?? ''} — ${reached(x.build)}`],
    [`   étapes (enregistrées par la construction)`, phaseText(buildPhases(x.build))],
    [`×${x.copies} : index Pagefind (dist/pagefind)`, x.index ? `${ko(x.index.bytes, 0)} en ${number(x.index.files)} fichiers` : '—'],
    [
      `×${x.copies} : recherche « ${QUERY} » (octets /pagefind/)`,
      x.search.value
        ? `${ko(x.search.value.bodyBytes)} en ${String(x.search.value.requests)} requêtes (${number(x.search.value.firstResultMs)} ms)`
        : `non mesuré : ${x.search.skipped ?? ''}`,
    ],
  ]),
  [
    'Lighthouse (chapitre 1, mobile simulé)',
    lighthouse.value
      ? `performance ${lighthouse.value.scores.performance}, accessibilité ${lighthouse.value.scores.accessibility}, bonnes pratiques ${lighthouse.value.scores['best-practices']}, SEO ${lighthouse.value.scores.seo} (lighthouse ${lighthouse.value.version})`
      : `non mesuré : ${lighthouse.skipped ?? ''}`,
  ],
  ...(lighthouse.value
    ? [
        [
          '   mesures de laboratoire',
          (() => {
            const m = lighthouse.value.metrics;
            const ms = (v: number | undefined): string => (v === undefined ? '—' : `${number(v)} ms`);
            return `FCP ${ms(m['first-contentful-paint'])}, LCP ${ms(m['largest-contentful-paint'])}, TBT ${ms(m['total-blocking-time'])}, CLS ${m['cumulative-layout-shift'] === undefined ? '—' : number(m['cumulative-layout-shift'], 3)}, Speed Index ${ms(m['speed-index'])}`;
          })(),
        ],
        ...lighthouse.value.failing.slice(0, 6).map((a) => [`   audit sous 90 : ${a.id}`, `${String(a.score)} — ${a.title.slice(0, 90)}`]),
        ...lighthouse.value.warnings.map((w) => ['   avertissement', w.slice(0, 120)]),
      ]
    : []),
];
const firstWeight = weights[0];
const fileRows = firstWeight
  ? [
      ['HTML', firstWeight.page.slice(base.length), ko(firstWeight.html.raw), ko(firstWeight.html.gzip)],
      ...firstWeight.files.css.map((f) => [f.media === 'print' ? 'CSS impr.' : 'CSS', f.file, ko(f.raw), ko(f.gzip)]),
      ...firstWeight.files.js.map((f) => ['JS', f.file, ko(f.raw), ko(f.gzip)]),
      ...(firstWeight.inlineJs.raw ? [['JS', '(scripts en ligne, comptés dans le HTML)', ko(firstWeight.inlineJs.raw), ko(firstWeight.inlineJs.gzip)]] : []),
      ['texte', '.prose (le texte du chapitre)', ko(firstWeight.text.raw), ko(firstWeight.text.gzip)],
    ]
  : [];
const partRows = heaviest
  ? [
      ...heaviestParts.map((p) => [p.part, number(p.count), ko(p.gzip)]),
      ['CSS d’écran (fichiers)', number(heaviest.files.css.filter((f) => f.media !== 'print').length), ko(heaviest.css.gzip)],
      ['JS avant recherche (fichiers)', number(heaviest.files.js.length), ko(heaviest.js.gzip)],
    ]
  : [];
const budgetRows = budgets.map((b) => {
  const verdict = pass(b);
  return [
    b.label,
    show(b.value, b.unit),
    `${b.atMost ? '≤' : '≥'} ${show(b.limit, b.unit)}`,
    verdict === undefined ? `non mesuré${b.note ? ` (${b.note})` : ''}` : verdict ? 'ok' : 'DÉPASSÉ',
  ];
});

const totalSeconds = (performance.now() - benchStarted) / 1000;
const date = new Date();
const report = [
  '',
  `Banc d’essai du dossier — ${date.toLocaleString('fr-FR')} — ${number(cpus().length)} cœurs, Node ${process.versions.node}, charge moyenne ${number(loadAtStart, 1)} au départ, ${number(loadavg()[0] ?? 0, 1)} à la fin`,
  '',
  'Pages de chapitre (1 ko = 1000 octets ; gzip niveau 9, chaque fichier à part ; « impr. » : feuille media="print", chargée sans bloquer l’écran, hors total)',
  table(['chapitre', 'HTML', 'HTML gz', 'CSS gz', 'impr. gz', 'JS gz', 'texte gz', 'total gz', 'surcoût gz', 'ratio', '≤ 15 ko'], chapterRows),
  '',
  ...(firstWeight ? [`Fichiers chargés par ${firstWeight.page} avant toute recherche`, table(['type', 'fichier', 'brut', 'gzip'], fileRows), ''] : []),
  ...(heaviest
    ? [
        `Surcoût de ${heaviest.page} (${ko(heaviest.overheadGzip)}), partie par partie : ce que la page perdrait sans elle, gzip (une partie à la fois ; gzip ne s’additionne pas exactement)`,
        table(['partie', 'éléments', 'gzip'], partRows),
        '',
      ]
    : []),
  'Mesures',
  table(['mesure', 'valeur'], measures),
  '',
  ...(scales.length > 0
    ? ['Étapes de la construction selon la taille du contenu (à froid, sans PDF ; dernières colonnes : croissance ÷ croissance du contenu, 1 = linéaire)', scaleTable(sizes), '']
    : []),
  'Budgets',
  table(['budget', 'mesure', 'limite', 'verdict'], budgetRows),
  '',
  `Durée du banc : ${seconds(totalSeconds)}`,
].join('\n');
console.log(report);

const results = {
  date: date.toISOString(),
  benchSeconds: totalSeconds,
  machine: {
    node: process.versions.node,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    memoryGB: Math.round(totalmem() / 1e9),
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    chromium: (() => {
      const path = chromiumPath();
      return path ? spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim() : null;
    })(),
    astro: version('astro'),
    pagefind: version('pagefind'),
  },
  base,
  query: QUERY,
  builds: {
    coldSeconds: cold.seconds,
    coldPhases: buildPhases(cold),
    warmSeconds: warm.ok ? warm.seconds : null,
    warmPhases: buildPhases(warm),
    pdf: { stepSeconds: pdf.stepSeconds ?? null, files: pdf.files ?? null, fullBuildSeconds: pdf.full?.ok ? pdf.full.seconds : null, skipped: pdf.skipped ?? null },
  },
  chapters: weights,
  heaviestOverhead: heaviest ? { page: heaviest.page, parts: heaviestParts } : undefined,
  search: search.value ?? { skipped: search.skipped },
  spellingsGzip: spellingsGzip ?? null,
  relevance: relevance.value ? { hitRate: relevance.value.hitRate, mrr: relevance.value.mrr, questions: relevance.value.questions } : { skipped: relevance.skipped },
  scale: skip.scale
    ? { skipped: scale.skipped }
    : sizes.map((x) => {
        const extra = scales.find((y) => y.copies === x.copies);
        return {
          copies: x.copies,
          chapters: x.chapters,
          ok: x.build.ok,
          buildSeconds: x.build.seconds,
          phases: buildPhases(x.build),
          load: x.load,
          error: x.build.error ?? null,
          reached: x.build.ok ? null : reached(x.build),
          ...(extra ? { index: extra.index ?? null, search: extra.search.value ?? { skipped: extra.search.skipped } } : {}),
        };
      }),
  scaleGrowth: scaleGrowth ?? null,
  fonts: fontsLoaded.value ?? { skipped: fontsLoaded.skipped },
  lighthouse: lighthouse.value ?? { skipped: lighthouse.skipped },
  reference: { starlightChapterPageGzip: STARLIGHT_CHAPTER_GZIP },
  budgets: budgets.map((b) => ({ ...b, pass: pass(b) ?? null })),
};
const folder = join(project, 'bench', 'results');
mkdirSync(folder, { recursive: true });
const file = join(folder, `${date.toISOString().slice(0, 16).replace(':', 'h')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Résultats : ${relative(process.cwd(), file)}`);
