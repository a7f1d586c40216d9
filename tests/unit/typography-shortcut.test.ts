import Typograf from 'typograf';
import { describe, expect, it } from 'vitest';
import { frenchTypography, typografEngine } from '../../src/lib/typography.ts';

/** The rules audited for the shortcut of frenchTypography (src/lib/typography.ts). */
const AUDITED = [
  'common/other/delBOM',
  'common/punctuation/apostrophe',
  'common/punctuation/hellip',
  'common/punctuation/quote',
  'common/punctuation/quoteLink',
  'common/symbols/arrow',
  'common/symbols/cf',
  'common/symbols/copy',
  'fr/nbsp/beforeHighPunctuation',
  'fr/nbsp/numbers',
];

describe('frenchTypography’s shortcut', () => {
  it('was audited against every rule that runs (a new Typograf or rule must be audited again)', () => {
    const running = Typograf.getRules()
      .filter((r) => /^(common|fr)\//.test(r.name) && typografEngine.isEnabledRule(r.name))
      .map((r) => r.name)
      .sort();
    expect(running).toEqual(AUDITED);
    expect(Typograf.version).toBe('7.8.0');
  });

  it('gives back what Typograf gives, whether it calls it or not', () => {
    const texts = [
      '\n',
      ' \t\n\u00a0',
      'Le Haut-Karabagh',
      'l’Arménie et l’Azerbaïdjan, pays voisins — ou ennemis.',
      'copyright (c) (tm) (r)',
      'c -> d <- e',
      'Il dit « non » ; puis : rien !',
      'trois points... ou deux..',
      "l'accord",
      '30 000 morts, 9 %, 12 C',
      'voir https://exemple.org/a et &nbsp; <b>gras</b>',
      'copyright c tm r p C F',
      '— – - . , ’ ‘ [ ] * ) # … + = / %',
      '\uE000a\uE000\n',
    ];
    for (const text of texts) expect(frenchTypography(text)).toBe(typografEngine.execute(text));
  });

  it('gives back what Typograf gives on texts made of characters close to its rules', () => {
    const pieces = [...'abcmprtCF \n\t\u00a0\u202f\u2009-—–.,’‘[]*)#…+=/%éàœ_~', 'copyright ', 'http', 'www.', '--', '..', '\n\n\n'];
    let seed = 21;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let k = next() % 12; k >= 0; k--) text += pieces[next() % pieces.length];
      expect(frenchTypography(text)).toBe(typografEngine.execute(text));
    }
  });
});
