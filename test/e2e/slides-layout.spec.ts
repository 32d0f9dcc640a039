/**
 * Another layout for the current slide: its text moves into the new layout's placeholders, what
 * finds no place stays, Ctrl+Z gives the old layout back, and the files keep the new layout.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { read } from '@ostal/formats';
import type { Deck } from '@ostal/model';
import { slideLayoutAndMaster } from '@ostal/model';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { CORPUS } from '../fidelity/corpus.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, shapePlace } from './slides-actions.js';

/** Top of the canvas shape holding `text`, as a share of the canvas height. */
async function topOf(page: Page, text: string): Promise<number> {
  return (await shapePlace(page, text)).top;
}

async function applyLayout(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Disposition' }).selectOption({ label: name });
  await page.getByRole('button', { name: 'Appliquer la disposition à la diapositive' }).click();
}

test('a slide takes another layout, keeps its text, undoes, and is saved with the new layout', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'pptx/poi-layouts.pptx'), path.join(host.docs, 'dispositions.pptx'));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await openFile(page, 'dispositions.pptx');
  await expect(canvas(page)).toContainText('Centered Title');
  // "Title Slide": the title sits in the middle of the slide.
  const centred = await topOf(page, 'Centered Title');
  expect(centred).toBeGreaterThan(0.2);

  await applyLayout(page, 'Title and Content');
  await expect.poll(() => topOf(page, 'Centered Title')).toBeLessThan(0.15);
  // The subtitle went into the content placeholder, below the title.
  await expect(canvas(page)).toContainText('subtitle');
  expect(await topOf(page, 'subtitle')).toBeGreaterThan(0.2);

  // "Title Only" has no body: the text stays on the slide, where it showed.
  const bodyTop = await topOf(page, 'subtitle');
  await applyLayout(page, 'Title Only');
  await expect(canvas(page)).toContainText('subtitle');
  expect(Math.abs((await topOf(page, 'subtitle')) - bodyTop)).toBeLessThan(0.02);

  // Undo twice: the title is centred again; redo once: "Title and Content".
  await canvas(page).focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => topOf(page, 'Centered Title')).toBeCloseTo(centred, 2);
  await page.keyboard.press('Control+y');
  await expect.poll(() => topOf(page, 'Centered Title')).toBeLessThan(0.15);

  const pptx = await saveAs(page, host.docs, 'dispositions-revues', 'pptx');
  const parts = unzipSync(pptx);
  const layoutPart = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(strFromU8(parts['ppt/slides/_rels/slide1.xml.rels']!))![1]!;
  expect(strFromU8(parts[`ppt/slideLayouts/${layoutPart}`]!)).toContain('name="Title and Content"');
  const odp = await saveAs(page, host.docs, 'dispositions-revues', 'odp');
  for (const [name, bytes] of [['pptx', pptx], ['odp', odp]] as const) {
    const deck = (await read(bytes)).document as Deck;
    const slide = deck.slides[0]!;
    expect(slide.title, name).toBe('Centered Title');
    expect(slide.body, name).toEqual(['subtitle']);
    expect(slideLayoutAndMaster(deck, slide).layout?.name, name).toMatch(/Title and Content/);
  }

  // Opened again, the slide shows the title at the top and the text below it.
  await openFile(page, 'dispositions-revues.pptx');
  await expect(canvas(page).filter({ visible: true })).toContainText('subtitle');
  await expect.poll(() => topOf(page, 'Centered Title')).toBeLessThan(0.15);
});
