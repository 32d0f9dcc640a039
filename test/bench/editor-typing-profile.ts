/**
 * Benchmark section: where the main thread's time goes while typing in the writer. The same
 * documents as `editor-typing.ts` (the long document in its middle, and a new one-paragraph
 * document as the reference); KEYSTROKES keys typed one after the other, each waited for until
 * the frame after it, while Chromium records
 *
 * - a trace: the main thread's top-level tasks with their *thread* (CPU) time, so the figure per
 *   keystroke does not grow when the shared machine is loaded, split into style, layout and paint;
 * - a V8 CPU profile (sampled), aggregated per function: self time and total time, top 25.
 *
 * `OSTAL_BENCH_ONLY=typing-profile npm run bench` runs it alone, on a renderer built without
 * minification (build/bench.mjs) so the profile names functions as in the sources;
 * `OSTAL_PROFILE_DUMP=<folder>` also writes the raw profiles and traces there (`long.cpuprofile`,
 * `long.trace.json`, `reference.…`) to open in DevTools.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { table } from './bench-util.js';
import { openInItsMiddle, openShortDocument } from './editor-typing.js';
import { withFileInBrowser } from './web-host.js';
import { aggregateProfile, mainThreadTime } from './cpu-profile.js';
import type { CpuProfile, FunctionTime, MainThreadTime, TraceEvent } from './cpu-profile.js';

const KEYSTROKES = Number(process.env.OSTAL_PROFILE_KEYSTROKES ?? 100);
const TEXT = 'Les agents saisissent ici une phrase ordinaire. ';
const TOP = 25;

/** What one document's typing cost the main thread. */
export interface TypingProfile {
  readonly what: string;
  readonly keystrokes: number;
  readonly main: MainThreadTime;
  /** Sampled JavaScript time (ms, all keystrokes), idle and the profiler's own excluded. */
  readonly sampledMs: number;
  readonly self: readonly FunctionTime[];
  readonly total: readonly FunctionTime[];
}

/** Types KEYSTROKES keys, each followed by a wait for the frame after it. */
async function typeKeys(page: Page): Promise<void> {
  for (let i = 0; i < KEYSTROKES; i++) {
    const key = TEXT[i % TEXT.length]!;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
}

/**
 * Waits until the main thread has had no long task for 2 s (the page layout that follows a
 * load or a click is not the keystrokes' work), 30 s at most.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    let last = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
    });
    observer.observe({ entryTypes: ['longtask'] });
    const started = performance.now();
    while (performance.now() - last < 2000 && performance.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 250));
    observer.disconnect();
  });
}

async function profileTyping(browser: Browser, page: Page, what: string): Promise<TypingProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await cdp.send('Profiler.start');
  await page.evaluate(() => performance.mark('ostal-typing-start'));
  await typeKeys(page);
  await page.evaluate(() => performance.mark('ostal-typing-end'));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await cdp.detach();
  // OSTAL_PROFILE_DUMP=folder: the raw profile and trace too, to open in DevTools.
  const dump = process.env.OSTAL_PROFILE_DUMP;
  if (dump) {
    const base = path.join(dump, what.startsWith('Reference') ? 'reference' : 'long');
    writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
    writeFileSync(`${base}.trace.json`, JSON.stringify(trace));
  }
  const functions = aggregateProfile(profile);
  return {
    what,
    keystrokes: KEYSTROKES,
    main: mainThreadTime(trace.traceEvents, { start: 'ostal-typing-start', end: 'ostal-typing-end' }),
    sampledMs: functions.sampledMs,
    self: functions.self.slice(0, TOP),
    total: functions.total.slice(0, TOP),
  };
}

/** Profiles typing in the middle of `file` and, as the reference, in a new short document. */
export async function profileEditorTyping(file: string): Promise<TypingProfile[]> {
  return withFileInBrowser(file, async ({ browser, url, name }) => {
  const out: TypingProfile[] = [];
  let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const blocks = await openInItsMiddle(page, url, name);
  await settle(page);
  out.push(await profileTyping(browser, page, `${name} (${String(blocks)} blocks), in its middle`));
  await page.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await openShortDocument(page, url);
  await settle(page);
  out.push(await profileTyping(browser, page, 'Reference: a new one-paragraph document'));
  await page.close();
  return out;
  });
}

const perKey = (totalMs: number, keys: number): string => (totalMs / keys).toFixed(2);

/** The section as markdown: CPU per keystroke for each document, then each one's top functions. */
export function typingProfileSection(rows: readonly TypingProfile[]): string {
  const cpu = table(
    ['Document', 'Main thread CPU / key', 'Style', 'Layout', 'Paint', 'JS sampled / key', 'Longest task (CPU)'],
    rows.map((r) => [r.what, `${perKey(r.main.cpuMs, r.keystrokes)} ms`, `${perKey(r.main.styleMs, r.keystrokes)} ms`, `${perKey(r.main.layoutMs, r.keystrokes)} ms`, `${perKey(r.main.paintMs, r.keystrokes)} ms`, `${perKey(r.sampledMs, r.keystrokes)} ms`, `${r.main.longestTaskMs.toFixed(1)} ms`]),
  );
  const functions = rows.map((r) => {
    const rowsOf = (xs: readonly FunctionTime[]): string[][] => xs.map((f) => [f.name, f.where, `${perKey(f.ms, r.keystrokes)} ms`, `${((100 * f.ms) / Math.max(1, r.sampledMs)).toFixed(1)} %`]);
    return `#### ${r.what}: self time per keystroke (top ${String(TOP)})

${table(['Function', 'Where', 'Self / key', 'Share'], rowsOf(r.self))}

#### ${r.what}: total time per keystroke (top ${String(TOP)})

${table(['Function', 'Where', 'Total / key', 'Share'], rowsOf(r.total))}
`;
  });
  return `### Main-thread CPU per keystroke (profile)

${String(rows[0]?.keystrokes ?? KEYSTROKES)} keystrokes per document; CPU is the main thread's thread time in its top-level
tasks (trace) between the first key and the frame after the last, so it holds on a loaded
machine; style, layout and paint are part of it. JS is the
V8 profile's samples (not idle, not GC). \`OSTAL_BENCH_ONLY=typing-profile npm run bench\`.

${cpu}

${functions.join('\n')}`;
}
