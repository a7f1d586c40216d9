import { describe, expect, it } from 'vitest';
import { prefixIds } from '../../src/lib/prefix-ids.ts';
import { runningHeadsCss } from '../../src/lib/print.ts';

describe('prefixIds', () => {
  it('prefixes ids and the in-page references to them, and leaves other links alone', () => {
    const html =
      '<p><a href="#fn-1" id="fnref-1" aria-describedby="fn-1-texte">1</a> <a href="/sources/#x">x</a> <a href="#ailleurs">y</a></p><ol><li id="fn-1"><p id="fn-1-texte">Note <a href="#fnref-1">↩</a></p></li></ol>';
    expect(prefixIds(html, 'c3')).toBe(
      '<p><a href="#c3-fn-1" id="c3-fnref-1" aria-describedby="c3-fn-1-texte">1</a> <a href="/sources/#x">x</a> <a href="#ailleurs">y</a></p><ol><li id="c3-fn-1"><p id="c3-fn-1-texte">Note <a href="#c3-fnref-1">↩</a></p></li></ol>',
    );
  });
});

describe('runningHeadsCss', () => {
  it('names a page per part and writes its running head as a CSS string', () => {
    expect(runningHeadsCss([{ name: 'chapitre-3', head: 'Chapitre 3 · La guerre "1992–1994"' }])).toBe(
      '[data-print-page="chapitre-3"] { page: chapitre-3; }\n@page chapitre-3:right { @top-right { content: "Chapitre 3 · La guerre \\"1992–1994\\""; font: 8.5pt \'Source Serif 4\', Georgia, serif; color: #444; } }',
    );
  });
});
