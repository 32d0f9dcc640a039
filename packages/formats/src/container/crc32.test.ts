import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';

/** The textbook bytewise CRC-32, as the reference the fast version must match. */
function reference(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('matches the bytewise reference for every length around the 8-byte stride', () => {
    let seed = 12345;
    const random = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    for (let len = 0; len < 70; len++) {
      const data = Uint8Array.from({ length: len }, random);
      expect(crc32(data), `length ${String(len)}`).toBe(reference(data));
    }
    const big = Uint8Array.from({ length: 100_003 }, random);
    expect(crc32(big)).toBe(reference(big));
  });

  it('continues across chunks', () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff);
    expect(crc32(data.subarray(13), crc32(data.subarray(0, 13)))).toBe(crc32(data));
  });
});
