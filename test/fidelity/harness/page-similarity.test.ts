import { describe, expect, it } from 'vitest';
import { blurGrid, comparePages, gridSimilarity, inkGrid, GRID_SIZE } from './page-similarity.js';
import type { InkGrid } from './page-similarity.js';
import { parsePgm } from './pgm.js';
import type { GrayImage } from './pgm.js';

function pgm(header: string, samples: number[]): Uint8Array {
  const head = new TextEncoder().encode(header);
  const out = new Uint8Array(head.length + samples.length);
  out.set(head);
  out.set(samples, head.length);
  return out;
}

/** A white page with black rectangles [x, y, w, h]. */
function page(width: number, height: number, boxes: [number, number, number, number][]): GrayImage {
  const pixels = new Uint16Array(width * height).fill(255);
  for (const [bx, by, bw, bh] of boxes) for (let y = by; y < by + bh; y++) for (let x = bx; x < bx + bw; x++) pixels[y * width + x] = 0;
  return { width, height, maxValue: 255, pixels };
}

describe('parsePgm', () => {
  it('reads binary 8-bit images with comments in the header', () => {
    const img = parsePgm(pgm('P5\n# pdftoppm\n3 2\n255\n', [0, 128, 255, 1, 2, 3]));
    expect([img.width, img.height, img.maxValue]).toEqual([3, 2, 255]);
    expect([...img.pixels]).toEqual([0, 128, 255, 1, 2, 3]);
  });

  it('reads 16-bit and plain images', () => {
    expect([...parsePgm(pgm('P5 2 1 65535\n', [0x12, 0x34, 0xff, 0xff])).pixels]).toEqual([0x1234, 0xffff]);
    expect([...parsePgm(new TextEncoder().encode('P2\n2 2\n15\n0 5\n10 15\n')).pixels]).toEqual([0, 5, 10, 15]);
  });

  it('refuses what is not a whole PGM image', () => {
    expect(() => parsePgm(new TextEncoder().encode('P6\n1 1\n255\n'))).toThrow(RangeError);
    expect(() => parsePgm(pgm('P5\n4 4\n255\n', [1, 2, 3]))).toThrow(/truncated/);
    expect(() => parsePgm(new TextEncoder().encode('P5\n0 4\n255\n'))).toThrow(/out of range/);
  });
});

describe('ink grids', () => {
  it('averages ink per cell: black is 1, white is 0', () => {
    const grid = inkGrid(page(128, 128, [[0, 0, 64, 128]]), GRID_SIZE, 0);
    expect(grid[0]).toBe(1);
    expect(grid[GRID_SIZE - 1]).toBe(0);
  });

  it('blurs without creating or losing ink away from the edges', () => {
    const grid = new Float32Array(GRID_SIZE * GRID_SIZE);
    grid[32 * GRID_SIZE + 32] = 1;
    const blurred = blurGrid(grid, 2);
    expect(blurred.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
    expect(blurred[30 * GRID_SIZE + 30]).toBeCloseTo(1 / 25, 5);
  });

  it('scores same pages 1, blank against text 0, moved text in between', () => {
    const text = page(330, 470, [[40, 40, 250, 6], [40, 56, 250, 6], [40, 72, 180, 6]]);
    const moved = page(330, 470, [[44, 48, 250, 6], [44, 64, 250, 6], [44, 80, 180, 6]]);
    const other = page(330, 470, [[40, 300, 250, 100]]);
    const blank = page(330, 470, []);
    expect(gridSimilarity(inkGrid(text), inkGrid(text))).toBe(1);
    expect(gridSimilarity(inkGrid(blank), inkGrid(blank))).toBe(1);
    expect(gridSimilarity(inkGrid(text), inkGrid(blank))).toBe(0);
    const near = gridSimilarity(inkGrid(text), inkGrid(moved));
    expect(near).toBeGreaterThan(0.6);
    expect(near).toBeLessThan(1);
    expect(gridSimilarity(inkGrid(text), inkGrid(other))).toBeLessThan(0.05);
  });
});

describe('comparePages', () => {
  const a: InkGrid = new Float32Array(4).fill(0.5);
  const b: InkGrid = new Float32Array(4).fill(0.25);
  it('averages page scores, a page missing on one side scoring 0', () => {
    const score = comparePages({ pageCount: 5, grids: [a, a, a] }, { pageCount: 2, grids: [a, b] });
    expect(score.perPage).toEqual([1, 0.5, 0]);
    expect(score.similarity).toBeCloseTo(0.5, 6);
    expect(score.pageCountRatio).toBeCloseTo(0.4, 6);
  });

  it('calls two empty renderings the same', () => {
    expect(comparePages({ pageCount: 0, grids: [] }, { pageCount: 0, grids: [] })).toMatchObject({ similarity: 1, pageCountRatio: 1 });
  });
});
