/**
 * "Pause these checks on a metered network" in the platform accounts dialog: on by default, Anne
 * turns it off and finds her choice again; fixed by machine policy, it is shown greyed with the
 * reason.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPlatformAccounts } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('Anne lets the checks go on over her phone’s connection, and finds her choice again', async ({ page, host }) => {
  await page.goto(host.url);
  let accounts = await openPlatformAccounts(page);
  const metered = accounts.getByRole('checkbox', { name: 'Suspendre ces vérifications sur un réseau limité' });
  await expect(metered).toBeChecked();
  await expect(metered).toBeEnabled();
  await metered.uncheck();
  await expect(metered).not.toBeChecked();
  await accounts.getByRole('button', { name: 'Fermer' }).click();
  await page.getByRole('dialog', { name: 'Documents de la plateforme' }).getByRole('button', { name: 'Annuler' }).click();

  await page.reload();
  accounts = await openPlatformAccounts(page);
  await expect(accounts.getByRole('checkbox', { name: 'Suspendre ces vérifications sur un réseau limité' })).not.toBeChecked();
});

test('fixed by machine policy, it is shown greyed, with the reason', async ({ page, host }) => {
  writeFileSync(path.join(host.home, 'no-policy.json'), JSON.stringify({ version: 1, values: { remoteCheckOnMetered: 'pause' } }));
  await page.goto(host.url);
  const accounts = await openPlatformAccounts(page);
  const metered = accounts.getByRole('checkbox', { name: 'Suspendre ces vérifications sur un réseau limité' });
  await expect(metered).toBeDisabled();
  await expect(metered).toBeChecked();
  await expect(accounts.locator('.sync-metered').getByText('Réglage fixé par votre administrateur.')).toBeVisible();
});
