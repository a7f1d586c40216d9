/** Facts recorded where they are made (src/lib/facts.ts) and handed to the build by remark-record-facts. */
import { describe, expect, it } from 'vitest';
import { type ChapterRecords, chapterRecords, citedKeys, glossaryChapters } from '../../src/lib/facts.ts';
import { render } from './pipeline.ts';

describe('citedKeys', () => {
  it('gathers the keys cited by chapters, chronology, glossary and map, once each', () => {
    const cited = citedKeys({
      chapters: [{ citations: [{ key: 'a' }] }, { citations: [{ key: 'a' }, { key: 'b' }] }],
      chronology: [{ sources: ['c'] }],
      glossary: [{ sources: ['d', 'a'] }],
      places: [{ source: 'e' }],
    });
    expect([...cited].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('glossaryChapters', () => {
  it('lists, for each entry, the chapters that link it, in the order given', () => {
    const chapters = [
      { slug: '1-a', glossaryLinks: ['kelbajar'] },
      { slug: '2-b', glossaryLinks: [] },
      { slug: '3-c', glossaryLinks: ['haut-karabagh', 'kelbajar'] },
    ];
    expect(Object.fromEntries(glossaryChapters(chapters))).toEqual({ kelbajar: ['1-a', '3-c'], 'haut-karabagh': ['3-c'] });
  });
});

describe('remark-record-facts, through the real pipeline', () => {
  it('hands the chapter’s citations and glossary links to the build, and changes nothing in the page', async () => {
    const text = 'Le Haut-Karabagh et Kelbajar[^1].\n\n[^1]: [@hrw-1994-seven-years] ; [@onu-csnu-822-1993].\n';
    const calls: [string, ChapterRecords][] = [];
    const recorded = await render(text, { path: 'content/chapitres/3-essai.mdx', record: (path, facts) => calls.push([path, facts]) });
    expect(calls).toEqual([
      [
        'content/chapitres/3-essai.mdx',
        {
          citations: [
            { key: 'hrw-1994-seven-years', note: 1, noteId: 'fn-1', form: 'full' },
            { key: 'onu-csnu-822-1993', note: 1, noteId: 'fn-1', form: 'full' },
          ],
          glossaryLinks: ['haut-karabagh', 'kelbajar'],
        },
      ],
    ]);
    expect(chapterRecords(recorded.data)).toEqual(calls[0]![1]);
    expect((await render(text, { path: 'content/chapitres/3-essai.mdx' })).html).toBe(recorded.html);
  });
});
