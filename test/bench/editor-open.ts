/**
 * Benchmark section: opening a long document in the writer, in Chromium through the browser-mode
 * host (`dist/web.cjs`, the same renderer as the desktop app). Measures what a person waits for —
 * the first pages on screen, the whole document in the editor — and whether the interface froze
 * meanwhile: the main thread's long tasks (over 50 ms, the browser's own definition), from the
 * moment the file is chosen until the word count shows (the last slice is in).
 */
import { withFileInBrowser } from './web-host.js';

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

/** Opens `file` in the writer once and measures it. */
export async function measureEditorOpen(file: string): Promise<EditorOpenTiming> {
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
  const t0 = Date.now();
  await option.dblclick();
  // Cheap polling (one query each time): Playwright's text locators would scan the whole page.
  await page.waitForFunction(() => document.querySelector('.ProseMirror') !== null, null, { polling: 50, timeout: 300_000 });
  const firstPaintMs = Date.now() - t0;
  await page.waitForFunction(() => /\d\s*(mots|words)$/.test(document.querySelector('.writer-status')?.textContent ?? ''), null, { polling: 100, timeout: 300_000 });
  const loadedMs = Date.now() - t0;
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
