import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire, fromWire, toWire } from './wire-codec.js';

describe('wire codec', () => {
  it('encodes bytes as {$bytes: base64} and back', () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    const text = encodeWire({ id: 1, channel: 'files.save', args: ['/a.odt', bytes] });
    expect(JSON.parse(text)).toEqual({ id: 1, channel: 'files.save', args: ['/a.odt', { $bytes: 'AAEC/f7/' }] });
    const back = decodeWire(text) as { args: [string, Uint8Array] };
    expect(back.args[1]).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.args[1])).toEqual(Array.from(bytes));
  });

  it('treats a Node Buffer as bytes, not as its toJSON form', () => {
    expect(toWire({ b: Buffer.from('hi') })).toEqual({ b: { $bytes: 'aGk=' } });
  });

  it('survives large arrays and every byte value', () => {
    const bytes = new Uint8Array(200_003);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) % 256;
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(Buffer.compare(back, bytes)).toBe(0);
    expect(back.length).toBe(bytes.length);
  });

  it('round-trips empty bytes and nested values', () => {
    const value = { ok: true, value: { bytes: new Uint8Array(0), list: [{ x: null, y: 'é' }] } };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(value))))).toEqual(value);
  });

  it('leaves objects with other keys alone', () => {
    expect(decodeWire('{"a":{"$bytes":"AA==","other":1}}')).toEqual({ a: { $bytes: 'AA==', other: 1 } });
  });

  it('throws RangeError on invalid base64 and on runaway nesting', () => {
    expect(() => decodeWire('{"$bytes":"***"}')).toThrow(RangeError);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = [deep];
    expect(() => toWire(deep)).toThrow(RangeError);
  });
});
