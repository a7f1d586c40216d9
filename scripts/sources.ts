/**
 * `npm run sources`: how the dossier is sourced, per chapter and in total,
 * read through the build's own loaders (scripts/sources/collect.ts).
 *
 *   npm run sources              a table on the terminal
 *   npm run sources -- --json    the same figures as JSON (for comparisons over time)
 *   CONTENT_DIR=… npm run sources   another content folder (the tests use a fixture)
 */

import { ContentError } from '../src/utils/errors.ts';
import { contentDir } from '../src/utils/site.ts';
import { table } from './bench/report.ts';
import { collectSources } from './sources/collect.ts';
import { type SourcesReport, sourcesReport } from './sources/report.ts';

const percent = (x: number): string => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(x * 100)} %`;

export function formatReport(report: SourcesReport): string {
  const header = [
    'chapitre',
    'notes',
    'citations',
    'Wikipédia',
    'part Wikipédia',
    'notes Wikipédia seule',
    'notes partie/relais seuls',
    'dont avertissements',
    'mentions de Wikipédia',
  ];
  const row = (r: SourcesReport['total']): string[] => [
    r.chapter,
    String(r.notes),
    String(r.citations),
    String(r.wikipediaCitations),
    percent(r.wikipediaShare),
    String(r.notesOnWikipediaOnly),
    String(r.notesOnPartyOrRelayOnly),
    String(r.notesWarned),
    String(r.wikipediaMentions),
  ];
  const { entries, gaps } = report;
  const list = (title: string, keys: string[]): string => `${title} : ${keys.length}${keys.length ? `\n  ${keys.join(', ')}` : ''}`;
  return [
    'Citations par chapitre',
    table(header, [...report.chapters.map(row), row(report.total)]),
    '',
    `Entrées de la bibliographie : ${entries.total} (${Object.entries(entries.byVoice)
      .map(([v, n]) => `${v} ${n}`)
      .join(', ')} ; relais ${entries.relays})`,
    list('Sans auteur (Wikipédia à part, sans raison donnée)', gaps.noAuthor),
    list('Sans type', gaps.noType),
    list('Ouvrages sans ISBN', gaps.noIsbn),
    list('Documents en ligne sans adresse', gaps.noUrl),
    list('Citées nulle part (chapitres, chronologie, glossaire, carte)', gaps.uncited),
  ].join('\n');
}

if (import.meta.main) {
  try {
    const report = sourcesReport(collectSources(contentDir()));
    console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
