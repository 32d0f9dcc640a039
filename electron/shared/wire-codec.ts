/**
 * JSON wire codec for the browser-mode host: values that cross the WebSocket as JSON, with file
 * bytes kept intact. A `Uint8Array` (Node's `Buffer` included) travels as `{"$bytes": "<base64>"}`
 * and comes back as a `Uint8Array`. Plain TypeScript on purpose: the renderer and the Node host use
 * this one file, so both ends cannot drift apart.
 *
 * @example
 * const text = encodeWire({ id: 1, channel: 'files.save', args: ['/tmp/a.odt', bytes] });
 * const back = decodeWire(text); // back.args[1] is a Uint8Array again
 */

/** Key of the object that stands for a byte array on the wire. */
export const BYTES_KEY = '$bytes';

/** Deepest nesting {@link toWire} accepts; IPC values are shallow, so deeper means a bug or a cycle. */
const MAX_DEPTH = 64;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='

/**
 * Base64 of `bytes` (standard alphabet, padded). Written by hand into an ASCII buffer: several
 * times faster than `btoa` over a binary string for multi-megabyte documents.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const a = ALPHABET_CODES;
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = a[n >>> 18]!;
    out[o++] = a[(n >>> 12) & 63]!;
    out[o++] = a[(n >>> 6) & 63]!;
    out[o++] = a[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o] = a[n >>> 18]!;
    out[o + 1] = a[(n >>> 12) & 63]!;
    out[o + 2] = rest === 2 ? a[(n >>> 6) & 63]! : PAD;
    out[o + 3] = PAD;
  }
  return new TextDecoder().decode(out);
}

/**
 * Bytes of a base64 string.
 * @throws RangeError when `text` is not valid base64.
 */
export function base64ToBytes(text: string): Uint8Array {
  // The engine's own decoder where there is one (Chromium 140+: several times faster on a file's bytes).
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof fromBase64 === 'function') {
    try {
      return fromBase64(text);
    } catch {
      throw new RangeError('Invalid base64 in a $bytes value.');
    }
  }
  let binary: string;
  try {
    binary = globalThis.atob(text);
  } catch {
    throw new RangeError('Invalid base64 in a $bytes value.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * `value` with every `Uint8Array` inside it replaced by `replace(bytes)`, recursively through
 * arrays and plain objects; other values are returned as they are (JSON.stringify handles them).
 * The one walk of both encodings: base64 in JSON here, parts of a binary frame in `wire-frames.ts`.
 * @throws RangeError when `value` nests deeper than 64 levels (a cycle, most likely).
 */
export function replaceBytes(value: unknown, replace: (bytes: Uint8Array) => unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new RangeError('Value nests too deeply to cross the wire.');
  if (value instanceof Uint8Array) return replace(value);
  if (Array.isArray(value)) return value.map((item: unknown) => replaceBytes(item, replace, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = replaceBytes(item, replace, depth + 1);
    return out;
  }
  return value;
}

/**
 * Replaces every `Uint8Array` inside `value` by `{ $bytes: base64 }` (see {@link replaceBytes}).
 * @throws RangeError when `value` nests deeper than 64 levels (a cycle, most likely).
 */
export function toWire(value: unknown): unknown {
  return replaceBytes(value, (bytes) => ({ [BYTES_KEY]: bytesToBase64(bytes) }));
}

/** True for exactly `{ $bytes: string }` (one key). */
function isBytesObject(value: unknown): value is { [BYTES_KEY]: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === BYTES_KEY && typeof (value as Record<string, unknown>)[BYTES_KEY] === 'string';
}

/**
 * Turns every `{ $bytes: base64 }` inside an already parsed value back into a `Uint8Array`.
 * @throws RangeError on invalid base64.
 */
export function fromWire(value: unknown): unknown {
  if (isBytesObject(value)) return base64ToBytes(value[BYTES_KEY]);
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = fromWire(item);
    return out;
  }
  return value;
}

/** `JSON.stringify` with bytes encoded: the text to send. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(toWire(value));
}

/**
 * `JSON.parse` with bytes decoded: the value received.
 * @throws SyntaxError on invalid JSON, RangeError on invalid base64.
 */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => (isBytesObject(item) ? base64ToBytes(item[BYTES_KEY]) : item));
}
