import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { write } from '@ostal/formats';
import type { PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

interface Word {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
}

/** The words of each page of a PDF with their boxes in points (poppler's `pdftotext -bbox`). */
function pdfWords(file: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), right: Number(m[3]), bottom: Number(m[4]), text: m[5] ?? '' })),
  );
}

/** The first word `text` of a page (fails when absent). */
function find(words: readonly Word[], text: string): Word {
  const found = words.find((w) => w.text === text);
  expect(found, `"${text}" on the page`).toBeDefined();
  return found!;
}

async function exportPdf(page: Page, docs: string, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill(name);
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(dialog).toBeHidden();
  const file = path.join(docs, `${name}.pdf`);
  await expect(page.getByText(`Exporté en PDF : ${file}`)).toBeVisible({ timeout: 60_000 });
  expect(existsSync(file)).toBe(true);
  return file;
}

const para = (text: string): PMNodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const story = (lines: readonly string[]) => ({ default: { type: 'doc', content: lines.map(para) } });
const textDocument = (section: SectionProps, body: PMNodeJSON[]): TextDocument => ({ kind: 'text', version: 4, meta: {}, content: { type: 'doc', attrs: { section }, content: body } });

test('a header taller than the top margin pushes the text down and a tall footer pushes its end up, in Ostal’s PDF as in LibreOffice’s', async ({ page, host }) => {
  test.setTimeout(300_000);
  // 1 cm margins, the header 0.5 cm from the top: its six lines reach far below the margin.
  const header = Array.from({ length: 6 }, (_, i) => `Entete${String(i + 1)} Direction des services`);
  const footer = Array.from({ length: 5 }, (_, i) => `Pied${String(i + 1)} Adresse postale`);
  const section: SectionProps = { page: { width: 11906, height: 16838, orientation: 'portrait' }, margins: { top: 567, right: 1134, bottom: 567, left: 1134, header: 284, footer: 284 }, headers: story(header), footers: story(footer) };
  const body = Array.from({ length: 90 }, (_, i) => para(`Corps${String(i + 1)} du courrier adressé aux services.`));
  const odt = await write(textDocument(section, body), 'odt');
  writeFileSync(path.join(host.docs, 'entete-haut.odt'), odt);
  await page.goto(host.url);
  await openFile(page, 'entete-haut.odt');
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Corps90');

  const ours = pdfWords(await exportPdf(page, host.docs, 'entete-haut'));
  const loFile = path.join(host.docs, 'entete-haut-libreoffice.pdf');
  writeFileSync(loFile, libreofficeConvertBytes(odt, 'entete-haut.odt', 'pdf'));
  const theirs = pdfWords(loFile);
  const bodyWords = (words: readonly Word[]) => words.filter((w) => /^Corps\d+$/.test(w.text));
  for (const [who, pages] of [['Ostal', ours], ['LibreOffice', theirs]] as const) {
    pages.forEach((words, i) => {
      const lines = bodyWords(words);
      expect(lines.length, `${who} page ${String(i + 1)}`).toBeGreaterThan(0);
      // The text starts below the header's last line and ends above the footer's first.
      // (Word boxes of neighbouring lines overlap by a few points.)
      expect(Math.min(...lines.map((w) => w.y)), `${who} page ${String(i + 1)}`).toBeGreaterThan(find(words, 'Entete6').bottom - 3);
      expect(Math.max(...lines.map((w) => w.bottom)), `${who} page ${String(i + 1)}`).toBeLessThan(find(words, 'Pied1').y + 3);
    });
  }
  // Every line printed once; full pages run down to the footer (less than two lines short of it).
  const all = ours.flatMap(bodyWords).map((w) => w.text);
  expect(all).toEqual(body.map((_, i) => `Corps${String(i + 1)}`));
  const pitch = find(ours[0]!, 'Corps2').y - find(ours[0]!, 'Corps1').y;
  ours.slice(0, -1).forEach((words, i) => expect(find(words, 'Pied1').y - Math.max(...bodyWords(words).map((w) => w.bottom)), `page ${String(i + 1)}`).toBeLessThan(2 * pitch));
  // The text starts right under the header, as in LibreOffice (whose header lines are taller).
  const gap = (words: readonly Word[]) => find(words, 'Corps1').y - find(words, 'Entete6').bottom;
  expect(Math.abs(gap(ours[0]!) - gap(theirs[0]!))).toBeLessThan(8);
});

