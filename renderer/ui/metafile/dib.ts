/**
 * Device-independent bitmaps (MS-WMF 2.2.2.9 DeviceIndependentBitmap, MS-EMF 2.2.2 BitmapInfo)
 * turned into something an SVG `<image>` draws: a BMP file (a BITMAPFILEHEADER put in front of
 * the header, colour table and bits; Chromium decodes BMP), or the embedded JPEG/PNG as is.
 */
import { MetafileError } from './byte-reader.js';
import { toBase64 } from '../base64.js';

/** A picture ready for `<image href>`, with its size in pixels. */
export interface DibPicture {
  readonly href: string;
  readonly width: number;
  readonly height: number;
  /** Rows stored bottom-up (positive height in the header), as GDI source rectangles count them. */
  readonly bottomUp: boolean;
}

/**
 * A picture from a DIB's header with its colour table (exactly those bytes) and its bits, or null
 * when the header is not one GDI writes (the caller then draws nothing for it).
 */
export function dibPicture(info: Uint8Array, bits: Uint8Array): DibPicture | null {
  if (info.length < 12) return null;
  const v = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const headerSize = v.getUint32(0, true);
  if (headerSize > info.length) return null;
  let width: number;
  let height: number;
  let bitCount: number;
  let compression = 0;
  if (headerSize === 12) {
    width = v.getUint16(4, true);
    height = v.getInt16(6, true);
    bitCount = v.getUint16(10, true);
  } else if (headerSize >= 40) {
    width = v.getInt32(4, true);
    height = v.getInt32(8, true);
    bitCount = v.getUint16(14, true);
    compression = v.getUint32(16, true);
  } else return null;
  if (width <= 0 || height === 0 || width > 20000 || Math.abs(height) > 20000) return null;
  const size = { width, height: Math.abs(height), bottomUp: height > 0 };
  // BI_JPEG and BI_PNG: the bits are the file.
  if (compression === 4) return { ...size, href: `data:image/jpeg;base64,${toBase64(bits)}` };
  if (compression === 5) return { ...size, href: `data:image/png;base64,${toBase64(bits)}` };
  if (![1, 4, 8, 16, 24, 32].includes(bitCount)) return null;
  const headerAndTable = info.length;
  const total = 14 + headerAndTable + bits.length;
  if (total > 64 * 1024 * 1024) throw new MetafileError('bitmap too large');
  const file = new Uint8Array(total);
  const fv = new DataView(file.buffer);
  file[0] = 0x42;
  file[1] = 0x4d;
  fv.setUint32(2, total, true);
  fv.setUint32(10, 14 + headerAndTable, true);
  file.set(info.subarray(0, headerAndTable), 14);
  file.set(bits, 14 + headerAndTable);
  return { ...size, href: `data:image/bmp;base64,${toBase64(file)}` };
}

/** Bytes of a DIB's header and colour table when they sit right before the bits (WMF records). */
export function dibInfoLength(info: Uint8Array): number {
  if (info.length < 12) return 0;
  const v = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const headerSize = v.getUint32(0, true);
  if (headerSize === 12) {
    const bitCount = v.getUint16(10, true);
    return 12 + (bitCount <= 8 ? (1 << bitCount) * 3 : 0);
  }
  if (headerSize < 40 || info.length < 40) return 0;
  const bitCount = v.getUint16(14, true);
  const compression = v.getUint32(16, true);
  const used = v.getUint32(32, true);
  let table = bitCount <= 8 ? (used > 0 && used <= 1 << bitCount ? used : 1 << bitCount) * 4 : 0;
  if (compression === 3 && headerSize === 40) table = 12;
  return headerSize + table;
}
