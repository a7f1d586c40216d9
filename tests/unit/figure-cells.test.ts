import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { inline } from '../../src/plugins/remark-figures.ts';

/** The cell as Markdown reads it, positions left out. */
function parsed(markdown: string): unknown {
  const first = unified().use(remarkParse).parse(markdown).children[0];
  const nodes = first?.type === 'paragraph' ? first.children : [{ type: 'text', value: markdown }];
  return JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

describe('figure cells', () => {
  it('reads a cell as Markdown does, whether it parses it or not', () => {
    const cells = [
      '',
      '20 000 à 30 000',
      'Human Rights Watch (1994), estimation haute',
      '*Ordu* (1992)',
      '1. premier',
      '1994',
      '- tiret',
      'a_b',
      'trois  espaces  ',
      ' début',
      'a & b',
      '[lien](/a)',
      'fin\u00a0',
      '~~~',
      '# titre',
    ];
    for (const cell of cells) expect(JSON.parse(JSON.stringify(inline(cell), (k, v: unknown) => (k === 'position' ? undefined : v)))).toEqual(parsed(cell));
  });
});
