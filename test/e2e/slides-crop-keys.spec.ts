import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import { emptyDeck, plainTextBody } from '@ostal/model';
import type { Deck, PictureShape } from '@ostal/model';
import type { Page } from '@playwright/test';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { pngBytes } from '../support/png.js';
import { canvas } from './slides-actions.js';

/** Opens the crop dialog, reads its four edges (%), and closes it. */
async function dialogEdges(page: Page): Promise<{ left: number; right: number; top: number; bottom: number }> {
  await page.getByRole('button', { name: 'Rogner…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rogner l’image' });
  await expect(dialog).toBeVisible();
  const value = async (name: string) => Number(await dialog.getByRole('spinbutton', { name }).inputValue());
  const edges = { left: await value('Gauche (%)'), right: await value('Droite (%)'), top: await value('Haut (%)'), bottom: await value('Bas (%)') };
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  return edges;
}

test('crop handles take the focus in crop mode: arrows move the focused edge (Shift: 1 cm), the crop is announced, undone and kept in PPTX', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const picture: PictureShape = { kind: 'picture', id: 3, name: 'Carte', media: 'image1.png', xfrm: { x: 2_000_000, y: 2_000_000, cx: 4_000_000, cy: 2_000_000 } };
  const deck: Deck = {
    ...emptyDeck({ language: 'fr-FR' }),
    media: { 'image1.png': { type: 'image/png', data: pngBytes(400, 200) } },
    slides: [{ id: 's1', title: 'Territoire', body: [], notes: '', shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: plainTextBody(['Territoire']) }, picture] }],
  };
  writeFileSync(path.join(host.docs, 'carte.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'carte.pptx');
  await expect(canvas(page).getByRole('img', { name: 'Carte' })).toBeVisible();

  // Keyboard only: Tab to the picture, Enter for crop mode, Tab to the handles.
  await canvas(page).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByText(/^Sélection\s: Carte$/)).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Rognage de Carte/)).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(canvas(page).getByRole('button', { name: 'Coin supérieur gauche du rognage' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const right = canvas(page).getByRole('button', { name: 'Bord droit du rognage' });
  await expect(right).toBeFocused();
  await expect(right).toHaveAccessibleDescription(/^Flèches\s: déplacer ce bord/);

  // Shift+Left: the right edge 1 cm in (9 % of 4 000 000 EMU), Left: 1 mm more; Up/Down do nothing on it.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByText(/^Rognage\s: gauche 0\s%, haut 0\s%, droite 9\s%, bas 0\s%$/)).toBeAttached();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(/^Rognage\s: gauche 0\s%, haut 0\s%, droite 9,9\s%, bas 0\s%$/)).toBeAttached();
  await expect(right).toBeFocused();

  // The bottom edge: 1 cm up is 18 % of 2 000 000 EMU.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const bottom = canvas(page).getByRole('button', { name: 'Bord inférieur du rognage' });
  await expect(bottom).toBeFocused();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(page.getByText(/^Rognage\s: gauche 0\s%, haut 0\s%, droite 9,9\s%, bas 18\s%$/)).toBeAttached();

  const axe = await new AxeBuilder({ page }).include('.slides').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Escape ends crop mode and gives the focus back to the canvas.
  await page.keyboard.press('Escape');
  await expect(bottom).toBeHidden();
  await expect(canvas(page)).toBeFocused();
  expect(await dialogEdges(page)).toEqual({ left: 0, right: 9.9, top: 0, bottom: 18 });

  // One undo step per edge moved.
  await page.getByRole('toolbar', { name: 'Outils de présentation' }).getByRole('button', { name: 'Annuler' }).click();
  const pic = (await canvas(page).getByRole('img', { name: 'Carte' }).boundingBox())!;
  await page.mouse.click(pic.x + pic.width / 2, pic.y + pic.height / 2);
  expect(await dialogEdges(page)).toEqual({ left: 0, right: 9.9, top: 0, bottom: 0 });
  await page.getByRole('toolbar', { name: 'Outils de présentation' }).getByRole('button', { name: 'Rétablir' }).click();

  const pptx = await saveAs(page, host.docs, 'carte-rognee', 'pptx');
  const back = (await read(pptx)).document as Deck;
  const saved = (back.slides[0]!.shapes ?? []).find((s): s is PictureShape => s.kind === 'picture')!;
  expect(saved.crop).toEqual({ left: 0, top: 0, right: 9_900, bottom: 18_000 });
  expect(saved.xfrm).toMatchObject({ x: 2_000_000, y: 2_000_000, cx: 3_604_000, cy: 1_640_000 });
});
