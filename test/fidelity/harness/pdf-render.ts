/**
 * Renders the first pages of a PDF to coarse ink grids with poppler (`pdfinfo` for the page
 * count, `pdftoppm -gray` for low-resolution grayscale PGM images).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { inkGrid } from './page-similarity.js';
import type { RenderedPages } from './page-similarity.js';
import { parsePgm } from './pgm.js';

const run = promisify(execFile);

/** Options of {@link renderPdf}. */
export interface RenderOptions {
  /** Pages rendered from the start of the document (default 3). */
  readonly pages?: number;
  /** Resolution in dots per inch (default 40: enough to see layout, cheap to compare). */
  readonly dpi?: number;
  /** Folder for the temporary images. */
  readonly workDir: string;
}

/** Number of pages of a PDF, from `pdfinfo`. */
export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf], { timeout: 60_000 });
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo printed no page count for ${pdf}`);
  return Number(m[1]);
}

/**
 * The page count of `pdf` and the ink grids of its first pages.
 * @throws Error when poppler is missing or cannot read the PDF.
 */
export async function renderPdf(pdf: string, options: RenderOptions): Promise<RenderedPages> {
  const pageCount = await pdfPageCount(pdf);
  const last = Math.min(pageCount, options.pages ?? 3);
  if (last === 0) return { pageCount, grids: [] };
  const dir = mkdtempSync(path.join(options.workDir, 'pages-'));
  try {
    const args = ['-gray', '-r', String(options.dpi ?? 40), '-f', '1', '-l', String(last), pdf, path.join(dir, 'p')];
    await run('pdftoppm', args, { timeout: 120_000 });
    // pdftoppm pads page numbers to the width of the page count: p-1.pgm, p-01.pgm or p-001.pgm.
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => pageNumber(a) - pageNumber(b));
    const grids = files.map((f) => inkGrid(parsePgm(readFileSync(path.join(dir, f)))));
    return { pageCount, grids };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageNumber(file: string): number {
  return Number(/-(\d+)\.pgm$/.exec(file)?.[1] ?? 0);
}
