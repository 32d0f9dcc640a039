/**
 * LibreOffice as the independent judge of what Ostal writes: it must open the files and show
 * the titles and bodies (PDF export read back with pdftotext), and keep the notes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { write } from '../index.js';

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: { title: 'Essai' },
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [
    makeSlide('Bienvenue à Ostal', ['Premier point', 'Second point & suite'], 'Dire bonjour'),
    makeSlide('Conclusion', ['Merci de votre écoute']),
  ],
};

/** The text LibreOffice renders when it exports `bytes` to PDF (libreofficeConvert decodes as UTF-8, so PDF needs its own path). */
function pdfText(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-lo-slides-'));
  try {
    writeFileSync(path.join(dir, name), bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, name)],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
    const pdf = path.join(dir, name.replace(/\.[^.]+$/, '.pdf'));
    execFileSync('pdftotext', ['-layout', pdf, path.join(dir, 'out.txt')], { timeout: 60_000 });
    return readFileSync(path.join(dir, 'out.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectSlidesVisible(text: string): void {
  for (const s of ['Bienvenue à Ostal', 'Premier point', 'Second point & suite', 'Conclusion', 'Merci de votre écoute']) expect(text).toContain(s);
  // Two slides, two pages.
  expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(2);
}

describe('LibreOffice opens what Ostal writes', () => {
  it('shows the titles and bodies of a .pptx', async () => {
    expectSlidesVisible(pdfText(await write(deck, 'pptx'), 'deck.pptx'));
  });

  it('shows the titles and bodies of an .odp', async () => {
    expectSlidesVisible(pdfText(await write(deck, 'odp'), 'deck.odp'));
  });

  it('reads the .pptx title, outline and notes placeholders as such', async () => {
    const flat = libreofficeConvert(await write(deck, 'pptx'), 'deck.pptx', 'fodp');
    expect(flat).toMatch(/presentation:class="title"[^>]*>\s*<draw:text-box>.*Bienvenue à Ostal/s);
    expect(flat).toMatch(/presentation:class="outline".*Premier point/s);
    expect(flat).toMatch(/<presentation:notes.*Dire bonjour.*<\/presentation:notes>/s);
  });
});
