/** Figures: a reader sees the chart, its numbers in a table, and follows each number to its source. */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadFigures } from '../../src/content/figures.ts';
import { loadSources } from '../../src/content/sources.ts';
import { bounds, measureParts } from '../../src/lib/figures.ts';

const content = process.env['CONTENT_DIR'] ?? 'content';
const figures = loadFigures(join(content, 'donnees'), new Set(loadSources(join(content, 'sources')).keys()));

/** Where each figure is placed: the chapter whose MDX holds `<Figure id="…" />`. */
const placements: [string, string][] = [
  ['khodjaly-victimes', 'chapitres/3-guerre-1992-1994/'],
  ['guerre-1994-morts', 'chapitres/3-guerre-1992-1994/'],
  ['guerre-1994-deplaces', 'chapitres/3-guerre-1992-1994/'],
  ['territoire-1994', 'chapitres/3-guerre-1992-1994/'],
  ['guerre-2020-pertes', 'chapitres/5-guerre-des-44-jours/'],
  ['nkao-recensements', 'chapitres/1-epoque-sovietique/'],
  ['chouchi-1920', 'chapitres/1-epoque-sovietique/'],
  ['exodes-1988-1991', 'chapitres/2-reveil-armenien/'],
  ['janvier-noir-1990', 'chapitres/2-reveil-armenien/'],
  ['deplaces-1994-2010', 'chapitres/4-cessez-le-feu-gele/'],
  ['exode-2023', 'chapitres/6-epilogue/'],
];

test('every figure of content/donnees/ is placed in a chapter', () => {
  expect(placements.map(([id]) => id).sort()).toEqual([...figures.keys()].sort());
});

