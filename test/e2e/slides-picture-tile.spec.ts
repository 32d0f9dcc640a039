/**
 * Tiled picture fills (a:tile in PPTX, style:repeat="repeat" in ODP) opened through the Open
 * dialog: the rectangle and the slide background repeat the picture at its own size, and still
 * do after saving in the other format and opening that file again; saving mirrored tiles as ODP
 * says that ODF cannot mirror them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { write } from '@ostal/formats';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { solidPng } from './slides-actions.js';

const IN = 914_400;

/** Bytes that do not compress: a deck holding them is past the progressive open's 1 MiB. */
function noise(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = 2_463_534_242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * A slide with a tiled background (an orange 24 px picture) and a tiled rectangle (a blue 32 px
 * picture, every other tile mirrored); `large`: a second slide holds 1.5 MiB of other media, so the deck opens first slide first.
 */
function tiledDeck(large = false): Deck {
  const rect: GeometryShape = {
    kind: 'shape',
    id: 2,
    name: 'Rectangle pavé',
    geometry: 'rect',
    xfrm: { x: IN, y: IN, cx: 4 * IN, cy: 3 * IN },
    fill: { kind: 'picture', media: 'bleu.png', tile: { sx: 100_000, sy: 100_000, tx: 0, ty: 0, align: 'tl', flip: 'x' } },
    line: { fill: { kind: 'none' } },
  };
  return {
    ...emptyDeck({ title: 'Pavage' }),
    slides: [
      { id: 's1', title: '', body: [], notes: '', shapes: [rect], background: { kind: 'picture', media: 'orange.png', tile: { sx: 50_000, sy: 50_000, tx: 0, ty: 0, align: 'tl' } } },
      ...(large ? [{ id: 's2', title: 'Suite', body: [], notes: '', shapes: [{ kind: 'picture' as const, id: 2, name: 'Bruit', media: 'bruit.png', xfrm: { x: IN, y: IN, cx: IN, cy: IN } }] }] : []),
    ],
    media: {
      'bleu.png': { type: 'image/png', data: new Uint8Array(solidPng(32, 32, [10, 20, 230])) },
      'orange.png': { type: 'image/png', data: new Uint8Array(solidPng(24, 24, [240, 140, 20])) },
      ...(large ? { 'bruit.png': { type: 'image/png', data: new Uint8Array([...solidPng(8, 8, [0, 0, 0]), ...noise(1_500_000)]) } } : {}),
    },
  };
}

interface Painted {
  readonly background: boolean;
  readonly size: string;
  readonly repeat: string;
  /** Width of the slide on screen, in pixels. */
  readonly slideWidth: number;
}

/** The slide canvas's elements painted with a picture: the slide itself (background) and the boxes in it. */
async function paintedWithPictures(page: Page): Promise<Painted[]> {
  return page.locator('[role="application"] .slides-view').first().evaluate((view) =>
    [view, ...view.querySelectorAll('*')]
      .filter((el) => getComputedStyle(el).backgroundImage.startsWith('url('))
      .map((el) => ({ background: el === view, size: getComputedStyle(el).backgroundSize, repeat: getComputedStyle(el).backgroundRepeat, slideWidth: view.getBoundingClientRect().width })),
  );
}

/**
 * The rectangle and the background are both repeated, neither stretched over its box, each tile
 * its picture's size scaled on the slide (12 192 000 EMU wide): the rectangle's 32 px at 100 %
 * (304 800 EMU, 2.5 % of the slide's width), the background's 24 px at 50 % (114 300 EMU, 0.9375 %).
 */
async function expectTiled(page: Page): Promise<void> {
  await expect.poll(async () => (await paintedWithPictures(page)).length).toBe(2);
  const painted = await paintedWithPictures(page);
  expect(painted.filter((p) => p.background)).toHaveLength(1);
  for (const p of painted) {
    expect(p.repeat).toBe('repeat');
    expect(p.size).not.toBe('100% 100%');
    const [w, h] = p.size.split(' ').map((v) => Number(v.replace(/px$/, '')));
    const share = p.background ? 0.009375 : 0.025;
    expect(Math.abs((w ?? 0) / p.slideWidth - share)).toBeLessThan(0.001);
    expect(Math.abs((h ?? 0) / p.slideWidth - share)).toBeLessThan(0.001);
  }
}

for (const [first, other] of [['pptx', 'odp'], ['odp', 'pptx']] as const) {
  test(`a tiled rectangle and a tiled background in ${first.toUpperCase()} are drawn tiled, and still after saving as ${other.toUpperCase()}`, async ({ page, host }) => {
    writeFileSync(path.join(host.docs, `pavage.${first}`), await write(tiledDeck(), first));
    await page.goto(host.url);
    await openFile(page, `pavage.${first}`);
    await expectTiled(page);

    await saveAs(page, host.docs, 'pavage-copie', other);
    // ODF cannot mirror tiles: saving the PPTX's mirrored tiles as ODP says so.
    const flipNotice = page.getByText('ODF 1.3 ne peut pas retourner les motifs d’un remplissage par image en mosaïque : dans « pavage-copie.odp »');
    if (other === 'odp') await expect(flipNotice).toBeVisible();
    else await expect(flipNotice).toHaveCount(0);
    await closeTab(page, `pavage-copie.${other}`);
    await openFile(page, `pavage-copie.${other}`);
    await expectTiled(page);
  });
}

for (const format of ['pptx', 'odp'] as const) {
  test(`a ${format.toUpperCase()} deck of more than 1 MiB (opened first slide first) draws its tiles tiled`, async ({ page, host }) => {
    const bytes = await write(tiledDeck(true), format);
    expect(bytes.length).toBeGreaterThanOrEqual(1024 * 1024);
    writeFileSync(path.join(host.docs, `pavage-long.${format}`), bytes);
    await page.goto(host.url);
    await openFile(page, `pavage-long.${format}`);
    await expect(page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option')).toHaveCount(2, { timeout: 60_000 });
    await expectTiled(page);
  });
}

test('an ODP deck written by LibreOffice from a tiled PPTX draws its tiles tiled', async ({ page, host }) => {
  const odp = libreofficeConvertBytes(await write(tiledDeck(), 'pptx'), 'pavage.pptx', 'odp');
  writeFileSync(path.join(host.docs, 'pavage-lo.odp'), odp);
  await page.goto(host.url);
  await openFile(page, 'pavage-lo.odp');
  await expectTiled(page);
});
