import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { splitOrdinals } from '../../src/lib/ordinals.ts';
import rehypeOrdinalsFr from '../../src/plugins/rehype-ordinals-fr.ts';
import { render } from './pipeline.ts';

const shown = (text: string) =>
  splitOrdinals(text)
    .map((p) => (p.raised ? `^${p.text}` : p.text))
    .join('');

describe('splitOrdinals', () => {
  it('raises the letters of Arabic and Roman ordinals', () => {
    expect(shown('le 1er octobre, la 1re division, le 366e régiment, les 30es rencontres')).toBe('le 1^er octobre, la 1^re division, le 366^e régiment, les 30^es rencontres');
    expect(shown('au XIXe siècle, la IIe Internationale, Nicolas Ier, la Ve République, XIe–XIIe siècles')).toBe(
      'au XIX^e siècle, la II^e Internationale, Nicolas I^er, la V^e République, XI^e–XII^e siècles',
    );
  });

  it('leaves words, non-numerals and addresses alone', () => {
    for (const text of [
      'Ce jour-là, Les Échos, Ces villes, Le 2 mai',
      'DIXe, IIXe',
      'Vers 1750, Vers la fin',
      'https://exemple.org/2020/10/1er-octobre/',
      'fichier_2e.pdf',
      'e2e, 1erb, 12eme',
    ]) {
      expect(splitOrdinals(text)).toEqual([{ text }]);
    }
  });
});

describe('rehype-ordinals-fr', () => {
  it('sets ordinals as superscripts in the page, not in code or text in another language', async () => {
    const { html } = await render('Au XXe siècle, le 1er janvier. `1er` reste tel quel.');
    expect(html).toBe('<p>Au XX<sup class="ordinal">e</sup> siècle, le 1<sup class="ordinal">er</sup> janvier. <code>1er</code> reste tel quel.</p>');
  });

  it('leaves text in another language as it is', () => {
    const english: Element = { type: 'element', tagName: 'cite', properties: { lang: 'en' }, children: [{ type: 'text', value: 'The 2e file' }] };
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Le 1er : ' }, english] }] };
    rehypeOrdinalsFr()(tree);
    expect(toHtml(tree)).toBe('<p>Le 1<sup class="ordinal">er</sup> : <cite lang="en">The 2e file</cite></p>');
  });
});
