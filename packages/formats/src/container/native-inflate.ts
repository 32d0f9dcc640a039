/**
 * Inflating a package's large XML parts ahead of the (synchronous) readers with the platform's
 * own raw-deflate decoder (`DecompressionStream('deflate-raw')`, RFC 1951; zip method 8 per PKWARE
 * APPNOTE 4.4.5). fflate, which the readers use otherwise, runs in JavaScript: a 12 MB worksheet
 * took about 3 s to inflate in Chromium's document worker against tens of milliseconds natively.
 *
 * Nothing here decides anything: an entry is inflated ahead only when its declared sizes already
 * pass the limits, it stops at its declared size, and any surprise (a bad stream, a size that does
 * not match, no native decoder) leaves the entry out, so that {@link ZipArchive.read} inflates it
 * the usual way and reports exactly what it reported before. The checksum and the limits are still
 * checked by `read` on what it takes from here.
 */
import type { Limits } from '../limits.js';
import { ZipArchive } from './zip-reader.js';
import type { ZipEntry } from './zip-reader.js';

/** Parts at least this big compressed are worth a native pass (smaller ones inflate in one fflate call). */
export const INFLATE_AHEAD_MIN_COMPRESSED = 64 * 1024;

/**
 * Entries inflated ahead, by entry name (as stored in the central directory). `ZipArchive.read`
 * takes each out of the map as it uses it, so that its bytes are not kept while the part is parsed.
 */
export type InflatedParts = Map<string, Uint8Array>;

interface NativeDecoder {
  new (format: 'deflate-raw'): { readonly writable: WritableStream<Uint8Array>; readonly readable: ReadableStream<Uint8Array> };
}

function nativeDecoder(): NativeDecoder | undefined {
  const ctor = (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  return typeof ctor === 'function' ? (ctor as NativeDecoder) : undefined;
}

/** True when the entry's declared sizes let it be inflated ahead (the checks `read` would pass at its end). */
function qualifies(e: ZipEntry, limits: Limits): boolean {
  if (e.method !== 8 || e.encrypted || e.compressedSize < INFLATE_AHEAD_MIN_COMPRESSED || e.size === 0) return false;
  if (!e.name.toLowerCase().endsWith('.xml')) return false;
  if (e.size > limits.maxEntryInflated) return false;
  return !(e.size > 1024 * 1024 && e.size / Math.max(e.compressedSize, 1) > limits.maxCompressionRatio);
}

/** `data` inflated natively into exactly `size` bytes, or undefined (bad stream, other length). */
async function inflateNative(Decoder: NativeDecoder, data: Uint8Array, size: number): Promise<Uint8Array | undefined> {
  let stream: InstanceType<NativeDecoder>;
  try {
    stream = new Decoder('deflate-raw');
  } catch {
    return undefined; // a platform whose decoder lacks raw deflate
  }
  const writer = stream.writable.getWriter();
  // Failures surface on the reading side; these promises only need their rejections handled.
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const out = new Uint8Array(size);
  let at = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > size) {
        // Longer than declared: stop now; the usual path names the problem.
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      out.set(value, at);
      at += value.length;
    }
  } catch {
    return undefined;
  }
  return at === size ? out : undefined;
}

/**
 * The large XML parts of a zip package, inflated natively: pass the result to the package's
 * `open` so that reading them costs no JavaScript inflation. Empty when `bytes` is no readable
 * zip or the platform has no native decoder. Never throws.
 */
export async function inflateAhead(bytes: Uint8Array, limits: Limits): Promise<InflatedParts> {
  const parts = new Map<string, Uint8Array>();
  const Decoder = nativeDecoder();
  if (!Decoder) return parts;
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, limits);
  } catch {
    return parts;
  }
  let total = 0;
  for (const e of zip.entries) {
    if (!qualifies(e, limits) || total + e.size > limits.maxTotalInflated) continue;
    const data = zip.compressedData(e);
    if (!data) continue;
    const out = await inflateNative(Decoder, data, e.size);
    if (!out) continue;
    parts.set(e.name, out);
    total += out.length;
  }
  return parts;
}
