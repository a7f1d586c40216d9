/** The « Repères » data file of a chapter (src/lib/reperes.ts): what the box shows, set as the page set it. */
import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/content/dossier.ts';
import type { ChronologyEvent } from '../../src/content/schemas.ts';
import { reperes } from '../../src/lib/reperes.ts';
import { eventsByChapter } from '../../src/lib/timeline.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const event = (data: Partial<ChronologyEvent>): { data: ChronologyEvent } => ({
  data: { date: '1994-05-12', text: 'Un événement daté.', chapter: '3-guerre', anchor: 'la-guerre', themes: ['guerre'], sources: ['cle'], ...data },
});

describe('reperes', () => {
  it('sets the date in French, the first of the month as « 1er » with its letters raised', () => {
    const [first, plain, month] = reperes([event({ date: '2023-10-01' }), event({ date: '1994-05-12' }), event({ date: '1988-02' })]);
    expect(first!.datetime).toBe('2023-10-01');
    expect(first!.date).toEqual([{ text: '1' }, { text: 'er', raised: true }, { text: ' octobre 2023' }]);
    expect(plain!.date).toEqual([{ text: '12 mai 1994' }]);
    expect(month!.date).toEqual([{ text: 'février 1988' }]);
  });

  it('sets the text in French typography, with the letters of its ordinals raised', () => {
    const [entry] = reperes([event({ text: "Le 366e régiment quitte la ville ; l'armée parle d'une « trahison » : 30 000 réfugiés." })]);
    expect(entry!.text).toEqual([
      { text: 'Le 366' },
      { text: 'e', raised: true },
      { text: ` régiment quitte la ville${NNBSP}; l’armée parle d’une «${NNBSP}trahison${NNBSP}»${NBSP}: 30${NNBSP}000 réfugiés.` },
    ]);
  });

  it('keeps the anchor, each event pointing to a section of its own chapter', () => {
    const dossier = loadDossier();
    const byChapter = eventsByChapter(dossier.chronology);
    expect([...byChapter.values()].flat()).toHaveLength(dossier.chronology.length);
    for (const [chapter, events] of byChapter) {
      const sections = dossier.chapters.get(chapter)!;
      const entries = reperes(events);
      expect(entries.map((e) => e.datetime)).toEqual(events.map((e) => e.data.date));
      for (const e of entries) expect(sections, `${chapter}#${e.anchor}`).toContain(e.anchor);
    }
  });
});

describe('eventsByChapter', () => {
  it('gives each chapter its events in the order of the chronology', () => {
    const a1 = event({ chapter: 'a', date: '1990' });
    const b1 = event({ chapter: 'b', date: '1991' });
    const a2 = event({ chapter: 'a', date: '1992' });
    expect(eventsByChapter([a1, b1, a2])).toEqual(
      new Map([
        ['a', [a1, a2]],
        ['b', [b1]],
      ]),
    );
  });
});
