// Renders build/resources/icon.svg into the PNG icons electron-builder packs: icon.png (512, from
// which it makes the Windows .ico) and icons/<n>x<n>.png for Linux (hicolor sizes), with Debian's
// Chromium through Playwright. Usage: node build/icons.mjs
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'build', 'resources');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.OSTAL_CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  mkdirSync(path.join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
    const png = path.join(dir, 'icons', `${size}x${size}.png`);
    await page.screenshot({ path: png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    if (size === 512) await page.screenshot({ path: path.join(dir, 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote build/resources/icons/${size}x${size}.png`);
  }
} finally {
  await browser.close();
}
