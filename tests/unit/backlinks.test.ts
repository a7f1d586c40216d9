/** The bibliography's backlinks: the notes of the chapters, and the places of the map. */
import { describe, expect, it } from 'vitest';
import { backlinksByKey, placeAnchor, placeBacklinksByKey } from '../../src/lib/backlinks.ts';

const citation = (key: string, note: number) => ({ key, note, noteId: `fn-${note}`, form: 'short' as const });

describe('backlinksByKey', () => {
  it('lists, for each source, the chapters in order and each note once', () => {
    const chapters = [
      { slug: '3-guerre', order: 3, citations: [citation('hrw', 2), citation('hrw', 2), citation('dewaal', 5)] },
      { slug: '1-epoque', order: 1, citations: [citation('hrw', 7)] },
    ];
    const out = backlinksByKey(chapters);
    expect(out.get('hrw')).toEqual([
      { slug: '1-epoque', order: 1, notes: [{ note: 7, noteId: 'fn-7' }] },
      { slug: '3-guerre', order: 3, notes: [{ note: 2, noteId: 'fn-2' }] },
    ]);
    expect(out.get('dewaal')).toEqual([{ slug: '3-guerre', order: 3, notes: [{ note: 5, noteId: 'fn-5' }] }]);
  });
});

describe('placeBacklinksByKey', () => {
  it('lists, for each source, the places whose coordinates it gives, by term in French order', () => {
    const places = [
      { id: 'stepanakert', source: 'wp-en-stepanakert' },
      { id: 'agdam', source: 'wp-fr' },
      { id: 'erevan', source: 'wp-fr' },
      { id: 'inconnu', source: 'wp-fr' },
    ];
    const terms = new Map([
      ['stepanakert', 'Stepanakert'],
      ['agdam', 'Ağdam'],
      ['erevan', 'Erevan'],
    ]);
    const out = placeBacklinksByKey(places, terms);
    expect(out.get('wp-en-stepanakert')).toEqual([{ id: 'stepanakert', term: 'Stepanakert' }]);
    // A place without a term (the loader forbids it) is still listed, under its id.
    expect(out.get('wp-fr')).toEqual([
      { id: 'agdam', term: 'Ağdam' },
      { id: 'erevan', term: 'Erevan' },
      { id: 'inconnu', term: 'inconnu' },
    ]);
    expect(placeAnchor('stepanakert')).toBe('lieu-stepanakert');
  });
});
