import { describe, expect, it } from 'vitest';
import { render, showSpaces } from './pipeline.ts';

const notesOf = (html: string): string => showSpaces(html.slice(html.indexOf('<section data-footnotes')));

describe('remark-citations', () => {
  it('renders full form, then short form, then Ibid., each linked to /sources/', async () => {
    const { html, data } = await render(
      [
        'Premier fait[^1]. Deuxième fait[^2]. Troisième fait[^3]. Quatrième fait[^4].',
        '',
        '[^1]: [@dewaal-2003-black-garden, p. 171].',
        '[^2]: [@hrw-1994-seven-years].',
        '[^3]: [@dewaal-2003-black-garden, p. 172].',
        '[^4]: [@dewaal-2003-black-garden].',
      ].join('\n'),
    );
    await expect(notesOf(html)).toMatchFileSnapshot('snapshots/citations-forms.html');
    // The form is recorded, not written into the page (the print edition reads it: lib/citation-addresses.ts).
    expect((data['citations'] as { form: string }[]).map((c) => c.form)).toEqual(['full', 'full', 'short', 'ibid']);
  });

  it('keeps commentary and several citations in one note', async () => {
    const { html, data } = await render(
      [
        'Un chiffre discuté[^n].',
        '',
        '[^n]: Chiffre de la commission parlementaire [@hrw-1994-seven-years] ; voir aussi [@onu-csnu-822-1993] et [@dewaal-2003-black-garden, chap. 11].',
      ].join('\n'),
    );
    await expect(notesOf(html)).toMatchFileSnapshot('snapshots/citations-several.html');
    expect(data['citations']).toEqual([
      { key: 'hrw-1994-seven-years', note: 1, noteId: 'fn-n', form: 'full' },
      { key: 'onu-csnu-822-1993', note: 1, noteId: 'fn-n', form: 'full' },
      { key: 'dewaal-2003-black-garden', note: 1, noteId: 'fn-n', form: 'full' },
    ]);
    expect(data['noteCount']).toBe(1);
  });

  it('numbers notes in the order of their calls, not of their definitions', async () => {
    const { data } = await render(['A[^b]. B[^a].', '', '[^a]: [@hrw-1994-seven-years].', '[^b]: [@dewaal-2003-black-garden].'].join('\n'));
    expect(data['citations']).toEqual([
      { key: 'dewaal-2003-black-garden', note: 1, noteId: 'fn-b', form: 'full' },
      { key: 'hrw-1994-seven-years', note: 2, noteId: 'fn-a', form: 'full' },
    ]);
  });

  it('stops on an unknown key, with file, line and the closest key', async () => {
    await expect(render(['Texte[^1].', '', '[^1]: [@dewaal-2003-black-gardn].'].join('\n'))).rejects.toThrow(
      'content/chapitres/essai.mdx:3 — source inconnue « dewaal-2003-black-gardn » dans la note [^1].\n  → Correction : vouliez-vous dire « dewaal-2003-black-garden » ?',
    );
  });

  it('stops on a note call without definition', async () => {
    await expect(render('Premier[^1] et second[^2].\n\n[^1]: [@hrw-1994-seven-years].')).rejects.toThrow('content/chapitres/essai.mdx:1 — appel de note [^2] sans définition.');
  });

  it('stops on a note defined but never called', async () => {
    await expect(render('Texte[^1].\n\n[^1]: [@hrw-1994-seven-years].\n[^9]: [@dewaal-2003-black-garden].')).rejects.toThrow(
      'content/chapitres/essai.mdx:4 — la note [^9] est définie mais jamais appelée.',
    );
  });

  it('stops on a note that cites no source', async () => {
    await expect(render('Texte[^1].\n\n[^1]: Une remarque sans source.')).rejects.toThrow('content/chapitres/essai.mdx:3 — la note [^1] ne cite aucune source.');
  });

  it('stops on a citation written outside a note', async () => {
    await expect(render('Texte [@hrw-1994-seven-years].')).rejects.toThrow('content/chapitres/essai.mdx:1 — citation [@…] hors d’une note.');
  });
});

describe('remark-citations, full stops', () => {
  it('does not double the full stop after « Ibid. » or « op. cit. », in the middle or at the end of a note', async () => {
    const { html } = await render(
      'A[^1]. B[^2].\n\n[^1]: [@hrw-1994-seven-years].\n[^2]: Cité par [@hrw-1994-seven-years]. Voir [@dewaal-2003-black-garden] et [@onu-csnu-822-1993], puis [@dewaal-2003-black-garden].',
    );
    expect(html).not.toMatch(/(op\. cit\.|Ibid\.)<\/em><\/a>\./);
    expect(html).toContain('<em>Ibid.</em></a> Voir');
  });
});

