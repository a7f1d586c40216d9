/**
 * remark-word-count through the real pipeline: the words a reader reads in the chapter's prose,
 * recorded in its data; notes, tables and figures are not counted.
 */
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/text.ts';
import { render } from './pipeline.ts';

const words = async (mdx: string) => (await render(mdx)).data['words'];

describe('remark-word-count', () => {
  it('counts the words of paragraphs, headings, lists and link texts', async () => {
    const mdx = '## La guerre de 1992\n\nLa prise de [Kelbajar](/glossaire/) en avril 1993.\n\n- un point\n- deux points\n';
    expect(await words(mdx)).toBe(4 + 7 + 2 + 2);
  });

  it('leaves out notes, their calls, tables and figures', async () => {
    const mdx = [
      'Le bilan reste discuté[^1].',
      '',
      '| Source | Estimation |',
      '| --- | --- |',
      '| HRW | 161 |',
      '',
      '<Figure id="essai-estimations" />',
      '',
      '[^1]: Chiffre de la commission parlementaire [@hrw-1994-seven-years, p. 6].',
    ].join('\n');
    expect(await words(mdx)).toBe(4);
  });

  it('gives at least one minute of reading, at 200 words a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1_000)).toBe(5);
    expect(readingMinutes(1_099)).toBe(5);
  });
});
