import AxeBuilder from '@axe-core/playwright';
import { read } from '@ostal/formats';
import type { Deck, GeometryShape } from '@ostal/model';
import { resolveColor } from '@ostal/model';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { canvas, typeInPlaceholder } from './slides-actions.js';

test('the theme colours and fonts are edited live, Cancel takes a change back, and PPTX, ODP and LibreOffice keep them', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await expect(canvas(page)).toBeVisible();
  await typeInPlaceholder(page, 'title', 'Rapport annuel');
  // Accent 1 in dark red and Verdana for headings; a rectangle inserted then is filled with accent 1.
  await page.getByRole('button', { name: 'Couleurs et polices du thème…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Couleurs et polices du thème' });
  await expect(dialog.getByLabel('Accentuation 1')).toBeVisible();
  await dialog.getByLabel('Accentuation 1').fill('#c00000');
  await dialog.getByRole('combobox', { name: 'Police des titres' }).fill('Verdana');
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(canvas(page).locator('[data-shape-id="2"] .slides-text p').first()).toHaveCSS('font-family', /Verdana/);
  await page.getByRole('button', { name: 'Rectangle', exact: true }).click();
  const rect = canvas(page).locator('.slides-view > [data-geometry="rect"]').last();
  await expect(rect).toHaveCSS('background-color', 'rgb(192, 0, 0)');

  // Changes show at once on the slide; Cancel takes them back.
  await page.getByRole('button', { name: 'Couleurs et polices du thème…' }).click();
  await dialog.getByLabel('Accentuation 1').fill('#00ff00');
  await expect(rect).toHaveCSS('background-color', 'rgb(0, 255, 0)');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(rect).toHaveCSS('background-color', 'rgb(192, 0, 0)');

  for (const format of ['pptx', 'odp'] as const) {
    const bytes = await saveAs(page, host.docs, `rapport-${format}`, format);
    const deck = (await read(bytes)).document as Deck;
    const shape = (deck.slides[0]!.shapes ?? []).filter((s): s is GeometryShape => s.kind === 'shape' && s.geometry === 'rect' && !s.placeholder).pop();
    expect(shape?.fill?.kind).toBe('solid');
    if (shape?.fill?.kind === 'solid') expect(resolveColor(shape.fill.color, deck.theme?.colors)?.toUpperCase()).toBe('C00000');
    if (format === 'pptx') {
      expect(deck.theme?.colors['accent1']).toBe('C00000');
      expect(deck.theme?.majorFont).toBe('Verdana');
    }
    const fodp = libreofficeConvert(bytes, `rapport.${format}`, 'fodp');
    expect(fodp.toLowerCase()).toContain('draw:fill-color="#c00000"');
    expect(fodp).toContain('Rapport annuel');
  }
});
