/**
 * Benchmark section: opening a long document in the writer, in Chromium through the browser-mode
 * host (`dist/web.cjs`, the same renderer as the desktop app). Measures what a person waits for —
 * the first pages on screen, the whole document in the editor — and whether the interface froze
 * meanwhile: the main thread's long tasks (over 50 ms, the browser's own definition), from the
 * moment the file is chosen until the word count shows (the last slice is in).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFileInBrowser } from './web-host.js';
import { table, ms } from './bench-util.js';

export interface EditorOpenTiming {
  readonly name: string;
  /** From double-clicking the file to the editor on screen (first slice). */
  readonly firstPaintMs: number;
  /** From double-clicking the file to the last slice in (word count shown). */
  readonly loadedMs: number;
  /** Longest main-thread task meanwhile. */
  readonly longestTaskMs: number;
  /** Long tasks (> 50 ms) meanwhile, and the time they took together. */
  readonly longTasks: number;
  readonly longTasksMs: number;
  readonly blocks: number;
}

declare global {
  interface Window {
    ostalLongTasks?: number[];
  }
}

/**
 * Opens `file` in the writer once and measures it. `dump`: a folder where the opening's V8 CPU
 * profile and Chrome trace are written (`open-<run>.cpuprofile`, `open-<run>.trace.json`) to
 * open in DevTools: where the wait for the first pages goes.
 */
export async function measureEditorOpen(file: string, dump?: { readonly folder: string; readonly run: number }): Promise<EditorOpenTiming> {
  return withFileInBrowser(file, async ({ browser, url, name }) => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
  await page.evaluate(() => {
    window.ostalLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.ostalLongTasks!.push(e.duration);
    }).observe({ entryTypes: ['longtask'] });
  });
  const option = page.getByRole('dialog', { name: 'Ouvrir' }).getByRole('option', { name: new RegExp(`^${name.replace(/\./g, '\\.')},`) });
  const cdp = dump ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await option.dblclick();
  // Cheap polling (one query each time): Playwright's text locators would scan the whole page.
  await page.waitForFunction(() => document.querySelector('.ProseMirror') !== null, null, { polling: 50, timeout: 300_000 });
  const firstPaintMs = Date.now() - t0;
  await page.waitForFunction(() => /\d\s*(mots|words)$/.test(document.querySelector('.writer-status')?.textContent ?? ''), null, { polling: 100, timeout: 300_000 });
  const loadedMs = Date.now() - t0;
  if (cdp && dump) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    const trace = (await browser.stopTracing()).toString('utf8');
    await cdp.detach();
    writeFileSync(path.join(dump.folder, `open-${String(dump.run)}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(path.join(dump.folder, `open-${String(dump.run)}.trace.json`), trace);
  }
  const tasks = await page.evaluate(() => window.ostalLongTasks ?? []);
  const blocks = await page.evaluate(() => document.querySelector('.ProseMirror')?.childElementCount ?? 0);
  return {
    name,
    firstPaintMs,
    loadedMs,
    longestTaskMs: tasks.length === 0 ? 0 : Math.max(...tasks),
    longTasks: tasks.length,
    longTasksMs: tasks.reduce((s, t) => s + t, 0),
    blocks,
  };
  });
}

/** The runs as a markdown table. */
export function editorOpenTable(runs: readonly EditorOpenTiming[]): string {
  return table(
    ['run', 'first pages on screen', 'whole document in the editor', 'top-level blocks', 'longest task', 'long tasks', 'their total'],
    runs.map((e, i) => [String(i + 1), ms(e.firstPaintMs), ms(e.loadedMs), String(e.blocks), ms(e.longestTaskMs), String(e.longTasks), ms(e.longTasksMs)]),
  );
}
