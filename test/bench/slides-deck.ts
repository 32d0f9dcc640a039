/**
 * Benchmark section: a 200-slide deck with pictures in the slides editor, in Debian's Chromium
 * through the browser-mode host (the desktop app's renderer). Measures what a person waits for:
 * the first slide on the canvas after double-clicking the file, every thumbnail drawn (pictures
 * decoded), switching slides from the panel (Down arrow, until the canvas shows the next slide),
 * dragging a picture on the canvas (frame times and long tasks), and starting the show (F5).
 * Reference: LibreOffice headless converting the same file to PDF in the same run.
 * Run alone with `OSTAL_BENCH_ONLY=slides npm run bench` (prints the table, writes no report).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { write } from '@ostal/formats';
import { emptyDeck, plainTextBody, slideTextFromShapes } from '@ostal/model';
import type { Deck, DeckShape, Slide } from '@ostal/model';
import { median, ms, table } from './bench-util.js';
import { libreofficeConvert } from './processes.js';
import { startHost } from './web-host.js';
import { pngFromRows } from '../support/png.js';

const SLIDES = 200;
const PICTURES = 20;

declare global {
  interface Window {
    ostalLongTasks?: number[];
    ostalFrames?: number[];
  }
}

/** An 800 x 450 RGB gradient picture, different for each `seed` (about a photo's decoding work). */
function picture(seed: number): Uint8Array {
  const w = 800;
  const h = 450;
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const o = y * (w * 3 + 1);
    for (let x = 0; x < w; x++) {
      rows[o + 1 + x * 3] = (x + seed * 13) & 255;
      rows[o + 2 + x * 3] = (y * 2 + seed * 7) & 255;
      rows[o + 3 + x * 3] = ((x ^ y) + seed * 29) & 255;
    }
  }
  return pngFromRows(w, h, rows);
}

/** 200 slides: a title, four bullet lines and a picture (20 pictures, each on 10 slides). */
export function benchDeck(): Deck {
  const base = emptyDeck({ title: 'Bench' });
  const media: Record<string, { type: string; data: Uint8Array }> = {};
  for (let i = 0; i < PICTURES; i++) media[`image${String(i + 1)}.png`] = { type: 'image/png', data: picture(i) };
  const slides: Slide[] = [];
  for (let i = 0; i < SLIDES; i++) {
    const shapes: DeckShape[] = [
      { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: plainTextBody([`Diapositive ${String(i + 1)} : bilan du trimestre`]) },
      { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, xfrm: { x: 838_200, y: 1_825_625, cx: 5_000_000, cy: 4_351_338 }, text: plainTextBody(['Objectifs atteints à 92 %', 'Budget maîtrisé', 'Recrutements en cours', 'Prochaine étape : évaluation']) },
      { kind: 'picture', id: 4, name: `Image ${String(i + 1)}`, description: `Graphique ${String(i + 1)}`, media: `image${String((i % PICTURES) + 1)}.png`, xfrm: { x: 6_200_000, y: 1_825_625, cx: 5_000_000, cy: 2_812_500 } },
    ];
    // The editor's title and body are those of the placeholders, as a reader gives them.
    slides.push({ id: `s${String(i + 1)}`, ...slideTextFromShapes(shapes), notes: `Notes ${String(i + 1)}`, shapes });
  }
  return { ...base, slides, media };
}

export interface SlidesDeckTiming {
  readonly firstSlideMs: number;
  readonly thumbnailsMs: number;
  readonly switchMs: number;
  readonly dragFrameMs: number;
  readonly dragLongestFrameMs: number;
  readonly dragLongTasks: number;
  readonly presentMs: number;
}

