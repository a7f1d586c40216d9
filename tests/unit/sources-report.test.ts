/**
 * `npm run sources` on a small fixture (a copy of tests/fixtures/build-ok with
 * chapter 2 rewritten): every figure of the report, and the table and JSON.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSources } from '../../scripts/sources/collect.ts';
import { type SourcesReport, sourcesReport } from '../../scripts/sources/report.ts';
import { formatReport } from '../../scripts/sources.ts';

const chapter2 = `---
title: "Un second chapitre"
order: 2
period: "1994–2020"
summary: "Un second chapitre d’essai, pour les liens entre chapitres, la navigation et le sommaire."
updated: 2026-11-20
---

Un texte bref, d’après Wikipédia[^a]. Gandja est frappée[^b]. Selon l’agence, la ville est touchée[^c].

## Début

Des réfugiés arrivent[^d]. Autre fait[^e].

[^a]: [@wp-en-khojaly-massacre].
[^b]: [@azertag-2020-gandja].
[^c]: [@azertag-2020-gandja] ; [@reuters-2023-hcr].
[^d]: [@reuters-2023-hcr].
[^e]: [@onu-csnu-822-1993] ; [@wp-en-khojaly-massacre].
`;

let dir = '';
let report: SourcesReport;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-sources-'));
  cpSync('tests/fixtures/build-ok/content', dir, { recursive: true });
  writeFileSync(join(dir, 'chapitres/2-essai.mdx'), chapter2);
  // The report counts what the build would refuse: one figure row on Wikipedia alone.
  const figure = join(dir, 'donnees/essai-khodjaly.yaml');
  writeFileSync(figure, readFileSync(figure, 'utf8').replace('[{ key: dewaal-2003-black-garden, at: chap. 11 }, wp-en-khojaly-massacre]', '[wp-en-khojaly-massacre]'));
  report = sourcesReport(collectSources(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run sources', () => {
  it('counts per chapter: citations, Wikipedia, notes on Wikipedia alone, on parties or relays only, warnings, mentions', () => {
    expect(report.chapters.find((c) => c.chapter === '2-essai')).toEqual({
      chapter: '2-essai',
      notes: 5,
      citations: 7,
      wikipediaCitations: 2,
      wikipediaShare: 2 / 7,
      notesOnWikipediaOnly: 1,
      // b (party), c (party + relay, attributed), d (relay)
      notesOnPartyOrRelayOnly: 3,
      // b (party, not attributed) and d (relays only); c is attributed and not only relays
      notesWarned: 2,
      wikipediaMentions: 1,
    });
    // The figure placed in chapter 1 of the fixture adds one note per row (two rows, one on Wikipedia alone).
    expect(report.total).toMatchObject({ chapter: 'total', notes: 11, citations: 14, wikipediaCitations: 4, notesOnWikipediaOnly: 2, notesWarned: 2 });
  });

  it('lists the bibliography’s gaps and the entries cited nowhere (chronology counts as a use)', () => {
    expect(report.entries).toEqual({ total: 5, byVoice: { neutre: 3, azerbaïdjanaise: 1, wikipédia: 1 }, relays: 1 });
    expect(report.gaps).toEqual({
      noAuthor: ['azertag-2020-gandja', 'reuters-2023-hcr'],
      noType: [],
      noIsbn: [],
      noUrl: ['azertag-2020-gandja', 'reuters-2023-hcr'],
      uncited: [],
    });
  });

  it('prints a table on the terminal, and the same figures as JSON with --json', () => {
    const text = formatReport(report);
    expect(text).toContain('2-essai');
    expect(text.split('\n').find((l) => l.startsWith('total'))).toMatch(/^total\s+11\s+14\s+4\s+28,6\s%\s+2\s+3\s+2\s+1$/);
    const json = execFileSync('npx', ['node', '--disable-warning=ExperimentalWarning', 'scripts/sources.ts', '--json'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('stops with the file, the line and the fix when the content is wrong, as the build does', () => {
    writeFileSync(join(dir, 'sources/web.yaml'), 'wp-fr-essai:\n  type: web\n  voix: wikipédia\n  title: "Essai"\n  language: fr\n');
    let message = '';
    try {
      execFileSync('npx', ['node', '--disable-warning=ExperimentalWarning', 'scripts/sources.ts'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr: string }).stderr);
    }
    expect(message).toContain('sources/web.yaml:1 — source « wp-fr-essai », champ « url » : article de Wikipédia sans adresse.');
  });
});
