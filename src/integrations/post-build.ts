/**
 * The steps that finish a build, run by `astro build` itself so that nothing
 * half-built is published: the integrity check of the generated site (links,
 * anchors, notes, empty pages), then the Pagefind search index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { loadChronology } from '../utils/chronology.ts';
import { checkChronology, checkSite, formatProblems } from '../utils/integrity.ts';
import { contentDir } from '../utils/site.ts';
import { loadSources } from '../utils/sources.ts';

export function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'dossier-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const report = checkSite(root, base);
        const sources = loadSources(join(contentDir(), 'sources'));
        report.problems.push(...checkChronology(root, loadChronology(join(contentDir(), 'chronologie'), new Set(sources.keys()))));
        for (const warning of report.warnings) logger.warn(warning);
        for (const [key, entry] of sources) {
          if (!report.citedKeys.has(key)) logger.warn(`source jamais citée : « ${key} » (${entry.file}:${entry.line}).`);
        }
        if (report.problems.length > 0) {
          throw new Error(`Vérification du site construit : ${report.problems.length} problème(s).\n${formatProblems(report.problems)}`);
        }
        logger.info(`Vérification : ${report.pages} pages, ${report.links} liens internes, ${report.notes} notes — aucun problème.`);

        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: `${root}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
        await pagefind.close();
        logger.info(`Pagefind : ${added.page_count} pages indexées.`);
      },
    },
  };
}
