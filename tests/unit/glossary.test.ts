import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/content/schemas.ts';
import { glossaryChapters } from '../../src/lib/facts.ts';
import { indexOfNames, spellings } from '../../src/lib/glossary.ts';
import { render } from './pipeline.ts';

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
  it('lists the chapters that link an entry, as remark-glossary-links records them: whole words, not headings', async () => {
    const chapters = [
      { slug: '1-a', text: '## Kelbajar\n\nRien sur la ville.' },
      { slug: '3-b', text: 'La prise de Kelbajar, en avril 1993.' },
      { slug: '5-c', text: 'Kelbajarville n’existe pas.' },
    ];
    const recorded = await Promise.all(chapters.map(async (c) => ({ slug: c.slug, glossaryLinks: (await render(c.text)).data['glossaryLinks'] as string[] })));
    expect(recorded.map((c) => c.glossaryLinks)).toEqual([[], ['kelbajar'], []]);
    expect(glossaryChapters(recorded).get('kelbajar')).toEqual(['3-b']);
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
