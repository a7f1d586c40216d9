import { describe, expect, it } from 'vitest';
import { foldSpelling, packSpellings, rewriteQuery, unpackSpellings } from '../../src/lib/spelling.ts';
import { spellingDictionary, wordAliases } from '../../src/lib/spelling-dictionary.ts';

const dictionary = spellingDictionary([
  ['Kelbajar', 'Karvachar', 'Karvatchar', 'Kəlbəcər', 'Kalbajar', 'Кельбаджар'],
  ['Khodjaly', 'Xocalı', 'Khojaly'],
  ['Haut-Karabagh', 'Nagorno-Karabakh', 'Karabagh', 'Artsakh'],
  ['Comité Karabagh', 'Karabakh Committee'],
  ['Choucha', 'Chouchi', 'Şuşa', 'Shusha'],
  ['Chouchi (bataille)', 'Chouchi'],
  ['Protocole de Bichkek', 'Bishkek Protocol'],
]);

describe('spellings for search', () => {
  it('folds case, accents, Azerbaijani letters and apostrophes', () => {
    expect(foldSpelling('Kəlbəcər')).toBe('kelbecer');
    expect(foldSpelling('Xocalı')).toBe('xocali');
    expect(foldSpelling('Şuşa Ağdam Füzuli')).toBe('susa agdam fuzuli');
    expect(foldSpelling('l’Azerbaïdjan')).toBe("l'azerbaidjan");
  });

  it('maps each other spelling to the dossier’s and leaves out spellings shared by two entries', () => {
    expect(dictionary['kalbajar']).toBe('Kelbajar');
    expect(dictionary['кельбаджар']).toBe('Kelbajar');
    expect(dictionary['kelbajar']).toBe('Kelbajar');
    expect(dictionary['chouchi']).toBeUndefined();
    expect(dictionary['shusha']).toBe('Choucha');
  });

  it('travels packed (each of the dossier’s spellings once) and unpacks to the same dictionary', () => {
    const packed = packSpellings(dictionary);
    expect(packed['Kelbajar']).toEqual(expect.arrayContaining(['kalbajar', 'кельбаджар', 'kelbajar']));
    expect(unpackSpellings(packed)).toEqual(dictionary);
    expect(unpackSpellings(JSON.parse('{"Kelbajar":"kalbajar","Choucha":["shusha",3]}'))).toEqual({ shusha: 'Choucha' });
  });

  it('rewrites a query typed in another spelling and says what it replaced', () => {
    expect(rewriteQuery('Xocalı', dictionary)).toEqual({ query: 'Khodjaly', replaced: [{ from: 'Xocalı', to: 'Khodjaly' }] });
    expect(rewriteQuery('Kəlbəcər 1993', dictionary)).toEqual({ query: 'Kelbajar 1993', replaced: [{ from: 'Kəlbəcər', to: 'Kelbajar' }] });
    expect(rewriteQuery('prise de Karvatchar', dictionary).query).toBe('prise de Kelbajar');
  });

  it('keeps the longest phrase and the dossier’s own spellings as they are', () => {
    expect(rewriteQuery('Karabakh Committee', dictionary)).toEqual({ query: 'Comité Karabagh', replaced: [{ from: 'Karabakh Committee', to: 'Comité Karabagh' }] });
    expect(rewriteQuery('Comité Karabagh', dictionary)).toEqual({ query: 'Comité Karabagh', replaced: [] });
    expect(rewriteQuery('khodjaly', dictionary)).toEqual({ query: 'khodjaly', replaced: [] });
    expect(rewriteQuery('Nagorno-Karabakh', dictionary).query).toBe('Haut-Karabagh');
  });

  it('pairs single words of multi-word spellings with the dossier’s words', () => {
    expect(wordAliases([['Protocole de Bichkek', 'Bishkek Protocol']])).toEqual(
      new Map([
        ['bishkek', 'Bichkek'],
        ['protocol', 'Protocole'],
      ]),
    );
    expect(rewriteQuery('Bishkek ceasefire', dictionary)).toEqual({ query: 'Bichkek ceasefire', replaced: [{ from: 'Bishkek', to: 'Bichkek' }] });
    // A word that could be two of the dossier's words is not guessed.
    expect(
      wordAliases([
        ['Stepanakert', 'Stepanakerts'],
        ['Stepanakart', 'Stepanakerts'],
      ]).size,
    ).toBe(0);
  });

  it('keeps an elided article in front of the name', () => {
    expect(rewriteQuery('chute d’Artsakh', dictionary)).toEqual({ query: 'chute d’Haut-Karabagh', replaced: [{ from: 'Artsakh', to: 'Haut-Karabagh' }] });
  });

  it('leaves words it does not know alone, markup included', () => {
    expect(rewriteQuery('<img src=x onerror=alert(1)>', dictionary)).toEqual({ query: '<img src=x onerror=alert(1)>', replaced: [] });
  });
});
