/**
 * A hardened zip reader (PKWARE APPNOTE 6.3.x, sections 4.3.6-4.3.16): reads the central
 * directory, then inflates entries lazily and with limits.
 *
 * Why not `fflate.unzipSync`: it trusts the declared sizes and inflates everything at once, so a
 * zip bomb costs memory before any check can run. Here every entry is inflated in small chunks
 * and stopped the moment it passes a limit; the error names the limit.
 */
import { Inflate, inflateSync } from 'fflate';
import { FormatError } from '../errors.js';
import type { Limits } from '../limits.js';
import { crc32 } from './crc32.js';
import type { InflatedParts } from './native-inflate.js';

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const CHUNK = 16 * 1024;
/**
 * Entries at most this big compressed are inflated in one call into a buffer of their declared
 * size (deflate expands at most about 1032:1, so the work stays bounded); the many small XML parts
 * of a package then cost no streaming buffers. Anything else, or any surprise, goes the chunked way.
 */
const ONE_SHOT_MAX_COMPRESSED = 64 * 1024;

/** One entry of the central directory. */
export interface ZipEntry {
  /** Name as stored, with `\` turned into `/`. */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly encrypted: boolean;
  /** Offset of the local header, already corrected for data prepended to the archive. */
  readonly localOffset: number;
}

/** True when `bytes` starts like a zip archive (local header or empty-archive EOCD). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Refuses names that would escape the package when extracted (APPNOTE 4.4.17). */
function checkName(name: string): void {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((seg) => seg === '..')) {
    throw new FormatError('path-traversal', `The package entry "${name}" points outside the package.`);
  }
}

/**
 * Called when an entry inflates completely but its checksum does not match: the data may be
 * damaged, yet it is often recoverable (as office suites do). Without it, damage throws.
 */
export type DamageHandler = (part: string, message: string) => void;

