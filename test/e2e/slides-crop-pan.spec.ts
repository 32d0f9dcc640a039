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

function pictureOf(deck: Deck): PictureShape {
  const picture = (deck.slides[0]!.shapes ?? []).find((s): s is PictureShape => s.kind === 'picture');
  expect(picture).toBeDefined();
  return picture!;
}

/** Opens the crop dialog and reads its four edges (%). */
async function dialogEdges(page: Page): Promise<{ left: number; right: number; top: number; bottom: number }> {
  await page.getByRole('button', { name: 'Rogner…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rogner l’image' });
  await expect(dialog).toBeVisible();
  const value = async (name: string) => Number(await dialog.getByRole('spinbutton', { name }).inputValue());
  return { left: await value('Gauche (%)'), right: await value('Droite (%)'), top: await value('Haut (%)'), bottom: await value('Bas (%)') };
}

test('in crop mode the picture moves inside its frame by mouse and arrows, the crop dialog follows and shows its values live, and PPTX keeps the new crop', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  // A picture twice as wide and high as its frame: a quarter cut on each side.
  const picture: PictureShape = { kind: 'picture', id: 3, name: 'Plan', media: 'image1.png', xfrm: { x: 2_000_000, y: 2_000_000, cx: 4_000_000, cy: 2_000_000 }, crop: { left: 25_000, right: 25_000, top: 25_000, bottom: 25_000 } };
  const deck: Deck = {
    ...emptyDeck({ language: 'fr-FR' }),
    media: { 'image1.png': { type: 'image/png', data: pngBytes(400, 200) } },
    slides: [{ id: 's1', title: 'Plan du site', body: [], notes: '', shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: plainTextBody(['Plan du site']) }, picture] }],
  };
  writeFileSync(path.join(host.docs, 'plan-site.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'plan-site.pptx');
  const shown = canvas(page).getByRole('img', { name: 'Plan' });
  await expect(shown).toBeVisible();
  const frame = (await canvas(page).locator('.slides-shape--cropped').boundingBox())!;

  // Crop mode by a double-click; Shift+Right moves the picture 1 cm right: 4.5 % of its width less cut on the left.
  await page.mouse.dblclick(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await expect(canvas(page).locator('[data-handle="crop-e"]')).toBeVisible();
  await expect(page.getByText(/^Rognage de Plan/)).toBeAttached();
  const ghost = canvas(page).locator('.slides-crop-ghost');
  const ghostBefore = (await ghost.boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await ghost.boundingBox())!.x).toBeGreaterThan(ghostBefore.x + 5);
  // The frame stays where it was.
  const frameAfterKey = (await canvas(page).locator('.slides-shape--cropped').boundingBox())!;
  expect(Math.abs(frameAfterKey.x - frame.x)).toBeLessThan(2);
  expect(Math.abs(frameAfterKey.width - frame.width)).toBeLessThan(2);
  let edges = await dialogEdges(page);
  expect(edges).toEqual({ left: 20.5, right: 29.5, top: 25, bottom: 25 });
  await page.getByRole('dialog', { name: 'Rogner l’image' }).getByRole('button', { name: 'Annuler' }).click();

  // The mouse: the picture dragged up and left by a tenth of its size (a fifth of the frame).
  await page.mouse.dblclick(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await expect(canvas(page).locator('[data-handle="crop-e"]')).toBeVisible();
  const start = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - frame.width * 0.1, start.y - frame.height * 0.1, { steps: 4 });
  await page.mouse.move(start.x - frame.width * 0.2, start.y - frame.height * 0.2, { steps: 4 });
  await page.mouse.up();
  await expect(canvas(page).locator('[data-handle="crop-e"]')).toBeVisible();
  edges = await dialogEdges(page);
  expect(edges.left).toBeCloseTo(30.5, 0);
  expect(edges.left + edges.right).toBeCloseTo(50, 0);
  expect(edges.top).toBeCloseTo(35, 0);
  expect(edges.top + edges.bottom).toBeCloseTo(50, 0);

  // The dialog shows each value at once on the canvas; Cancel takes it back.
  const dialog = page.getByRole('dialog', { name: 'Rogner l’image' });
  const beforeTyping = (await ghost.boundingBox())!;
  await dialog.getByRole('spinbutton', { name: 'Gauche (%)' }).fill('10');
  await expect.poll(async () => Math.round((await ghost.boundingBox())!.x)).not.toBe(Math.round(beforeTyping.x));
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => Math.round((await ghost.boundingBox())?.x ?? -1)).toBe(Math.round(beforeTyping.x));

  // The moves are undone one by one: the drag, then the key.
  await canvas(page).focus();
  await page.keyboard.press('Control+z');
  // A click that lands while crop mode is still being left only ends it: click until selected.
  await expect(async () => {
    await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await expect(page.getByRole('button', { name: 'Rogner…' })).toBeEnabled({ timeout: 2_000 });
  }).toPass();
  edges = await dialogEdges(page);
  expect(edges).toEqual({ left: 20.5, right: 29.5, top: 25, bottom: 25 });
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await page.keyboard.press('Control+y');

  // PPTX keeps the crop as moved; Ostal reads it back.
  const bytes = await saveAs(page, host.docs, 'plan-site-rogne', 'pptx');
  const saved = pictureOf((await read(bytes)).document as Deck);
  expect(saved.xfrm).toEqual(picture.xfrm);
  expect((saved.crop?.left ?? 0) / 1000).toBeCloseTo(30.5, 0);
  expect(((saved.crop?.left ?? 0) + (saved.crop?.right ?? 0)) / 1000).toBeCloseTo(50, 0);
  expect((saved.crop?.top ?? 0) / 1000).toBeCloseTo(35, 0);
});
