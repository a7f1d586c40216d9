import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/lib/search-records.ts';

const chapter = `<main><article>
  <header><h1>La guerre</h1></header>
  <div class="prose" data-search-sections data-search-chapter="3" data-search-chapter-title="La guerre (1992–1994)">
    <p>En ouverture<sup data-pagefind-ignore>1</sup>.</p>
    <div class="heading-wrapper"><h2 id="khodjaly">Khodjaly</h2><a class="heading-anchor" data-pagefind-ignore>#</a></div>
    <p>Le 25 février 1992.</p>
    <table><tr><td>Estimation</td><td>Source</td></tr></table>
    <h3 id="combien-de-morts">Combien de morts ?</h3>
    <p>De 161 à 636.</p>
    <section data-footnotes><h2 id="footnote-label">Notes</h2><ol><li>Note.</li></ol></section>
  </div>
</article></main>`;

describe('search records', () => {
  it('cuts a chapter into its opening and one record per section, notes left out', () => {
    const records = searchRecords(chapter, '/chapitres/3-guerre/');
    expect(records.map((r) => [r.url, r.title, r.group, r.chapter])).toEqual([
      ['/chapitres/3-guerre/', 'La guerre (1992–1994)', 'chapitres', '3. La guerre (1992–1994)'],
      ['/chapitres/3-guerre/#khodjaly', 'Khodjaly', 'chapitres', '3. La guerre (1992–1994)'],
      ['/chapitres/3-guerre/#combien-de-morts', 'Combien de morts ?', 'chapitres', '3. La guerre (1992–1994)'],
    ]);
    const [opening, part, sub] = records;
    expect(opening!.html).toContain('<sup data-pagefind-ignore="">1</sup>');
    expect(part!.html).toContain('<meta data-pagefind-filter="groupe[content]" content="chapitres">');
    expect(part!.html).toContain('<meta data-pagefind-filter="chapitre[content]" content="3. La guerre (1992–1994)">');
    expect(part!.html).toContain('<meta data-pagefind-meta="title[content]" content="Khodjaly">');
    // Cells and paragraphs are words apart for the index.
    expect(part!.html).toContain('<td>Estimation</td>  <td>Source</td>');
    expect(part!.html).not.toContain('Combien');
    // A subsection carries its part's heading, lightly weighted; the notes are nowhere.
    expect(sub!.html).toContain('<p data-pagefind-weight="0.5">Khodjaly</p>');
    expect(records.some((r) => r.html.includes('Note.'))).toBe(false);
  });

  it('makes each glossary, chronology or source entry a record of its own, and skips what is marked to skip', () => {
    const page = `<main>
      <article id="kelbajar" data-search-entry="lieu" data-search-title="Kelbajar"><h3>Kelbajar <span>lieu</span></h3><p>District.</p></article>
      <li id="evt-1994-05-05" data-search-entry="événement" data-search-title="5 mai 1994"><p>Protocole de Bichkek.</p></li>
      <div data-search-ignore><article id="kelbajar" data-search-entry="lieu" data-search-title="Kelbajar"></article></div>
    </main>`;
    const records = searchRecords(page, '/glossaire/');
    expect(records.map((r) => [r.url, r.title, r.kind, r.group])).toEqual([
      ['/glossaire/#kelbajar', 'Kelbajar', 'lieu', 'references'],
      ['/glossaire/#evt-1994-05-05', '5 mai 1994', 'événement', 'references'],
    ]);
    expect(records[0]!.html).toContain('<meta data-pagefind-filter="groupe[content]" content="references">');
    expect(records[0]!.html).not.toContain('data-pagefind-filter="chapitre');
  });

  it('keeps of the markup only what Pagefind reads: elements, ids, classes, its own attributes', () => {
    const page = `<div data-search-sections data-search-chapter="1" data-search-chapter-title="T">
      <p lang="hy">Voir <a href="/x/" aria-label="X" class="lien">A &amp; B &lt;C&gt; &quot;D&quot;</a><sup class="appel-de-note"><a href="#fn-1" id="fnref-1">1</a></sup><br>fin</p>
    </div>`;
    const [record] = searchRecords(page, '/chapitres/1-t/');
    expect(record!.html).toContain(
      '<body data-pagefind-body="">\n       <p>Voir <a class="lien">A &amp; B &lt;C> "D"</a><sup class="appel-de-note"><a id="fnref-1">1</a></sup> <br> fin</p> \n    </body>',
    );
  });

  it('refuses an entry without an id, naming the page', () => {
    expect(() => searchRecords('<p data-search-entry="lieu" data-search-title="X">x</p>', '/glossaire/')).toThrow(/\/glossaire\/ : une entrée de recherche/);
  });
});
