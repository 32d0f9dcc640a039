/** Steps on the slides editor's canvas, as a person does them (by role and name, in French). */
import { execFileSync } from 'node:child_process';
import { crc32, deflateSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { expect } from './fixtures.js';

/** The canvas of the slide shown. */
export function canvas(page: Page): Locator {
  return page.getByRole('application', { name: /^Diapositive \d+/ });
}

/** A point of the canvas given as shares of its width and height. */
export async function canvasPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = (await canvas(page).boundingBox())!;
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

/** Double-clicks a placeholder (title near the top, body in the middle) and types into it. */
export async function typeInPlaceholder(page: Page, which: 'title' | 'body', text: string): Promise<void> {
  const p = await canvasPoint(page, 0.5, which === 'title' ? 0.15 : 0.55);
  await page.mouse.dblclick(p.x, p.y);
  const box = page.getByRole('textbox', { name: which === 'title' ? 'Titre de la diapositive' : 'Contenu de la diapositive' });
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  await expect(box).toContainText(text.split('\n').pop()!);
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
}

/** What LibreOffice shows of a presentation: its PDF export turned back into text, and its page count. */
export function libreofficeSlides(bytes: Uint8Array, name: string): { text: string; pages: number } {
  const pdf = libreofficeConvertBytes(bytes, name, 'pdf');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-pdf-'));
  try {
    writeFileSync(path.join(dir, 'x.pdf'), pdf);
    execFileSync('pdftotext', [path.join(dir, 'x.pdf'), path.join(dir, 'x.txt')]);
    const info = execFileSync('pdfinfo', [path.join(dir, 'x.pdf')], { encoding: 'utf8' });
    return { text: readFileSync(path.join(dir, 'x.txt'), 'utf8'), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PNG picture of `width` x `height` pixels of one colour, made here (no file needed). */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Pixel counts of a PNG decoded by the browser: near-white, strong blue and dark (text) pixels. */
export interface PngFacts {
  readonly width: number;
  readonly height: number;
  readonly total: number;
  readonly white: number;
  readonly blue: number;
  readonly dark: number;
}

/**
 * Width, height and colour counts of a PNG, decoded by the browser. `lossy` widens the colour
 * classes for pages drawn from JPEG pictures (compression shifts the colours a little).
 */
export async function pngFacts(page: Page, png: Buffer, lossy = false): Promise<PngFacts> {
  const limits = lossy ? { white: 240, blue: [40, 110], dark: 110 } : { white: 245, blue: [30, 120], dark: 90 };
  return page.evaluate(
    async ({ b64, limits }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let white = 0;
      let blue = 0;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r > limits.white && g > limits.white && b > limits.white) white += 1;
        else if (r < limits.blue[0]! && g < limits.blue[0]! && b > limits.blue[1]!) blue += 1;
        else if (r < limits.dark && g < limits.dark && b < limits.dark) dark += 1;
      }
      return { width: c.width, height: c.height, total: data.length / 4, white, blue, dark };
    },
    { b64: png.toString('base64'), limits },
  );
}

/**
 * Where the last drawn shape whose text matches `text` sits on the canvas shown, as shares of the
 * canvas: its centre and its top ({ x: -1, y: -1, top: -1 } when there is none). Both boxes are
 * read in one go in the page, as the canvas may be drawn again between two reads.
 */
export async function shapePlace(page: Page, text: string | RegExp): Promise<{ x: number; y: number; top: number }> {
  return canvas(page)
    .filter({ visible: true })
    .evaluate(
      (el, t) => {
        const c = el.getBoundingClientRect();
        const match = (s: string) => (typeof t === 'string' ? s.includes(t) : new RegExp(t.source).test(s));
        const shape = Array.from(el.querySelectorAll('[data-shape-id]'))
          .filter((s) => match(s.textContent ?? '') && s.getBoundingClientRect().width > 0)
          .pop();
        if (!shape) return { x: -1, y: -1, top: -1 };
        const b = shape.getBoundingClientRect();
        return { x: (b.x + b.width / 2 - c.x) / c.width, y: (b.y + b.height / 2 - c.y) / c.height, top: (b.y - c.y) / c.height };
      },
      typeof text === 'string' ? text : { source: text.source },
    );
}