test('Khodjaly: the chart with its extremes, the table of the same numbers, each row with its note', async ({ page }) => {
  await page.goto('chapitres/3-guerre-1992-1994/');
  const figure = page.locator('figure#figure-khodjaly-victimes');
  await expect(figure.locator('figcaption')).toContainText('Les morts de Khodjaly selon leurs sources');
  await expect(figure.locator('figcaption')).toContainText('Les estimations vont de 161 à 636 morts.');
  const chart = figure.getByRole('img');
  await expect(chart).toHaveAccessibleName(/de 161 \(Human Rights Watch, rapport de 1993\) à 636 \(journal azerbaïdjanais Ordu \(1992\)\)/);
  const table = figure.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(10);
  await expect(table.getByRole('row').nth(1)).toContainText('au moins 161 morts');
  await expect(table.getByRole('row').last()).toContainText('636');

  // Each number's note cites its source, which leads to the bibliography, and back.
  const call = table.getByRole('row').last().locator('sup.appel-de-note > a');
  const target = (await call.getAttribute('href'))!;
  const note = page.locator(`li${target}`);
  await expect(note.locator('a[href*="/sources/#"]')).toContainText('Black Garden');
  await expect(note.locator('a[href*="/sources/#"]')).toContainText('notes du chap. 11');
  await note.locator('a[href*="/sources/#"]').click();
  await expect(page).toHaveURL(/\/sources\/#dewaal-2003-black-garden$/);
  await expect(page.locator('#dewaal-2003-black-garden')).toContainText(/chap\. 3/);
});

for (const [id, path] of placements) {
  test(`${id}: the numbers drawn are those of the data file, and each is in the table`, async ({ page }) => {
    const entry = figures.get(id)!;
    await page.goto(path);
    const figure = page.locator(`figure#figure-${id}`);
    await expect(figure.getByRole('img')).toHaveAccessibleName(/^Graphique\s: .+ Le tableau qui suit/);
    await expect(figure.getByRole('table').getByRole('row')).toHaveCount(entry.data.rows.length + 1);
    const tableText = (await figure.getByRole('table').innerText()).replace(/\s/g, ' ');
    if (entry.data.kind === 'estimates') {
      const expected = entry.data.rows.flatMap((r) => measureParts(r.estimate).numbers.map((n) => bounds(n.value).join('-')));
      // Read back from the drawing, as a reader reads it: each mark's place against its panel's axis.
      const drawn = await figure.locator('g.panneau').evaluateAll((panels) =>
        panels.flatMap((panel) => {
          const ticksX = [...(panel.querySelector('path.grille')?.getAttribute('d') ?? '').matchAll(/M([\d.]+)/g)].map((m) => Number(m[1]));
          const ticksV = [...panel.querySelectorAll('.graduation text')].map((t) => Number((t.textContent ?? '').replace(/[^\d,]/g, '').replace(',', '.')));
          const [x0, x1, v0, v1] = [ticksX[0]!, ticksX.at(-1)!, ticksV[0]!, ticksV.at(-1)!];
          const value = (x: number): number => v0 + ((x - x0) / (x1 - x0)) * (v1 - v0);
          /** Half a unit of the drawing's rounding, in the axis's numbers. */
          const tolerance = (0.2 * (v1 - v0)) / (x1 - x0);
          return [...panel.querySelectorAll('g.ligne-estimation')].map((row) => {
            const xs = [...row.querySelectorAll('.marque')].map((m) =>
              m.localName === 'circle'
                ? Number(m.getAttribute('cx'))
                : m.localName === 'rect'
                  ? Number(m.getAttribute('x')) + 5
                  : Number(/^M([\d.]+)/.exec(m.getAttribute('d') ?? '')?.[1]),
            );
            return { low: value(Math.min(...xs)), high: value(Math.max(...xs)), tolerance };
          });
        }),
      );
      const want = expected.map((e) => e.split('-').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const got = [...drawn].sort((a, b) => a.low - b.low || a.high - b.high);
      expect(got).toHaveLength(want.length);
      for (const [i, [low, high]] of want.entries()) {
        expect(Math.abs(got[i]!.low - low), `${id}, repère ${i + 1} : ${got[i]!.low} pour ${low}`).toBeLessThanOrEqual(got[i]!.tolerance);
        expect(Math.abs(got[i]!.high - high), `${id}, repère ${i + 1} : ${got[i]!.high} pour ${high}`).toBeLessThanOrEqual(got[i]!.tolerance);
      }
      for (const value of await figure.locator('g.ligne-estimation .valeur').allTextContents()) {
        for (const number of value.split(/[–%]/).filter((n) => n.trim())) expect(tableText).toContain(number.replace(/\s/g, ' ').trim());
      }
    } else {
      const expected = entry.data.rows.map(
        (r) => `${bounds(measureParts(r.armenians).numbers[0]!.value).join('-')}/${bounds(measureParts(r.azerbaijanis).numbers[0]!.value).join('-')}`,
      );
      // Read back from the drawing: each group's share is its bar's width over the track's.
      const drawn = await figure.locator('g.ligne-parts').evaluateAll((rows) =>
        rows.map((row) => {
          const track = Number(row.querySelector('.piste')?.getAttribute('width'));
          const share = (group: string): number[] => {
            const [sure, unsure] = [row.querySelector(`.part.${group}:not(.incertain)`), row.querySelector(`.part.${group}.incertain`)].map(
              (r) => Number(r?.getAttribute('width') ?? 0) / track,
            );
            return [sure! * 100, (sure! + unsure!) * 100];
          };
          return [...share('groupe-1'), ...share('groupe-2')];
        }),
      );
      const want = expected.map((e) => e.split('/').flatMap((side) => side.split('-').map(Number)));
      expect(drawn).toHaveLength(want.length);
      // Widths are drawn to a tenth of a unit on a track 228 units wide: 0,05 point of share.
      for (const [i, row] of want.entries()) for (const [j, v] of row.entries()) expect(Math.abs(drawn[i]![j]! - v), `${id}, ligne ${i + 1}`).toBeLessThanOrEqual(0.1);
    }
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`figures pass axe and fit the screen (${theme}, ${width} px)`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      for (const path of new Set(placements.map(([, p]) => p))) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).include('.figure-donnees').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        // Nothing of a chart (its longest labels included) pushes the page sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        for (const chart of await page.locator('svg.graphique').all()) {
          const drawn = await chart.evaluate((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].every((t) => {
              const r = t.getBoundingClientRect();
              return r.left >= box.left - 3 && r.right <= box.right + 3; // a glyph's overhang aside
            });
          });
          expect(drawn, 'every label inside its chart').toBe(true);
          const box = (await chart.boundingBox())!;
          expect(box.width).toBeLessThanOrEqual(width);
          // The smallest text, 14.5 units in a 420-unit drawing: never under 12 px on screen.
          expect((box.width / 420) * 14.5).toBeGreaterThanOrEqual(12);
        }
      }
    });
  }
}
