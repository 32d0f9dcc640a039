import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame } from './wire-frames.js';

describe('wire frames', () => {
  it('carries bytes as they are, beside the JSON of the rest', () => {
    const deck = new Uint8Array(300_001).map((_, i) => (i * 13) % 256);
    const small = new Uint8Array([1, 2, 3]);
    const value = { id: 4, result: { ok: true, value: { name: 'Présentation.pptx', bytes: deck, more: [small, { x: null }] } } };
    const frame = encodeFrame(value);
    expect(frame).toBeInstanceOf(Uint8Array);
    // No base64: the frame is the bytes plus a short header.
    expect((frame as Uint8Array).length).toBeLessThan(deck.length + small.length + 200);
    const back = decodeFrame((frame as Uint8Array).slice().buffer) as typeof value;
    expect(back.result.value.name).toBe('Présentation.pptx');
    expect(back.result.value.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.compare(back.result.value.bytes, deck)).toBe(0);
    expect(Array.from(back.result.value.more[0] as Uint8Array)).toEqual([1, 2, 3]);
    expect(back.result.value.more[1]).toEqual({ x: null });
    // Each part is its own buffer, so it can be transferred to a worker alone.
    expect(back.result.value.bytes.byteOffset).toBe(0);
    expect(back.result.value.bytes.buffer.byteLength).toBe(deck.length);
  });

  it('sends a value without bytes as JSON text, and reads it back', () => {
    const text = encodeFrame({ id: 1, channel: 'files.list', args: ['/home'] });
    expect(typeof text).toBe('string');
    expect(decodeFrame(text as string)).toEqual({ id: 1, channel: 'files.list', args: ['/home'] });
  });

  it('decodes a frame held in a Node Buffer slice (offset into a larger buffer)', () => {
    const frame = encodeFrame({ bytes: new Uint8Array([9, 8, 7]) }) as Uint8Array;
    const pool = Buffer.alloc(frame.length + 10);
    pool.set(frame, 5);
    const back = decodeFrame(pool.subarray(5, 5 + frame.length)) as { bytes: Uint8Array };
    expect(Array.from(back.bytes)).toEqual([9, 8, 7]);
  });

  it('refuses frames whose lengths or references do not fit', () => {
    expect(() => decodeFrame(new Uint8Array([1, 0]))).toThrow(RangeError);
    expect(() => decodeFrame(new Uint8Array([200, 0, 0, 0, 123]))).toThrow(RangeError);
    const header = new TextEncoder().encode('{"b":{"$part":[0,10]}}');
    const lying = new Uint8Array(4 + header.length + 3);
    new DataView(lying.buffer).setUint32(0, header.length, true);
    lying.set(header, 4);
    expect(() => decodeFrame(lying)).toThrow(RangeError);
    const bad = new Uint8Array([3, 0, 0, 0, 0xff, 0xfe, 0xfd]);
    expect(() => decodeFrame(bad)).toThrow();
    // A look-alike with another key or a negative offset stays plain data.
    const plain = new TextEncoder().encode('{"b":{"$part":[-1,2]},"c":{"$part":[0,1],"d":1}}');
    const frame = new Uint8Array(4 + plain.length + 2);
    new DataView(frame.buffer).setUint32(0, plain.length, true);
    frame.set(plain, 4);
    expect(decodeFrame(frame)).toEqual({ b: { $part: [-1, 2] }, c: { $part: [0, 1], d: 1 } });
  });
});
