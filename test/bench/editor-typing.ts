/**
 * Benchmark section: typing in the writer, in Chromium through the browser-mode host. The long
 * document (180 pages in LibreOffice) is opened, the cursor put in a paragraph in its middle, and
 * 200 keystrokes typed one after the other; each one's latency is from the key event to the
 * first frame painted after it (the next animation frame, then a task after it). Beside it, the
 * reference measured in the same run: the same typing in a new, short document. Long tasks (over
 * 50 ms, the browser's own definition) while typing are counted. The long document is typed into a
 * second time after the first pause: the steady state, once its pages were laid out whole.
 * `OSTAL_BENCH_ONLY=typing npm run bench` runs it alone.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ms, table } from './bench-util.js';
import { withFileInBrowser } from './web-host.js';

const KEYSTROKES = 200;
/** How long the benchmark waits after the last keystroke, watching the page layout that follows. */
const PAUSE_MS = 4000;
const TEXT = 'Les agents saisissent ici une phrase ordinaire. ';

export interface TypingTiming {
  readonly what: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Long tasks (> 50 ms) while typing, and the longest. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** The longest main-thread task in the seconds after the last keystroke (the pages laid out again), and the long tasks then. */
  readonly pauseLongestTaskMs: number;
  readonly pauseLongTasks: number;
}

declare global {
  interface Window {
    ostalTyping?: { latencies: number[]; longTasks: number[] };
  }
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? 0;
}

/** Types KEYSTROKES keys at the cursor, one after the other, and reads the latencies back. */
async function typeAndMeasure(page: Page, what: string): Promise<TypingTiming> {
  await page.evaluate(() => {
    const record = { latencies: [] as number[], longTasks: [] as number[] };
    window.ostalTyping = record;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) record.longTasks.push(e.duration);
    }).observe({ entryTypes: ['longtask'] });
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          // After the frame: a task queued from the animation frame runs once it is painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => record.latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  for (let i = 0; i < KEYSTROKES; i++) {
    const key = TEXT[i % TEXT.length]!;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForFunction((n) => (window.ostalTyping?.latencies.length ?? 0) >= n, i + 1, { polling: 'raf' });
  }
  const { latencies, longTasks } = await page.evaluate(() => window.ostalTyping ?? { latencies: [], longTasks: [] });
  // Typing pauses: the page layout runs after a settle delay (page-view-plugin.ts); its tasks are
  // what a person who starts typing again would wait for.
  const cdp = process.env.OSTAL_PROFILE_DUMP ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  await page.evaluate(() => {
    if (window.ostalTyping) window.ostalTyping.longTasks = [];
  });
  await page.waitForTimeout(PAUSE_MS);
  const pause = await page.evaluate(() => window.ostalTyping?.longTasks ?? []);
  if (cdp) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    const kind = what.startsWith('Reference') ? 'reference' : what.includes('typing on') ? 'long-again' : 'long';
    writeFileSync(path.join(process.env.OSTAL_PROFILE_DUMP!, `pause-${kind}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
  return {
    what,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(0, ...latencies),
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
    pauseLongestTaskMs: Math.max(0, ...pause),
    pauseLongTasks: pause.length,
  };
}

/**
 * Opens `name` (in the host's folder) through the Open dialog, waits for the whole document in
 * the editor and clicks in a paragraph in its middle. Returns the number of top-level blocks.
 */
export async function openInItsMiddle(page: Page, url: string, name: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
  await page.getByRole('dialog', { name: 'Ouvrir' }).getByRole('option', { name: new RegExp(`^${name.replace(/\./g, '\\.')},`) }).dblclick();
  await page.waitForFunction(() => /\d\s*(mots|words)$/.test(document.querySelector('.writer-status')?.textContent ?? ''), null, { polling: 500, timeout: 300_000 });
  const blocks = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('.ProseMirror > p')].filter((p) => (p.textContent ?? '').trim().length > 20);
    const middle = paragraphs[Math.floor(paragraphs.length / 2)];
    middle?.scrollIntoView({ block: 'center' });
    return document.querySelectorAll('.ProseMirror > *').length;
  });
  const box = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('.ProseMirror > p')].filter((p) => (p.textContent ?? '').trim().length > 20);
    const r = paragraphs[Math.floor(paragraphs.length / 2)]!.getBoundingClientRect();
    return { x: r.left + 5, y: r.top + 5 };
  });
  await page.mouse.click(box.x, box.y);
  return blocks;
}

/** A new text document with a few words, the cursor at their end. */
export async function openShortDocument(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await page.keyboard.insertText('Un document court.');
}

/** Typing in the middle of `file` (once loaded) and, as the reference, in a new short document. */
export async function measureEditorTyping(file: string): Promise<TypingTiming[]> {
  return withFileInBrowser(file, async ({ browser, url, name }) => {
  const out: TypingTiming[] = [];
  // The long document, typed into in its middle.
  let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pages = await openInItsMiddle(page, url, name);
  out.push(await typeAndMeasure(page, `${name} (${String(pages)} blocks), in its middle`));
  // Typing on after that pause: the page view has laid the whole document out once.
  out.push(await typeAndMeasure(page, `${name}, typing on after the pause`));
  await page.close();

  // The reference: a new document, a few words.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await openShortDocument(page, url);
  out.push(await typeAndMeasure(page, 'Reference: a new one-paragraph document'));
  await page.close();
  return out;
  });
}

export function editorTypingTable(rows: readonly TypingTiming[]): string {
  return `## Typing in the writer

${String(KEYSTROKES)} keystrokes typed one after the other in Chromium (browser-mode host); latency from the key
event to the first frame painted after it; long tasks are main-thread tasks over 50 ms while
typing; then, typing paused, the longest task in the ${String(PAUSE_MS / 1000)} s after the last key (the pages laid
out again). The long document is typed into twice: right after it opened (its first whole page
layout, measuring every list and table once, comes in that first pause), then again after the pause. Targets (issue 6): p95 < 16 ms, no long task over 100 ms. \`OSTAL_BENCH_ONLY=typing npm run bench\`.

${table(
  ['Document', 'p50', 'p95', 'Slowest', 'Long tasks', 'Longest task', 'Paused: longest task', 'Paused: long tasks'],
  rows.map((r) => [r.what, ms(r.p50Ms), ms(r.p95Ms), ms(r.maxMs), String(r.longTasks), ms(r.longestTaskMs), ms(r.pauseLongestTaskMs), String(r.pauseLongTasks)]),
)}
`;
}
