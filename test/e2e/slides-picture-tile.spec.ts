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
import { pngBytes } from '../support/png.js';

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
  /** Painted with a repeating unit of mirrored tiles (an SVG image of its own), not the picture itself. */
  readonly mirrored: boolean;
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
      .map((el) => ({ background: el === view, mirrored: getComputedStyle(el).backgroundImage.startsWith('url("data:image/svg+xml'), size: getComputedStyle(el).backgroundSize, repeat: getComputedStyle(el).backgroundRepeat, slideWidth: view.getBoundingClientRect().width })),
  );
}

/**
 * The rectangle and the background are both repeated, neither stretched over its box, each tile
 * its picture's size scaled on the slide (12 192 000 EMU wide): the rectangle's 32 px at 100 %
 * (304 800 EMU, 2.5 % of the slide's width), the background's 24 px at 50 % (114 300 EMU, 0.9375 %).
 * `mirrored`: the rectangle's tiles are mirrored every other one (only PPTX keeps that), so it
 * repeats a unit of two tiles side by side.
 */
async function expectTiled(page: Page, mirrored: boolean): Promise<void> {
  await expect.poll(async () => (await paintedWithPictures(page)).length).toBe(2);
  const painted = await paintedWithPictures(page);
  expect(painted.filter((p) => p.background)).toHaveLength(1);
  for (const p of painted) {
    expect(p.repeat).toBe('repeat');
    expect(p.size).not.toBe('100% 100%');
    expect(p.mirrored).toBe(!p.background && mirrored);
    const [w, h] = p.size.split(' ').map((v) => Number(v.replace(/px$/, '')));
    const share = p.background ? 0.009375 : 0.025;
    expect(Math.abs((w ?? 0) / p.slideWidth - share * (p.mirrored ? 2 : 1))).toBeLessThan(0.001);
    expect(Math.abs((h ?? 0) / p.slideWidth - share)).toBeLessThan(0.001);
  }
}

for (const [first, other] of [['pptx', 'odp'], ['odp', 'pptx']] as const) {
  test(`a tiled rectangle and a tiled background in ${first.toUpperCase()} are drawn tiled, and still after saving as ${other.toUpperCase()}`, async ({ page, host }) => {
    writeFileSync(path.join(host.docs, `pavage.${first}`), await write(tiledDeck(), first));
    await page.goto(host.url);
    await openFile(page, `pavage.${first}`);
    await expectTiled(page, first === 'pptx');

    await saveAs(page, host.docs, 'pavage-copie', other);
    // ODF cannot mirror tiles: saving the PPTX's mirrored tiles as ODP says so.
    const flipNotice = page.getByText('ODF 1.3 ne peut pas retourner les motifs d’un remplissage par image en mosaïque : dans « pavage-copie.odp »');
    if (other === 'odp') await expect(flipNotice).toBeVisible();
    else await expect(flipNotice).toHaveCount(0);
    await closeTab(page, `pavage-copie.${other}`);
    await openFile(page, `pavage-copie.${other}`);
    await expectTiled(page, false);
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
    await expectTiled(page, format === 'pptx');
  });
}

test('an ODP deck written by LibreOffice from a tiled PPTX draws its tiles tiled', async ({ page, host }) => {
  const odp = libreofficeConvertBytes(await write(tiledDeck(), 'pptx'), 'pavage.pptx', 'odp');
  writeFileSync(path.join(host.docs, 'pavage-lo.odp'), odp);
  await page.goto(host.url);
  await openFile(page, 'pavage-lo.odp');
  await expectTiled(page, false);
});

/**
 * Colour runs along the middle row of a screenshot: blue and yellow pixels, each run's colour and
 * length (other pixels, at the edges or where the picture is smoothed, end a run).
 */
async function colourRuns(page: Page, png: Buffer): Promise<{ colour: 'blue' | 'yellow'; length: number }[]> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const row = ctx.getImageData(0, Math.floor(c.height / 2), c.width, 1).data;
    const runs: { colour: 'blue' | 'yellow'; length: number }[] = [];
    for (let i = 0; i < row.length; i += 4) {
      const [r, g, b] = [row[i]!, row[i + 1]!, row[i + 2]!];
      const colour = r < 60 && g > 70 && g < 140 && b > 170 ? 'blue' : r > 200 && g > 170 && b < 60 ? 'yellow' : undefined;
      const last = runs[runs.length - 1];
      if (colour && last?.colour === colour) last.length += 1;
      else if (colour) runs.push({ colour, length: 1 });
    }
    return runs;
  }, png.toString('base64'));
}

test('mirrored tiles of a PPTX are drawn mirrored every other one, not as one stretched picture', async ({ page, host }) => {
  // A 32 px picture, blue on its left half and yellow on its right, every other tile mirrored across:
  // blue, yellow | yellow, blue | blue, yellow… so past the first tile each run is a whole tile wide.
  const deck = tiledDeck();
  const mirrored: Deck = { ...deck, media: { ...deck.media, 'bleu.png': { type: 'image/png', data: pngBytes(32, 32, [0, 102, 204], [255, 204, 0]) } } };
  writeFileSync(path.join(host.docs, 'miroir.pptx'), await write(mirrored, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'miroir.pptx');
  await expectTiled(page, true);
  const box = await page.locator('[role="application"] .slides-view').first().evaluate((view) => {
    const el = [...view.querySelectorAll('*')].find((e) => getComputedStyle(e).backgroundImage.startsWith('url("data:image/svg+xml'))!;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const runs = (await colourRuns(page, await page.screenshot({ clip: { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 } }))).slice(1, -1);
  expect(runs.length).toBeGreaterThanOrEqual(4);
  // Alternating colours, each run two half tiles long (a stretched or unmirrored picture would give half-tile runs, or one).
  const tile = (box.width / (4 * 914_400)) * 304_800;
  for (const [i, run] of runs.entries()) {
    expect(run.colour).toBe(runs[0]!.colour === 'blue' ? (i % 2 === 0 ? 'blue' : 'yellow') : i % 2 === 0 ? 'yellow' : 'blue');
    expect(Math.abs(run.length - tile)).toBeLessThan(3);
  }
});
