import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/content/schemas.ts';
import { citation, fullTitle, type Segment, sortKey } from '../../src/utils/cite.ts';
import { formatPartialDate } from '../../src/utils/dates.ts';

const flat = (segments: Segment[]): string => segments.map((s) => (s.em ? `*${s.text}*` : s.text)).join('');
/** The same, with the language of foreign titles shown: `{en:…}`. */
const marked = (segments: Segment[]): string => segments.map((s) => (s.lang ? `{${s.lang}:${s.text}}` : s.text)).join('');

describe('French citation forms', () => {
  const book: Source = {
    type: 'book',
    voix: 'neutre',
    language: 'en',
    authors: [{ family: 'Cornell', given: 'Svante E.' }],
    title: 'Small Nations and Great Powers',
    subtitle: 'A Study of Ethnopolitical Conflict in the Caucasus',
    shortTitle: 'Small Nations',
    place: 'Richmond',
    publisher: 'Curzon',
    date: '2001',
  };
  it('book: full, short, ibid', () => {
    expect(flat(citation(book, 'full', 'p. 12'))).toBe(
      'Svante E. Cornell, *Small Nations and Great Powers: A Study of Ethnopolitical Conflict in the Caucasus*, Richmond, Curzon, 2001, p. 12',
    );
    expect(flat(citation(book, 'short'))).toBe('S. E. Cornell, *Small Nations*, *op. cit.*');
    expect(flat(citation(book, 'ibid', 'p. 13'))).toBe('*Ibid.*, p. 13');
  });
  it('newspaper article and web page put their title in guillemets', () => {
    const article: Source = {
      type: 'newspaper',
      voix: 'neutre',
      language: 'en',
      authors: [{ literal: 'BBC News' }],
      title: 'Nagorno-Karabakh conflict killed 5,000 soldiers',
      container: 'BBC News',
      date: '2020-12-03',
    };
    expect(flat(citation(article, 'full'))).toBe('BBC News, « Nagorno-Karabakh conflict killed 5,000 soldiers », *BBC News*, 3 décembre 2020');
    const web: Source = { type: 'web', voix: 'wikipédia', language: 'en', title: 'Bishkek Protocol', container: 'Wikipedia (en)', accessed: '2026-11-01' };
    expect(flat(citation(web, 'full'))).toBe('« Bishkek Protocol », *Wikipedia (en)*, consulté le 1er novembre 2026');
    expect(flat(citation(web, 'short'))).toBe('« Bishkek Protocol », *op. cit.*');
  });
  it('legal text gives its symbol; an edited book its editors', () => {
    const res: Source = {
      type: 'legal',
      voix: 'neutre',
      language: 'fr',
      authors: [{ literal: 'Assemblée générale des Nations unies' }],
      title: 'Résolution 62/243',
      symbol: 'A/RES/62/243',
      date: '2008-03-14',
    };
    expect(flat(citation(res, 'full'))).toBe('Assemblée générale des Nations unies, *Résolution 62/243*, A/RES/62/243, 14 mars 2008');
    const edited: Source = {
      type: 'book',
      voix: 'neutre',
      language: 'en',
      editors: [{ family: 'Coppieters', given: 'Bruno' }],
      title: 'Contested Borders in the Caucasus',
      place: 'Bruxelles',
      publisher: 'VUB Press',
      date: '1996',
    };
    expect(flat(citation(edited, 'full'))).toBe('Bruno Coppieters (dir.), *Contested Borders in the Caucasus*, Bruxelles, VUB Press, 1996');
  });
  it('a title in another language carries its language and its own colon; a French one takes « : »', () => {
    expect(marked(citation(book, 'short'))).toBe('S. E. Cornell, {en:Small Nations}, op. cit.');
    const broers: Source = { ...book, authors: [{ family: 'Broers', given: 'Laurence' }], title: 'Armenia and Azerbaijan', subtitle: 'Anatomy of a Rivalry' };
    expect(fullTitle(broers)).toBe('Armenia and Azerbaijan: Anatomy of a Rivalry');
    const french: Source = { ...broers, language: 'fr', title: 'La République d’Arménie', subtitle: '1918-1920' };
    expect(fullTitle(french)).toBe('La République d’Arménie : 1918-1920');
    expect(citation(french, 'short').some((s) => s.lang)).toBe(false);
  });
  it('multi-volume work: number of volumes and years of the first and last', () => {
    const work: Source = { ...book, volumes: 4, volume: 'I–IV', date: '1971', dateEnd: '1996', subtitle: undefined };
    expect(flat(citation(work, 'full'))).toBe('Svante E. Cornell, *Small Nations and Great Powers*, 4 vol., Richmond, Curzon, 1971–1996');
  });
  it('a news release puts its title in guillemets; a legal text its number when it has no symbol', () => {
    const release: Source = {
      type: 'release',
      voix: 'neutre',
      language: 'en',
      authors: [{ literal: 'Human Rights Watch' }],
      title: 'Azerbaijan: Cluster Munitions Used',
      date: '2020-10-23',
    };
    expect(flat(citation(release, 'full'))).toBe('Human Rights Watch, « Azerbaijan: Cluster Munitions Used », 23 octobre 2020');
    const judgment: Source = { type: 'legal', voix: 'neutre', language: 'en', title: 'Case of X v. Y', number: 'Application no. 1/13', date: '2020-05-26' };
    expect(flat(citation(judgment, 'full'))).toBe('*Case of X v. Y*, Application no. 1/13, 26 mai 2020');
  });
  it('sorts by family name, particles aside', () => {
    const dewaal: Source = { type: 'book', voix: 'neutre', language: 'en', authors: [{ family: 'de Waal', given: 'Thomas', sortAs: 'Waal' }], title: 'Black Garden' };
    expect(sortKey(dewaal).startsWith('waal')).toBe(true);
  });
  it('formats partial dates in French', () => {
    expect(formatPartialDate('1994-05-12')).toBe('12 mai 1994');
    expect(formatPartialDate('1921-07')).toBe('juillet 1921');
    expect(formatPartialDate('1923')).toBe('1923');
    expect(formatPartialDate('2023-01-01')).toBe('1er janvier 2023');
  });
});
