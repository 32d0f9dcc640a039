import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

test('the charts of a Word document are drawn from their values, and Save As DOCX keeps them', async ({ page, host }) => {
  // Seven charts: line, column, area, pie, scatter, radar and bubble.
  copyFileSync(path.join(CORPUS, 'docx/oxsdk-chart3.docx'), path.join(host.docs, 'graphiques.docx'));
  await page.goto(host.url);
  await openFile(page, 'graphiques.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const charts = editor.locator('.writer-chart');
  await expect(charts).toHaveCount(7);
  await expect(charts.locator('svg[role="img"]')).toHaveCount(7);
  // Bars, pie slices and lines are really drawn, at the size the file gives.
  await expect.poll(() => editor.locator('.writer-chart .ui-chart__bar').count()).toBeGreaterThan(0);
  await expect.poll(() => editor.locator('.writer-chart .ui-chart__slice').count()).toBeGreaterThan(0);
  await expect.poll(() => editor.locator('.writer-chart .ui-chart__line').count()).toBeGreaterThan(0);
  const box = (await charts.first().boundingBox())!;
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(60);

  await saveAs(page, host.docs, 'graphiques-copie', 'docx');
  await closeTab(page, 'graphiques-copie.docx');
  await openFile(page, 'graphiques-copie.docx');
  const again = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.writer-chart');
  await expect(again).toHaveCount(7);
  await expect.poll(() => again.locator('.ui-chart__bar').count()).toBeGreaterThan(0);
});

test('a chart is edited from a table of its values: kind, title, a value and a series; one undo step; DOCX and ODT keep it', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/oxsdk-chart3.docx'), path.join(host.docs, 'graphiques.docx'));
  await page.goto(host.url);
  await openFile(page, 'graphiques.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const line = editor.locator('.writer-chart').first();
  await expect(line.locator('.ui-chart__line').first()).toBeVisible();
  await expect(line.locator('.ui-chart__bar')).toHaveCount(0);

  await line.dblclick();
  const dialog = page.getByRole('dialog', { name: 'Modifier le graphique' });
  await expect(dialog).toBeVisible();
  const categories = await dialog.getByRole('textbox', { name: /^Catégorie \d+$/ }).count();
  expect(categories).toBeGreaterThan(1);
  await dialog.getByRole('combobox', { name: 'Type de graphique' }).selectOption({ label: 'Colonnes' });
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Production 2026');
  // A value that is not a number is named and keeps the dialog open.
  const firstValue = dialog.locator('.ui-chart-edit__value').first();
  await firstValue.fill('douze');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByRole('alert')).toContainText('« douze » n’est pas un nombre');
  await firstValue.fill('12,5');
  await dialog.getByRole('button', { name: 'Ajouter une série' }).click();
  const series = await dialog.getByRole('textbox', { name: /^Nom de la série \d+$/ }).count();
  await dialog.getByRole('textbox', { name: `Nom de la série ${String(series)}` }).fill('Objectif');
  const newValues = dialog.locator('tbody tr').locator(`td:nth-child(${String(series + 1)}) input`);
  for (let i = 0; i < categories; i++) await newValues.nth(i).fill(String(i + 1).replace('.', ','));
  // The look: the new series in red, the values written on the chart.
  await dialog.getByLabel('Couleur de la série Objectif').fill('#c00000');
  await dialog.getByRole('checkbox', { name: 'Afficher les valeurs sur le graphique' }).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  const objectif = (chart: typeof line) => chart.locator(`.ui-chart__series--bars[data-series="${String(series - 1)}"]`);
  await expect(objectif(line)).toHaveAttribute('fill', '#C00000');
  await expect(line.locator('.ui-chart__value')).toHaveCount(categories * series);

  // Drawn as columns: one bar per category and series, under the new title.
  await expect(line.locator('.ui-chart__bar')).toHaveCount(categories * series);
  await expect(line.locator('.ui-chart__title')).toHaveText('Production 2026');
  await expect(page.getByText(`Graphique : Colonnes, séries : ${String(series)}`)).toBeVisible();
  // One undo step gives the line chart back; redo the edit.
  await page.keyboard.press('Control+z');
  await expect(line.locator('.ui-chart__bar')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(line.locator('.ui-chart__bar')).toHaveCount(categories * series);

  for (const format of ['docx', 'odt'] as const) {
    await saveAs(page, host.docs, `graphiques-modifies-${format}`, format);
    await closeTab(page, `graphiques-modifies-${format}.${format}`);
    await openFile(page, `graphiques-modifies-${format}.${format}`);
    const again = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.writer-chart').first();
    await expect(again.locator('.ui-chart__title')).toHaveText('Production 2026');
    await expect(again.locator('.ui-chart__bar')).toHaveCount(categories * series);
    await expect(objectif(again)).toHaveAttribute('fill', '#C00000');
    await expect(again.locator('.ui-chart__value')).toHaveCount(categories * series);
  }
});

test('Insertion > Graphique inserts a column chart from the values typed in its table, saved to ODT and DOCX', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Budget : ');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer un graphique' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer un graphique' });
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Budget 2027');
  await dialog.getByRole('textbox', { name: 'Catégorie 1', exact: true }).fill('Écoles');
  await dialog.getByRole('textbox', { name: 'Série 1, Écoles' }).fill('1 250,5');
  await dialog.getByRole('button', { name: 'Supprimer la dernière série' }).click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  const chart = editor.locator('.writer-chart');
  await expect(chart.locator('.ui-chart__title')).toHaveText('Budget 2027');
  await expect(chart.locator('.ui-chart__bar')).toHaveCount(3);
  await expect(chart.locator('.ui-chart__categories')).toContainText('Écoles');
  // Cancelling inserts nothing; the insertion is one undo step.
  await page.getByRole('button', { name: 'Insérer un graphique' }).click();
  await page.getByRole('dialog', { name: 'Insérer un graphique' }).getByRole('button', { name: 'Annuler' }).click();
  await expect(editor.locator('.writer-chart')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(editor.locator('.writer-chart')).toHaveCount(0);
  await expect(editor).toContainText('Budget');
  await page.keyboard.press('Control+y');
  await expect(editor.locator('.writer-chart')).toHaveCount(1);

  for (const format of ['odt', 'docx'] as const) {
    await saveAs(page, host.docs, `budget-${format}`, format);
    await closeTab(page, `budget-${format}.${format}`);
    await openFile(page, `budget-${format}.${format}`);
    const again = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.writer-chart');
    await expect(again.locator('.ui-chart__title')).toHaveText('Budget 2027');
    await expect(again.locator('.ui-chart__bar')).toHaveCount(3);
  }
});
