/**
 * No data loss, as a person meets it: the app is killed while they type and offers their text
 * back at the next start; a save that cannot happen says why, keeps the document and offers
 * "Enregistrer sous…"; a document someone else has open is opened read-only.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import type { HostProcess } from './host-process.js';
import { killHost, startHostProcess } from './host-process.js';

/** The text of an ODF text file's body (content.xml, tags dropped). */
function odtText(file: string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  return strFromU8(parts['content.xml']!).replace(/<[^>]+>/g, '');
}

/** Newest time a copy was stored in the recovery area, 0 when there is none. */
function newestCopyMs(home: string): number {
  const folder = path.join(home, 'recovery');
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    try {
      newest = Math.max(newest, (JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as { savedMs: number }).savedMs);
    } catch {
      // Being replaced right now: look again on the next poll.
    }
  }
  return newest;
}

test('killed while typing: the next start offers the document back, and Save writes it where it came from', async ({ page }) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-kill-home-'));
  const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-kill-docs-'));
  // A short autosave interval, as IT or the user may set it (default 60 s).
  writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ version: 1, values: { autosaveSeconds: 1 } }));
  const hosts: HostProcess[] = [];
  try {
    hosts.push(await startHostProcess(home, docs));
    await page.goto(hosts[0]!.url);
    await page.getByRole('button', { name: 'Nouveau document texte' }).click();
    const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await editor.click();
    await editor.pressSequentially('Compte rendu du comité.');
    await saveAs(page, docs, 'comite', 'odt');
    await editor.press('End');
    await editor.pressSequentially(' Décision : budget voté à l’unanimité.');
    await expect(page.getByRole('tab', { name: 'comite.odt, modifié' })).toBeVisible();
    const typedAt = Date.now();
    // Past the autosave interval: a copy taken after the last keystroke is in the recovery area.
    await expect.poll(() => newestCopyMs(home), { timeout: 30_000 }).toBeGreaterThan(typedAt);

    await killHost(hosts[0]!);
    // The file on disk still has only what was saved.
    expect(odtText(path.join(docs, 'comite.odt'))).not.toContain('unanimité');

    hosts.push(await startHostProcess(home, docs));
    await page.goto(hosts[1]!.url);
    await expect(page.getByRole('heading', { name: 'Documents à récupérer' })).toBeVisible();
    await expect(page.getByText(`Fichier d’origine : ${path.join(docs, 'comite.odt')}`)).toBeVisible();
    await page.getByRole('button', { name: 'Restaurer comite.odt' }).click();
    await expect(editor).toContainText('Compte rendu du comité. Décision : budget voté à l’unanimité.');
    await expect(page.getByRole('tab', { name: 'comite.odt, modifié' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Documents à récupérer' })).toBeHidden();

    // Save goes straight to the original file, and the copy leaves the recovery area.
    await editor.click();
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('tab', { name: 'comite.odt', exact: true })).toBeVisible();
    await expect.poll(() => odtText(path.join(docs, 'comite.odt'))).toContain('Décision : budget voté à l’unanimité.');
    await expect.poll(() => readdirSync(path.join(home, 'recovery'))).toEqual([]);
  } finally {
    for (const host of hosts) await killHost(host);
    rmSync(home, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  }
});

test('a copy the user does not want is discarded from the start page for good', async ({ page }) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-discard-home-'));
  const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-discard-docs-'));
  writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ version: 1, values: { autosaveSeconds: 1 } }));
  const hosts: HostProcess[] = [];
  try {
    hosts.push(await startHostProcess(home, docs));
    await page.goto(hosts[0]!.url);
    await page.getByRole('button', { name: 'Nouveau document texte' }).click();
    const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await editor.click();
    await editor.pressSequentially('Brouillon sans importance');
    const typedAt = Date.now();
    await expect.poll(() => newestCopyMs(home), { timeout: 30_000 }).toBeGreaterThan(typedAt);
    await killHost(hosts[0]!);

    hosts.push(await startHostProcess(home, docs));
    await page.goto(hosts[1]!.url);
    await expect(page.getByText('Document jamais enregistré')).toBeVisible();
    await page.getByRole('button', { name: 'Abandonner la copie de Sans titre 1' }).click();
    await expect(page.getByRole('heading', { name: 'Documents à récupérer' })).toBeHidden();
    await expect.poll(() => readdirSync(path.join(home, 'recovery'))).toEqual([]);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Nouveau document texte' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Documents à récupérer' })).toBeHidden();
  } finally {
    for (const host of hosts) await killHost(host);
    rmSync(home, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  }
});

