/**
 * Benchmark section: the sheets screen in Chromium (browser-mode host, the desktop app's renderer).
 * A workbook of 100,000 cells (5,000 rows x 20 columns, 10,000 of them formulas that depend on one
 * cell) is opened from the Open dialog; then that cell is edited from the formula bar and the
 * time until the recomputed results show in the grid is taken; then the grid is scrolled from top
 * to bottom. Longest main-thread task (freeze) for each step. LibreOffice headless converting the
 * same file to ODS is the reference for opening.
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

const ROWS = 5_000;
const COLS = 20;
const NAME = 'cent-mille.xlsx';

export interface SheetsScreenTiming {
  /** Double-click in the Open dialog to the first cells on screen. */
  readonly openMs: number;
  readonly openLongestTaskMs: number;
  /** Enter in the formula bar to the 10,000 dependent results shown (the visible ones updated). */
  readonly editMs: number;
  readonly editLongestTaskMs: number;
  /** Scrolling from the first to the last row, in steps of one screen. */
  readonly scrollMs: number;
  readonly scrollLongestTaskMs: number;
  readonly libreofficeMs: number;
}

/** 5,000 x 20: ids, amounts, labels, dates; columns C and D depend on the rate in E1 (all on screen). */
function workbook(): Workbook {
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const row: (Cell | null)[] = [];
    const n = String(r + 1);
    row.push({ value: r + 1 }, { value: Math.round(((r + 1) * 37.5) % 10_000) / 100 }, { value: null, formula: `=B${n}*$E$1` }, { value: null, formula: `=C${n}+A${n}` });
    row.push({ value: r === 0 ? 2 : r % 7 });
    for (let c = 5; c < COLS; c++) {
      const kind = c % 4;
      row.push(kind === 0 ? { value: r + 1 } : kind === 1 ? { value: Math.round((r * 37.5 + c) % 10_000) / 100 } : kind === 2 ? { value: `Libellé ${String(r % 997)}` } : { value: 45_000 + (r % 3650) });
    }
    rows.push(row);
  }
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ name: 'Données', rows }] };
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

/** Text of the cell at a 0-based row and column of the shown part of the grid ('' when not drawn). */
function cellText(page: Page, row: number, col: number): Promise<string> {
  return page.evaluate(
    ([r, c]) => document.querySelector(`.ht_master tbody tr[aria-rowindex="${String(r + 2)}"] td[aria-colindex="${String(c + 2)}"]`)?.textContent ?? '',
    [row, col] as const,
  );
}

async function once(url: string): Promise<Omit<SheetsScreenTiming, 'libreofficeMs'>> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
    await page.waitForFunction(() => document.querySelector('.ht_master tbody tr[aria-rowindex="2"] td[aria-colindex="2"]')?.textContent === '1', null, { polling: 20, timeout: 300_000 });
    const openMs = Date.now() - t0;
    const openLongestTaskMs = await longestTask(page);
    console.warn(`sheets screen: opened in ${ms(openMs)}`);

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
    console.warn(`sheets screen: edit shown in ${ms(editMs)}`);

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
    const scrollMs = Date.now() - t0;
    const scrollLongestTaskMs = await longestTask(page);
    console.warn(`sheets screen: scrolled in ${ms(scrollMs)}`);
    return { openMs, openLongestTaskMs, editMs, editLongestTaskMs, scrollMs, scrollLongestTaskMs };
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
    const all: Omit<SheetsScreenTiming, 'libreofficeMs'>[] = [];
    for (let i = 0; i < runs; i++) all.push(await once(host.url));
    const pick = (key: keyof Omit<SheetsScreenTiming, 'libreofficeMs'>) => median(all.map((t) => t[key]));
    const lo = Array.from({ length: runs }, () => libreofficeConvert(file, 'ods', profile).ms);
    return {
      openMs: pick('openMs'),
      openLongestTaskMs: pick('openLongestTaskMs'),
      editMs: pick('editMs'),
      editLongestTaskMs: pick('editLongestTaskMs'),
      scrollMs: pick('scrollMs'),
      scrollLongestTaskMs: pick('scrollLongestTaskMs'),
      libreofficeMs: median(lo),
    };
  } finally {
    host.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

/** The section (Markdown). */
export function sheetsScreenSection(t: SheetsScreenTiming): string {
  return [
    '## The sheets screen with 100,000 cells',
    '',
    `A workbook of ${String(ROWS)} rows x ${String(COLS)} columns (10,000 formulas depend on one cell) in the sheets`,
    'screen, in Debian’s Chromium through the browser-mode host (medians). *Longest task*: the longest time the',
    'interface could not respond meanwhile. Targets from issue 7: first paint < 2 s, edit propagation < 200 ms.',
    '',
    table(
      ['step', 'Ostal', 'longest task', 'reference'],
      [
        ['open (Open dialog → first cells shown)', ms(t.openMs), ms(t.openLongestTaskMs), `LibreOffice headless xlsx → ods: ${ms(t.libreofficeMs)}`],
        ['edit the cell 10,000 formulas depend on (Enter → results shown)', ms(t.editMs), ms(t.editLongestTaskMs), '—'],
        [`scroll top to bottom (${String(ROWS)} rows, a screen at a time)`, ms(t.scrollMs), ms(t.scrollLongestTaskMs), '—'],
      ],
    ),
    '',
  ].join('\n');
}
