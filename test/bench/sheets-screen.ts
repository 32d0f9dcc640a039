/**
 * Benchmark section: the sheets screen in Chromium (browser-mode host, the desktop app's renderer).
 * A workbook of 2,000,000 cells (100,000 rows x 20 columns, 10,000 of them formulas that depend on
 * one cell, and a total over a whole column) is opened from the Open dialog; then that cell is
 * edited from the formula bar and the time until the recomputed results show in the grid is taken;
 * then the grid is scrolled from top to bottom; then 10,000 rows x 20 columns of tab-separated text
 * are pasted under the data with Ctrl+V. Longest main-thread task (freeze) for each step.
 * LibreOffice headless converting the same file to ODS is the reference for opening.
 * Run alone with `OSTAL_BENCH_ONLY=sheets-ui npm run bench` (prints the table, writes no report).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { write } from '@ostal/formats';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { median, ms, table } from './bench-util.js';
import { libreofficeConvert } from './processes.js';
import { startHost } from './web-host.js';

/** 100,000 (issue 7); `OSTAL_BENCH_SHEETS_ROWS` sets fewer for a quicker indicative run on a loaded machine. */
const ROWS = Number(process.env.OSTAL_BENCH_SHEETS_ROWS ?? 100_000);
/** Rows pasted under the data. */
const PASTED = 10_000;
/** Every FORMULA_EVERY-th row holds the two formulas (C and D) that depend on E1: 10,000 in all. */
const FORMULA_EVERY = 20;
const COLS = 20;
const NAME = 'deux-millions.xlsx';
/** `OSTAL_BENCH_SHEETS_SCROLL=0` stops after the edit (the scroll takes minutes on a loaded machine): for trying a change to the open. */
const SCROLL_AND_PASTE = process.env.OSTAL_BENCH_SHEETS_SCROLL !== '0';

export interface SheetsScreenTiming {
  /** Double-click in the Open dialog to the first cells on screen (a large file's first rows, read-only, while the rest is read). */
  readonly openMs: number;
  readonly openLongestTaskMs: number;
  /** First cells shown to the whole workbook in the editor (no longer read-only). */
  readonly wholeMs: number;
  readonly wholeLongestTaskMs: number;
  /** First cells shown to the formulas live (the engine is built after the first paint; "Calcul en cours…" gone). */
  readonly liveMs: number;
  readonly liveLongestTaskMs: number;
  /** Enter in the formula bar to the 10,000 dependent results shown (the visible ones updated). */
  readonly editMs: number;
  readonly editLongestTaskMs: number;
  /** Scrolling from the first to the last row, in steps of one screen. */
  readonly scrollMs: number;
  readonly scrollLongestTaskMs: number;
  /** Ctrl+V of 10,000 rows x 20 columns under the data to the pasted rows shown (the column total recomputed). */
  readonly pasteMs: number;
  readonly pasteLongestTaskMs: number;
  readonly libreofficeMs: number;
  /** The open split into its phases (the app's User Timing marks), in order: name and duration. */
  readonly openPhases: readonly (readonly [string, number])[];
  /** Steps that could not be measured (NaN above), with the reason: the bench measures, it does not stop. */
  readonly failures: readonly string[];
}

type Timing = Omit<SheetsScreenTiming, 'libreofficeMs' | 'failures' | 'openPhases'> & { readonly phases: readonly (readonly [string, number])[] };

