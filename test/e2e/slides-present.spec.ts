import AxeBuilder from '@axe-core/playwright';
import { read } from '@ostal/formats';
import type { Deck } from '@ostal/model';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, canvasPoint, libreofficeSlides, solidPng, typeInPlaceholder } from './slides-actions.js';

test('the slide panel duplicates, hides and reorders slides, pictures and tables are inserted, and the show runs with a presenter view', async ({ page, host, context }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await typeInPlaceholder(page, 'title', 'Ouverture');
  await page.getByRole('textbox', { name: 'Notes de l’orateur' }).fill('Saluer le public');

  // Duplicate, then retitle the copy in place.
  await page.getByRole('button', { name: 'Dupliquer la diapositive' }).click();
  const list = page.getByRole('listbox', { name: 'Liste des diapositives' });
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const t = await canvasPoint(page, 0.5, 0.15);
  await page.mouse.dblclick(t.x, t.y);
  await expect(page.getByRole('textbox', { name: 'Titre de la diapositive' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Conclusion');
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Notes de l’orateur' }).fill('Remercier');

  // A third slide, hidden: the panel says so.
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Annexe');
  await page.getByRole('button', { name: 'Masquer la diapositive' }).click();
  await expect(list.getByRole('option').nth(2)).toHaveAccessibleName(/Annexe \(masquée\)/);
  // Without the master's own graphics, as PowerPoint's "Hide background graphics".
  const plain = page.getByRole('checkbox', { name: 'Masquer les graphiques d’arrière-plan' });
  await plain.check();
  await expect(plain).toBeChecked();

  // Drag the second thumbnail above the first; undo and redo the move.
  await list.getByRole('option').nth(1).dragTo(list.getByRole('option').nth(0));
  await expect(list.getByRole('option').nth(0)).toHaveAccessibleName(/Conclusion/);
  await list.focus();
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('option').nth(0)).toHaveAccessibleName(/Ouverture/);
  await page.keyboard.press('Control+y');
  await expect(list.getByRole('option').nth(0)).toHaveAccessibleName(/Conclusion/);

  // On "Ouverture": a picture from a file, and a 2 x 3 table.
  await list.getByRole('option').nth(1).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Image…' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(120, 60, [0, 0, 145]) });
  await expect(canvas(page).getByRole('img', { name: 'logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Tableau…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tableau' });
  await dialog.getByRole('spinbutton', { name: 'Lignes' }).fill('2');
  await dialog.getByRole('spinbutton', { name: 'Colonnes' }).fill('3');
  await dialog.getByRole('button', { name: 'Insérer' }).click();
  await expect(canvas(page).locator('table tr')).toHaveCount(2);

  // axe-core: no serious or critical violation on the slides screen.
  const axe = await new AxeBuilder({ page }).include('.slides').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Present: the hidden slide is skipped, B blacks the screen, the presenter view follows.
  await page.getByRole('button', { name: /^Présenter/ }).click();
  const show = page.getByRole('region', { name: 'Présentation' });
  await expect(show.locator('section.present')).toContainText('Conclusion');
  const popup = context.waitForEvent('page');
  await show.getByRole('button', { name: 'Mode présentateur' }).click();
  const view = await popup;
  await expect(view.getByRole('region', { name: 'Diapositive actuelle' })).toContainText('Conclusion');
  await expect(view.getByRole('region', { name: 'Diapositive suivante' })).toContainText('Ouverture');
  await expect(view.getByRole('region', { name: 'Notes de l’orateur' })).toContainText('Remercier');
  await expect(view.getByRole('timer')).toHaveText(/^\d\d:\d\d:\d\d$/);

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(show.locator('section.present')).toContainText('Ouverture');
  await expect(view.getByRole('region', { name: 'Notes de l’orateur' })).toContainText('Saluer le public');
  await expect(view.getByRole('region', { name: 'Diapositive suivante' })).toContainText('Fin du diaporama');
  await page.keyboard.press('ArrowRight');
  await expect(show.locator('section.present')).toContainText('Ouverture');
  await page.keyboard.press('b');
  await expect(show.locator('.reveal')).toHaveClass(/paused/);
  await expect(view.getByRole('status')).toContainText('Écran noir');
  await page.keyboard.press('b');
  await expect(show.locator('.reveal')).not.toHaveClass(/paused/);
  await view.getByRole('button', { name: /Précédente/ }).click();
  await expect(show.locator('section.present')).toContainText('Conclusion');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await view.close();

  const pptx = await saveAs(page, host.docs, 'diaporama', 'pptx');
  const odp = await saveAs(page, host.docs, 'diaporama', 'odp');
  for (const [name, bytes] of [['pptx', pptx], ['odp', odp]] as const) {
    const deck = (await read(bytes)).document as Deck;
    expect(deck.slides.map((s) => s.title), name).toEqual(['Conclusion', 'Ouverture', 'Annexe']);
    expect(deck.slides.map((s) => s.hidden === true), name).toEqual([false, false, true]);
    expect(deck.slides.map((s) => s.hideMasterShapes === true), name).toEqual([false, false, true]);
    expect(deck.slides.map((s) => s.notes), name).toEqual(['Remercier', 'Saluer le public', '']);
    const shapes = deck.slides[1]!.shapes ?? [];
    expect(shapes.filter((s) => s.kind === 'picture'), name).toHaveLength(1);
    const table = shapes.find((s) => s.kind === 'table');
    expect(table?.kind === 'table' ? [table.rows.length, table.columns.length] : [], name).toEqual([2, 3]);
    const lo = libreofficeSlides(bytes, `diaporama.${name}`);
    for (const words of ['Conclusion', 'Ouverture']) expect(lo.text, name).toContain(words);
  }
});
