/** The indexing step on a tiny built site: what Pagefind stores of a chapter's section. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('leaves note numbers, heading links and their label out of the index, though the page marks none of them', async () => {
    root = mkdtempSync(join(tmpdir(), 'index-'));
    mkdirSync(join(root, 'chapitres/essai'), { recursive: true });
    const prose = [
      '<div class="heading heading--h2"><h2 id="khodjaly">Khodjaly</h2><a class="heading-anchor" href="#khodjaly" aria-labelledby="lien-section khodjaly"><span aria-hidden="true">#</span></a></div>',
      '<p>La mémoire devenue un enjeu du conflit<sup class="appel-de-note"><a href="#fn-1" id="fnref-1">17</a></sup>.</p>',
      '<section data-footnotes class="footnotes notes"><ol><li id="fn-1"><p>Note. <a href="#fnref-1" aria-label="Retour">↩</a></p></li></ol></section>',
      '<span id="lien-section" hidden>Lien vers la section</span>',
    ].join('');
    const html = `<!doctype html><html lang="fr"><head><title>Essai</title></head><body><div class="prose" data-search-sections data-search-chapter="1" data-search-chapter-title="Essai">${prose}</div></body></html>`;
    writeFileSync(join(root, 'chapitres/essai/index.html'), html);
    expect(await writeSearchIndex(root)).toEqual({ pages: 1, records: 1 });
    const fragments = readdirSync(join(root, 'pagefind/fragment')).map((f) => {
      const json = gunzipSync(readFileSync(join(root, 'pagefind/fragment', f)))
        .toString()
        .replace(/^pagefind_dcd/, '');
      return JSON.parse(json) as { url: string; content: string };
    });
    expect(fragments.map((f) => [f.url, f.content.replace(/\s+/g, ' ').trim()])).toEqual([['/chapitres/essai/#khodjaly', 'Khodjaly. La mémoire devenue un enjeu du conflit.']]);
  });
});