describe('remark-citations: standing of sources and sourcing rules', () => {
  it('labels a party’s source and a relay after each citation (an Ibid. in the same note aside), inside the note (previews, sidenotes and print copy it)', async () => {
    const { html } = await render(
      [
        'Selon Erevan, la frontière a été franchie[^1]. Le HCR compte les arrivées[^2].',
        '',
        '[^1]: [@panarmenian-2021-empietement] ; [@panarmenian-2021-empietement].',
        '[^2]: [@reuters-2023-hcr] ; voir aussi [@hrw-1994-seven-years].',
      ].join('\n'),
    );
    await expect(notesOf(html)).toMatchFileSnapshot('snapshots/citations-standing.html');
    expect(html.match(/class="voix-source"/g)).toHaveLength(2);
    expect(html).toContain('<span class="voix-source"> (presse arménienne)</span>');
    expect(html).toContain('<span class="voix-source"> (relais de Reuters)</span>');
    expect(html).toContain('<span lang="en">Azerbaijan behind further encroachment on Armenia\'s territory</span>');
  });

  it('records each note: its keys and whether the sentence or the note attributes the claim', async () => {
    const { data } = await render(
      ['Selon Erevan, la frontière a été franchie[^1]. Le fait[^2].', '', '[^1]: [@panarmenian-2021-empietement].', '[^2]: [@hrw-1994-seven-years].'].join('\n'),
    );
    expect(data['notes']).toEqual([
      { note: 1, label: '1', noteId: 'fn-1', line: 3, keys: ['panarmenian-2021-empietement'], attributed: true },
      { note: 2, label: '2', noteId: 'fn-2', line: 4, keys: ['hrw-1994-seven-years'], attributed: false },
    ]);
  });

  it('warns on a note that cites only relays, and on a party’s claim that nothing attributes', async () => {
    const warnings: string[] = [];
    await render(
      [
        'Les réfugiés arrivent[^1]. La frontière a été franchie[^2]. Gandja a été frappée[^3].',
        '',
        '[^1]: [@reuters-2023-hcr].',
        '[^2]: [@panarmenian-2021-empietement] ; [@azertag-2020-gandja].',
        '[^3]: [@azertag-2020-gandja] ; [@hrw-1994-seven-years].',
      ].join('\n'),
      { warn: (m) => warnings.push(m) },
    );
    expect(warnings).toEqual([
      'avertissement (sources) — content/chapitres/essai.mdx:3 — la note [^1] ne cite que des pages qui relaient un autre éditeur : reuters-2023-hcr (relais de Reuters).\n' +
        '  → Correction : citez l’éditeur d’origine (Reuters) ou ajoutez une source qui ne soit pas un relais.',
      'avertissement (sources) — content/chapitres/essai.mdx:4 — la note [^2] ne s’appuie que sur des sources liées à une partie, ' +
        'panarmenian-2021-empietement (presse arménienne), azertag-2020-gandja (média d’État azerbaïdjanais), et ni la phrase ni la note ne l’attribuent.\n' +
        '  → Correction : attribuez l’affirmation dans la phrase ou la note (« selon… », « d’après… », « affirme », « pour Bakou »…), ou ajoutez une source indépendante.',
    ]);
  });

  it('accepts an attribution in the sentence or in the note, in its several forms', async () => {
    const warnings: string[] = [];
    const cases = [
      'Pour Bakou, la ville a été frappée[^1].\n\n[^1]: [@azertag-2020-gandja].',
      'La ville a été frappée[^1].\n\n[^1]: D’après l’agence officielle, [@azertag-2020-gandja].',
      'La ville a été frappée, affirme le ministère[^1].\n\n[^1]: [@azertag-2020-gandja].',
      'La ville a été frappée[^1].\n\n[^1]: Bilan donné par la presse arménienne : [@panarmenian-2021-empietement].',
      'La ville a été frappée[^1]. Erevan dément[^2].\n\n[^1]: Version azerbaïdjanaise, [@azertag-2020-gandja].\n[^2]: [@panarmenian-2021-empietement], qui nie les faits.',
    ];
    for (const text of cases) await render(text, { warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });

  it('refuses a note whose only support is Wikipedia, and accepts Wikipedia beside its source', async () => {
    const warnings: string[] = [];
    await render('Le bilan est disputé[^1]. Il est débattu[^2].\n\n[^1]: [@wp-en-khojaly-massacre].\n[^2]: [@hrw-1994-seven-years] ; [@wp-en-khojaly-massacre].', {
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([
      'avertissement (sources) — content/chapitres/essai.mdx:3 — la note [^1] ne s’appuie que sur Wikipédia : wp-en-khojaly-massacre.\n' +
        '  → Correction : citez la source sur laquelle l’article s’appuie pour ce fait (sa note : un livre, un rapport, un document, un journal), lue et citée directement, ou retirez le fait.',
    ]);
  });

  it('stops the build instead when the rules are errors', async () => {
    await expect(render('La ville a été frappée[^1].\n\n[^1]: [@azertag-2020-gandja].', { sourcing: 'erreur' })).rejects.toThrow(
      'content/chapitres/essai.mdx:3 — la note [^1] ne s’appuie que sur des sources liées à une partie, azertag-2020-gandja (média d’État azerbaïdjanais), et ni la phrase ni la note ne l’attribuent.',
    );
  });
});
