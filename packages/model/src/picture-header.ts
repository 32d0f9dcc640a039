/**
 * What a picture file is, read from its first bytes (never from its name): PNG, JPEG, GIF, BMP or
 * WebP, with its size in pixels. Shared by every place a user inserts a picture from a file.
 */

/** A picture file's media type, the extension its media name takes, and its size in pixels. */
export interface PictureHeader {
  readonly mime: string;
  readonly ext: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}
function u16le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) * 0x1000000) + (((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0));
}
function i32le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24);
}
function at(b: Uint8Array, i: number, ...v: number[]): boolean {
  return v.every((n, k) => b[i + k] === n);
}

/** Size of a JPEG from its first frame header (SOFn), walking the marker segments. */
function jpegSize(b: Uint8Array): { w: number; h: number } | null {
  let i = 2;
  // Bounded by the length: each step moves forward by at least two bytes.
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { h: u16be(b, i + 5), w: u16be(b, i + 7) };
    i += 2 + length;
  }
  return null;
}

/** Size of a WebP (lossy VP8, lossless VP8L or extended VP8X). */
function webpSize(b: Uint8Array): { w: number; h: number } | null {
  if (at(b, 12, 0x56, 0x50, 0x38, 0x58)) return { w: 1 + ((b[24] ?? 0) | ((b[25] ?? 0) << 8) | ((b[26] ?? 0) << 16)), h: 1 + ((b[27] ?? 0) | ((b[28] ?? 0) << 8) | ((b[29] ?? 0) << 16)) };
  if (at(b, 12, 0x56, 0x50, 0x38, 0x4c)) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { w: 1 + (bits & 0x3fff), h: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (at(b, 12, 0x56, 0x50, 0x38, 0x20)) return { w: u16le(b, 26) & 0x3fff, h: u16le(b, 28) & 0x3fff };
  return null;
}

/**
 * The type and pixel size of a picture file (PNG, JPEG, GIF, BMP, WebP), from its bytes; null for
 * anything else, for a side under one pixel, or for a side over `maxSide` pixels (a header
 * claiming more is broken or hostile).
 */
export function readPictureHeader(b: Uint8Array, maxSide: number): PictureHeader | null {
  let info: { mime: string; ext: string; w: number; h: number } | null = null;
  if (at(b, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) && at(b, 12, 0x49, 0x48, 0x44, 0x52)) info = { mime: 'image/png', ext: 'png', w: u32be(b, 16), h: u32be(b, 20) };
  else if (at(b, 0, 0xff, 0xd8, 0xff)) {
    const s = jpegSize(b);
    if (s) info = { mime: 'image/jpeg', ext: 'jpeg', ...s };
  } else if (at(b, 0, 0x47, 0x49, 0x46, 0x38) && b.length >= 10) info = { mime: 'image/gif', ext: 'gif', w: u16le(b, 6), h: u16le(b, 8) };
  else if (at(b, 0, 0x42, 0x4d) && b.length > 26) info = { mime: 'image/bmp', ext: 'bmp', w: Math.abs(i32le(b, 18)), h: Math.abs(i32le(b, 22)) };
  else if (at(b, 0, 0x52, 0x49, 0x46, 0x46) && at(b, 8, 0x57, 0x45, 0x42, 0x50)) {
    const s = webpSize(b);
    if (s) info = { mime: 'image/webp', ext: 'webp', ...s };
  }
  if (!info || info.w < 1 || info.h < 1 || info.w > maxSide || info.h > maxSide) return null;
  return { mime: info.mime, ext: info.ext, widthPx: info.w, heightPx: info.h };
}
