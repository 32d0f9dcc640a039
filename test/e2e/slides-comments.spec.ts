import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import { emptyDeck, makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, libreofficeSlides } from './slides-actions.js';

function panel(page: Page) {
  return page.locator('.slides-comments');
}

function thread(page: Page, name: string | RegExp) {
  return page.getByRole('article', { name });
}

test('slide comments are listed with their replies, marked on the slide, added, answered, edited, resolved and deleted with undo, and kept in PPTX', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const first = makeSlide('Budget 2027', ['Dépenses', 'Recettes']);
  const deck: Deck = {
    ...emptyDeck({ language: 'fr-FR' }),
    slides: [
      { ...first, comments: [{ author: 'Jean Martin', initials: 'JM', date: '2026-03-02T09:30:00', text: 'Source des chiffres ?', x: 1_000_000, y: 600_000, replies: [{ author: 'Paul Durand', initials: 'PD', date: '2026-03-02T10:00:00', text: 'Le rapport annuel.' }] }] },
      makeSlide('Calendrier', ['Janvier']),
    ],
  };
  writeFileSync(path.join(host.docs, 'revue.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  const name = page.getByRole('textbox', { name: 'Votre nom (auteur des commentaires et des modifications)' });
  await name.fill('Marie Dupont');
  await name.press('Enter');
  await openFile(page, 'revue.pptx');

  // The comment read from the file: in the panel with its reply, and as marker 1 on the slide.
  await expect(panel(page).getByRole('heading', { name: 'Commentaires (1)' })).toBeVisible();
  const jean = thread(page, 'Commentaire 1 de Jean Martin, 1 réponse');
  await expect(jean).toContainText('Source des chiffres ?');
  await expect(jean.getByRole('listitem', { name: 'Réponse de Paul Durand' })).toContainText('Le rapport annuel.');
  await expect(jean.locator('time').first()).toHaveAttribute('datetime', '2026-03-02T09:30:00');
  const marker = canvas(page).getByRole('button', { name: 'Commentaire 1 de Jean Martin' });
  await marker.click();
  await expect(jean).toBeFocused();

  // A new comment by the user (settings name), saved with Ctrl+Enter; its marker is number 2.
  await panel(page).getByRole('button', { name: 'Nouveau commentaire' }).click();
  const field = panel(page).getByRole('textbox', { name: /^Texte du commentaire/ });
  await expect(field).toBeFocused();
  await page.keyboard.type('Ajouter le graphique de 2026.');
  await page.keyboard.press('Control+Enter');
  await expect(panel(page).getByRole('heading', { name: 'Commentaires (2)' })).toBeVisible();
  const marie = thread(page, /^Commentaire 2 de Marie Dupont/);
  await expect(marie).toContainText('Ajouter le graphique de 2026.');
  await expect(canvas(page).getByRole('button', { name: 'Commentaire 2 de Marie Dupont' })).toBeVisible();

  // Reply, then edit Jean's comment, resolve it, delete Paul's reply.
  await marie.getByRole('button', { name: 'Répondre' }).click();
  await panel(page).getByRole('textbox', { name: /^Texte de la réponse/ }).fill('Fait : voir la diapositive 3.');
  await marie.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(thread(page, 'Commentaire 2 de Marie Dupont, 1 réponse').getByRole('listitem', { name: 'Réponse de Marie Dupont' })).toContainText('Fait : voir la diapositive 3.');
  await jean.getByRole('button', { name: 'Modifier' }).first().click();
  const edit = jean.getByRole('textbox', { name: /^Texte du commentaire/ });
  await expect(edit).toHaveValue('Source des chiffres ?');
  await edit.fill('Source des chiffres 2027 ?');
  await jean.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(jean).toContainText('Source des chiffres 2027 ?');
  await jean.getByRole('button', { name: 'Résoudre' }).click();
  await expect(jean.getByText('Résolu', { exact: true })).toBeVisible();
  await expect(jean.getByRole('button', { name: 'Rouvrir' })).toBeVisible();
  await jean.getByRole('listitem', { name: 'Réponse de Paul Durand' }).getByRole('button', { name: 'Supprimer' }).click();
  const jeanAlone = thread(page, 'Commentaire 1 de Jean Martin');
  await expect(jeanAlone.getByRole('listitem')).toHaveCount(0);

  // Each change is one undo step.
  const tools = page.getByRole('toolbar', { name: 'Outils de présentation' });
  await tools.getByRole('button', { name: 'Annuler' }).click();
  await expect(jean.getByRole('listitem', { name: 'Réponse de Paul Durand' })).toBeVisible();
  await tools.getByRole('button', { name: 'Rétablir' }).click();
  await expect(jeanAlone.getByRole('listitem')).toHaveCount(0);

  // Markers move: dragged by the mouse, or by the arrows when focused (Shift: 1 cm).
  const box = (await canvas(page).boundingBox())!;
  const emuPerPx = 12_192_000 / box.width;
  const m1 = (await marker.boundingBox())!;
  await page.mouse.move(m1.x + m1.width / 2, m1.y + m1.height / 2);
  await page.mouse.down();
  await page.mouse.move(m1.x + m1.width / 2 + 50, m1.y + m1.height / 2, { steps: 3 });
  await page.mouse.move(m1.x + m1.width / 2 + 100, m1.y + m1.height / 2 + 40, { steps: 3 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await marker.boundingBox())!.x - m1.x)).toBeGreaterThan(95);
  const marker2 = canvas(page).getByRole('button', { name: 'Commentaire 2 de Marie Dupont' });
  await marker2.focus();
  await expect(marker2).toHaveAccessibleDescription(/^Entrée\s: afficher le commentaire/);
  const m2 = (await marker2.boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => Math.round(((await marker2.boundingBox())!.x - m2.x) * emuPerPx / 36_000)).toBe(10);
  await expect(marker2).toBeFocused();

  // The other slide has none.
  await page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option', { name: /^Diapositive 2/ }).click();
  await expect(panel(page).getByRole('heading', { name: 'Commentaires (0)' })).toBeVisible();
  await expect(panel(page)).toContainText('Aucun commentaire sur cette diapositive.');
  await page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option', { name: /^Diapositive 1/ }).click();
  await expect(panel(page).getByRole('heading', { name: 'Commentaires (2)' })).toBeVisible();
  if (process.env.OSTAL_SCREENSHOTS) await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshots/slides-comments.png') });

  const axe = await new AxeBuilder({ page }).include('.slides').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // PPTX: PowerPoint 365's modern comments part holds both threads, Jean's resolved; Ostal reads
  // them back; LibreOffice opens the deck.
  const pptx = await saveAs(page, host.docs, 'revue-commentee', 'pptx');
  const parts = unzipSync(pptx);
  expect(Object.keys(parts).filter((k) => k.startsWith('ppt/comments/'))).toEqual(['ppt/comments/modernComment_100.xml']);
  expect(strFromU8(parts['ppt/authors.xml']!)).toContain('name="Marie Dupont"');
  const back = (await read(pptx)).document as Deck;
  const comments = back.slides[0]!.comments!;
  expect(comments.map((c) => [c.author, c.text])).toEqual([
    ['Jean Martin', 'Source des chiffres 2027 ?'],
    ['Marie Dupont', 'Ajouter le graphique de 2026.'],
  ]);
  expect(comments[0]!.replies ?? []).toEqual([]);
  expect(comments.map((c) => c.resolved === true)).toEqual([true, false]);
  // Positions: marker 1 dragged 100 x 40 px, marker 2 moved 1 cm right.
  expect(Math.abs(comments[0]!.x - (1_000_000 + 100 * emuPerPx))).toBeLessThan(3 * emuPerPx);
  expect(Math.abs(comments[0]!.y - (600_000 + 40 * emuPerPx))).toBeLessThan(3 * emuPerPx);
  expect(Math.abs(comments[1]!.x - (428_625 + 360_000))).toBeLessThan(1_600);
  expect(comments[1]!.replies?.map((r) => [r.author, r.text])).toEqual([['Marie Dupont', 'Fait : voir la diapositive 3.']]);
  expect(back.slides[1]!.comments ?? []).toEqual([]);
  // Each comment and reply was named by a random GUID when made in the app, and keeps it.
  const guids = [...strFromU8(parts['ppt/comments/modernComment_100.xml']!).matchAll(/<p188:(?:cm|reply) id="([^"]+)"/g)].map((m) => m[1]);
  expect(guids).toHaveLength(3);
  for (const g of guids) expect(g).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
  expect(new Set(guids).size).toBe(3);
  expect([comments[0]!.id, comments[1]!.id, comments[1]!.replies?.[0]?.id].sort()).toEqual([...guids].sort());
  const lo = libreofficeSlides(pptx, 'revue-commentee.pptx');
  expect(lo.pages).toBe(2);
  expect(lo.text).toContain('Budget 2027');
  await closeTab(page, 'revue-commentee.pptx');
  await openFile(page, 'revue-commentee.pptx');
  await expect(thread(page, 'Commentaire 2 de Marie Dupont, 1 réponse')).toBeVisible();
  await expect(thread(page, 'Commentaire 1 de Jean Martin').getByText('Résolu', { exact: true })).toBeVisible();
  // Opened again and saved under another name: the same comments part, byte for byte.
  const again = unzipSync(await saveAs(page, host.docs, 'revue-commentee-bis', 'pptx'));
  expect(strFromU8(again['ppt/comments/modernComment_100.xml']!)).toBe(strFromU8(parts['ppt/comments/modernComment_100.xml']!));
  expect(strFromU8(again['ppt/authors.xml']!)).toBe(strFromU8(parts['ppt/authors.xml']!));

  // ODP cannot hold them: saving says so.
  await saveAs(page, host.docs, 'revue-commentee', 'odp');
  await expect(page.getByText(/ODF 1\.3 n’a pas de commentaires de diapositive/)).toBeVisible();
});
