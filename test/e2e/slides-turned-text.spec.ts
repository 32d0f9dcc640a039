import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { write } from '@ostal/formats';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas } from './slides-actions.js';

const IN = 914_400;

function label(id: number, text: string, vertical?: string): GeometryShape {
  return { kind: 'shape', id, name: text, geometry: 'rect', xfrm: { x: id * 2 * IN, y: IN, cx: IN, cy: 4 * IN }, fill: { kind: 'solid', color: { rgb: 'DDEEFF' } }, text: { paragraphs: [{ runs: [{ text }] }], props: { anchor: 'top', ...(vertical ? { vertical } : {}) } } };
}

test('turned text on a PowerPoint slide reads down or up its tall shape, as PowerPoint shows it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const deck: Deck = { ...emptyDeck({ language: 'fr-FR' }), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [label(1, 'Vers le bas du tableau', 'vert'), label(2, 'Vers le haut du tableau', 'vert270'), label(3, 'En travers')] }] };
  writeFileSync(path.join(host.docs, 'tourne.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'tourne.pptx');
  const box = async (text: string) => {
    const run = canvas(page).getByText(text, { exact: true });
    await expect(run).toBeVisible();
    return run.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const shape = el.closest('[data-shape-id]')!.getBoundingClientRect();
      return { width: r.width, height: r.height, right: shape.right - r.right, left: r.left - shape.left };
    });
  };
  const down = await box('Vers le bas du tableau');
  const up = await box('Vers le haut du tableau');
  const across = await box('En travers');
  // A line of text runs down (or up) the shape: far taller than wide.
  expect(down.height).toBeGreaterThan(down.width * 3);
  expect(up.height).toBeGreaterThan(up.width * 3);
  expect(across.width).toBeGreaterThan(across.height);
  // Anchored at the top of the turned text: the right side when it reads down, the left when up.
  expect(down.right).toBeLessThan(down.left);
  expect(up.left).toBeLessThan(up.right);
});
