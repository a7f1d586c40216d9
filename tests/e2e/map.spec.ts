/** The map page: a static SVG map whose markers lead to the glossary, and its text alternative. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the map shows the places of the dossier, each marker a link to its glossary entry', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('carte/');
  await expect(page.getByRole('heading', { name: 'Carte de la région', level: 1 })).toBeVisible();

  const drawing = page.getByRole('img', { name: 'Carte du Caucase du Sud et du Haut-Karabagh' });
  await expect(drawing).toBeVisible();
  const markers = page.locator('svg[data-map-markers] a');
  expect(await markers.count()).toBeGreaterThanOrEqual(15);
  for (const marker of await markers.all()) await expect(marker).toHaveAttribute('href', /\/glossaire\/#[a-z0-9-]+$/);

  // Everything the page needs comes from this site: no tile server, no other host.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);

  // The text alternative lists the same places with their Armenian and Azerbaijani names.
  const list = page.getByRole('region', { name: 'Les lieux de la carte' });
  await expect(list.getByRole('listitem')).toHaveCount(await markers.count());
  await expect(list.getByRole('listitem').filter({ hasText: 'Stepanakert' })).toContainText('Khankendi');

  await page.locator('svg[data-map-markers] a[data-place="stepanakert"]').click();
  await expect(page).toHaveURL(/\/glossaire\/#stepanakert$/);
});

test('the map scales down to a phone and has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('carte/');
  const drawing = page.getByRole('img', { name: 'Carte du Caucase du Sud et du Haut-Karabagh' });
  const box = (await drawing.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