test('a section in two columns with a rule between them prints as columns, balanced before a continuous section, placed as LibreOffice places them', async ({ page, host }) => {
  test.setTimeout(300_000);
  const margins = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 };
  const a4 = { width: 11906, height: 16838, orientation: 'portrait' as const };
  const columns: SectionProps = { page: a4, margins, columns: { count: 2, gap: 709, separator: true } };
  const last: SectionProps = { page: a4, margins, start: 'continuous' };
  const body = Array.from({ length: 130 }, (_, i) => para(`Col${String(i + 1)} texte de la lettre d’information.`));
  const odt = await write(textDocument(last, [...body, { type: 'section_break', attrs: { section: columns } }, para('Fin du document')]), 'odt');
  writeFileSync(path.join(host.docs, 'colonnes.odt'), odt);
  await page.goto(host.url);
  await openFile(page, 'colonnes.odt');
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Fin du document');

  const ours = pdfWords(await exportPdf(page, host.docs, 'colonnes'));
  const loFile = path.join(host.docs, 'colonnes-libreoffice.pdf');
  writeFileSync(loFile, libreofficeConvertBytes(odt, 'colonnes.odt', 'pdf'));
  const theirs = pdfWords(loFile);
  // A4 is 595 pt wide, the text from 70.9 to 524.4 pt: the left column ends before 297.6 − 0.625 cm, the right one starts after.
  const middle = 595.3 / 2;
  for (const [who, pages] of [['Ostal', ours], ['LibreOffice', theirs]] as const) {
    const cols = pages.map((words) => words.filter((w) => /^Col\d+$/.test(w.text)));
    const first = cols[0]!;
    const left = first.filter((w) => w.x < middle);
    const right = first.filter((w) => w.x > middle);
    expect(left.length, who).toBeGreaterThan(10);
    expect(right.length, who).toBeGreaterThan(10);
    // Both columns start at the top of the text; the right one goes on where the left one ends.
    expect(Math.abs(Math.min(...left.map((w) => w.y)) - Math.min(...right.map((w) => w.y))), who).toBeLessThan(2);
    expect(Number(right[0]!.text.slice(3)), who).toBe(left.length + 1);
    // Nothing runs across the gap: every line of a column ends before the middle.
    for (const w of pages[0]!) if (w.x < middle) expect(w.right, `${who}: ${w.text}`).toBeLessThan(middle);
  }
  // The right column starts where LibreOffice puts it.
  const rightX = (pages: Word[][]) => Math.min(...pages[0]!.filter((w) => /^Col\d+$/.test(w.text) && w.x > middle).map((w) => w.x));
  expect(Math.abs(rightX(ours) - rightX(theirs))).toBeLessThan(3);
  // Ostal balances the last page before a continuous section, as Word does (LibreOffice does not
  // balance columns of a page style): its two columns end within two lines of each other, the
  // last section below them.
  const end = ours[ours.length - 1]!.filter((w) => /^Col\d+$/.test(w.text));
  const bottom = (ws: readonly Word[]) => Math.max(...ws.map((w) => w.bottom));
  expect(Math.abs(bottom(end.filter((w) => w.x < middle)) - bottom(end.filter((w) => w.x > middle)))).toBeLessThan(30);
  expect(find(ours[ours.length - 1]!, 'Fin').y).toBeGreaterThan(bottom(end));
  expect(ours.flatMap((words) => words.filter((w) => /^Col\d+$/.test(w.text))).map((w) => Number(w.text.slice(3))).sort((a, b) => a - b)).toEqual(body.map((_, i) => i + 1));
});
