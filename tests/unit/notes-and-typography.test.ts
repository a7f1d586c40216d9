import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/lib/typography.ts';
import { render, showSpaces } from './pipeline.ts';

describe('French notes (remark-rehype options, rehype-footnotes-fr)', () => {
  it('labels the notes « Notes », back-links in French, each note written once', async () => {
    const { html } = await render('Un fait établi[^1].\n\n[^1]: [@onu-csnu-822-1993].');
    await expect(showSpaces(html)).toMatchFileSnapshot('snapshots/notes-fr.html');
    expect(html).toContain('<h2 class="notes-titre" id="footnote-label">Notes</h2>');
    expect(html).toContain('aria-label="Retour à l’appel de note 1"');
    expect(html).not.toContain('sidenote');
    expect(html.match(/S\/RES\/822/g)).toHaveLength(1);
    // Nothing repeated on each note that a script or the index derives (the call's description, marks for search).
    expect(html).toContain('<sup class="appel-de-note"><a href="#fn-1" id="fnref-1">1</a></sup>');
    expect(html).not.toMatch(/data-footnote-ref|data-footnote-backref|aria-describedby|data-pagefind-ignore|fn-1-texte/);
  });
});

describe('rehype-typography-fr', () => {
  it('puts no-break spaces before ; : ! ? and inside « », across inline elements', async () => {
    const { html } = await render("Il écrit « *Black Garden* » : un livre ; un autre ! Pourquoi ? L'auteur compte 30 000 morts et 9 % du territoire.");
    expect(showSpaces(html)).toBe('<p>Il écrit «⁀<em>Black Garden</em>⁀»⍽: un livre⁀; un autre⁀! Pourquoi⁀? L’auteur compte 30⁀000 morts et 9⁀% du territoire.</p>');
  });

  it('leaves addresses and times alone', () => {
    expect(frenchTypography('https://undocs.org/S/RES/822(1993) à 12:30')).toBe('https://undocs.org/S/RES/822(1993) à 12:30');
  });
});

describe('remark-heading-ids and rehype-heading-anchors', () => {
  it('gives ASCII ids, unique within the page, and a link beside each heading', async () => {
    const { html } = await render('## L’opération « Anneau » (1991)\n\n## Bilan\n\n### Bilan');
    await expect(showSpaces(html)).toMatchFileSnapshot('snapshots/headings.html');
    expect(html).toContain('id="l-operation-anneau-1991"');
    expect(html).toContain('id="bilan-2"');
    // Each link is named by one shared label and its heading: the title is not repeated in hidden text.
    expect(html.match(/aria-labelledby="lien-section /g)).toHaveLength(3);
    expect(html.match(/<span id="lien-section" hidden>Lien vers la section<\/span>/g)).toHaveLength(1);
  });
});

describe('rehype-base-links', () => {
  it('prefixes root-relative links with the base path and marks external links', async () => {
    const { html } = await render('Voir [le chapitre 3](/chapitres/3-guerre-1992-1994/#khodjaly) et [l’ONU](https://undocs.org/S/RES/822(1993)).', { base: '/dossier/' });
    expect(html).toBe(
      '<p>Voir <a href="/dossier/chapitres/3-guerre-1992-1994/#khodjaly">le chapitre 3</a> et <a href="https://undocs.org/S/RES/822(1993)" class="lien-externe">l’ONU</a>.</p>',
    );
  });
});

describe('remark-internal-links', () => {
  it('stops on a link to a missing chapter, with file and line', async () => {
    await expect(render('Texte.\n\nVoir [ici](/chapitres/9-inconnu/).')).rejects.toThrow(
      'content/chapitres/essai.mdx:3 — le lien « /chapitres/9-inconnu/ » mène à un chapitre qui n’existe pas.',
    );
  });
  it('stops on a link to a missing section of another chapter', async () => {
    await expect(render('Voir [ici](/chapitres/3-guerre-1992-1994/#chouchi).')).rejects.toThrow(
      'content/chapitres/essai.mdx:1 — le lien « /chapitres/3-guerre-1992-1994/#chouchi » vise la section « chouchi », absente du chapitre 3-guerre-1992-1994.',
    );
  });
  it('stops on a link to a missing page of the site', async () => {
    await expect(render('Voir [la carte](/cartes/).')).rejects.toThrow('content/chapitres/essai.mdx:1 — le lien « /cartes/ » mène à une page qui n’existe pas.');
  });
  it('accepts links to existing chapters, sections and pages', async () => {
    const { html } = await render('Voir [ici](/chapitres/3-guerre-1992-1994/#khodjaly), [là](/sources/) et [plus bas](#contexte).');
    expect(html).toContain('href="/chapitres/3-guerre-1992-1994/#khodjaly"');
  });
});

describe('remark-glossary-links', () => {
  it('links the first mention of each term, marks the later ones for the index, outside headings, notes and tables', async () => {
    const { html } = await render(
      [
        '## Kelbajar',
        '',
        'Le Haut-Karabagh et Karvachar / Kelbajar ; plus loin, Kelbajar encore et le Karabagh[^1].',
        '',
        '| Lieu |',
        '| --- |',
        '| Kelbajar |',
        '',
        '[^1]: Kelbajar [@hrw-1994-seven-years].',
      ].join('\n'),
    );
    await expect(showSpaces(html)).toMatchFileSnapshot('snapshots/glossary-links.html');
    expect(html.match(/href="\/glossaire\/#/g)).toHaveLength(2);
    expect(html).toContain('Karvachar</a> / <span data-terme="kelbajar">Kelbajar</span>');
    expect(html).toContain('plus loin, <span data-terme="kelbajar">Kelbajar</span> encore et le <span data-terme="haut-karabagh">Karabagh</span>');
    // The link names its entry by its address only (the printed index reads the term from it).
    expect(html.match(/data-terme=/g)).toHaveLength(3);
    expect(html).toContain('<a href="/glossaire/#haut-karabagh">Haut-Karabagh</a>');
    expect(html).toContain('<a href="/glossaire/#kelbajar">Karvachar</a>');
  });
});

describe('rehype-key-points', () => {
  it('boxes the « À retenir » section up to the notes, heading and anchor link inside', async () => {
    const { html } = await render('## Bilan\n\nTexte.\n\n## À retenir\n\n- Un point[^1].\n- Un autre.\n\n[^1]: [@hrw-1994-seven-years].');
    expect(html).toMatch(
      /^<div class="heading heading--h2"><h2 id="bilan">Bilan<\/h2>.*<\/div>\n<p>Texte\.<\/p>\n<div class="a-retenir"><div class="heading heading--h2"><h2 id="a-retenir">À retenir<\/h2>/s,
    );
    expect(html).toMatch(/<\/ul><\/div>\s*<section data-footnotes/);
  });

  it('leaves a chapter without « À retenir » as it is', async () => {
    const { html } = await render('## Bilan\n\nTexte.');
    expect(html).not.toContain('a-retenir');
  });
});
