/**
 * A picture file chosen to be inserted over a sheet: what kind it is and its size in pixels, read
 * from its header (PNG, JPEG, GIF, BMP, WebP); anything else, or a file too large, is refused. The
 * picture is placed at a cell with its natural size (96 pixels an inch), scaled down to a cap.
 */
import { readPictureHeader } from '@ostal/model';

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

/** What a file holds, when it is a picture Ostal can place over a sheet. */
export function checkPictureFile(bytes: Uint8Array): PictureFileCheck {
  if (bytes.length > MAX_PICTURE_BYTES) return { ok: false, reason: 'tooLarge' };
  const header = readPictureHeader(bytes, MAX_SIDE);
  if (!header) return { ok: false, reason: 'notPicture' };
  return { ok: true, info: { mediaType: header.mime, width: header.widthPx, height: header.heightPx } };
}

/** A picture's size in points: its pixels at 96 an inch, scaled down (keeping proportions) to fit the cap. */
export function placedSize(info: Pick<PictureFileInfo, 'width' | 'height'>): { width: number; height: number } {
  const width = info.width * 0.75;
  const height = info.height * 0.75;
  const scale = Math.min(1, PICTURE_CAP_PT.width / width, PICTURE_CAP_PT.height / height);
  return { width: Math.round(width * scale * 100) / 100, height: Math.round(height * scale * 100) / 100 };
}

export { toBase64 } from '../ui/index.js';

/** A frame name not used yet on the sheet: `Image 1`, `Image 2`... */
export function newPictureName(used: readonly (string | undefined)[], base = 'Image'): string {
  for (let n = used.length + 1; ; n += 1) {
    const name = `${base} ${String(n)}`;
    if (!used.includes(name)) return name;
  }
}