test('a save into a folder that vanished says so, keeps the changes and offers Save as', async ({ page, host }) => {
  const share = path.join(host.docs, 'partage');
  mkdirSync(share);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Note importante');
  await page.getByRole('button', { name: 'Enregistrer sous…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill(path.join(share, 'note'));
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'note.odt', exact: true })).toBeVisible();

  rmSync(share, { recursive: true }); // the network share is gone
  await editor.pressSequentially(' et urgente');
  await page.keyboard.press('Control+s');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Impossible d’enregistrer « note.odt » : le dossier est introuvable ou inaccessible');
  await expect(alert).toContainText('vos modifications restent dans Ostal');
  await expect(page.getByRole('tab', { name: 'note.odt, modifié' })).toBeVisible();
  await alert.getByRole('button', { name: 'Enregistrer sous…' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await expect(saveDialog).toBeVisible();
  await saveDialog.getByRole('textbox', { name: 'Nom du fichier' }).fill(path.join(host.docs, 'note-sauvee'));
  await saveDialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'note-sauvee.odt', exact: true })).toBeVisible();
  expect(odtText(path.join(host.docs, 'note-sauvee.odt'))).toContain('Note importante et urgente');
});

test('a document LibreOffice has open elsewhere opens read-only; Ostal locks what it opens', async ({ page, host }) => {
  const source = path.join(host.docs, 'source.odt');
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Budget 2027');
  await saveAs(page, host.docs, 'source', 'odt');
  // While Ostal has it open, LibreOffice's lock file is there, in LibreOffice's format.
  const ownLock = path.join(host.docs, '.~lock.source.odt#');
  expect(readFileSync(ownLock, 'utf8')).toMatch(/^[^,]*,[^,]+,[^,]+,\d\d\.\d\d\.\d{4} \d\d:\d\d,file:\/\/\/[^;]+;$/);
  await page.getByRole('button', { name: 'Fermer source.odt', exact: true }).click();
  await expect.poll(() => existsSync(ownLock)).toBe(false);

  // Bernard has it open in LibreOffice on his computer.
  writeFileSync(path.join(host.docs, 'budget.odt'), readFileSync(source));
  writeFileSync(path.join(host.docs, '.~lock.budget.odt#'), ',bernard,poste-bernard,29.11.2026 08:15,file:///home/bernard/.config/libreoffice/4;');
  await openFile(page, 'budget.odt');
  const locked = page.getByRole('dialog', { name: 'Document déjà ouvert' });
  await expect(locked).toContainText('« budget.odt » est ouvert par bernard (poste poste-bernard) depuis le 29/11/2026 08:15.');
  await locked.getByRole('button', { name: 'Ouvrir en lecture seule' }).click();
  await expect(page.getByRole('tab', { name: 'budget.odt (lecture seule)' })).toBeVisible();
  await expect(editor).toContainText('Budget 2027');
  // Save never writes over Bernard's file: it asks for another name.
  await editor.click();
  await editor.pressSequentially(' révisé');
  await page.keyboard.press('Control+s');
  const saveDialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await expect(saveDialog).toBeVisible();
  // Choosing Bernard's file by name is refused too, and his file is left as it was.
  await saveDialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('budget');
  await saveDialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByRole('dialog', { name: 'Enregistrer sous' }).getByRole('button', { name: 'Remplacer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '« budget.odt » est ouvert en lecture seule' }).first()).toBeVisible();
  await page.getByRole('dialog', { name: 'Enregistrer sous' }).getByRole('button', { name: 'Annuler' }).click();
  // Another document saved under the name of Bernard's file: refused, with who has it.
  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  await page.getByRole('button', { name: 'Enregistrer sous…' }).last().click();
  const other = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await other.getByRole('textbox', { name: 'Nom du fichier' }).fill('budget');
  await other.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await other.getByRole('button', { name: 'Remplacer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ce fichier est ouvert par bernard (poste poste-bernard)' }).first()).toBeVisible();
  expect(readFileSync(path.join(host.docs, 'budget.odt'))).toEqual(readFileSync(source));
  expect(readFileSync(path.join(host.docs, '.~lock.budget.odt#'), 'utf8')).toContain('bernard');
});

test('closing without saving removes the copy (interval fixed by IT policy)', async ({ page, host }) => {
  writeFileSync(path.join(host.home, 'no-policy.json'), JSON.stringify({ version: 1, values: { autosaveSeconds: 1 } }));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('À jeter');
  await expect.poll(() => newestCopyMs(host.home), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Fermer Sans titre 1', exact: true }).click();
  await page.getByRole('dialog', { name: 'Modifications non enregistrées' }).getByRole('button', { name: 'Ne pas enregistrer' }).click();
  await expect.poll(() => readdirSync(path.join(host.home, 'recovery'))).toEqual([]);
});

test('leaving the page with unsaved changes asks first, and staying keeps the document', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Pas encore enregistré');
  await expect(page.getByRole('tab', { name: 'Sans titre 1, modifié' })).toBeVisible();
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  // Stayed: the document is still there.
  await expect(editor).toContainText('Pas encore enregistré');
});