/** One row of data (0-based row r): ids, amounts, the two formulas on every 20th row, labels, dates. */
function dataRow(r: number): (Cell | null)[] {
  const n = String(r + 1);
  const amount = Math.round(((r + 1) * 37.5) % 10_000) / 100;
  const formulas = r % FORMULA_EVERY === 0;
  const row: (Cell | null)[] = [
    { value: r + 1 },
    { value: amount },
    formulas ? { value: null, formula: `=B${n}*$E$1` } : { value: amount * 2 },
    formulas ? { value: null, formula: `=C${n}+A${n}` } : { value: `Réf. ${String(r % 211)}` },
  ];
  // E1 is the rate the formulas read; E2 totals column B (whole column: pasted rows count too).
  row.push(r === 0 ? { value: 2 } : r === 1 ? { value: null, formula: '=SUM(B:B)' } : { value: r % 7 });
  for (let c = 5; c < COLS; c++) {
    const kind = c % 4;
    row.push(kind === 0 ? { value: r + 1 } : kind === 1 ? { value: Math.round((r * 37.5 + c) % 10_000) / 100 } : kind === 2 ? { value: `Libellé ${String(r % 997)}` } : { value: 45_000 + (r % 3650) });
  }
  return row;
}

/** 100,000 x 20; C and D of every 20th row depend on the rate in E1 (10,000 formulas). */
function workbook(): Workbook {
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < ROWS; r++) rows.push(dataRow(r));
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ name: 'Données', rows }] };
}

/** The text pasted under the data: 10,000 rows x 20 columns, tab-separated, amounts in column B. */
function pastedText(): { text: string; total: number } {
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; i < PASTED; i++) {
    const r = ROWS + i;
    const cells: string[] = [];
    for (let c = 0; c < COLS; c++) {
      if (c === 1) {
        const cents = (r * 13) % 10_000;
        total += cents;
        cells.push(String(cents));
      } else cells.push(c % 2 === 0 ? String(r + 1) : `Collé ${String(i)}-${String(c)}`);
    }
    lines.push(cells.join('\t'));
  }
  return { text: lines.join('\r\n') + '\r\n', total };
}

/** The sum of column B before the paste, as the workbook holds it. */
function totalBefore(): number {
  let sum = 0;
  for (let r = 0; r < ROWS; r++) sum += Math.round(((r + 1) * 37.5) % 10_000) / 100;
  return sum;
}

declare global {
  interface Window {
    ostalSheetTasks?: number[];
  }
}

async function longestTask(page: Page): Promise<number> {
  const tasks = await page.evaluate(() => {
    const all = window.ostalSheetTasks ?? [];
    window.ostalSheetTasks = [];
    return all;
  });
  return tasks.length === 0 ? 0 : Math.max(...tasks);
}

/** The app's marks (renderer/app/shell/use-documents.ts, renderer/sheets/SheetsEditor.tsx), each phase ending at one. */
const PHASES = [
  ['ostal:open:file-read', 'file read through the host'],
  ['ostal:open:preview', 'first rows read in the worker'],
  ['ostal:open:document-read', 'rest read in the worker and handed to the page'],
  ['ostal:sheets:engine-opened', 'workbook engine opened (cached results)'],
  ['ostal:sheets:grid-created', 'grid created and drawn'],
  ['ostal:sheets:painted', 'first paint'],
] as const;

/** Durations of the open's phases, from the marks of the last open. */
async function openPhases(page: Page): Promise<[string, number][]> {
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
  const last = (name: string) => marks.filter((m) => m[0] === name).at(-1)?.[1] ?? NaN;
  let from = last('ostal:open');
  return PHASES.map(([mark, label]) => {
    const at = last(mark);
    const phase: [string, number] = [label, at - from];
    // A phase that did not happen (no first rows for a small file) leaves the next one's start.
    if (!Number.isNaN(at)) from = at;
    return phase;
  });
}

/** Text of the cell at a 0-based row and column of the shown part of the grid ('' when not drawn). */
function cellText(page: Page, row: number, col: number): Promise<string> {
  return page.evaluate(
    ([r, c]) => document.querySelector(`.ht_master tbody tr[aria-rowindex="${String(r + 2)}"] td[aria-colindex="${String(c + 2)}"]`)?.textContent ?? '',
    [row, col] as const,
  );
}

