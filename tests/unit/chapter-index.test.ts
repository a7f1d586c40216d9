import { describe, expect, it } from 'vitest';
import { chapterIndex, checkFrontmatter, outline } from '../../src/content/chapter-index.ts';
import { NOTES_HEADING_ID, REPERES_HEADING_ID } from '../../src/lib/page-ids.ts';

const file = 'content/chapitres/2-essai.mdx';
const valid = ['title: "Un second chapitre"', 'order: 2', 'period: "1994–2020"', 'summary: "Un second chapitre d’essai, pour les liens entre chapitres."', 'updated: 2026-11-20'];
const frontmatter = (lines: string[]): string => lines.join('\n');

describe('checkFrontmatter', () => {
  it('accepts a complete front matter', () => {
    expect(() => checkFrontmatter(file, frontmatter(valid))).not.toThrow();
  });

  it('names a missing field, at the opening line, with what to write', () => {
    expect(() => checkFrontmatter(file, frontmatter(valid.filter((l) => !l.startsWith('period'))))).toThrow(
      `${file}:1 — en-tête : champ « period » manquant.\n  → Correction : ajoutez à l’en-tête « period: » suivi de la période couverte, par exemple "1918–1987".`,
    );
  });

  it('names a bad date at its line (the YAML starts on line 2)', () => {
    expect(() => checkFrontmatter(file, frontmatter(valid.map((l) => l.replace('2026-11-20', '2026-13-45'))))).toThrow(
      `${file}:6 — en-tête : champ « updated » invalide (2026-13-45).\n  → Correction : donnez à « updated » la date de dernière mise à jour au format AAAA-MM-JJ, par exemple 2026-11-25.`,
    );
    expect(() => checkFrontmatter(file, frontmatter(valid.map((l) => l.replace('2026-11-20', '2026-02-30'))))).toThrow(
      `${file}:6 — en-tête : champ « updated » invalide (2026-02-30).\n  → Correction : donnez à « updated » la date de dernière mise à jour au format AAAA-MM-JJ, par exemple 2026-11-25.`,
    );
  });

  it('names an unknown field', () => {
    expect(() => checkFrontmatter(file, frontmatter([...valid, 'auteur: "X"']))).toThrow(`${file}:7 — en-tête : champ « auteur » inconnu.`);
  });

  it('reports invalid YAML and a missing front matter', () => {
    expect(() => checkFrontmatter(file, frontmatter([...valid, 'period: "a"']))).toThrow(`${file}:7 — en-tête : YAML invalide`);
    expect(() => checkFrontmatter(file, undefined)).toThrow(`${file}:1 — le chapitre n’a pas d’en-tête.`);
  });
});

describe('chapterIndex', () => {
  it('indexes the fixture chapters, whose front matter is valid', () => {
    expect([...chapterIndex('tests/fixtures/build-ok/content/chapitres').keys()]).toEqual(['1-essai', '2-essai']);
  });

  it('counts the headings the page adds (notes, « Repères ») among the anchors, with the sections', () => {
    const ids = outline('---\ntitle: "Essai"\n---\n\n## Le contexte\n\nUn paragraphe.\n').ids;
    expect([...ids]).toEqual([NOTES_HEADING_ID, REPERES_HEADING_ID, 'le-contexte']);
  });
});
