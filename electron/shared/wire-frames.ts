/**
 * Binary frames for the browser-mode host's WebSocket: a value holding file bytes crosses as one
 * binary message instead of JSON with base64 inside, so a 7 MiB deck is neither base64-encoded by
 * the host nor decoded by the page (a third more data, and a JSON text of that size to parse).
 * Values without bytes still cross as JSON text ({@link encodeWire}); both ends accept both.
 *
 * Layout: a 4-byte little-endian length N, N bytes of UTF-8 JSON (the value with each
 * `Uint8Array` replaced by `{"$part": [offset, length]}`, offsets counted from the end of the
 * JSON), then the parts one after the other.
 *
 * @example
 * const frame = encodeFrame({ id: 1, result: { ok: true, value: { bytes } } }); // Uint8Array
 * const back = decodeFrame(frame); // back.result.value.bytes is a Uint8Array again
 */
import { decodeWire, encodeWire, replaceBytes } from './wire-codec.js';

/** Key of the object that stands for a part of a binary frame. */
export const PART_KEY = '$part';

/**
 * What to send for `value`: a binary frame when it holds bytes, else the JSON text of
 * {@link encodeWire}.
 * @throws RangeError when `value` nests deeper than 64 levels.
 */
export function encodeFrame(value: unknown): string | Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const header = replaceBytes(value, (bytes) => {
    parts.push(bytes);
    size += bytes.length;
    return { [PART_KEY]: [size - bytes.length, bytes.length] };
  });
  if (parts.length === 0) return encodeWire(value);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const frame = new Uint8Array(4 + json.length + size);
  new DataView(frame.buffer).setUint32(0, json.length, true);
  frame.set(json, 4);
  let at = 4 + json.length;
  for (const part of parts) {
    frame.set(part, at);
    at += part.length;
  }
  return frame;
}

/** True for exactly `{ $part: [offset, length] }` (one key, two integers). */
function isPartObject(value: unknown): value is { [PART_KEY]: [number, number] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== PART_KEY) return false;
  const ref = (value as Record<string, unknown>)[PART_KEY];
  return Array.isArray(ref) && ref.length === 2 && ref.every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
}

/**
 * The value of a message received: a binary frame (each part copied out into its own
 * `Uint8Array`, so that it can be transferred or kept on its own) or JSON text.
 * @throws RangeError on a frame whose lengths or part references do not fit it, SyntaxError on
 *   invalid JSON.
 */
export function decodeFrame(data: string | Uint8Array | ArrayBuffer): unknown {
  if (typeof data === 'string') return decodeWire(data);
  const frame = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (frame.length < 4) throw new RangeError('A binary frame is too short.');
  const length = new DataView(frame.buffer, frame.byteOffset, frame.length).getUint32(0, true);
  if (length > frame.length - 4) throw new RangeError('A binary frame is shorter than its header says.');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(4, 4 + length));
  const payload = frame.subarray(4 + length);
  return JSON.parse(text, (_key, item: unknown) => {
    if (!isPartObject(item)) return item;
    const [at, size] = item[PART_KEY];
    if (at + size > payload.length) throw new RangeError('A binary frame refers to bytes it does not hold.');
    return payload.slice(at, at + size);
  });
}
