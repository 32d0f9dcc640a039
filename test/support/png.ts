/** Real PNG files of a given size (two colours, left and right halves, or any scanlines), for tests and benchmarks that insert pictures. */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGB PNG from its scanlines: `rows` holds, for each line, a filter byte (0) then R, G, B per pixel. */
export function pngFromRows(width: number, height: number, rows: Uint8Array): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array(0))]));
}

/** An 8-bit RGB PNG of `width` × `height` pixels. */
export function pngBytes(width: number, height: number, left: [number, number, number] = [0, 102, 204], right: [number, number, number] = [255, 204, 0]): Uint8Array {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) rows.set(x < width / 2 ? left : right, row + 1 + x * 3);
  }
  return pngFromRows(width, height, rows);
}
