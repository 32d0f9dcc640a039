import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';

test('axe-core finds no serious or critical violation in the writer, its document tabs, comments pane and header editing', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Rapport annuel du service');
  const check = async (what: string) => {
    // The writer and the shell around it (document tabs, their close buttons).
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, what).toEqual([]);
  };
  await check('writer');
  await page.keyboard.press('Control+Alt+m');
  await expect(page.getByRole('complementary', { name: 'Commentaires' })).toBeVisible();
  await page.getByRole('tab', { name: 'Révision' }).click();
  await check('comments pane and Révision tab');
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  await expect(page.getByRole('toolbar', { name: 'En-tête et pied de page' })).toBeVisible();
  await check('header editing');
});
