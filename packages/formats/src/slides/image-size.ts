/** Natural size of PNG, JPEG and GIF pictures from their headers, in EMU at their resolution (96 dpi when unstated). */

const EMU_PER_PX_96 = 9525;

function pngSize(b: Uint8Array, v: DataView): { cx: number; cy: number } | undefined {
  if (b.length < 24) return undefined;
  const w = v.getUint32(16);
  const h = v.getUint32(20);
  let emuX = EMU_PER_PX_96;
  let emuY = EMU_PER_PX_96;
  // pHYs chunk (pixels per metre) when present.
  for (let p = 8; p + 12 <= b.length && p < 4096; ) {
    const len = v.getUint32(p);
    const type = String.fromCharCode(b[p + 4] ?? 0, b[p + 5] ?? 0, b[p + 6] ?? 0, b[p + 7] ?? 0);
    if (type === 'pHYs' && p + 17 <= b.length && b[p + 16] === 1) {
      const ppmX = v.getUint32(p + 8);
      const ppmY = v.getUint32(p + 12);
      if (ppmX > 0 && ppmY > 0) {
        emuX = 36_000_000 / ppmX;
        emuY = 36_000_000 / ppmY;
      }
      break;
    }
    if (type === 'IDAT') break;
    p += 12 + len;
  }
  return { cx: Math.round(w * emuX), cy: Math.round(h * emuY) };
}

function jpegSize(b: Uint8Array, v: DataView): { cx: number; cy: number } | undefined {
  for (let p = 2; p + 9 < b.length; ) {
    if (b[p] !== 0xff) return undefined;
    const marker = b[p + 1] ?? 0;
    const len = v.getUint16(p + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { cx: v.getUint16(p + 7) * EMU_PER_PX_96, cy: v.getUint16(p + 5) * EMU_PER_PX_96 };
    }
    p += 2 + len;
  }
  return undefined;
}

/** The picture's size, or undefined for other formats. */
export function imageSizeEmu(b: Uint8Array): { cx: number; cy: number } | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return pngSize(b, v);
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b, v);
  if (b.length > 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return { cx: v.getUint16(6, true) * EMU_PER_PX_96, cy: v.getUint16(8, true) * EMU_PER_PX_96 };
  return undefined;
}
