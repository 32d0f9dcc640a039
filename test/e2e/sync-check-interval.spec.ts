/**
 * The change-check interval in the platform accounts dialog: Anne picks how often Ostal looks for
 * colleagues' changes, and finds her choice again; an interval fixed by machine policy is shown,
 * greyed, with the reason.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPlatformAccounts } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('Anne chooses how often colleagues’ changes are looked for, and finds her choice again', async ({ page, host }) => {
  await page.goto(host.url);
  let accounts = await openPlatformAccounts(page);
  const interval = accounts.getByRole('combobox', { name: 'Rechercher les modifications des collègues' });
  await expect(interval).toHaveValue('60');
  await expect(interval).toBeEnabled();
  await interval.selectOption({ label: 'Toutes les 15 minutes' });
  await expect(interval).toHaveValue('900');
  await accounts.getByRole('button', { name: 'Fermer' }).click();
  await page.getByRole('dialog', { name: 'Documents de la plateforme' }).getByRole('button', { name: 'Annuler' }).click();

  await page.reload();
  accounts = await openPlatformAccounts(page);
  await expect(accounts.getByRole('combobox', { name: 'Rechercher les modifications des collègues' })).toHaveValue('900');
});

test('an interval fixed by machine policy is shown greyed, with the reason', async ({ page, host }) => {
  writeFileSync(path.join(host.home, 'no-policy.json'), JSON.stringify({ version: 1, values: { remoteCheckSeconds: 120 } }));
  await page.goto(host.url);
  const accounts = await openPlatformAccounts(page);
  const interval = accounts.getByRole('combobox', { name: 'Rechercher les modifications des collègues' });
  await expect(interval).toBeDisabled();
  await expect(interval.locator('option:checked')).toHaveText('Toutes les 2 minutes');
  await expect(accounts.getByText('Réglage fixé par votre administrateur.')).toBeVisible();
});
