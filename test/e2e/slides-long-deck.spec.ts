/**
 * A long deck (the benchmark's 200 slides with pictures), PPTX or ODP, opens from its first slide:
 * the thumbnails fill in as the rest arrives, and the file saved afterwards holds every slide with
 * the edit made on the first one.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { write } from '@ostal/formats';
import { benchDeck } from '../bench/slides-deck.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { typeInPlaceholder } from './slides-actions.js';

test('a 200-slide deck fills its thumbnails after the first slide and is saved whole', async ({ page, host }) => {
  test.setTimeout(240_000);
  writeFileSync(path.join(host.docs, 'long.pptx'), await write(benchDeck(), 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'long.pptx');
  // A busy machine (the tests run beside others) can take seconds to read even the first slide.
  await expect(page.locator('[role="application"] img')).toHaveCount(1, { timeout: 120_000 });
  const loading = page.getByRole('status').filter({ hasText: 'Lecture des autres diapositives' });
  const thumbnails = page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option');
  // Then every slide arrives; the thumbnails fill in, pictures drawn.
  await expect(thumbnails).toHaveCount(200, { timeout: 120_000 });
  await expect(loading).toBeHidden();
  await expect(page.locator('.slides-list__thumb img')).toHaveCount(200, { timeout: 60_000 });

  await typeInPlaceholder(page, 'title', 'Ouverture revue');
  const saved = unzipSync(await saveAs(page, host.docs, 'long-revu', 'pptx'));
  const slides = Object.keys(saved).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides).toHaveLength(200);
  expect(strFromU8(saved['ppt/slides/slide1.xml']!)).toContain('Ouverture revue');
  // The slides read after the first keep their titles and their bullets.
  expect(strFromU8(saved['ppt/slides/slide200.xml']!)).toContain('Diapositive 200 : bilan du trimestre');
  expect(strFromU8(saved['ppt/slides/slide200.xml']!)).toContain('Prochaine étape : évaluation');
  expect(Object.entries(saved).some(([n, d]) => n.startsWith('ppt/notesSlides/') && strFromU8(d).includes('Notes 200'))).toBe(true);
  expect(Object.keys(saved).filter((n) => n.startsWith('ppt/media/'))).toHaveLength(20);
});

test('a 200-slide ODP deck of more than 1 MiB opens from its first slide too, and is saved whole', async ({ page, host }) => {
  test.setTimeout(240_000);
  const bytes = await write(benchDeck(), 'odp');
  expect(bytes.length).toBeGreaterThanOrEqual(1024 * 1024);
  writeFileSync(path.join(host.docs, 'long.odp'), bytes);
  await page.goto(host.url);
  await openFile(page, 'long.odp');
  await expect(page.locator('[role="application"] img')).toHaveCount(1, { timeout: 120_000 });
  const thumbnails = page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option');
  await expect(thumbnails).toHaveCount(200, { timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Lecture des autres diapositives' })).toBeHidden();
  await expect(page.locator('.slides-list__thumb img')).toHaveCount(200, { timeout: 60_000 });

  await typeInPlaceholder(page, 'title', 'Ouverture revue');
  const saved = unzipSync(await saveAs(page, host.docs, 'long-revu', 'odp'));
  const content = strFromU8(saved['content.xml']!);
  expect(content.match(/<draw:page /g)).toHaveLength(200);
  expect(content.indexOf('Ouverture revue')).toBeLessThan(content.indexOf('Diapositive 2 '));
  expect(content).toContain('Diapositive 200 : bilan du trimestre');
  expect(content).toContain('Notes 200');
});
