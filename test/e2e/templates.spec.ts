/** Starting from a template: a new, never-saved document with the template's content. */
import { expect, test } from './fixtures.js';

test('the start page offers the administration’s templates; each starts a new untitled document', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Modèles' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau document à partir du modèle Lettre administrative' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Objet : [objet de la lettre]');
  await expect(page.getByRole('tab', { name: 'Sans titre 1', exact: true })).toBeVisible();
  // Never saved: Save asks where, so the template itself is never written over.
  await editor.click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('dialog', { name: 'Enregistrer sous' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Enregistrer sous' }).getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: 'Nouveau document à partir du modèle Budget' }).click();
  await expect(page.getByRole('tab', { name: 'Sans titre 2', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toBeVisible();
  await expect(page.getByText('Taux de réalisation').first()).toBeVisible();
});
