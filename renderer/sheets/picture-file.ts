/**
 * A picture file chosen to be inserted over a sheet: what kind it is and its size in pixels, read
 * from its header (PNG, JPEG, GIF, BMP, WebP); anything else, or a file too large, is refused. The
 * picture is placed at a cell with its natural size (96 pixels an inch), scaled down to a cap.
 */
/** Pictures larger than this are refused (the workbook keeps them in memory and in the file). */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;
/** Sides beyond this many pixels are refused (a header claiming more is hostile or broken). */
const MAX_SIDE = 30_000;
/** An inserted picture is at most this large, in points (A4 landscape printable area, roughly). */
export const PICTURE_CAP_PT = { width: 480, height: 360 } as const;

export interface PictureFileInfo {
  readonly mediaType: string;
  readonly width: number;
  readonly height: number;
}

export type PictureFileCheck = { readonly ok: true; readonly info: PictureFileInfo } | { readonly ok: false; readonly reason: 'notPicture' | 'tooLarge' };

const has = (b: Uint8Array, at: number, ...bytes: number[]) => bytes.every((v, i) => b[at + i] === v);
const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32be = (b: Uint8Array, i: number) => (u16be(b, i) * 65_536 + u16be(b, i + 2)) >>> 0;
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const i32le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24);

/** Width and height from a JPEG's first start-of-frame segment. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = u16be(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

/** Width and height of a WebP (lossy, lossless or extended). */
function webpSize(b: Uint8Array): { width: number; height: number } | null {
  if (has(b, 12, 0x56, 0x50, 0x38, 0x20) && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (has(b, 12, 0x56, 0x50, 0x38, 0x4c) && b.length >= 25) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (has(b, 12, 0x56, 0x50, 0x38, 0x58) && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/** What a file holds, when it is a picture Ostal can place over a sheet. */
export function checkPictureFile(bytes: Uint8Array): PictureFileCheck {
  if (bytes.length > MAX_PICTURE_BYTES) return { ok: false, reason: 'tooLarge' };
  let found: PictureFileInfo | null = null;
  if (has(bytes, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) && has(bytes, 12, 0x49, 0x48, 0x44, 0x52)) found = { mediaType: 'image/png', width: u32be(bytes, 16), height: u32be(bytes, 20) };
  else if (has(bytes, 0, 0xff, 0xd8, 0xff)) {
    const s = jpegSize(bytes);
    if (s) found = { mediaType: 'image/jpeg', ...s };
  } else if (has(bytes, 0, 0x47, 0x49, 0x46, 0x38) && bytes.length >= 10) found = { mediaType: 'image/gif', width: u16le(bytes, 6), height: u16le(bytes, 8) };
  else if (has(bytes, 0, 0x42, 0x4d) && bytes.length > 26) found = { mediaType: 'image/bmp', width: Math.abs(i32le(bytes, 18)), height: Math.abs(i32le(bytes, 22)) };
  else if (has(bytes, 0, 0x52, 0x49, 0x46, 0x46) && has(bytes, 8, 0x57, 0x45, 0x42, 0x50)) {
    const s = webpSize(bytes);
    if (s) found = { mediaType: 'image/webp', ...s };
  }
  if (!found || found.width < 1 || found.height < 1 || found.width > MAX_SIDE || found.height > MAX_SIDE) return { ok: false, reason: 'notPicture' };
  return { ok: true, info: found };
}

/** A picture's size in points: its pixels at 96 an inch, scaled down (keeping proportions) to fit the cap. */
export function placedSize(info: Pick<PictureFileInfo, 'width' | 'height'>): { width: number; height: number } {
  const width = info.width * 0.75;
  const height = info.height * 0.75;
  const scale = Math.min(1, PICTURE_CAP_PT.width / width, PICTURE_CAP_PT.height / height);
  return { width: Math.round(width * scale * 100) / 100, height: Math.round(height * scale * 100) / 100 };
}

/** Base64 of bytes, in chunks (a large picture would overflow the argument list). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A frame name not used yet on the sheet: `Image 1`, `Image 2`... */
export function newPictureName(used: readonly (string | undefined)[], base = 'Image'): string {
  for (let n = used.length + 1; ; n += 1) {
    const name = `${base} ${String(n)}`;
    if (!used.includes(name)) return name;
  }
}

