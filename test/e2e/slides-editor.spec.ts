import { read } from '@ostal/formats';
import { WIDESCREEN, flattenShapes, textBodyLines } from '@ostal/model';
import type { Deck, DeckShape, GeometryShape, Transform } from '@ostal/model';
import type { Locator, Page } from '@playwright/test';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, canvasPoint, libreofficeSlides, typeInPlaceholder } from './slides-actions.js';

/** Frame of a shape drawn on the canvas, in EMU of a widescreen slide (from its position in %). */
async function drawnFrame(shape: Locator): Promise<Transform> {
  const style = await shape.evaluate((el: HTMLElement) => ({ left: el.style.left, top: el.style.top, width: el.style.width, height: el.style.height, transform: el.style.transform }));
  const pct = (v: string) => Number(v.replace('%', '')) / 100;
  const rot = /rotate\(([-\d.]+)deg\)/.exec(style.transform)?.[1];
  return {
    x: Math.round(pct(style.left) * WIDESCREEN.cx),
    y: Math.round(pct(style.top) * WIDESCREEN.cy),
    cx: Math.round(pct(style.width) * WIDESCREEN.cx),
    cy: Math.round(pct(style.height) * WIDESCREEN.cy),
    ...(rot ? { rot: Math.round(Number(rot) * 60_000) } : {}),
  };
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, alt = true): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  if (alt) await page.keyboard.down('Alt');
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 3 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 3 });
  await page.mouse.up();
  if (alt) await page.keyboard.up('Alt');
}

function slideTitled(deck: Deck, title: string) {
  const slide = deck.slides.find((s) => s.title === title);
  expect(slide, `slide « ${title} »`).toBeDefined();
  return slide!;
}

/** Positions read back from the drawing are percentages the browser keeps to about six digits: a few EMU. */
const DRAWN = 15;

function close(a: number, b: number, within: number): void {
  expect(Math.abs(a - b), `${String(a)} ≈ ${String(b)}`).toBeLessThanOrEqual(within);
}

