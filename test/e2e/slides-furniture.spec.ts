/**
 * A slide number and a footer inserted in a new deck sit at the bottom of the slide, and PPTX and
 * ODP write that place: opened again, and in LibreOffice, they are still there.
 */
import { read } from '@ostal/formats';
import type { Deck } from '@ostal/model';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, libreofficeSlides, shapePlace, typeInPlaceholder } from './slides-actions.js';

const placeOf = shapePlace;

test('a slide number and a footer are inserted at the bottom of the slide and keep that place in PPTX and ODP', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await typeInPlaceholder(page, 'title', 'Bilan');
  await page.getByRole('button', { name: 'Numéro de diapositive' }).click();
  await page.getByRole('button', { name: 'Pied de page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pied de page' });
  await dialog.getByRole('textbox', { name: 'Texte du pied de page' }).fill('Préfecture du Gers');
  await dialog.getByRole('button', { name: 'Insérer' }).click();
  await expect(dialog).toBeHidden();
  const footer = await placeOf(page, 'Préfecture du Gers');
  expect(footer.y).toBeGreaterThan(0.88);
  await expect(canvas(page).locator('[data-shape-id]').filter({ hasText: /^1$/ })).toHaveCount(1);
  const number = await placeOf(page, /^\s*1\s*$/);
  expect([number.x > 0.7, number.y > 0.88]).toEqual([true, true]);

  const pptx = await saveAs(page, host.docs, 'pied', 'pptx');
  const odp = await saveAs(page, host.docs, 'pied', 'odp');
  expect(odfSchemaErrors(odp)).toEqual([]);
  for (const [name, bytes] of [['pptx', pptx], ['odp', odp]] as const) {
    const deck = (await read(bytes)).document as Deck;
    const shapes = deck.slides[0]!.shapes ?? [];
    for (const type of ['sldNum', 'ftr']) {
      const shape = shapes.find((s) => s.placeholder?.type === type);
      expect(shape?.xfrm?.y, `${name} ${type}`).toBeGreaterThan(deck.size.cy * 0.88);
    }
    expect(libreofficeSlides(bytes, `pied.${name}`).text, name).toContain('Préfecture du Gers');
  }

  // Opened again, both sit where they were inserted.
  for (const file of ['pied.odp', 'pied.pptx']) {
    await openFile(page, file);
    await expect(canvas(page).filter({ visible: true })).toContainText('Préfecture du Gers');
    const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
    await expect.poll(async () => near(await placeOf(page, 'Préfecture du Gers'), footer), file).toBe(true);
    await expect.poll(async () => near(await placeOf(page, /^\s*1\s*$/), number), file).toBe(true);
  }
});