/** One run: opens the deck, switches 20 slides, drags the picture, starts the show. */
async function measureOnce(file: string): Promise<SlidesDeckTiming> {
  const root = path.dirname(file);
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-home-'));
  const host = await startHost(root, home);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
    const option = page.getByRole('dialog', { name: 'Ouvrir' }).getByRole('option', { name: new RegExp(`^${path.basename(file).replace(/\./g, '\\.')},`) });
    await option.waitFor();
    const t0 = Date.now();
    await option.dblclick();
    await page.waitForFunction(() => document.querySelector('[role="application"][aria-label^="Diapositive 1\u00a0"] img') !== null, null, { polling: 20, timeout: 300_000 });
    const firstSlideMs = Date.now() - t0;
    await page.waitForFunction(
      (n) => {
        // Every thumbnail drawn (they are drawn progressively after the first slide), its picture loaded.
        const thumbs = document.querySelectorAll('.slides-list__thumb');
        if (thumbs.length !== n || document.querySelectorAll('.slides-list__thumb .slides-view img').length !== n) return false;
        return Array.from(document.querySelectorAll<HTMLImageElement>('.slides-list__thumb img')).every((img) => img.complete && img.naturalWidth > 0);
      },
      SLIDES,
      { polling: 50, timeout: 300_000 },
    );
    const thumbnailsMs = Date.now() - t0;

    // Switching: Down in the panel, until the canvas names the next slide.
    await page.getByRole('listbox', { name: 'Liste des diapositives' }).focus();
    const switches: number[] = [];
    for (let i = 2; i <= 21; i++) {
      const s = Date.now();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((n) => document.querySelector(`[role="application"][aria-label^="Diapositive ${String(n)}\u00a0"]`) !== null, i, { polling: 'raf', timeout: 60_000 });
      switches.push(Date.now() - s);
    }

    // Dragging the picture: frame intervals (requestAnimationFrame) and long tasks meanwhile.
    const img = page.locator('[role="application"] img').first();
    const box = (await img.boundingBox())!;
    await page.evaluate(() => {
      window.ostalLongTasks = [];
      window.ostalFrames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.ostalLongTasks!.push(e.duration);
      }).observe({ entryTypes: ['longtask'] });
      let last = performance.now();
      const tick = (t: number) => {
        window.ostalFrames!.push(t - last);
        last = t;
        if (window.ostalFrames!.length < 10_000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let k = 1; k <= 60; k++) await page.mouse.move(box.x + box.width / 2 - k * 4, box.y + box.height / 2 + k * 2);
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      const f = window.ostalFrames ?? [];
      window.ostalFrames = Array(10_000).fill(0) as number[];
      return f.slice(1);
    });
    const tasks = await page.evaluate(() => window.ostalLongTasks ?? []);

    // Starting the show from the first slide.
    const s = Date.now();
    await page.keyboard.press('F5');
    await page.waitForFunction(() => document.querySelector('.reveal section.present') !== null, null, { polling: 'raf', timeout: 60_000 });
    const presentMs = Date.now() - s;
    return {
      firstSlideMs,
      thumbnailsMs,
      switchMs: median(switches),
      dragFrameMs: frames.length > 0 ? median(frames) : 0,
      dragLongestFrameMs: frames.length > 0 ? Math.max(...frames) : 0,
      dragLongTasks: tasks.length,
      presentMs,
    };
  } finally {
    await browser.close();
    host.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

export interface SlidesDeckBench {
  readonly runs: readonly SlidesDeckTiming[];
  readonly bytes: number;
  readonly libreofficeMs: number;
}

/** Writes the 200-slide deck as PPTX and measures it `runs` times, with LibreOffice's PDF conversion beside. */
export async function measureSlidesDeck(profile: string, runs: number): Promise<SlidesDeckBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-slides-'));
  try {
    const file = path.join(dir, 'deck-200.pptx');
    const bytes = await write(benchDeck(), 'pptx');
    writeFileSync(file, bytes);
    const timings: SlidesDeckTiming[] = [];
    for (let i = 0; i < runs; i++) timings.push(await measureOnce(file));
    const lo: number[] = [];
    for (let i = 0; i < runs; i++) lo.push(libreofficeConvert(file, 'pdf', profile).ms);
    return { runs: timings, bytes: bytes.length, libreofficeMs: median(lo) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function slidesDeckTable(b: SlidesDeckBench): string {
  const rows = b.runs.map((r, i) => [String(i + 1), ms(r.firstSlideMs), ms(r.thumbnailsMs), ms(r.switchMs), ms(r.dragFrameMs), ms(r.dragLongestFrameMs), String(r.dragLongTasks), ms(r.presentMs)]);
  return `${table(['run', 'first slide on the canvas', 'all 200 thumbnails drawn', 'switch slide (median of 20)', 'drag: median frame', 'drag: longest frame', 'drag: long tasks', 'start the show'], rows)}

Deck: ${String(SLIDES)} slides, ${String(PICTURES)} pictures of 800 × 450, ${(b.bytes / 1024 / 1024).toFixed(1)} MiB of PPTX. LibreOffice headless converting it to PDF: ${ms(b.libreofficeMs)} (median).`;
}
