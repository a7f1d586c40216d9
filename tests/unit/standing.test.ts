import { describe, expect, it } from 'vitest';
import { source } from '../../src/content/schemas.ts';
import { type ExportEntry, sourceBibtex, sourceRis } from '../../src/utils/bibliography-export.ts';
import { standingLabel, voiceSlug } from '../../src/utils/standing.ts';

describe('standing of a source: the label a reader sees', () => {
  it('names the party and how it speaks, in agreement with the noun', () => {
    expect(standingLabel({ voix: 'azerbaïdjanaise', nature: 'officielle' })).toBe('source officielle azerbaïdjanaise');
    expect(standingLabel({ voix: 'arménienne', nature: 'presse' })).toBe('presse arménienne');
    expect(standingLabel({ voix: 'arménienne', nature: 'diaspora' })).toBe('presse de la diaspora arménienne');
    expect(standingLabel({ voix: 'russe', nature: 'média d’État' })).toBe('média d’État russe');
    expect(standingLabel({ voix: 'turque', nature: 'média d’État' })).toBe('média d’État turc');
    expect(standingLabel({ voix: 'azerbaïdjanaise', nature: 'militante' })).toBe('site militant azerbaïdjanais');
    expect(standingLabel({ voix: 'azerbaïdjanaise', nature: 'tribune' })).toBe('point de vue azerbaïdjanais');
  });
  it('names the original publisher of a relay, with French elision, and its party when it has one', () => {
    expect(standingLabel({ voix: 'neutre', relais: true, source: 'Reuters' })).toBe('relais de Reuters');
    expect(standingLabel({ voix: 'neutre', relais: true, source: 'l’Agence France-Presse' })).toBe('relais de l’Agence France-Presse');
    expect(standingLabel({ voix: 'neutre', relais: true, source: 'le New York Times' })).toBe('relais du New York Times');
    expect(standingLabel({ voix: 'neutre', relais: true, source: 'Azatutyun (RFE/RL)' })).toBe('relais d’Azatutyun (RFE/RL)');
    expect(standingLabel({ voix: 'azerbaïdjanaise', nature: 'presse', relais: true, source: 'Trend' })).toBe('relais de Trend, presse azerbaïdjanaise');
  });
  it('says nothing for a neutral source or Wikipedia', () => {
    expect(standingLabel({ voix: 'neutre' })).toBeUndefined();
    expect(standingLabel({ voix: 'wikipédia' })).toBeUndefined();
    expect(voiceSlug('azerbaïdjanaise')).toBe('azerbaidjanaise');
    expect(voiceSlug('autre partie')).toBe('autre-partie');
  });
});

describe('the schema’s classification rules', () => {
  const base = { type: 'newspaper', title: 'T', language: 'en' } as const;
  const problem = (data: object): string | undefined => {
    const r = source.safeParse(data);
    return r.success ? undefined : `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`;
  };
  it('requires a standing, and a nature for a party’s voice only', () => {
    expect(problem(base)).toMatch(/^voix: /);
    expect(problem({ ...base, voix: 'arménienne' })).toBe('voix: source de voix arménienne sans « nature »');
    expect(problem({ ...base, voix: 'neutre', nature: 'presse' })).toBe('nature: « nature » est réservée aux voix des parties (ici « neutre »)');
    expect(problem({ ...base, voix: 'arménienne', nature: 'presse' })).toBeUndefined();
  });
  it('ties relais and source together', () => {
    expect(problem({ ...base, voix: 'neutre', relais: true })).toBe('relais: relais sans « source »');
    expect(problem({ ...base, voix: 'neutre', source: 'Reuters' })).toBe('source: « source » sans « relais: true »');
  });
  it('wants an address on wikipedia.org for a Wikipedia article, and the Wikipedia standing for such an address', () => {
    const wiki = { type: 'web', title: 'Khojaly massacre', container: 'Wikipedia (en)', language: 'en' };
    expect(problem({ ...wiki, voix: 'wikipédia' })).toBe('url: article de Wikipédia sans adresse');
    expect(problem({ ...wiki, voix: 'neutre', url: 'https://en.wikipedia.org/wiki/Khojaly_massacre' })).toBe('voix: article de Wikipédia dont « voix » n’est pas « wikipédia »');
    expect(problem({ ...wiki, voix: 'wikipédia', url: 'https://en.wikipedia.org/wiki/Khojaly_massacre' })).toBeUndefined();
  });
  it('wants books complete (ISBN or a reason), volumes named, documents issued and dated', () => {
    const book = { type: 'book', voix: 'neutre', title: 'B', language: 'en', publisher: 'P', place: 'L', date: '2001' };
    expect(problem(book)).toBe('isbn: ouvrage sans ISBN');
    expect(problem({ ...book, missing: { isbn: 'Ouvrage paru avant l’ISBN.' } })).toBeUndefined();
    expect(problem({ ...book, isbn: '1', volumes: 4 })).toBe('volume: ouvrage en 4 volumes sans « volume »');
    expect(problem({ type: 'release', voix: 'neutre', title: 'R', language: 'en', date: '2020' })).toBe('authors: document (release) sans auteur ni organisme émetteur');
    expect(problem({ type: 'legal', voix: 'neutre', title: 'R', language: 'en', authors: [{ literal: 'ONU' }] })).toBe('date: document (legal) sans date');
  });
});

describe('the bibliography for reference managers', () => {
  const broers: ExportEntry = {
    key: 'broers-2019-anatomy-rivalry',
    data: {
      type: 'book',
      voix: 'neutre',
      authors: [{ family: 'Broers', given: 'Laurence' }],
      title: 'Armenia and Azerbaijan',
      subtitle: 'Anatomy of a Rivalry',
      publisher: 'Edinburgh University Press',
      place: 'Édimbourg',
      date: '2019',
      isbn: '978-1-4744-5052-2',
      language: 'en',
    },
  };
  it('BibTeX keeps the title as published and declares its language', () => {
    expect(sourceBibtex(broers)).toBe(
      [
        '@book{broers-2019-anatomy-rivalry,',
        '  author       = {Broers, Laurence},',
        '  title        = {Armenia and Azerbaijan},',
        '  subtitle     = {Anatomy of a Rivalry},',
        '  publisher    = {Edinburgh University Press},',
        '  location     = {Édimbourg},',
        '  date         = {2019},',
        '  isbn         = {978-1-4744-5052-2},',
        '  langid       = {english},',
        '  keywords     = {voix: neutre},',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('RIS joins title and subtitle as English does, and carries the label of a relay', () => {
    expect(sourceRis(broers)).toContain('TI  - Armenia and Azerbaijan: Anatomy of a Rivalry\r\n');
    const relay = { key: 'r', data: { type: 'newspaper', voix: 'neutre', relais: true, source: 'Reuters', title: 'T', container: 'Boursier.com', language: 'fr' } } as const;
    expect(sourceRis(relay)).toBe(
      ['TY  - NEWS', 'ID  - r', 'TI  - T', 'T2  - Boursier.com', 'LA  - fr', 'KW  - voix: neutre', 'KW  - relais', 'N1  - relais de Reuters', 'ER  - ', ''].join('\r\n'),
    );
  });
});
