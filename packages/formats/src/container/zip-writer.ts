/**
 * Writes zip packages. ODF (ODF 1.3 Part 2, 3.3) wants `mimetype` first, stored, without extra
 * field; OPC accepts any order. Entries are written in the order given.
 */
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export interface ZipFileEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Store without compression (the ODF mimetype entry, already-compressed images). */
  readonly store?: boolean;
}

const encoder = new TextEncoder();

/** Builds a zip archive from entries, keeping their order. */
export function writeZip(entries: readonly ZipFileEntry[]): Uint8Array {
  const files: Zippable = {};
  // A fixed date keeps output reproducible; zip dates cannot express time zones anyway.
  const mtime = new Date(2020, 0, 1);
  for (const e of entries) {
    const data = typeof e.data === 'string' ? encoder.encode(e.data) : e.data;
    files[e.name] = [data, { level: e.store ? 0 : 6, mtime }];
  }
  return zipSync(files);
}
