import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../fidelity/corpus.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('the start page is French by default, switches to English, and remembers it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Nouveau document texte' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Langue de l’interface' }).selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'New text document' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New spreadsheet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New presentation' })).toBeVisible();
});

test('a saved document appears in recent documents and reopens from there', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Note de service');
  await saveAs(page, host.docs, 'note', 'odt');
  await page.getByRole('button', { name: 'Fermer note.odt', exact: true }).click();
  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.reload();
  await page.getByRole('button', { name: /^note\.odt, / }).click();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Note de service');
});

test('a hostile file is refused with a clear message and the app keeps working', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'hostile/poi-poc-xmlbomb.xlsx'), path.join(host.docs, 'bombe.xlsx'));
  copyFileSync(path.join(CORPUS, 'hostile/poi-truncated62886.docx'), path.join(host.docs, 'tronque.docx'));
  await page.goto(host.url);
  await openFile(page, 'bombe.xlsx');
  await expect(page.getByRole('alert')).toContainText('bombe.xlsx');
  await openFile(page, 'tronque.docx');
  await expect(page.getByRole('alert').last()).toContainText('tronque.docx');
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toBeVisible();
});

test('a real document from another office suite opens with its content', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/mammoth-simple-list.docx'), path.join(host.docs, 'liste.docx'));
  await page.goto(host.url);
  await openFile(page, 'liste.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor.locator('ul li').first()).toBeVisible();
});

test('what could not be kept is one quiet notice on its own document, with details on demand', async ({ page, host }) => {
  // A Word file with a drawing Ostal cannot keep (its embedded objects, which this test used, are kept now).
  copyFileSync(path.join(CORPUS, 'docx/poi-bug59058.docx'), path.join(host.docs, 'complexe.docx'));
  await page.goto(host.url);
  await openFile(page, 'complexe.docx');
  const notice = page.getByRole('status').filter({ hasText: 'complexe.docx' });
  await expect(notice).toContainText('n’a pas pu être conservée');
  await notice.getByRole('button', { name: 'Détails' }).click();
  await expect(notice.getByRole('listitem').first()).toBeVisible();
  await expect(notice.getByRole('listitem').first()).toHaveText(/^[A-ZÀ-Ý][^(]*(été|pas pu|n’ont|n’a)/); // a French sentence first
  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click(); // the writer's ribbon has its own Accueil tab
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await expect(notice).toBeHidden();
  await page.getByRole('tab', { name: 'complexe.docx' }).click();
  await expect(notice).toBeVisible();
});

test('keyboard only: create, format with Ctrl+B, save with Ctrl+S, reopen with Ctrl+O', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Important');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' : réunion lundi.');
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('clavier');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'clavier.odt', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Fermer clavier.odt', exact: true }).click();

  await page.keyboard.press('Control+o');
  const open = page.getByRole('dialog', { name: 'Ouvrir' });
  await expect(open).toBeVisible();
  await open.getByRole('textbox', { name: 'Nom du fichier' }).fill('clavier.odt');
  await page.keyboard.press('Enter');
  await expect(open).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('strong')).toHaveText('Important');
});

test('an editor that cannot show its document fails in its tab only, with a clear message', async ({ page, host }) => {
  // IT deployed a calculation licence key the engine refuses: spreadsheets cannot be computed.
  writeFileSync(path.join(host.home, 'no-policy.json'), JSON.stringify({ version: 1, values: { calcLicenseKey: 'not-a-valid-key' } }));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await expect(page.getByRole('alert')).toContainText('Impossible d’afficher « Sans titre 1 »');
  await page.getByRole('button', { name: 'Fermer Sans titre 1', exact: true }).click();
  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toBeVisible();
});
