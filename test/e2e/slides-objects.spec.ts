import AxeBuilder from '@axe-core/playwright';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { read } from '@ostal/formats';
import type { Chart, Deck, DeckShape, PictureShape } from '@ostal/model';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { pngBytes } from '../support/png.js';
import { canvas, typeInPlaceholder } from './slides-actions.js';
import { CORPUS } from '../fidelity/corpus.js';

function pictureOf(deck: Deck): { picture: PictureShape; order: readonly DeckShape[] } {
  const order = deck.slides[0]!.shapes ?? [];
  const picture = order.find((s): s is PictureShape => s.kind === 'picture');
  expect(picture).toBeDefined();
  return { picture: picture!, order };
}

test('a picture gets alternative text and a crop, the reading order is changed, and PPTX, ODP and LibreOffice keep them', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await expect(canvas(page)).toBeVisible();
  await typeInPlaceholder(page, 'title', 'Organigramme');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Image…' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes(200, 100)) });
  await expect(canvas(page).getByRole('img', { name: 'logo' })).toBeVisible();

  // Alternative text of the selected picture.
  await page.getByRole('button', { name: 'Texte de remplacement…' }).click();
  const alt = page.getByRole('dialog', { name: /^Texte de remplacement/ });
  await alt.getByRole('textbox', { name: /Description de l’objet/ }).fill('Logo de la préfecture');
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').include('.slides-side').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await alt.getByRole('button', { name: 'OK' }).click();
  await expect(alt).toBeHidden();
  await expect(canvas(page).getByRole('img', { name: 'Logo de la préfecture' })).toBeVisible();

  // Crop the right half away: the kept half fills the frame (the picture drawn twice as wide).
  await page.getByRole('button', { name: 'Rogner…' }).click();
  const crop = page.getByRole('dialog', { name: 'Rogner l’image' });
  await crop.getByRole('spinbutton', { name: 'Droite (%)' }).fill('50');
  await crop.getByRole('button', { name: 'OK' }).click();
  await expect(crop).toBeHidden();
  await expect(canvas(page).getByRole('img', { name: 'Logo de la préfecture' })).toHaveCSS('position', 'absolute');
  const widths = await canvas(page).getByRole('img', { name: 'Logo de la préfecture' }).evaluate((img) => ({ img: img.getBoundingClientRect().width, frame: img.parentElement!.getBoundingClientRect().width }));
  expect(widths.img / widths.frame).toBeCloseTo(2, 1);

  // Reading order: the picture is read last; moved to the top of the list, it is read first.
  const order = page.getByRole('listbox', { name: 'Ordre de lecture' });
  const options = order.getByRole('option');
  await expect(options.last()).toHaveText(/Logo de la préfecture/);
  const count = await options.count();
  for (let i = 1; i < count; i += 1) await page.getByRole('button', { name: 'Lire plus tôt' }).click();
  await expect(options.first()).toHaveText(/^1\. .*Logo de la préfecture/);
  await expect(page.getByRole('button', { name: 'Lire plus tôt' })).toBeDisabled();
  // Alt+Down by keyboard moves it one place back.
  await order.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(options.nth(1)).toHaveText(/^2\. .*Logo de la préfecture/);
  // OSTAL_SCREENSHOTS=1 refreshes the README's picture of this screen.
  if (process.env.OSTAL_SCREENSHOTS) await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshots/slides-objects.png') });

  for (const format of ['pptx', 'odp'] as const) {
    const bytes = await saveAs(page, host.docs, `organigramme-${format}`, format);
    const { picture, order: shapes } = pictureOf((await read(bytes)).document as Deck);
    expect(picture.description).toBe('Logo de la préfecture');
    expect(picture.crop?.right).toBeGreaterThan(49_000);
    expect(picture.crop?.right).toBeLessThan(51_000);
    expect(picture.crop?.left ?? 0).toBe(0);
    expect(shapes.indexOf(picture)).toBe(1);
    // LibreOffice reads the same: its flat ODP has the description and a clip on the picture.
    const fodp = libreofficeConvert(bytes, `organigramme.${format}`, 'fodp');
    expect(fodp).toContain('<svg:desc>Logo de la préfecture</svg:desc>');
    expect(fodp).toMatch(/fo:clip="rect\([^)]*\)"/);
  }
});

test('a chart of a slide is edited from a table of its values (one undo step), Insertion > Graphique adds one, and PPTX keeps them', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'pptx/pypptx-shp-access-chart.pptx'), path.join(host.docs, 'graphique.pptx'));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await openFile(page, 'graphique.pptx');
  const chart = canvas(page).locator('.slides-chart').first();
  await expect(chart.locator('.ui-chart__bar').first()).toBeVisible();
  const title = chart.locator('.ui-chart__title', { hasText: 'Ventes 2026' });

  // Annuler changes nothing; the focus goes back to the slide.
  // The canvas takes the pointer over the slide's drawing.
  const box = (await chart.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  const dialog = page.getByRole('dialog', { name: 'Modifier le graphique' });
  await dialog.getByRole('textbox', { name: 'Series 1, Category 1' }).fill('1 234,5');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect(canvas(page)).toBeFocused();
  // The side panel's button edits the selected chart: a value (French typing) and a title.
  await page.getByRole('button', { name: 'Modifier le graphique…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Series 1, Category 1' })).toHaveValue('4,3');
  await dialog.getByRole('textbox', { name: 'Series 1, Category 1' }).fill('1 234,5');
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Ventes 2026');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(title).toBeVisible();
  await expect(canvas(page)).toBeFocused();
  // Enter on the selected chart opens the dialog too (Escape closes it).
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Series 1, Category 1' })).toHaveValue('1234,5');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(title).toBeVisible();
  // Insertion > Graphique: sample values, centred on the slide.
  await page.getByRole('button', { name: 'Graphique…', exact: true }).click();
  await page.getByRole('dialog', { name: 'Insérer un graphique' }).getByRole('button', { name: 'OK' }).click();
  await expect(canvas(page).locator('.slides-chart')).toHaveCount(2);

  const bytes = await saveAs(page, host.docs, 'graphique-modifie', 'pptx');
  const charts = ((await read(bytes)).document as Deck).slides[0]!.shapes!.flatMap((s): Chart[] => (s.kind === 'opaque' && s.chart ? [s.chart] : []));
  expect(charts.map((c) => [c.title, c.series[0]!.cachedValues![0]])).toEqual([
    ['Ventes 2026', 1234.5],
    [undefined, 4.3],
  ]);
  await closeTab(page, 'graphique-modifie.pptx');
  await openFile(page, 'graphique-modifie.pptx');
  await expect(canvas(page).locator('.slides-chart').first().locator('.ui-chart__title')).toHaveText('Ventes 2026');
});
