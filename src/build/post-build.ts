/**
 * The steps that finish a build, run by `astro build` itself so that nothing
 * half-built is published: PDFs of the chapters and of the print edition
 * (or, without Chromium, the removal of the links to them), the integrity
 * check of the generated site (links, anchors, notes, empty pages), then the Pagefind search index.
 */

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { loadDossier } from '../content/dossier.ts';
import { fr } from '../i18n/fr.ts';
import { type ChapterRecords, citedKeys } from '../lib/facts.ts';
import { pdfJobs } from '../lib/pdf-files.ts';
import { pdfEnabled } from '../settings.ts';
import { recordedChapter } from './chapter-records.ts';
import { checkSite, formatProblems } from './integrity.ts';
import { renderPdfs } from './pdf.ts';
import { stripPdfLinks } from './pdf-links.ts';
import { writeSearchIndex } from './search-index.ts';

async function pdfStep(root: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  if (!pdfEnabled()) {
    logger.info('PDF : désactivés (DOSSIER_PDF=0) ; les pages ne portent pas de lien vers eux.');
    return;
  }
  const started = Date.now();
  try {
    const written = await renderPdfs(root, base, pdfJobs(loadDossier().chapterTitles, fr.siteTitle), fr.siteAuthor);
    logger.info(`PDF : ${written.length} fichiers en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    if (process.env['CI']) throw error;
    logger.warn(`PDF non produits (${(error as Error).message.split('\n')[0]}) ; liens retirés de ${stripPdfLinks(root)} pages.`);
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

export function postBuild(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'dossier-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(NO_SITE_URL);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await pdfStep(root, base, logger);

        const report = checkSite(root, base);
        // Chronology anchors were checked against the chapter index before rendering (dossier.ts).
        warnUncited(logger);
        if (report.problems.length > 0) {
          throw new Error(`Vérification du site construit : ${report.problems.length} problème(s).\n${formatProblems(report.problems)}`);
        }
        logger.info(`Vérification : ${report.pages} pages, ${report.links} liens internes, ${report.notes} notes — aucun problème.`);

        const indexed = await writeSearchIndex(root);
        logger.info(
          `Pagefind : ${indexed.records} fiches indexées (sections des chapitres, entrées du glossaire, de la chronologie et des sources) tirées de ${indexed.pages} pages.`,
        );
      },
    },
  };
}
