import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/content/schemas.ts';
import { indexOfNames, mentions, spellings } from '../../src/utils/glossary.ts';

const khodjaly: GlossaryEntry = {
  id: 'khodjaly',
  term: 'Khodjaly',
  kind: 'lieu',
  armenian: 'Ivanian',
  azerbaijani: 'Khodjaly',
  english: ['Khojaly', 'Khojali'],
  russian: ['Khodzhaly'],
  native: { az: 'Xocalı', ru: 'Ходжалы' },
  variants: ['Khodjalou', 'Xocalı'],
  definition: 'Ville du Haut-Karabagh prise par les forces arméniennes les 25 et 26 février 1992.',
  sources: ['wp-en-khojaly-massacre'],
};

describe('glossary spellings', () => {
  it('lists every spelling once, the dossier’s first', () => {
    expect(spellings(khodjaly)).toEqual(['Khodjaly', 'Khodjalou', 'Xocalı', 'Ivanian', 'Khojaly', 'Khojali', 'Khodzhaly', 'Ходжалы']);
  });
  it('computes the chapters that mention an entry from their text, by whole words', () => {
    const chapters = [
      { slug: '1-a', text: 'Rien sur la ville.' },
      { slug: '3-b', text: 'La prise de Khodjaly, le 26 février 1992.' },
      { slug: '5-c', text: 'Khodjalyville n’existe pas.' },
    ];
    expect(mentions(khodjaly, chapters)).toEqual(['3-b']);
  });
});

describe('chapter front matter dates', () => {
  it('accepts real days only', async () => {
    const { isCalendarDate } = await import('../../src/content/schemas.ts');
    expect(isCalendarDate('2026-11-25')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});

describe('index of names', () => {
  it('lists each entry under its main form and sends its other Latin spellings to it, in French order', () => {
    const stepanakert: GlossaryEntry = {
      ...khodjaly,
      id: 'stepanakert',
      term: 'Stepanakert',
      armenian: 'Stepanakert',
      azerbaijani: 'Khankendi',
      native: { hy: 'Ստեփանակերտ' },
      variants: ['Khankendi', 'Xankəndi', 'Khodjaly', 'Ստեփանակերտ'],
    };
    expect(indexOfNames([stepanakert, khodjaly])).toEqual([
      { label: 'Ivanian', id: 'khodjaly', see: 'Khodjaly' },
      { label: 'Khankendi', id: 'stepanakert', see: 'Stepanakert' },
      { label: 'Khodjalou', id: 'khodjaly', see: 'Khodjaly' },
      { label: 'Khodjaly', id: 'khodjaly' },
      { label: 'Stepanakert', id: 'stepanakert' },
      { label: 'Xankəndi', id: 'stepanakert', see: 'Stepanakert' },
      { label: 'Xocalı', id: 'khodjaly', see: 'Khodjaly' },
    ]);
  });
});
