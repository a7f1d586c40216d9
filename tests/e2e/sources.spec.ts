/** Whose voice a source carries: the label in the notes, and the bibliography sorted by kind and filtered by standing. */
import { expect, type Page, test } from '@playwright/test';

const CHAPTER = './chapitres/6-epilogue/';

/** The call of the first note whose citations carry a standing label, and that label. */
async function labelledCall(page: Page): Promise<{ call: ReturnType<Page['locator']>; label: string }> {
  const note = page.locator('section.notes li:has(.voix-source)').first();
  const id = (await note.getAttribute('id'))!;
  const label = (await note.locator('.voix-source').first().textContent())!.trim();
  return { call: page.locator(`sup.appel-de-note > a[href="#${id}"]`).first(), label };
}

test('a party’s source is labelled in the note, in its preview and in the sidenote', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(CHAPTER);
  const { call, label } = await labelledCall(page);
  expect(label).toMatch(/^\((presse|média d’État|source officielle|relais|site|recherche|point de vue)[^)]*\)$/);
  await call.hover();
  await expect(page.getByRole('note').locator('.voix-source').first()).toHaveText(label);
  const sidenote = page.locator(`sup:has(a[href="${await call.getAttribute('href')}"]) + .sidenote`);
  await expect(sidenote.locator('.voix-source').first()).toHaveText(label);
});

test('the bibliography groups sources by kind, labels a party’s voice, and filters by standing without reloading', async ({ page }) => {
  await page.goto('./sources/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Textes officiels et juridiques',
    'Rapports, communiqués et déclarations',
    'Ouvrages',
    'Articles et chapitres d’ouvrages',
    'Presse',
    'Sites web et encyclopédies',
    'Wikipédia',
  ]);
  const all = await page.locator('.bibliography__entry').count();
  await expect(page.locator('#panarmenian-2021-empietement-armenie .voix-source')).toHaveText('(presse arménienne)');
  await expect(page.locator('#reuters-2023-trois-ex-dirigeants .voix-source')).toHaveText('(relais de Reuters)');
  // A title in another language keeps its own typography: no space before its colon.
  await expect(page.locator('#broers-2019-anatomy-rivalry em[lang="en"]')).toHaveText('Armenia and Azerbaijan: Anatomy of a Rivalry');

  const url = page.url();
  await page.getByRole('radio', { name: /^Azerbaïdjanaises/ }).check();
  const shown = page.locator('.bibliography__entry:visible');
  await expect(page.locator('#virtualkarabakh-occupation-chiffres')).toBeVisible();
  await expect(page.locator('#panarmenian-2021-empietement-armenie')).toBeHidden();
  const count = await shown.count();
  expect(count).toBeGreaterThan(10);
  expect(count).toBeLessThan(all);
  for (const voice of await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-voix')))) expect(voice).toBe('azerbaidjanaise');
  await expect(page.getByRole('status')).toHaveText(`${count} sources affichées.`);
  await expect(page.getByRole('heading', { name: 'Ouvrages', exact: true })).toBeHidden();
  expect(page.url()).toBe(url);

  await page.getByRole('radio', { name: /^Relais/ }).check();
  await expect(page.locator('#reuters-2023-trois-ex-dirigeants')).toBeVisible();
  await expect(page.locator('#virtualkarabakh-occupation-chiffres')).toBeHidden();
  await page.getByRole('radio', { name: /^Toutes/ }).check();
  await expect(shown).toHaveCount(all);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the bibliography is complete, and the filter still works (it is CSS)', async ({ page }) => {
    await page.goto('./sources/');
    const all = page.locator('.bibliography__entry');
    await expect(page.locator('.bibliography__entry:visible')).toHaveCount(await all.count());
    await page.getByRole('radio', { name: /^Arméniennes/ }).check();
    await expect(page.locator('#panarmenian-2021-empietement-armenie')).toBeVisible();
    await expect(page.locator('#virtualkarabakh-occupation-chiffres')).toBeHidden();
  });
});

test('the sources of the map’s places are listed on /sources/, where the map links to them', async ({ page }) => {
  await page.goto('./carte/');
  const keys = await page.locator('[data-source]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-source') ?? ''))]);
  expect(keys.length).toBeGreaterThan(10);
  await page.goto('./sources/');
  for (const key of keys) await expect(page.locator(`[id="${key}"]`), key).toHaveCount(1);
});

test('a source of the map links back to the places whose coordinates it gives', async ({ page }) => {
  await page.goto('./sources/');
  const entry = page.locator('[id="wp-en-stepanakert"]');
  const link = entry.getByRole('link', { name: 'Stepanakert', exact: true });
  await expect(entry.locator('.bibliography__backlinks')).toContainText('carte : Stepanakert');
  await link.click();
  await expect(page).toHaveURL(/\/carte\/#lieu-stepanakert$/);
  await expect(page.locator('#lieu-stepanakert')).toBeInViewport();
  await expect(page.locator('#lieu-stepanakert [data-source="wp-en-stepanakert"]')).toHaveCount(1);
});
