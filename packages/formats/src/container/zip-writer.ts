/**
 * Writes zip packages. ODF (ODF 1.3 Part 2, 3.3) wants `mimetype` first, stored, without extra
 * field; OPC accepts any order. Entries are written in the order given.
 */
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export interface ZipFileEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Store without compression (the ODF mimetype entry). Already-compressed media are stored anyway. */
  readonly store?: boolean;
}

/** Signatures of formats whose data is already compressed: deflating them again costs time and gains nothing. */
const compressedSignatures: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // zip (embedded OOXML or ODF packages)
  [0x1f, 0x8b], // gzip (.svgz, .emz, .wmz)
];

/** Whether the bytes start like an already-compressed image or archive (WebP: RIFF....WEBP). */
export function isAlreadyCompressed(data: Uint8Array): boolean {
  if (data.length >= 12 && String.fromCharCode(...data.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...data.subarray(8, 12)) === 'WEBP') return true;
  return compressedSignatures.some((sig) => data.length >= sig.length && sig.every((b, i) => data[i] === b));
}

const encoder = new TextEncoder();

/** Builds a zip archive from entries, keeping their order. */
export function writeZip(entries: readonly ZipFileEntry[]): Uint8Array {
  const files: Zippable = {};
  // A fixed date keeps output reproducible; zip dates cannot express time zones anyway.
  const mtime = new Date(2020, 0, 1);
  for (const e of entries) {
    const data = typeof e.data === 'string' ? encoder.encode(e.data) : e.data;
    const store = e.store === true || (typeof e.data !== 'string' && isAlreadyCompressed(data));
    files[e.name] = [data, { level: store ? 0 : 6, mtime }];
  }
  return zipSync(files);
}
