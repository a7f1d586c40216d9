import { describe, expect, it } from 'vitest';
import { addCitationAddresses } from '../../src/lib/citation-addresses.ts';
import type { CitationRecord } from '../../src/lib/facts.ts';
import { render, testSources } from './pipeline.ts';

/** Addresses of the test sources (the PanARMENIAN article is given one here). */
const url = (key: string): string | undefined => (key === 'panarmenian-2021-empietement' ? 'https://www.panarmenian.net/eng/news/1/' : testSources.get(key)?.data.url);

describe('addCitationAddresses (the print edition’s source addresses)', () => {
  it('writes the address after each full form, after the standing label, and never after a short form or Ibid.', async () => {
    const { html, data } = await render(
      [
        'A[^1]. B[^2]. C[^3].',
        '',
        '[^1]: [@wp-en-khojaly-massacre] ; [@panarmenian-2021-empietement, p. 2].',
        '[^2]: [@panarmenian-2021-empietement] ; voir [@dewaal-2003-black-garden].',
        '[^3]: [@wp-en-khojaly-massacre].',
      ].join('\n'),
    );
    // The chapter page on screen carries no address.
    expect(html).not.toContain('https://');
    const citations = data['citations'] as CitationRecord[];
    expect(citations.map((c) => c.form)).toEqual(['full', 'full', 'ibid', 'full', 'short']);
    const printed = addCitationAddresses(html, { citations, url, chapter: 'essai' });
    const notes = printed.slice(printed.indexOf('<li id="fn-1">'), printed.indexOf('</ol>'));
    expect(notes.match(/class="print-only citation-url"/g)).toHaveLength(2);
    // Link, standing label, address: today's order.
    expect(notes).toMatch(
      /<a href="\/sources\/#panarmenian-2021-empietement"[^>]*>[\s\S]*?<\/a><span class="voix-source"[^>]*> \(presse arménienne\)<\/span><span class="print-only citation-url">, https:\/\/www\.panarmenian\.net\/[^<]*<\/span>/,
    );
    expect(notes).toMatch(/<em>Wikipedia\s\(en\)<\/em><\/a><span class="print-only citation-url">, https:\/\/en\.wikipedia\.org\/wiki\/Khojaly_massacre<\/span>\s;\s<a/);
    // Note 3 repeats a source of note 1: short form, no address.
    expect(printed.slice(printed.indexOf('<li id="fn-3">'))).not.toContain('citation-url');
    // The rest of the page is unchanged.
    expect(printed.replace(/<span class="print-only citation-url">[^<]*<\/span>/g, '')).toBe(addCitationAddresses(html, { citations, url: () => undefined, chapter: 'essai' }));
  });

  it('stops when the page’s citations are not those the plugin recorded', async () => {
    const { html, data } = await render('A[^1].\n\n[^1]: [@dewaal-2003-black-garden].');
    const citations = (data['citations'] as CitationRecord[]).map((c) => ({ ...c, key: 'hrw-1994-seven-years' }));
    expect(() => addCitationAddresses(html, { citations, url, chapter: 'essai' })).toThrow(
      'essai, note 1 : les citations de la page (dewaal-2003-black-garden) ne sont pas celles que remark-citations a relevées (hrw-1994-seven-years).',
    );
  });
});
