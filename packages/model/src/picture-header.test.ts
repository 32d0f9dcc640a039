import { describe, expect, it } from 'vitest';
import { readPictureHeader } from './picture-header.js';

function bmp(width: number, height: number): Uint8Array {
  const b = new Uint8Array(54);
  b.set([0x42, 0x4d]);
  const v = new DataView(b.buffer);
  v.setInt32(18, width, true);
  v.setInt32(22, -height, true); // top-down rows: a negative height
  return b;
}

function webpExtended(width: number, height: number): Uint8Array {
  const b = new Uint8Array(30);
  b.set([0x52, 0x49, 0x46, 0x46], 0);
  b.set([0x57, 0x45, 0x42, 0x50], 8);
  b.set([0x56, 0x50, 0x38, 0x58], 12);
  const w = width - 1;
  const h = height - 1;
  b.set([w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff], 24);
  return b;
}

describe('picture header', () => {
  it('reads a BMP and an extended WebP with their pixel sizes', () => {
    expect(readPictureHeader(bmp(640, 480), 30_000)).toEqual({ mime: 'image/bmp', ext: 'bmp', widthPx: 640, heightPx: 480 });
    expect(readPictureHeader(webpExtended(1920, 1080), 30_000)).toEqual({ mime: 'image/webp', ext: 'webp', widthPx: 1920, heightPx: 1080 });
  });

  it('refuses a side over the limit the caller sets, and a JPEG cut before its frame header', () => {
    expect(readPictureHeader(bmp(40_000, 10), 30_000)).toBeNull();
    expect(readPictureHeader(bmp(40_000, 10), 100_000)?.widthPx).toBe(40_000);
    expect(readPictureHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), 30_000)).toBeNull();
  });
});
