/**
 * The steps that finish a build, run by `astro build` itself so that nothing
 * half-built is published. Each built page is read once, for three steps: its
 * security policy narrowed to its own inline scripts and styles (page-policies.ts),
 * what the integrity check needs noted (integrity.ts), its search records handed
 * to Pagefind (search-index.ts), which indexes them in its own process meanwhile.
 * Then, while Pagefind writes its index (in that process), the integrity check of
 * the generated site (links, anchors, notes, empty pages; links to the PDFs
 * against the files the PDF step will write) and the PDFs of the chapters and of
 * the print edition (whether they are made is decided before the pages are
 * rendered: content/print-edition.ts).
 * The time of each step goes to `.astro/build-phases.json` (src/integrations/phases.ts) for the bench.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { freezeDossier, loadDossier } from '../content/dossier.ts';
import { editionSkipped, pdfEnabled, pdfSkipped } from '../content/print-edition.ts';
import { fr } from '../i18n/fr.ts';
import { type ChapterRecords, citedKeys } from '../lib/facts.ts';
import { EDITION_PAGE, type PdfJob, pdfJobs } from '../lib/pdf-files.ts';
import { recordedChapter } from './chapter-records.ts';
import { htmlFiles } from './html-files.ts';
import { checkPages, formatProblems, type Page, readPage } from './integrity.ts';
import { narrowPagePolicy } from './page-policies.ts';
import { renderPdfs } from './pdf.ts';
import { type PdfOutcome, type RecordedPhases, secondsSince, writePhases } from './phases.ts';
import { SearchIndex } from './search-index.ts';

/** The PDFs the build writes (none when pdfSkipped()), from the dossier model's chapters. */
function plannedPdfs(): PdfJob[] {
  return pdfEnabled() ? pdfJobs(loadDossier().chapterTitles, fr.siteTitle) : [];
}

async function pdfStep(root: string, base: string, jobs: PdfJob[], logger: AstroIntegrationLogger): Promise<PdfOutcome> {
  const skipped = pdfSkipped();
  if (skipped) {
    logger.info(`PDF : non produits (${skipped}) ; les pages ne portent pas de lien vers eux.`);
    return { disabled: true };
  }
  const started = performance.now();
  try {
    const { report, layoutSeconds, files } = await renderPdfs(root, base, EDITION_PAGE, jobs, fr.siteAuthor);
    const missing = jobs.filter((j) => !existsSync(join(root, j.file))).map((j) => j.file);
    if (missing.length > 0) throw new Error(`fichiers absents après la mise en page : ${missing.join(', ')}`);
    const seconds = secondsSince(started);
    logger.info(
      `PDF : ${files.length} fichiers en ${seconds.toFixed(1)} s (mise en page ${layoutSeconds.toFixed(1)} s : ` +
        `${report.pages} pages, ${report.notes} notes en bas de page, ${report.crossReferences} renvois, index de ${report.indexEntries} noms).`,
    );
    return { files: files.length, seconds };
  } catch (error) {
    // The pages already link to the PDFs: nothing half-built is published.
    throw new Error(
      `PDF non produits : ${(error as Error).message}\n  → Correction : installez Chromium (apt-get install -y chromium) ou indiquez CHROMIUM_PATH ; DOSSIER_PDF=0 construit le site sans PDF ni lien vers eux.`,
      { cause: error },
    );
  }
}

/** A warning for each source that nothing cites: chapters (as their plugins recorded), chronology, glossary, map. */
function warnUncited(logger: AstroIntegrationLogger): void {
  const dossier = loadDossier();
  const chapters = [...dossier.chapters.keys()].map((slug) => recordedChapter(join(dossier.dir, 'chapitres', `${slug}.mdx`)));
  if (chapters.some((c) => c === undefined)) {
    logger.warn('sources jamais citées : non vérifiées (les greffons n’ont pas transmis les citations de tous les chapitres).');
    return;
  }
  const cited = citedKeys({
    chapters: chapters as ChapterRecords[],
    chronology: dossier.chronology.map((e) => e.data),
    glossary: dossier.glossary.map((e) => e.data),
    places: dossier.places.map((p) => p.data),
  });
  for (const [key, entry] of dossier.sources) {
    if (!cited.has(key)) logger.warn(`source jamais citée : « ${key} » (${entry.file}:${entry.line}).`);
  }
}

/** Said once per build when SITE_URL is missing: what the published site then lacks. */
export const NO_SITE_URL =
  'SITE_URL absent : le site ne porte aucune adresse absolue (ni lien canonique, ni Open Graph, ' +
  'ni plan du site, ni flux RSS, ni adresse imprimée dans les PDF). Pour publier : ' +
  'SITE_URL=https://… npm run build.';

/** Said once per build when the dossier is too large for its single-page print edition. */
export const editionNotComposed = (reason: string): string =>
  `édition imprimable /imprimer/ non composée : ${reason}. La page renvoie à chaque chapitre, ` +
  'qui s’imprime seul, et aucun PDF n’est produit. Seuil et raisons : README, « Impression ».';

export function postBuild(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  let projectRoot = process.cwd();
  let started = performance.now();
  return {
    name: 'dossier-post-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // The content was read with the config; it does not change while the site is built.
        if (command === 'build') freezeDossier(true);
      },
      'astro:config:done': ({ config }) => {
        // settings.basePath(), with its final slash (Astro keeps it: `trailingSlash: 'always'`).
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        started = performance.now();
        if (!site) logger.warn(NO_SITE_URL);
        const edition = editionSkipped();
        if (edition) logger.warn(editionNotComposed(edition));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const phases: RecordedPhases = { astro: secondsSince(started) };
        let step = performance.now();
        const jobs = plannedPdfs();
        const index = await SearchIndex.open(root);
        try {
          // Each built page is read once: its security policy narrowed to its own inline scripts
          // and styles, what the integrity check needs noted, its search records handed to
          // Pagefind, which indexes them in its own process while the next pages are read.
          const pages: Page[] = [];
          for (const file of htmlFiles(root)) {
            const html = narrowPagePolicy(file);
            pages.push(readPage(root, file, html));
            await index.add(file, html);
          }
          // Pagefind writes its files in its own process while the site is checked and the PDFs made.
          const { written: indexWritten } = await index.write();
          // The site is checked before the PDFs, which take the longest: a broken link stops the
          // build first. Links to the PDFs are checked against the files the PDF step will write.
          const report = checkPages(root, pages, base, new Set(jobs.map((j) => `/${j.file}`)));
          // Chronology anchors were checked against the chapter index before rendering (dossier.ts).
          warnUncited(logger);
          if (report.problems.length > 0) {
            throw new Error(`Vérification du site construit : ${report.problems.length} problème(s).\n${formatProblems(report.problems)}`);
          }
          logger.info(`Vérification : ${report.pages} pages, ${report.links} liens internes, ${report.notes} notes — aucun problème.`);
          phases.check = secondsSince(step);

          step = performance.now();
          phases.pdf = await pdfStep(root, base, jobs, logger);
          phases.pdfOrLinks = secondsSince(step);

          step = performance.now();
          const indexed = await indexWritten;
          phases.pagefind = secondsSince(step);
          writePhases(projectRoot, phases);
          logger.info(
            `Pagefind : ${indexed.records} fiches indexées (sections des chapitres, entrées du glossaire, de la chronologie et des sources) tirées de ${indexed.pages} pages.`,
          );
        } finally {
          await index.close();
        }
      },
    },
  };
}
