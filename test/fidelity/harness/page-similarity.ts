/**
 * How alike two renderings of a document look. Each page is reduced to a coarse grid of "ink"
 * (1 = black, 0 = white, averaged over each cell), blurred a little so that text moved by a line
 * or a margin by a few millimetres still overlaps, and two grids are compared with the weighted
 * Jaccard (Ruzicka) similarity `Σ min / Σ max`. Unlike `1 - mean absolute difference`, this does
 * not call a text page "90 % like" a blank one just because both are mostly white paper: only
 * the inked area counts.
 */
import type { GrayImage } from './pgm.js';

/** Side of the square grid pages are reduced to. */
export const GRID_SIZE = 64;

/** Radius, in grid cells, of the box blur applied to ink grids (2 cells ≈ 1/32 of the page). */
export const BLUR_RADIUS = 2;

/** A page reduced to GRID_SIZE × GRID_SIZE ink values in [0, 1], row by row. */
export type InkGrid = Float32Array;

/** Box blur of a square grid, separable (rows then columns); edges average over the cells that exist. */
export function blurGrid(grid: InkGrid, radius = BLUR_RADIUS): InkGrid {
  const size = Math.round(Math.sqrt(grid.length));
  if (radius <= 0) return grid;
  const pass = (src: Float32Array, at: (line: number, i: number) => number): Float32Array => {
    const dst = new Float32Array(src.length);
    for (let line = 0; line < size; line++) {
      for (let i = 0; i < size; i++) {
        let sum = 0;
        let n = 0;
        for (let j = Math.max(0, i - radius); j <= Math.min(size - 1, i + radius); j++) {
          sum += src[at(line, j)]!;
          n++;
        }
        dst[at(line, i)] = sum / n;
      }
    }
    return dst;
  };
  return pass(
    pass(grid, (row, col) => row * size + col),
    (col, row) => row * size + col,
  );
}

/**
 * Reduces a page to its ink grid: area average (the page is stretched to the square grid), then
 * {@link blurGrid} with `blur` cells.
 */
export function inkGrid(image: GrayImage, size = GRID_SIZE, blur = BLUR_RADIUS): InkGrid {
  const grid = new Float32Array(size * size);
  for (let gy = 0; gy < size; gy++) {
    const y0 = Math.floor((gy * image.height) / size);
    const y1 = Math.max(y0 + 1, Math.floor(((gy + 1) * image.height) / size));
    for (let gx = 0; gx < size; gx++) {
      const x0 = Math.floor((gx * image.width) / size);
      const x1 = Math.max(x0 + 1, Math.floor(((gx + 1) * image.width) / size));
      let sum = 0;
      for (let y = y0; y < y1 && y < image.height; y++) {
        const row = y * image.width;
        for (let x = x0; x < x1 && x < image.width; x++) sum += image.pixels[row + x]!;
      }
      const n = (Math.min(y1, image.height) - y0) * (Math.min(x1, image.width) - x0);
      grid[gy * size + gx] = n > 0 ? 1 - sum / n / image.maxValue : 0;
    }
  }
  return blurGrid(grid, blur);
}

/** Weighted Jaccard similarity of two ink grids of the same size: 1 when equal (two blank pages included). */
export function gridSimilarity(a: InkGrid, b: InkGrid): number {
  if (a.length !== b.length) throw new RangeError(`Ink grids differ in size (${String(a.length)} and ${String(b.length)}).`);
  let min = 0;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    min += Math.min(x, y);
    max += Math.max(x, y);
  }
  return max === 0 ? 1 : min / max;
}

/** A rendered document: its total page count (null when only the first pages were exported) and the grids of its first pages. */
export interface RenderedPages {
  readonly pageCount: number | null;
  readonly grids: readonly InkGrid[];
}

/** How two renderings compare. */
export interface PageScore {
  /** Mean similarity over the first pages (a page present on one side only scores 0). */
  readonly similarity: number;
  /** Similarity of each compared page, first page first. */
  readonly perPage: readonly number[];
  /** Smaller page count over larger (1 when both have the same number of pages; null when a count is unknown). */
  readonly pageCountRatio: number | null;
  readonly pagesA: number | null;
  readonly pagesB: number | null;
}

/** Compares the first pages of two renderings (as many as were rendered on the longer side). */
export function comparePages(a: RenderedPages, b: RenderedPages): PageScore {
  const compared = Math.max(a.grids.length, b.grids.length);
  const perPage: number[] = [];
  for (let i = 0; i < compared; i++) {
    const ga = a.grids[i];
    const gb = b.grids[i];
    perPage.push(ga && gb ? gridSimilarity(ga, gb) : 0);
  }
  const similarity = compared === 0 ? 1 : perPage.reduce((s, x) => s + x, 0) / compared;
  let pageCountRatio: number | null = null;
  if (a.pageCount !== null && b.pageCount !== null) {
    const most = Math.max(a.pageCount, b.pageCount);
    pageCountRatio = most === 0 ? 1 : Math.min(a.pageCount, b.pageCount) / most;
  }
  return { similarity, perPage, pageCountRatio, pagesA: a.pageCount, pagesB: b.pageCount };
}