/** A zip archive opened for reading. Entries are inflated on demand and counted against the limits. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly limits: Limits,
    private readonly onDamage?: DamageHandler,
    private readonly ahead?: InflatedParts,
  ) {
    for (const e of entries) {
      this.byName.set(e.name, e);
      this.byLowerName.set(e.name.toLowerCase(), e);
    }
  }

  /**
   * Opens an archive: parses the central directory and checks names and entry count.
   * @param onDamage receives checksum mismatches instead of an exception (see {@link DamageHandler}).
   * @param ahead entries already inflated natively (`inflateAhead`), each taken out of it instead of inflating it again.
   * @throws FormatError `corrupt-container`, `limit-exceeded`, `path-traversal`.
   */
  static open(bytes: Uint8Array, limits: Limits, onDamage?: DamageHandler, ahead?: InflatedParts): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEocd(bytes, view);
    if (eocd < 0) throw new FormatError('corrupt-container', 'The file is not a complete zip archive (no end of central directory).');
    let count = view.getUint16(eocd + 10, true);
    let cdSize = view.getUint32(eocd + 12, true);
    let cdOffset = view.getUint32(eocd + 16, true);
    let cdEnd = eocd;
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const z = readZip64(view, eocd);
      ({ count, cdSize, cdOffset } = z);
      cdEnd = z.recordOffset;
    }
    if (count > limits.maxEntries) {
      throw new FormatError('limit-exceeded', `The package has ${String(count)} entries; the limit is ${String(limits.maxEntries)} (maxEntries).`);
    }
    // Data prepended to the archive (self-extractors, concatenated zips) shifts every offset.
    const cdStart = cdEnd - cdSize;
    if (cdStart < 0) throw new FormatError('corrupt-container', 'The zip central directory lies outside the file.');
    const shift = cdStart - cdOffset;
    const entries: ZipEntry[] = [];
    let p = cdStart;
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) {
        throw new FormatError('corrupt-container', 'The zip central directory is damaged.');
      }
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const crc = view.getUint32(p + 16, true);
      let compressedSize = view.getUint32(p + 20, true);
      let size = view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      let localOffset = view.getUint32(p + 42, true);
      if (p + 46 + nameLen + extraLen > bytes.length) throw new FormatError('corrupt-container', 'The zip central directory is truncated.');
      const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
      const name = ((flags & 0x800) !== 0 ? decoder.decode(rawName) : latin1(rawName)).replace(/\\/g, '/');
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
        ({ compressedSize, size, localOffset } = readZip64Extra(view, p + 46 + nameLen, extraLen, { compressedSize, size, localOffset }));
      }
      checkName(name);
      entries.push({ name, method, compressedSize, size, crc, encrypted: (flags & 1) !== 0, localOffset: localOffset + shift });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipArchive(bytes, entries, limits, onDamage, ahead);
  }

  /** The entry named `name` (exact match first, then case-insensitive as OPC requires), or undefined. */
  entry(name: string): ZipEntry | undefined {
    const n = name.replace(/^\//, '');
    return this.byName.get(n) ?? this.byLowerName.get(n.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Names of all file entries (folders left out). */
  names(): string[] {
    return this.entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name);
  }

  /**
   * Inflates one entry.
   * @throws FormatError `missing-part`, `encrypted`, `corrupt-container`, `limit-exceeded`.
   */
  read(name: string): Uint8Array {
    const e = this.entry(name);
    if (!e) throw new FormatError('missing-part', `The package has no part "${name}".`, name);
    if (e.encrypted) throw new FormatError('encrypted', `The part "${e.name}" is encrypted.`, e.name);
    const data = this.rawData(e);
    let out: Uint8Array;
    if (e.method === 0) {
      out = data;
      this.count(e, out.length, data.length);
    } else if (e.method === 8) {
      out = this.inflate(e, data);
    } else {
      throw new FormatError('corrupt-container', `The part "${e.name}" uses zip compression method ${String(e.method)}, which is not supported.`, e.name);
    }
    if (crc32(out) !== e.crc) {
      const message = `The part "${e.name}" is damaged (checksum mismatch); what it holds may be wrong.`;
      if (!this.onDamage) throw new FormatError('corrupt-container', message, e.name);
      this.onDamage(e.name, message);
    }
    return out;
  }

  /**
   * The first bytes of an entry, for a preview while the whole is read: at least `minBytes` when it
   * holds that many (inflation goes by chunks, so a few more may come). Not checked against the
   * entry's checksum, which covers the whole; an entry inflated ahead stays there for `read`.
   * Undefined when the entry is missing, encrypted, compressed another way, damaged or past the
   * limits: the whole read reports those.
   */
  readPrefix(name: string, minBytes: number): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e || e.encrypted) return undefined;
    const ready = this.ahead?.get(e.name);
    if (ready) return ready.subarray(0, minBytes);
    const data = this.compressedData(e);
    if (!data || (e.method !== 0 && e.method !== 8)) return undefined;
    if (e.method === 0) return data.subarray(0, minBytes);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      chunks.push(chunk);
    });
    const cap = Math.min(this.limits.maxEntryInflated, this.limits.maxTotalInflated);
    try {
      for (let off = 0; off < data.length && produced < minBytes; off += CHUNK) {
        const end = Math.min(off + CHUNK, data.length);
        inflater.push(data.subarray(off, end), end === data.length);
        if (produced > cap || (produced > 1024 * 1024 && produced / end > this.limits.maxCompressionRatio)) return undefined;
      }
    } catch {
      return undefined;
    }
    return joined(chunks, produced);
  }

  /** Reads an entry as text (UTF-8, or UTF-16 when it starts with a byte order mark). */
  readText(name: string): string {
    return decodeText(this.read(name));
  }

  private rawData(e: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const p = e.localOffset;
    if (p < 0 || p + 30 > this.bytes.length || view.getUint32(p, true) !== SIG_LOCAL) {
      throw new FormatError('corrupt-container', `The zip entry "${e.name}" is damaged (bad local header).`, e.name);
    }
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw new FormatError('corrupt-container', `The zip entry "${e.name}" is truncated.`, e.name);
    return this.bytes.subarray(start, end);
  }

  /** An entry's compressed bytes, or undefined when its local header is damaged (`read` says how). */
  compressedData(e: ZipEntry): Uint8Array | undefined {
    try {
      return this.rawData(e);
    } catch {
      return undefined;
    }
  }

  private inflate(e: ZipEntry, data: Uint8Array): Uint8Array {
    return this.inflatedAhead(e, data) ?? this.inflateSmall(e, data) ?? this.inflateChunked(e, data);
  }

  /**
   * The entry as inflated ahead, counted as the chunked path counts it (same limits, same errors),
   * or undefined when it was not (or would pass the package's total, which the chunked path reports).
   */
  private inflatedAhead(e: ZipEntry, data: Uint8Array): Uint8Array | undefined {
    const out = this.ahead?.get(e.name);
    this.ahead?.delete(e.name);
    if (out?.length !== e.size || this.inflatedTotal + out.length > this.limits.maxTotalInflated) return undefined;
    this.count(e, out.length, data.length);
    this.inflatedTotal += out.length;
    return out;
  }

  /**
   * A small entry inflated at once into its declared size plus one byte: the result counts only
   * when it fills exactly the declared size (longer or shorter streams take the chunked path, which
   * names the problem). Undefined when the entry does not qualify or the one-shot read fails.
   */
  private inflateSmall(e: ZipEntry, data: Uint8Array): Uint8Array | undefined {
    if (data.length > ONE_SHOT_MAX_COMPRESSED || e.size === 0 || e.size > this.limits.maxEntryInflated) return undefined;
    if (e.size > 1024 * 1024 && e.size / Math.max(data.length, 1) > this.limits.maxCompressionRatio) return undefined;
    if (this.inflatedTotal + e.size > this.limits.maxTotalInflated) return undefined;
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(e.size + 1) });
    } catch {
      return undefined;
    }
    if (out.length !== e.size) return undefined;
    this.inflatedTotal += out.length;
    return out;
  }

  private inflateChunked(e: ZipEntry, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      this.count(e, produced, data.length);
      chunks.push(chunk);
      if (final) done = true;
    });
    try {
      for (let off = 0; off < data.length; off += CHUNK) {
        const end = Math.min(off + CHUNK, data.length);
        inflater.push(data.subarray(off, end), end === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof FormatError) throw err;
      throw new FormatError('corrupt-container', `The part "${e.name}" cannot be decompressed.`, e.name);
    }
    if (!done && e.size > 0) throw new FormatError('corrupt-container', `The part "${e.name}" is truncated.`, e.name);
    this.inflatedTotal += produced;
    return joined(chunks, produced);
  }

  private count(e: ZipEntry, produced: number, compressed: number): void {
    const { maxEntryInflated, maxTotalInflated, maxCompressionRatio } = this.limits;
    if (produced > maxEntryInflated) {
      throw new FormatError('limit-exceeded', `The part "${e.name}" inflates past ${String(maxEntryInflated)} bytes (maxEntryInflated).`, e.name);
    }
    if (this.inflatedTotal + produced > maxTotalInflated) {
      throw new FormatError('limit-exceeded', `The package inflates past ${String(maxTotalInflated)} bytes (maxTotalInflated).`, e.name);
    }
    if (produced > 1024 * 1024 && produced / Math.max(compressed, 1) > maxCompressionRatio) {
      throw new FormatError('limit-exceeded', `The part "${e.name}" is compressed more than ${String(maxCompressionRatio)}:1, like a zip bomb (maxCompressionRatio).`, e.name);
    }
  }
}

