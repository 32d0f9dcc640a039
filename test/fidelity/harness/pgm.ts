/**
 * Netpbm grayscale images (PGM, the "P5" binary and "P2" plain variants), as `pdftoppm -gray`
 * writes them. Format reference: netpbm's pgm(5) manual page — a magic number, width, height
 * and maximum value as ASCII decimals separated by whitespace (with `#` comments), one
 * whitespace byte, then the samples (one byte each when the maximum is below 256, else two,
 * big-endian).
 */

/** A grayscale image; `pixels[y * width + x]` from 0 (black) to `maxValue` (white). */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly maxValue: number;
  readonly pixels: Uint16Array;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/**
 * Reads a PGM image.
 * @throws RangeError when the bytes are not a well-formed PGM image (bad magic, header or size).
 */
export function parsePgm(bytes: Uint8Array): GrayImage {
  let pos = 0;
  const header: number[] = [];
  const magic = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
  if (magic !== 'P5' && magic !== 'P2') throw new RangeError(`Not a PGM image (magic ${JSON.stringify(magic)}).`);
  pos = 2;
  const readNumber = (): number => {
    for (;;) {
      while (pos < bytes.length && isSpace(bytes[pos]!)) pos++;
      if (bytes[pos] !== 0x23) break;
      while (pos < bytes.length && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
    }
    const from = pos;
    let value = 0;
    while (pos < bytes.length && bytes[pos]! >= 0x30 && bytes[pos]! <= 0x39) value = value * 10 + bytes[pos++]! - 0x30;
    if (pos === from) throw new RangeError(`PGM header: number expected at byte ${String(from)}.`);
    return value;
  };
  for (let i = 0; i < 3; i++) header.push(readNumber());
  const [width, height, maxValue] = header as [number, number, number];
  if (width === 0 || height === 0 || maxValue === 0 || maxValue > 65535) {
    throw new RangeError(`PGM header out of range: ${String(width)}x${String(height)}, max ${String(maxValue)}.`);
  }
  const count = width * height;
  const pixels = new Uint16Array(count);
  if (magic === 'P2') {
    for (let i = 0; i < count; i++) pixels[i] = readNumber();
    return { width, height, maxValue, pixels };
  }
  if (!isSpace(bytes[pos] ?? 0)) throw new RangeError('PGM header: whitespace expected before the samples.');
  pos++;
  const wide = maxValue > 255;
  if (bytes.length - pos < count * (wide ? 2 : 1)) throw new RangeError('PGM image truncated.');
  if (wide) for (let i = 0; i < count; i++) pixels[i] = (bytes[pos + 2 * i]! << 8) | bytes[pos + 2 * i + 1]!;
  else pixels.set(bytes.subarray(pos, pos + count));
  return { width, height, maxValue, pixels };
}
