/** The integrity check reads each built page in one streaming pass: what it keeps of a page. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/integrations/integrity.ts';

const prose = 'Texte du chapitre, assez long pour ne pas être vide. '.repeat(5);

describe('readPage', () => {
  it('keeps ids, links with their text, note calls and notes, and the length of a chapter’s text', () => {
    const html =
      '<!doctype html><html lang="fr"><head><title>Un</title></head><body>' +
      '<a name="haut"></a><article data-pagefind-body><div class="prose" id="texte">' +
      `<p>${prose}<sup class="appel-de-note"><a href="#fn-1" id="fnref-1">1</a></sup></p>` +
      '<p>Voir <a href="/chapitres/deux/#suite">le <em>chapitre</em>&nbsp;2</a>.' +
      '<section data-footnotes><ol><li id="fn-1"><p>Note. <a href="#fnref-1">↩</a></p></li>' +
      '<li id="fn-2"><p>Note sans retour.</li></ol></section></div></article>' +
      '</body></html>\n<script src="/x.js"></script>';
    const page = readPage('/site', '/site/chapitres/un/index.html', html);
    expect(page.path).toBe('/chapitres/un/');
    expect([...page.ids].sort()).toEqual(['fn-1', 'fn-2', 'fnref-1', 'haut', 'texte']);
    expect(page.links).toEqual([
      { href: '#fn-1', text: '1' },
      { href: '/chapitres/deux/#suite', text: 'le chapitre\u00a02' },
      { href: '#fnref-1', text: '↩' },
    ]);
    expect(page.noteCalls).toEqual(['fn-1']);
    // The unclosed <p> of the second note is closed by </li>, as an HTML parser does.
    expect(page.noteItems).toEqual([
      { id: 'fn-1', hasBackref: true },
      { id: 'fn-2', hasBackref: false },
    ]);
    expect(page.isChapter).toBe(true);
    expect(page.proseLength).toBeGreaterThan(200);
    expect(page.afterDocument).toBe('<script src="/x.js"></script>');
  });

  it('counts a chapter’s text only inside its article, and not on other pages', () => {
    const html = `<html><body><div class="prose">${prose}</div><article data-pagefind-body><div class="prose">court</div></article></body></html>`;
    expect(readPage('/site', '/site/chapitres/un/index.html', html)).toMatchObject({ isChapter: true, proseLength: 5 });
    expect(readPage('/site', '/site/glossaire/index.html', html)).toMatchObject({ isChapter: false, proseLength: 0 });
  });
});
