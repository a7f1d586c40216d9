/** Reading the notes without leaving the paragraph: previews, sidenotes, and the way to the sources. */
import { expect, test } from '@playwright/test';

const CHAPTER = './chapitres/2-reveil-armenien/';

test('a note preview opens on hover and on keyboard focus, and closes with Escape', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(CHAPTER);
  const call = page.locator('sup.appel-de-note > a').first();
  const preview = page.getByRole('note');
  await call.hover();
  await expect(preview).toBeVisible();
  await expect(preview.locator('a[href*="/sources/#"]').first()).toBeVisible();
  await page.mouse.move(5, 700);
  await expect(preview).toBeHidden();

  await call.focus();
  await expect(preview).toBeVisible();
  await expect(call).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(call).toBeFocused();
});

test('a screen reader hears each note with its call: the call is described by its note’s text', async ({ page }) => {
  await page.goto(CHAPTER);
  const calls = page.locator('sup.appel-de-note > a');
  for (const call of [calls.first(), calls.nth(5), calls.last()]) {
    const id = decodeURIComponent(((await call.getAttribute('href')) ?? '').slice(1));
    const words = (await page.locator(`[id="${id}"] p`).first().innerText()).replace(/\s+/g, ' ').trim().slice(0, 40);
    await expect(call).toHaveAccessibleDescription(new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
});

test('each section’s link is named « Lien vers la section » and the section’s title', async ({ page }) => {
  await page.goto(CHAPTER);
  for (const wrapper of [page.locator('.prose .heading').first(), page.locator('.prose .heading').last()]) {
    const title = (await wrapper.locator('h2, h3').innerText()).trim();
    const words = title.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await expect(wrapper.locator('.heading-anchor')).toHaveAccessibleName(new RegExp(`^Lien vers la section\\s+${words.join('\\s+')}$`));
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  test('a tap on a note call shows the preview; a tap outside closes it', async ({ page }) => {
    await page.goto(CHAPTER);
    const call = page.locator('sup.appel-de-note > a').first();
    await call.scrollIntoViewIfNeeded();
    await call.tap();
    const preview = page.getByRole('note');
    await expect(preview).toBeVisible();
    await expect(page).not.toHaveURL(/#fn-/);
    await page.locator('h1').tap();
    await expect(preview).toBeHidden();
    await expect(page.locator('.sidenote').first()).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no preview, but the call is a plain link to the note', async ({ page }) => {
    await page.goto(CHAPTER);
    const call = page.locator('sup.appel-de-note > a').first();
    await call.hover();
    await expect(page.getByRole('note')).toHaveCount(0);
    await call.click();
    await expect(page).toHaveURL(/#fn-/);
    await expect(page.locator('section.notes li:target')).toBeVisible();
  });
});

test('sidenotes sit beside their calls at 1400 px', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(CHAPTER);
  const call = page.locator('sup.appel-de-note').first();
  const side = page.locator('.sidenote').first();
  await expect(side).toBeVisible();
  const callBox = (await call.boundingBox())!;
  const sideBox = (await side.boundingBox())!;
  const text = (await page.locator('.prose').boundingBox())!;
  expect(sideBox.x).toBeGreaterThan(text.x + text.width);
  expect(Math.abs(sideBox.y - callBox.y)).toBeLessThan(200);
});

test('a source lists the notes that cite it, and a note leads back to the source', async ({ page }) => {
  await page.goto('./sources/');
  const entry = page.locator('#dewaal-2003-black-garden');
  await expect(entry).toContainText('Black Garden');
  const backlink = entry.locator('.bibliography__backlinks a').first();
  await expect(backlink).toBeVisible();
  await backlink.click();
  await expect(page).toHaveURL(/\/chapitres\/.+#fn-/);
  const note = page.locator('section.notes li:target');
  await expect(note).toBeVisible();
  await note.locator('a[href$="/sources/#dewaal-2003-black-garden"]').first().click();
  await expect(page).toHaveURL(/\/sources\/#dewaal-2003-black-garden$/);
  await expect(page.locator('#dewaal-2003-black-garden')).toBeInViewport();
});

test('« Citer ce chapitre » gives a French reference to copy, and BibTeX and RIS files', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./chapitres/4-cessez-le-feu-gele/');
  const box = page.getByRole('region', { name: 'Citer ce chapitre' });
  await expect(box).toContainText('« Le cessez-le-feu gelé');
  await box.getByRole('button', { name: 'Copier la référence' }).click();
  await expect(box.getByRole('status')).toHaveText('Référence copiée.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('chapitre 4 de Haut-Karabagh, dossier annoté');
  const bib = await request.get(new URL((await box.getByRole('link', { name: 'BibTeX' }).getAttribute('href'))!, page.url()).href);
  expect(await bib.text()).toMatch(/^@incollection\{hautkarabagh-4-cessez-le-feu-gele,/);
  const ris = await request.get(new URL((await box.getByRole('link', { name: /RIS/ }).getAttribute('href'))!, page.url()).href);
  expect(await ris.text()).toMatch(/^TY {2}- CHAP/);
});
