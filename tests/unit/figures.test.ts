import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/content/figures.ts';
import { estimatesChart, sharesChart } from '../../src/lib/charts.ts';
import { measureParts } from '../../src/lib/figures.ts';
import { render, showSpaces, testFigures, testSources } from './pipeline.ts';

const keys = new Set(testSources.keys());
const figureOf = (html: string, id: string): string => {
  const start = html.indexOf(`<figure id="figure-${id}"`);
  return html.slice(start, html.indexOf('</figure>', start) + '</figure>'.length);
};
const notesOf = (html: string): string => html.slice(html.indexOf('<section data-footnotes'));

describe('content/donnees: reading and checking the figures', () => {
  it('reads each file as one figure, named by its file', () => {
    expect([...testFigures.keys()]).toEqual(['essai-estimations', 'essai-population']);
    expect(testFigures.get('essai-estimations')?.data.kind).toBe('estimates');
  });

  it('stops on a text that does not hold its number, with the file and the line of the field', () => {
    expect(() => loadFigures('tests/fixtures/donnees-defectueuses/texte-sans-nombre', keys)).toThrow(
      'tests/fixtures/donnees-defectueuses/texte-sans-nombre/essai.yaml:14 — figure « essai », champ « rows.1.estimate » : ' +
        'text doit contenir un « {} » par nombre (aucun sans value ni values).\n  → Correction : corrigez ce champ',
    );
  });

  it('stops on an unknown source key, at the line of that key', () => {
    expect(() => loadFigures('tests/fixtures/donnees-defectueuses/source-inconnue', keys)).toThrow(
      'tests/fixtures/donnees-defectueuses/source-inconnue/essai.yaml:19 — figure « essai » : source inconnue « dewaal-2003-black-gardn ».',
    );
  });

  it('asks for a short label when the source’s name is too long for the chart', () => {
    expect(() => loadFigures('tests/fixtures/donnees-defectueuses/nom-long', keys)).toThrow(
      'nom-long/essai.yaml:14 — figure « essai », champ « rows.1.label » : « by » dépasse 46 caractères : le graphique demande un nom court.',
    );
  });

  it('writes a number once: the cell reads the number that the chart draws', () => {
    expect(measureParts({ value: [476, 477], text: 'entre {} morts' })).toEqual({ numbers: [{ value: [476, 477] }], cell: 'entre 476 à 477 morts' });
    expect(showSpaces(measureParts(88, { decimals: 1, sign: '%' }).cell)).toBe('88,0⁀%');
    expect(
      measureParts({
        text: '{} et {}',
        values: [
          { value: 16000, label: 'civils azerbaïdjanais' },
          { value: [300000, 500000], label: 'Arméniens' },
        ],
      }).cell,
    ).toBe('16\u202f000 et 300\u202f000 à 500\u202f000');
  });
});

