/**
 * Pictures as fills of outlines drawn in SVG (a free form from a:custGeom, a preset triangle),
 * and the notice of shape effects ODF 1.3 cannot hold when such a deck is saved as ODP.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { write } from '@ostal/formats';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { pngFacts, solidPng } from './slides-actions.js';

const IN = 914_400;
const pictureFill = { kind: 'picture', media: 'bleu.png' } as const;
const noLine = { fill: { kind: 'none' } } as const;

/** A free-form pentagon and a triangle, both filled with a blue picture; `effectsXml` on the triangle. */
function deckWithPictureFills(effectsXml?: string): Deck {
  const free: GeometryShape = {
    kind: 'shape',
    id: 2,
    name: 'Forme libre',
    geometry: 'custom',
    paths: [{ w: 100, h: 100, segments: [{ op: 'move', x: 50, y: 0 }, { op: 'line', x: 100, y: 40 }, { op: 'line', x: 80, y: 100 }, { op: 'line', x: 20, y: 100 }, { op: 'line', x: 0, y: 40 }, { op: 'close' }] }],
    xfrm: { x: IN, y: IN, cx: 4 * IN, cy: 4 * IN },
    fill: pictureFill,
    line: noLine,
  };
  const triangle: GeometryShape = { kind: 'shape', id: 3, name: 'Triangle', geometry: 'triangle', xfrm: { x: 7 * IN, y: IN, cx: 4 * IN, cy: 4 * IN }, fill: pictureFill, line: noLine, ...(effectsXml ? { effectsXml } : {}) };
  return { ...emptyDeck({ title: 'Remplissages' }), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [free, triangle] }], media: { 'bleu.png': { type: 'image/png', data: new Uint8Array(solidPng(40, 40, [10, 20, 230])) } } };
}

test('a free form and a triangle filled with a picture draw the picture inside their outline', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'remplissage.pptx'), await write(deckWithPictureFills(), 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'remplissage.pptx');
  const slide = page.locator('[role="application"]');
  // Each outline paints with a pattern that holds the picture.
  const painted = slide.locator('path[fill^="url(#"]');
  await expect(painted).toHaveCount(2);
  for (const el of await painted.all()) {
    const id = (await el.getAttribute('fill'))!.slice(5, -1);
    await expect(slide.locator(`pattern[id="${id}"] image`)).toHaveAttribute('href', /^blob:/);
  }
  // And the screen shows it: blue where the shapes are (about half of the slide's width is covered by them).
  const facts = await pngFacts(page, await slide.screenshot());
  expect(facts.blue / facts.total).toBeGreaterThan(0.15);
});

test('saving a deck with a glow as ODP tells the user the effect is not kept', async ({ page, host }) => {
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const glow = `<a:effectLst xmlns:a="${A}"><a:glow rad="101600"><a:srgbClr val="FFC000"/></a:glow></a:effectLst>`;
  writeFileSync(path.join(host.docs, 'effets.pptx'), await write(deckWithPictureFills(glow), 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'effets.pptx');
  await expect(page.locator('[role="application"] svg.slides-view__preset')).toHaveCount(1);
  await saveAs(page, host.docs, 'effets', 'odp');
  await expect(page.getByText('ODF 1.3 ne peut pas conserver certains effets de forme de « effets.odp »')).toBeVisible();
});