test('shapes are placed on the canvas by keyboard and mouse, text is typed in place with bold, and both formats keep it all', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await expect(canvas(page)).toBeVisible();
  await typeInPlaceholder(page, 'title', 'Bilan 2026');

  // Body text with a bold word typed with Ctrl+B.
  const body = await canvasPoint(page, 0.5, 0.55);
  await page.mouse.dblclick(body.x, body.y);
  const bodyBox = page.getByRole('textbox', { name: 'Contenu de la diapositive' });
  await expect(bodyBox).toBeFocused();
  await page.keyboard.type('Objectifs ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('atteints');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Budget maîtrisé');
  await expect(page.getByRole('button', { name: 'Gras' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Escape');
  await expect(bodyBox).toBeHidden();

  // A rectangle: inserted selected, arrows move it (Shift: 1 cm), one undo step for the nudges.
  await page.getByRole('button', { name: 'Rectangle', exact: true }).click();
  const rect = canvas(page).locator('.slides-view > [data-geometry="rect"]:not([data-shape-id="2"]):not([data-shape-id="3"])').last();
  await expect(rect).toBeVisible();
  await expect(canvas(page)).toBeFocused();
  const start = await drawnFrame(rect);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await drawnFrame(rect)).x - start.x).toBeGreaterThan(700_000);
  let now = await drawnFrame(rect);
  close(now.x, start.x + 720_000, DRAWN);
  close(now.y, start.y + 36_000, DRAWN);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await drawnFrame(rect)).x).toBe(start.x);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await drawnFrame(rect)).x).toBeGreaterThan(start.x);

  // Drag with the mouse (Alt: no snapping): the shape follows the pointer exactly.
  const cbox = (await canvas(page).boundingBox())!;
  const emuPerPx = WIDESCREEN.cx / cbox.width;
  const before = await drawnFrame(rect);
  await drag(page, await centreOf(rect), 80, 40);
  await expect.poll(async () => (await drawnFrame(rect)).x).not.toBe(before.x);
  now = await drawnFrame(rect);
  close(now.x - before.x, 80 * emuPerPx, emuPerPx + DRAWN);
  close(now.y - before.y, 40 * emuPerPx, emuPerPx + DRAWN);

  // Without Alt, a drag near the slide's vertical centre line snaps to it and shows the guide.
  const toCentre = WIDESCREEN.cx / 2 - (now.x + now.cx / 2);
  const from = await centreOf(rect);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + toCentre / emuPerPx / 2, from.y, { steps: 2 });
  await page.mouse.move(from.x + toCentre / emuPerPx + 4, from.y, { steps: 2 });
  await expect(canvas(page).locator('.slides-guide--v')).toBeVisible();
  await page.mouse.up();
  await expect(canvas(page).locator('.slides-guide--v')).toHaveCount(0);
  now = await drawnFrame(rect);
  close(now.x + now.cx / 2, WIDESCREEN.cx / 2, DRAWN);

  // Resize by the south-east handle: the north-west corner stays.
  const sized = await drawnFrame(rect);
  await drag(page, await centreOf(canvas(page).locator('[data-handle="se"]')), 60, 30);
  await expect.poll(async () => (await drawnFrame(rect)).cx).toBeGreaterThan(sized.cx);
  now = await drawnFrame(rect);
  close(now.cx - sized.cx, 60 * emuPerPx, emuPerPx + DRAWN);
  close(now.cy - sized.cy, 30 * emuPerPx, emuPerPx + DRAWN);
  close(now.x, sized.x, DRAWN);
  close(now.y, sized.y, DRAWN);

  // Rotate a quarter turn (Shift: steps of 15°).
  const c = await centreOf(rect);
  const handle = await centreOf(canvas(page).locator('[data-handle="rotate"]'));
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  await page.keyboard.down('Shift');
  await page.mouse.move(c.x + 100, c.y - 40, { steps: 3 });
  await page.mouse.move(c.x + 200, c.y + 3, { steps: 3 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await drawnFrame(rect)).rot).toBe(90 * 60_000);
  const placed = await drawnFrame(rect);

  // A rounded rectangle: its yellow adjust handle dragged along the top edge rounds the corners more, one undo step.
  await page.getByRole('button', { name: 'Rectangle arrondi', exact: true }).click();
  const knob = page.getByRole('button', { name: 'Poignée d’ajustement 1' });
  await expect(knob).toBeVisible();
  const knobAt = await centreOf(knob);
  const side = Math.round(WIDESCREEN.cy / 4);
  // The handle stands where the corner's arc meets the top edge (a sixth of the shorter side); 25 px further in.
  const adj = Math.min(50_000, Math.round(((side * 16_667) / 100_000 + 25 * emuPerPx) / side * 100_000));
  const rounded = canvas(page).locator('.slides-view > [data-geometry="roundRect"]').last();
  const radius = () => rounded.evaluate((el: HTMLElement) => parseFloat(getComputedStyle(el).borderTopLeftRadius));
  const r0 = await radius();
  await drag(page, knobAt, 25, 0, false);
  // The corner's radius is the handle's distance from the left edge: 25 px more.
  await expect.poll(radius).toBeGreaterThan(r0 + 20);
  await expect.poll(async () => (await centreOf(knob)).x).toBeGreaterThan(knobAt.x + 20);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round(await radius())).toBe(Math.round(r0));
  await page.keyboard.press('Control+y');
  await expect.poll(radius).toBeGreaterThan(r0 + 20);
  // From the keyboard: Ctrl+Alt+A focuses the handle, two presses of Right take it 2 mm further Escape leaves the handle; undone in one step (the canvas takes the focus back).
  await rounded.click({ force: true });
  await expect(knob).toHaveAccessibleName('Poignée d’ajustement 1 de Rectangle arrondi 5');
  const r1 = await radius();
  await page.keyboard.press('Control+Alt+a');
  await expect(knob).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const twoMm = 72_000 / emuPerPx;
  await expect.poll(radius).toBeGreaterThan(r1 + twoMm - 2);
  await expect(canvas(page).getByText('Poignée à', { exact: false })).toHaveText(/^Poignée à \d+ % de la largeur, 0 % de la hauteur$/);
  await page.keyboard.press('Escape');
  await expect(canvas(page)).toBeFocused();
  await page.keyboard.press('Control+Alt+a');
  await expect(knob).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round(await radius())).toBe(Math.round(r1));
  await expect(canvas(page)).toBeFocused();
  await page.keyboard.press('Control+y');
  await expect.poll(radius).toBeGreaterThan(r1 + twoMm - 2);
  const keyed = Math.min(50_000, adj + Math.round((72_000 / side) * 100_000));

  // A text box: typed into at once.
  await page.getByRole('button', { name: 'Zone de texte' }).click();
  const tb = page.getByRole('textbox', { name: /^Texte de Zone de texte/ });
  await expect(tb).toBeFocused();
  await page.keyboard.type('Note de service');
  await page.keyboard.press('Escape');
  await expect(tb).toBeHidden();

  // A second slide, moved before the first with Alt+Up in the slide panel, with a fade.
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Perspectives');
  const list = page.getByRole('listbox', { name: 'Liste des diapositives' });
  await list.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(list.getByRole('option').first()).toHaveAccessibleName(/Perspectives/);
  await page.getByRole('radio', { name: 'Fondu' }).check();
  await expect(page.getByRole('radio', { name: 'Fondu' })).toBeChecked();

  const odp = await saveAs(page, host.docs, 'bilan-canevas', 'odp');
  expect(odfSchemaErrors(odp)).toEqual([]);
  const pptx = await saveAs(page, host.docs, 'bilan-canevas', 'pptx');

  for (const [name, bytes, within] of [['odp', odp, 360], ['pptx', pptx, 0]] as const) {
    const deck = (await read(bytes)).document as Deck;
    expect(deck.slides.map((s) => s.title), name).toEqual(['Perspectives', 'Bilan 2026']);
    expect(deck.slides[0]!.transition?.kind, name).toBe('fade');
    expect(deck.slides[1]!.transition, name).toBeUndefined();
    const bilan = slideTitled(deck, 'Bilan 2026');
    expect(bilan.body, name).toEqual(['Objectifs atteints', 'Budget maîtrisé']);
    const shapes = flattenShapes(bilan.shapes ?? []);
    const bodyShape = shapes.find((s): s is GeometryShape => s.kind === 'shape' && textBodyLines(s.text).includes('Objectifs atteints'))!;
    const runs = bodyShape.text!.paragraphs[0]!.runs;
    expect(runs.filter((r) => r.style?.bold).map((r) => r.text.trim()), name).toEqual(['atteints']);
    expect(runs.filter((r) => !r.style?.bold).map((r) => r.text).join(''), name).toBe('Objectifs ');
    const r = shapes.find((s: DeckShape) => s.kind === 'shape' && s.geometry === 'rect' && !s.placeholder && !s.textBox)!;
    for (const k of ['x', 'y', 'cx', 'cy'] as const) close(r.xfrm![k], placed[k], within + DRAWN);
    expect(r.xfrm!.rot, name).toBe(90 * 60_000);
    expect(shapes.some((s) => s.kind === 'shape' && textBodyLines(s.text).includes('Note de service')), name).toBe(true);
    const rounded = shapes.find((s): s is GeometryShape => s.kind === 'shape' && s.geometry === 'roundRect');
    close(rounded?.adjust?.['adj'] ?? 0, keyed, 1_500);

    const lo = libreofficeSlides(bytes, `bilan-canevas.${name}`);
    expect(lo.pages, name).toBe(2);
    for (const words of ['Perspectives', 'Bilan 2026', 'Objectifs atteints', 'Budget maîtrisé', 'Note de service']) expect(lo.text, name).toContain(words);
    expect(lo.text.indexOf('Perspectives'), name).toBeLessThan(lo.text.indexOf('Bilan 2026'));
  }
});

