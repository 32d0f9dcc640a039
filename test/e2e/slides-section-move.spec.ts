import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import { emptyDeck, makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, libreofficeSlides } from './slides-actions.js';

const TITLES = ['Ouverture', 'Objectifs', 'Budget', 'Dépenses', 'Calendrier', 'Clôture'];

function list(page: Page) {
  return page.getByRole('listbox', { name: 'Liste des diapositives' });
}

/** The sections of the panel in order, as their accessible names say them. */
async function expectSections(page: Page, names: readonly string[]): Promise<void> {
  await expect(list(page).getByRole('group')).toHaveText(names.map((n) => new RegExp(`${n} \\(2\\)`)));
}

/** The slide titles of the panel, in order. */
async function expectSlides(page: Page, titles: readonly string[]): Promise<void> {
  await expect(list(page).getByRole('option')).toHaveCount(titles.length);
  for (const [i, t] of titles.entries()) await expect(list(page).getByRole('option').nth(i)).toHaveAccessibleName(new RegExp(`^Diapositive ${String(i + 1)}\\s:\\s${t}`));
}

/** Drags the header of section `name` onto `target` with the mouse, in steps as a hand does. */
async function dragHeader(page: Page, name: string, target: Locator): Promise<void> {
  const from = (await list(page).locator('.slides-section__header', { hasText: name }).boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
}

test('a whole section moves with its slides by the Sections toolbar, the keys and a drag of its header, with undo, and PPTX keeps the new order', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const deck: Deck = {
    ...emptyDeck({ language: 'fr-FR' }),
    slides: TITLES.map((t) => makeSlide(t, [`Texte de ${t}`])),
    sections: [
      { name: 'Accueil', start: 0, id: '{0B6F3C1A-1111-4A2B-9C3D-000000000001}' },
      { name: 'Finances', start: 2, id: '{0B6F3C1A-1111-4A2B-9C3D-000000000002}' },
      { name: 'Suite', start: 4, id: '{0B6F3C1A-1111-4A2B-9C3D-000000000003}' },
    ],
  };
  writeFileSync(path.join(host.docs, 'projet.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'projet.pptx');
  await expectSections(page, ['Accueil', 'Finances', 'Suite']);
  const toolbar = page.getByRole('toolbar', { name: 'Sections' });
  const up = toolbar.getByRole('button', { name: 'Monter la section' });
  const down = toolbar.getByRole('button', { name: 'Descendre la section' });

  // Toolbar: "Finances" (holding the slide shown) goes up before "Accueil"; its slide stays shown.
  await list(page).getByRole('option', { name: /Dépenses/ }).click();
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 4\s:\sDépenses/);
  await up.click();
  await expectSections(page, ['Finances', 'Accueil', 'Suite']);
  await expectSlides(page, ['Budget', 'Dépenses', 'Ouverture', 'Objectifs', 'Calendrier', 'Clôture']);
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 2\s:\sDépenses/);
  await expect(up).toBeDisabled();

  // Undo puts it back, redo moves it again, undo once more.
  await list(page).focus();
  await page.keyboard.press('Control+z');
  await expectSections(page, ['Accueil', 'Finances', 'Suite']);
  await expectSlides(page, TITLES);
  await page.keyboard.press('Control+y');
  await expectSections(page, ['Finances', 'Accueil', 'Suite']);
  await page.keyboard.press('Control+z');
  await expectSections(page, ['Accueil', 'Finances', 'Suite']);

  // Keys: Alt+Shift+Down moves the section of the current slide below "Suite".
  await list(page).getByRole('option', { name: /Objectifs/ }).click();
  await list(page).focus();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expectSections(page, ['Finances', 'Accueil', 'Suite']);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expectSections(page, ['Finances', 'Suite', 'Accueil']);
  await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 6\s:\sObjectifs/);
  await expect(down).toBeDisabled();
  // A folded section is one option: Alt+Up moves it.
  await page.keyboard.press('ArrowLeft');
  const folded = list(page).getByRole('option', { name: 'Section Accueil, 2 diapositives, réduite' });
  await expect(folded).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(list(page).getByRole('group')).toHaveText([/Finances \(2\)/, /Suite \(2\)/]);
  await expect(list(page).getByRole('option').nth(2)).toHaveAccessibleName('Section Accueil, 2 diapositives, réduite');
  await page.keyboard.press('ArrowRight');
  await expectSections(page, ['Finances', 'Accueil', 'Suite']);
  await expectSlides(page, ['Budget', 'Dépenses', 'Ouverture', 'Objectifs', 'Calendrier', 'Clôture']);

  // Mouse: drag the header of "Suite" onto "Finances": it lands before it, slides and all.
  await dragHeader(page, 'Suite', list(page).locator('.slides-section__header', { hasText: 'Finances' }));
  await expectSections(page, ['Suite', 'Finances', 'Accueil']);
  await expectSlides(page, ['Calendrier', 'Clôture', 'Budget', 'Dépenses', 'Ouverture', 'Objectifs']);
  // Dragging "Suite" onto a slide of "Accueil" (below) puts it after that section.
  await dragHeader(page, 'Suite', list(page).getByRole('option', { name: /Ouverture/ }));
  await expectSections(page, ['Finances', 'Accueil', 'Suite']);
  await page.keyboard.press('Control+z');
  await expectSections(page, ['Suite', 'Finances', 'Accueil']);

  // PPTX: the sections in their new order with their identifiers; Ostal and LibreOffice read the slides in that order.
  const order = ['Calendrier', 'Clôture', 'Budget', 'Dépenses', 'Ouverture', 'Objectifs'];
  const pptx = await saveAs(page, host.docs, 'projet-ordre', 'pptx');
  const xml = strFromU8(unzipSync(pptx)['ppt/presentation.xml']!);
  expect(xml.indexOf('name="Suite"')).toBeLessThan(xml.indexOf('name="Finances"'));
  expect(xml.indexOf('name="Finances"')).toBeLessThan(xml.indexOf('name="Accueil"'));
  expect(xml).toContain('{0B6F3C1A-1111-4A2B-9C3D-000000000003}');
  const back = (await read(pptx)).document as Deck;
  expect(back.slides.map((s) => s.title)).toEqual(order);
  expect(back.sections?.map((s) => [s.name, s.start])).toEqual([
    ['Suite', 0],
    ['Finances', 2],
    ['Accueil', 4],
  ]);
  const lo = libreofficeSlides(pptx, 'projet-ordre.pptx');
  expect(lo.pages).toBe(6);
  const at = order.map((t) => lo.text.indexOf(`Texte de ${t}`));
  expect(at.every((n) => n >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  await closeTab(page, 'projet-ordre.pptx');
  await openFile(page, 'projet-ordre.pptx');
  await expectSections(page, ['Suite', 'Finances', 'Accueil']);
});