/** `chunks` one after the other in one array of `length` bytes. */
function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= min; p--) {
    if (bytes[p] === 0x50 && view.getUint32(p, true) === SIG_EOCD) return p;
  }
  return -1;
}

function readZip64(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number; recordOffset: number } {
  const loc = eocd - 20;
  if (loc < 0 || view.getUint32(loc, true) !== SIG_ZIP64_LOCATOR) {
    throw new FormatError('corrupt-container', 'The zip archive declares ZIP64 sizes but has no ZIP64 locator.');
  }
  // The record sits just before the locator; its stored offset may be shifted by prepended data.
  let rec = Number(view.getBigUint64(loc + 8, true));
  if (rec + 56 > view.byteLength || view.getUint32(rec, true) !== SIG_ZIP64_EOCD) rec = loc - 56;
  if (rec < 0 || view.getUint32(rec, true) !== SIG_ZIP64_EOCD) {
    throw new FormatError('corrupt-container', 'The ZIP64 end of central directory is damaged.');
  }
  return {
    count: Number(view.getBigUint64(rec + 32, true)),
    cdSize: Number(view.getBigUint64(rec + 40, true)),
    cdOffset: Number(view.getBigUint64(rec + 48, true)),
    recordOffset: rec,
  };
}

function readZip64Extra(
  view: DataView,
  start: number,
  len: number,
  v: { compressedSize: number; size: number; localOffset: number },
): { compressedSize: number; size: number; localOffset: number } {
  let p = start;
  while (p + 4 <= start + len) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        const n = Number(view.getBigUint64(q, true));
        q += 8;
        return n;
      };
      const out = { ...v };
      if (v.size === 0xffffffff) out.size = next();
      if (v.compressedSize === 0xffffffff) out.compressedSize = next();
      if (v.localOffset === 0xffffffff) out.localOffset = next();
      return out;
    }
    p += 4 + size;
  }
  throw new FormatError('corrupt-container', 'A ZIP64 entry has no ZIP64 size field.');
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** Decodes a part's bytes: UTF-16 when a BOM says so, else UTF-8 (BOM dropped). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
