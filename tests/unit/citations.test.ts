import { describe, expect, it } from 'vitest';
import { render, showSpaces } from './pipeline.ts';

const notesOf = (html: string): string => showSpaces(html.slice(html.indexOf('<section data-footnotes')));

describe('remark-citations', () => {
  it('renders full form, then short form, then Ibid., each linked to /sources/', async () => {
    const { html } = await render(
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
      { key: 'hrw-1994-seven-years', note: 1, noteId: 'fn-n' },
      { key: 'onu-csnu-822-1993', note: 1, noteId: 'fn-n' },
      { key: 'dewaal-2003-black-garden', note: 1, noteId: 'fn-n' },
    ]);
    expect(data['noteCount']).toBe(1);
  });

  it('numbers notes in the order of their calls, not of their definitions', async () => {
    const { data } = await render(['A[^b]. B[^a].', '', '[^a]: [@hrw-1994-seven-years].', '[^b]: [@dewaal-2003-black-garden].'].join('\n'));
    expect(data['citations']).toEqual([
      { key: 'dewaal-2003-black-garden', note: 1, noteId: 'fn-b' },
      { key: 'hrw-1994-seven-years', note: 2, noteId: 'fn-a' },
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