test('shapes are duplicated, copied and pasted, grouped and ungrouped on the canvas, each step undoable', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await page.getByRole('button', { name: 'Ellipse' }).click();
  const ellipses = canvas(page).locator('.slides-view > [data-geometry="ellipse"]');
  await expect(ellipses).toHaveCount(1);
  await expect(canvas(page)).toBeFocused();
  await page.keyboard.press('Control+d');
  await expect(ellipses).toHaveCount(2);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(ellipses).toHaveCount(3);
  const [a, b] = [await drawnFrame(ellipses.nth(1)), await drawnFrame(ellipses.nth(2))];
  expect(b.x - a.x).toBeGreaterThan(0);
  await page.keyboard.press('Control+z');
  await expect(ellipses).toHaveCount(2);

  // Tab walks the shapes (title, body, then the ellipses); Shift+click adds one to the selection.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByText(/^Sélection\s:\sEllipse 4$/)).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(page.getByText(/^Sélection\s:\sEllipse 5$/)).toBeAttached();
  // The copy lies over the original, 0.5 cm right and down: click the original's free corner.
  const first = (await ellipses.nth(0).boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.click(first.x + 4, first.y + 4);
  await page.keyboard.up('Shift');
  await expect(page.getByText(/^Sélection\s:\sEllipse 4, Ellipse 5$/)).toBeAttached();
  await page.getByRole('button', { name: 'Grouper' }).click();
  await expect(canvas(page).locator('.slides-view > .slides-view__other')).toHaveCount(1);
  const group = canvas(page).locator('.slides-view > .slides-view__group');
  // The group turned a quarter turn (Shift: steps of 15°) turns its members about its centre: the copy,
  // right of and below the original, comes to its left and below.
  const members = group.locator('[data-geometry="ellipse"]');
  const [m0, m1] = [await centreOf(members.nth(0)), await centreOf(members.nth(1))];
  const mid = { x: (m0.x + m1.x) / 2, y: (m0.y + m1.y) / 2 };
  const turn = await centreOf(canvas(page).locator('[data-handle="rotate"]'));
  await page.mouse.move(turn.x, turn.y);
  await page.mouse.down();
  await page.keyboard.down('Shift');
  await page.mouse.move(mid.x + 100, mid.y - 40, { steps: 3 });
  await page.mouse.move(mid.x + 200, mid.y + 3, { steps: 3 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await drawnFrame(members.nth(0))).rot).toBe(90 * 60_000);
  const [t0, t1] = [await centreOf(members.nth(0)), await centreOf(members.nth(1))];
  close(t1.x - t0.x, -(m1.y - m0.y), 2);
  close(t1.y - t0.y, m1.x - m0.x, 2);
  // A double-click on a member of the group types in it, in place; the group stays selected.
  const member = (await group.locator('[data-geometry="ellipse"]').nth(1).boundingBox())!;
  await page.mouse.dblclick(member.x + member.width / 2, member.y + member.height / 2);
  await expect(page.getByRole('textbox', { name: /Ellipse 5/ })).toBeFocused();
  await page.keyboard.type('Rond');
  await page.keyboard.press('Escape');
  await expect(group.getByText('Rond')).toBeVisible();
  await expect(page.getByText(/^Sélection\s:\sGroupe \d+$/)).toBeAttached();
  await expect(page.getByRole('button', { name: 'Dissocier' })).toBeEnabled();
  await page.getByRole('button', { name: 'Dissocier' }).click();
  await expect(canvas(page).locator('.slides-view > .slides-view__other')).toHaveCount(0);
  await expect(ellipses).toHaveCount(2);
  // Ungrouped, the members stay turned where they showed.
  expect((await drawnFrame(ellipses.nth(0))).rot).toBe(90 * 60_000);
  close((await centreOf(ellipses.nth(1))).x - (await centreOf(ellipses.nth(0))).x, t1.x - t0.x, 2);
  await canvas(page).focus();
  await page.keyboard.press('Delete');
  await expect(ellipses).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ellipses).toHaveCount(2);
});
