import { describe, expect, it } from 'vitest';
import { bibtex, frenchReference, ris } from '../../src/utils/chapter-citation.ts';

const chapter = {
  slug: '3-guerre-1992-1994',
  order: 3,
  title: 'La guerre (1992–1994)',
  updated: new Date('2026-11-25T00:00:00Z'),
  url: 'https://exemple.org/chapitres/3-guerre-1992-1994/',
  dossier: 'Haut-Karabagh, dossier annoté',
  author: 'Dossier annoté Haut-Karabagh',
};

describe('chapter citation', () => {
  it('gives a French reference', () => {
    expect(frenchReference(chapter)).toBe(
      'Dossier annoté Haut-Karabagh, « La guerre (1992–1994) », chapitre 3 de Haut-Karabagh, dossier annoté, mis à jour le 25 novembre 2026, https://exemple.org/chapitres/3-guerre-1992-1994/ (consulté le 25 novembre 2026).',
    );
  });
  it('gives BibTeX and RIS records', () => {
    expect(bibtex(chapter)).toBe(`@incollection{hautkarabagh-3-guerre-1992-1994,
  author    = {{Dossier annoté Haut-Karabagh}},
  title     = {La guerre (1992–1994)},
  booktitle = {Haut-Karabagh, dossier annoté},
  chapter   = {3},
  year      = {2026},
  date      = {2026-11-25},
  url       = {https://exemple.org/chapitres/3-guerre-1992-1994/},
  urldate   = {2026-11-25},
  language  = {french},
}
`);
    expect(ris(chapter).split('\r\n')).toEqual([
      'TY  - CHAP',
      'AU  - Dossier annoté Haut-Karabagh',
      'TI  - La guerre (1992–1994)',
      'T2  - Haut-Karabagh, dossier annoté',
      'SE  - 3',
      'PY  - 2026',
      'DA  - 2026/11/25',
      'UR  - https://exemple.org/chapitres/3-guerre-1992-1994/',
      'LA  - fr',
      'ER  - ',
      '',
    ]);
  });
});

describe('chapter citation without a public address (no SITE_URL)', () => {
  const offline = { ...chapter, url: undefined };
  it('names the chapter and its date, with no address and no « consulté le »', () => {
    expect(frenchReference(offline)).toBe('Dossier annoté Haut-Karabagh, « La guerre (1992–1994) », chapitre 3 de Haut-Karabagh, dossier annoté, mis à jour le 25 novembre 2026.');
    expect(bibtex(offline)).not.toMatch(/url/);
    expect(ris(offline)).not.toContain('UR  -');
    expect(ris(offline).split('\r\n')).toHaveLength(ris(chapter).split('\r\n').length - 1);
  });
});