describe('charts: SVG drawn at build time', () => {
  const frame = { alt: 'Graphique : essai.', unit: 'morts', format: (n: number) => n.toLocaleString('fr-FR') };

  it('draws each estimate where its number is, a range as a bar, a floor as an arrow', async () => {
    const svg = estimatesChart(
      [
        {
          marks: [
            { label: 'Human Rights Watch', name: 'Human Rights Watch', side: 'independant', low: 161, high: 161, bound: 'min', valueText: '161' },
            { label: 'commission', name: 'commission', side: 'azerbaidjanais', low: 476, high: 477, valueText: '476–477' },
            { label: 'journal Ordu', name: 'journal Ordu', side: 'azerbaidjanais', low: 636, high: 636, valueText: '636' },
          ],
        },
      ],
      frame,
    );
    const html = toHtml(svg);
    await expect(html.replaceAll('><', '>\n<')).toMatchFileSnapshot('snapshots/chart-estimates.svg');
    expect(svg.properties).toMatchObject({ role: 'img', ariaLabel: 'Graphique\u00a0: essai.' });
    // The marks sit on the axis in the order of their numbers, and each carries its number.
    const xs = [...html.matchAll(/class="marque camp-[a-z]+" (?:cx="([\d.]+)"|d="M([\d.]+) )/g)].map((m) => Number(m[1] ?? m[2]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect([...html.matchAll(/class="valeur"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['161', '476–477', '636']);
    expect(html).toContain('class="borne"');
    expect(html.match(/class="plage/g)).toHaveLength(1);
    expect(Buffer.byteLength(html)).toBeLessThan(4096);
  });

  it('draws shares from each end of the bar, with their numbers at the ends', async () => {
    const svg = sharesChart(
      [
        { heading: '1926 · 125 159 habitants', first: [89.2, 89.2], second: [10.1, 10.1], firstText: '89,2 %', secondText: '10,1 %' },
        { heading: '1921 et 1923', first: [94.7, 94.8], second: [4.9, 5.1], firstText: '94,7–94,8 %', secondText: '4,9–5,1 %' },
      ],
      { alt: 'Graphique : essai.', firstName: 'Arméniens', secondName: 'Azerbaïdjanais' },
    );
    const html = toHtml(svg);
    await expect(html.replaceAll('><', '>\n<')).toMatchFileSnapshot('snapshots/chart-shares.svg');
    const widths = [...html.matchAll(/class="part groupe-1" x="96" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([Math.round((89.2 / 100) * 228 * 10) / 10, Math.round((94.7 / 100) * 228 * 10) / 10]);
    expect(html.match(/class="part groupe-[12] incertain"/g)).toHaveLength(2);
  });
});

describe('remark-figures: <Figure id="…" /> in a chapter', () => {
  it('places the caption, the chart, the table of the same numbers, and one note per row', async () => {
    const { html, data } = await render('Un texte[^1].\n\n<Figure id="essai-estimations" />\n\n[^1]: [@hrw-1994-seven-years].');
    await expect(showSpaces(`${figureOf(html, 'essai-estimations')}\n${notesOf(html)}`)).toMatchFileSnapshot('snapshots/figure-estimates.html');
    // A row that gives words, not a number, stays in the table and the caption says it is not drawn.
    expect(html).toContain('Les estimations chiffrées vont de 161 à 636 morts.');
    expect(html).toContain('Une estimation sans nombre précis figure au tableau seulement.');
    // The notes of the figure go through the citation machinery: Ibid., op. cit., /sources/ backlinks.
    expect(data['citations']).toEqual([
      { key: 'hrw-1994-seven-years', note: 1, noteId: 'fn-1', form: 'full' },
      { key: 'hrw-1994-seven-years', note: 2, noteId: 'fn-essai-estimations-1', form: 'ibid' },
      { key: 'dewaal-2003-black-garden', note: 3, noteId: 'fn-essai-estimations-2', form: 'full' },
      { key: 'dewaal-2003-black-garden', note: 4, noteId: 'fn-essai-estimations-3', form: 'ibid' },
      { key: 'onu-csnu-822-1993', note: 5, noteId: 'fn-essai-estimations-4', form: 'full' },
    ]);
    expect(data['noteCount']).toBe(5);
  });

  it('draws a census figure as shares, its reading and its alternative naming the extremes', async () => {
    const { html } = await render('<Figure id="essai-population" />');
    const figure = showSpaces(figureOf(html, 'essai-population'));
    expect(figure).toContain('Part des Arméniens⍽: de 94,7–94,8⁀% (1921 et 1923) à 88,0⁀% (1939).');
    expect(figure).toContain('au plus bas 88,0⁀% (1939), au plus haut 94,8⁀% (1921 et 1923)');
    expect(figure).toContain('<td>150⁀837</td>');
  });

  it('stops on an unknown figure, with the file, the line and the closest id', async () => {
    await expect(render('Texte.\n\n<Figure id="essai-estimation" />')).rejects.toThrow(
      'content/chapitres/essai.mdx:3 — figure inconnue « essai-estimation ».\n  → Correction : vouliez-vous dire « essai-estimations » ?',
    );
  });

  it('stops on a figure placed twice, and on a figure without id', async () => {
    await expect(render('<Figure id="essai-population" />\n\n<Figure id="essai-population" />')).rejects.toThrow(
      'content/chapitres/essai.mdx:3 — la figure « essai-population » est déjà placée (ligne 1).',
    );
    await expect(render('<Figure />')).rejects.toThrow('content/chapitres/essai.mdx:1 — <Figure> sans identifiant.');
  });
});
