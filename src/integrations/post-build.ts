/**
 * The steps that finish a build, run by `astro build` itself so that nothing
 * half-built is published: PDFs of the chapters and of the print edition
 * (or, without Chromium, the removal of the links to them), the integrity
 * check of the generated site (links, anchors, notes, chronology, empty
 * pages), then the Pagefind search index.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fr } from '../i18n/fr.ts';
import { loadChronology } from '../utils/chronology.ts';
import { checkChronology, checkSite, formatProblems } from '../utils/integrity.ts';
import { stripPdfLinks } from '../utils/pdf-links.ts';
import { contentDir, pdfEnabled } from '../utils/site.ts';
import { loadSources } from '../utils/sources.ts';
import { type PdfJob, renderPdfs } from './pdf.ts';
import { writeSearchIndex } from './search-index.ts';

export const WHOLE_DOSSIER_PDF = 'pdf/dossier-haut-karabagh.pdf';

function pageTitle(file: string): string {
  const match = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'));
  return (match?.[1] ?? '')
    .replace(/ — .*$/, '')
    .replace(/&#39;|&apos;/g, '’')
    .replace(/&amp;/g, '&');
}

/** The print edition, laid out once for every PDF. */
export const EDITION_PAGE = 'imprimer/';

export function pdfJobs(root: string): PdfJob[] {
  const chapters = existsSync(join(root, 'chapitres')) ? readdirSync(join(root, 'chapitres')).sort() : [];
  return [
    ...chapters.map((slug) => ({ chapter: slug, file: `pdf/${slug}.pdf`, title: `${pageTitle(join(root, 'chapitres', slug, 'index.html'))} — ${fr.siteTitle}` })),
    { file: WHOLE_DOSSIER_PDF, title: fr.siteTitle },
  ];
}

async function pdfStep(root: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  if (!pdfEnabled()) {
    logger.info('PDF : désactivés (DOSSIER_PDF=0) ; les pages ne portent pas de lien vers eux.');
    return;
  }
  const started = Date.now();
  try {
    const { report, layoutSeconds, files } = await renderPdfs(root, base, EDITION_PAGE, pdfJobs(root), fr.siteAuthor);
    logger.info(
      `PDF : ${files.length} fichiers en ${((Date.now() - started) / 1000).toFixed(1)} s (mise en page ${layoutSeconds.toFixed(1)} s : ` +
        `${report.pages} pages, ${report.notes} notes en bas de page, ${report.crossReferences} renvois, index de ${report.indexEntries} noms).`,
    );
  } catch (error) {
    if (process.env['CI']) throw error;
    logger.warn(`PDF non produits (${(error as Error).message.split('\n')[0]}) ; liens retirés de ${stripPdfLinks(root)} pages.`);
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
        const sources = loadSources(join(contentDir(), 'sources'));
        report.problems.push(...checkChronology(root, loadChronology(join(contentDir(), 'chronologie'), new Set(sources.keys()))));
        for (const [key, entry] of sources) {
          if (!report.citedKeys.has(key)) logger.warn(`source jamais citée : « ${key} » (${entry.file}:${entry.line}).`);
        }
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