async function once(url: string, failures: string[]): Promise<Timing> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
    await page.evaluate(() => {
      window.ostalSheetTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.ostalSheetTasks!.push(e.duration);
      }).observe({ entryTypes: ['longtask'] });
    });
    const option = page.getByRole('dialog', { name: 'Ouvrir' }).getByRole('option', { name: new RegExp(`^${NAME.replace(/\./g, '\\.')},`) });
    let t0 = Date.now();
    await option.dblclick();
    await page.waitForFunction(() => document.querySelector('.ht_master tbody tr[aria-rowindex="2"] td[aria-colindex="2"]')?.textContent === '1', null, { polling: 20, timeout: 900_000 });
    const openMs = Date.now() - t0;
    // The build after the paint may already be running: "whole" and "live" count from the first cells shown.
    t0 = Date.now();
    const openLongestTaskMs = await longestTask(page);
    // A large file's first rows show read-only (inert) while the rest is read: then the whole workbook.
    await page.waitForFunction(() => document.querySelector('.sheets') !== null && document.querySelector('.sheets[inert]') === null, null, { polling: 20, timeout: 900_000 });
    const wholeMs = Date.now() - t0;
    const wholeLongestTaskMs = await longestTask(page);
    console.warn(`sheets screen: whole workbook ${ms(wholeMs)} after the first cells (longest task ${ms(wholeLongestTaskMs)})`);
    // The paint mark comes in the frame after the cells were drawn.
    // (The first rows' editor marks it too, before the whole workbook's.)
    await page.waitForFunction(
      () => performance.getEntriesByName('ostal:sheets:painted').length > (performance.getEntriesByName('ostal:open:preview').length > 0 ? 1 : 0),
      null,
      { polling: 20, timeout: 60_000 },
    );
    const phases = await openPhases(page);
    console.warn(`sheets screen: opened in ${ms(openMs)} (longest task ${ms(openLongestTaskMs)}); ${phases.map(([label, d]) => `${label} ${ms(d)}`).join(', ')}`);
    await page.waitForFunction(() => (document.querySelector('.sheets-calc-status')?.textContent ?? '') === '', null, { polling: 20, timeout: 900_000 });
    const liveMs = Date.now() - t0;
    const liveLongestTaskMs = await longestTask(page);
    console.warn(`sheets screen: formulas live ${ms(liveMs)} later (longest task ${ms(liveLongestTaskMs)})`);

    // D1 = B1 * E1 + A1; E1 goes from 2 to 3.
    const before = await cellText(page, 0, 3);
    if (before === '') throw new Error('The formula column D is not on screen.');
    const nameBox = page.getByRole('textbox', { name: 'Cellule' });
    await nameBox.fill('E1');
    await nameBox.press('Enter');
    const bar = page.getByRole('combobox', { name: 'Barre de formule' });
    await bar.fill('3');
    await longestTask(page);
    t0 = Date.now();
    await bar.press('Enter');
    await page.waitForFunction(
      (old) => {
        const cell = document.querySelector('.ht_master tbody tr[aria-rowindex="2"] td[aria-colindex="5"]');
        return cell !== null && cell.textContent !== old && cell.textContent !== '';
      },
      before,
      { polling: 10, timeout: 120_000 },
    );
    const editMs = Date.now() - t0;
    const editLongestTaskMs = await longestTask(page);
    console.warn(`sheets screen: edit shown in ${ms(editMs)} (longest task ${ms(editLongestTaskMs)})`);

    let scrollMs = NaN;
    let scrollLongestTaskMs = NaN;
    let pasteMs = NaN;
    let pasteLongestTaskMs = NaN;
    if (!SCROLL_AND_PASTE) {
      failures.push('scroll and paste: skipped (OSTAL_BENCH_SHEETS_SCROLL=0)');
      return { phases, openMs, openLongestTaskMs, wholeMs, wholeLongestTaskMs, liveMs, liveLongestTaskMs, editMs, editLongestTaskMs, scrollMs, scrollLongestTaskMs, pasteMs, pasteLongestTaskMs };
    }
    try {
      // Scroll to the bottom a screen at a time, as a person holding Page Down would.
      const holder = page.locator('.ht_master > .wtHolder');
      t0 = Date.now();
      await holder.evaluate(async (element) => {
        const step = element.clientHeight;
        while (element.scrollTop + element.clientHeight < element.scrollHeight - 2) {
          element.scrollTop += step;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
      });
      // The last rows drawn (ARIA row indexes count the header row).
      await page.waitForFunction((last) => [...document.querySelectorAll('.ht_master tbody tr[aria-rowindex]')].some((tr) => Number(tr.getAttribute('aria-rowindex')) >= last), ROWS - 5, {
        polling: 20,
        timeout: 120_000,
      });
      scrollMs = Date.now() - t0;
      scrollLongestTaskMs = await longestTask(page);
      console.warn(`sheets screen: scrolled in ${ms(scrollMs)}`);

      // Paste 10,000 rows x 20 columns of text under the data (A100001), as a person does: the text on
      // the clipboard, the first cell under the data selected, Ctrl+V.
      const pasted = pastedText();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.evaluate((text) => navigator.clipboard.writeText(text), pasted.text);
      await nameBox.fill(`A${String(ROWS + 1)}`);
      await nameBox.press('Enter');
      await page.waitForFunction((row) => document.querySelector(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"]`) !== null, ROWS + 1, { polling: 20, timeout: 60_000 });
      await longestTask(page);
      t0 = Date.now();
      await page.keyboard.press('Control+V');
      // The first pasted row drawn (the paste goes in as one block).
      await page.waitForFunction(
        ([row, first, label]) => {
          const tr = document.querySelector(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"]`);
          return tr?.querySelector('td[aria-colindex="2"]')?.textContent === first && tr.querySelector('td[aria-colindex="5"]')?.textContent === label;
        },
        [ROWS + 1, String(ROWS + 1), 'Collé 0-3'] as const,
        { polling: 10, timeout: 300_000 },
      );
      pasteMs = Date.now() - t0;
      pasteLongestTaskMs = await longestTask(page);
      console.warn(`sheets screen: pasted in ${ms(pasteMs)}`);
      // Checks (not timed): the last pasted row is there, and the whole-column total counts the pasted amounts.
      await nameBox.fill(`T${String(ROWS + PASTED)}`);
      await nameBox.press('Enter');
      await page.waitForFunction((text) => [...document.querySelectorAll('.ht_master tbody td')].some((td) => td.textContent === text), `Collé ${String(PASTED - 1)}-${String(COLS - 1)}`, { polling: 20, timeout: 60_000 });
      await nameBox.fill('E2');
      await nameBox.press('Enter');
      const expected = totalBefore() + pasted.total;
      await page.waitForFunction(
        (want) => {
          const text = document.querySelector('.ht_master tbody tr[aria-rowindex="3"] td[aria-colindex="6"]')?.textContent ?? '';
          return Math.abs(Number(text.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.')) - want) < 0.01;
        },
        expected,
        { polling: 20, timeout: 60_000 },
      );
    } catch (error) {
      const reason = crashed ? 'the page crashed (Chromium’s renderer ran out of memory or died)' : error instanceof Error ? error.message.split('\n')[0]! : String(error);
      failures.push(`${Number.isNaN(scrollMs) ? 'scroll' : 'paste'}: ${reason}`);
      console.warn(`sheets screen: ${failures[failures.length - 1]!}`);
    }
    return { phases, openMs, openLongestTaskMs, wholeMs, wholeLongestTaskMs, liveMs, liveLongestTaskMs, editMs, editLongestTaskMs, scrollMs, scrollLongestTaskMs, pasteMs, pasteLongestTaskMs };
  } finally {
    await browser.close();
  }
}

/** Opens, edits and scrolls `runs` times (medians), and times LibreOffice opening the same file. */
export async function measureSheetsScreen(profile: string, runs: number): Promise<SheetsScreenTiming> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-sheets-ui-'));
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-home-'));
  const file = path.join(root, NAME);
  writeFileSync(file, await write(workbook(), 'xlsx'));
  const host = await startHost(root, home);
  try {
    const all: Timing[] = [];
    const failures: string[] = [];
    for (let i = 0; i < runs; i++) all.push(await once(host.url, failures));
    const pick = (key: Exclude<keyof Timing, 'phases'>) => {
      const measured = all.map((t) => t[key]).filter((v) => !Number.isNaN(v));
      return measured.length > 0 ? median(measured) : NaN;
    };
    const lo = Array.from({ length: runs }, () => libreofficeConvert(file, 'ods', profile).ms);
    return {
      openMs: pick('openMs'),
      openLongestTaskMs: pick('openLongestTaskMs'),
      wholeMs: pick('wholeMs'),
      wholeLongestTaskMs: pick('wholeLongestTaskMs'),
      liveMs: pick('liveMs'),
      liveLongestTaskMs: pick('liveLongestTaskMs'),
      editMs: pick('editMs'),
      editLongestTaskMs: pick('editLongestTaskMs'),
      scrollMs: pick('scrollMs'),
      scrollLongestTaskMs: pick('scrollLongestTaskMs'),
      pasteMs: pick('pasteMs'),
      pasteLongestTaskMs: pick('pasteLongestTaskMs'),
      libreofficeMs: median(lo),
      openPhases: PHASES.map(([, label], i) => [label, median(all.map((t) => t.phases[i]![1]))] as const),
      failures: [...new Set(failures)],
    };
  } finally {
    host.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

/** A time, or why there is none. */
function shown(value: number): string {
  return Number.isNaN(value) ? 'not measured' : ms(value);
}

/** The section (Markdown). */
export function sheetsScreenSection(t: SheetsScreenTiming): string {
  return [
    '## The sheets screen with 2,000,000 cells',
    '',
    `A workbook of ${String(ROWS)} rows x ${String(COLS)} columns (10,000 formulas depend on one cell; a total over`,
    'column B) in the sheets screen, in Debian’s Chromium through the browser-mode host (medians). *Longest task*:',
    'the longest time the interface could not respond meanwhile. Targets from issue 7: first paint < 2 s, edit',
    'propagation < 200 ms, no freeze over 100 ms while scrolling.',
    '',
    table(
      ['step', 'Ostal', 'longest task', 'reference'],
      [
        ['open (Open dialog → first cells shown)', shown(t.openMs), shown(t.openLongestTaskMs), `LibreOffice headless xlsx → ods: ${ms(t.libreofficeMs)}`],
        ['whole workbook in the editor (first cells shown → no longer read-only)', shown(t.wholeMs), shown(t.wholeLongestTaskMs), '—'],
        ['formulas live (first cells shown → engine built after the whole workbook’s paint)', shown(t.liveMs), shown(t.liveLongestTaskMs), '—'],
        ['edit the cell 10,000 formulas depend on (Enter → results shown)', shown(t.editMs), shown(t.editLongestTaskMs), '—'],
        [`scroll top to bottom (${String(ROWS)} rows, a screen at a time)`, shown(t.scrollMs), shown(t.scrollLongestTaskMs), '—'],
        [`paste ${String(PASTED)} rows x ${String(COLS)} columns of text under the data (Ctrl+V → rows shown, total recomputed)`, shown(t.pasteMs), shown(t.pasteLongestTaskMs), '—'],
      ],
    ),
    '',
    `Phases of the open: ${t.openPhases.map(([label, d]) => `${label} ${shown(d)}`).join(', ')}.`,
    '',
    ...(t.failures.length > 0 ? ['Not measured: ' + t.failures.join('; ') + '.', ''] : []),
  ].join('\n');
}
