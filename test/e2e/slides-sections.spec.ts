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

const TITLES = ['Accueil', 'Contexte', 'Chiffres', 'Budget', 'Merci'];

function list(page: Page) {
  return page.getByRole('listbox', { name: 'Liste des diapositives' });
}

async function nameSection(page: Page, dialogName: string, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Nom de la section' });
  await expect(field).toBeFocused();
  await field.fill(name);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
}

test('sections are added, renamed, folded and removed in the slide panel by mouse and keyboard, kept in PPTX, and ODP says it has none', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const deck: Deck = { ...emptyDeck({ language: 'fr-FR' }), slides: TITLES.map((t) => makeSlide(t, [`Texte de ${t}`])) };
  writeFileSync(path.join(host.docs, 'plan.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'plan.pptx');
  await expect(list(page).getByRole('option')).toHaveCount(5);
  const sections = page.getByRole('toolbar', { name: 'Sections' });
  await expect(sections.getByRole('button', { name: 'Renommer la section…' })).toBeDisabled();

  // A section from slide 3: the slides before go into a default section, as in PowerPoint.
  await list(page).getByRole('option', { name: /^Diapositive 3/ }).click();
  await sections.getByRole('button', { name: 'Ajouter une section' }).click();
  await nameSection(page, 'Nouvelle section', 'Résultats');
  await expect(list(page).getByRole('group')).toHaveCount(2);
  await expect(list(page).getByRole('group', { name: 'Section Section par défaut, 2 diapositives' })).toBeVisible();
  await expect(list(page).getByRole('group', { name: 'Section Résultats, 3 diapositives' }).getByRole('option')).toHaveCount(3);

  // Keyboard: Left folds the section of the current slide (it becomes one option), Right unfolds it.
  await list(page).focus();
  await page.keyboard.press('ArrowLeft');
  const folded = list(page).getByRole('option', { name: 'Section Résultats, 3 diapositives, réduite' });
  await expect(folded).toHaveAttribute('aria-selected', 'true');
  await expect(list(page).getByRole('option')).toHaveCount(3);
  await expect(sections.getByRole('button', { name: 'Développer la section' })).toBeEnabled();
  await page.keyboard.press('ArrowUp');
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 2\s:\sContexte/);
  await page.keyboard.press('ArrowDown');
  await expect(folded).toHaveAttribute('aria-selected', 'true');
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 3\s:\sChiffres/);
  await page.keyboard.press('ArrowRight');
  await expect(list(page).getByRole('option')).toHaveCount(5);
  await expect(list(page).getByRole('option', { name: /^Diapositive 3/ })).toHaveAttribute('aria-selected', 'true');

  // The mouse folds with a click on the header, and the toolbar button unfolds.
  await list(page).locator('.slides-section__header', { hasText: 'Section par défaut' }).click();
  await expect(list(page).getByRole('option', { name: 'Section Section par défaut, 2 diapositives, réduite' })).toBeVisible();
  await list(page).getByRole('option', { name: /^Diapositive 4/ }).click();
  await list(page).getByRole('option', { name: /Section par défaut.*réduite/ }).click();
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 1\s:\sAccueil/);
  await expect(list(page).getByRole('option')).toHaveCount(5);

  // Rename the first section, add "Conclusion" at the last slide by keyboard, then add and remove a spare one.
  await sections.getByRole('button', { name: 'Renommer la section…' }).click();
  await nameSection(page, 'Renommer la section', 'Introduction');
  await list(page).focus();
  await page.keyboard.press('End');
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 5\s:\sMerci/);
  await sections.getByRole('button', { name: 'Ajouter une section' }).focus();
  await page.keyboard.press('Enter');
  await nameSection(page, 'Nouvelle section', 'Conclusion');
  await expect(list(page).getByRole('group', { name: 'Section Résultats, 2 diapositives' })).toBeVisible();
  await expect(list(page).getByRole('group', { name: 'Section Conclusion, 1 diapositive' })).toBeVisible();
  await list(page).getByRole('option', { name: /^Diapositive 4/ }).click();
  await sections.getByRole('button', { name: 'Ajouter une section' }).click();
  await nameSection(page, 'Nouvelle section', 'À retirer');
  await expect(list(page).getByRole('group')).toHaveCount(4);
  await sections.getByRole('button', { name: 'Supprimer la section' }).click();
  await expect(list(page).getByRole('group')).toHaveCount(3);
  await expect(list(page).getByRole('group', { name: 'Section Résultats, 2 diapositives' })).toBeVisible();

  // Alt+Up on the first slide of Résultats moves it into Introduction (its place in the deck stays), Alt+Down back.
  await list(page).getByRole('option', { name: /^Diapositive 3/ }).click();
  await list(page).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(list(page).getByRole('group', { name: 'Section Introduction, 3 diapositives' })).toBeVisible();
  await expect(list(page).getByRole('group', { name: 'Section Résultats, 1 diapositive' })).toBeVisible();
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 3\s:\sChiffres/);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(list(page).getByRole('group', { name: 'Section Résultats, 2 diapositives' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 4\s:\sChiffres/);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 3\s:\sChiffres/);
  await expect(list(page).getByRole('group', { name: 'Section Résultats, 2 diapositives' })).toBeVisible();

  await list(page).getByRole('option', { name: /^Diapositive 5/ }).click();
  await list(page).locator('.slides-section__header', { hasText: 'Résultats' }).click();
  if (process.env.OSTAL_SCREENSHOTS) await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshots/slides-sections.png') });
  await list(page).getByRole('option', { name: /Résultats.*réduite/ }).click();
  await expect(list(page).getByRole('option')).toHaveCount(5);

  const axe = await new AxeBuilder({ page }).include('.slides').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // PPTX keeps them (p14:sectionLst), Ostal reopens them, LibreOffice still shows every slide.
  const pptx = await saveAs(page, host.docs, 'plan-sections', 'pptx');
  expect(strFromU8(unzipSync(pptx)['ppt/presentation.xml']!)).toContain('<p14:section name="Introduction"');
  const back = (await read(pptx)).document as Deck;
  expect(back.slides.map((s) => s.title)).toEqual(TITLES);
  expect(back.sections?.map((s) => [s.name, s.start])).toEqual([
    ['Introduction', 0],
    ['Résultats', 2],
    ['Conclusion', 4],
  ]);
  const lo = libreofficeSlides(pptx, 'plan-sections.pptx');
  expect(lo.pages).toBe(5);
  for (const t of TITLES) expect(lo.text).toContain(t);
  await closeTab(page, 'plan-sections.pptx');
  await openFile(page, 'plan-sections.pptx');
  await expect(list(page).getByRole('group', { name: 'Section Conclusion, 1 diapositive' })).toBeVisible();

  // ODP: no sections in ODF 1.3; saving says so, and the slides are all there.
  const odp = await saveAs(page, host.docs, 'plan-sections', 'odp');
  await expect(page.getByText(/ODF n’a pas de sections de diapositives/)).toBeVisible();
  const fromOdp = (await read(odp)).document as Deck;
  expect(fromOdp.slides.map((s) => s.title)).toEqual(TITLES);
  expect(fromOdp.sections).toBeUndefined();
});
