import { describe, expect, it } from 'vitest';
import { cachedMetafileSvg, isMetafile, metafileKind, metafileToSvg } from './metafile-to-svg.js';

// ---- tiny builders: records as lists of 32-bit (EMF) or 16-bit (WMF) values ----

function u32s(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const v = new DataView(out.buffer);
  values.forEach((n, i) => v.setUint32(i * 4, n >>> 0, true));
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An EMF record: type, size, then the body padded to 4 bytes. */
function rec(type: number, body: Uint8Array = new Uint8Array(0)): Uint8Array {
  const padded = new Uint8Array(Math.ceil(body.length / 4) * 4);
  padded.set(body);
  return concat(u32s(type, 8 + padded.length), padded);
}

/** An EMF of a 200×100 px frame on a 10 px/mm device, with the given records. */
function emf(...records: Uint8Array[]): Uint8Array {
  const header = new Uint8Array(88);
  const v = new DataView(header.buffer);
  v.setUint32(0, 1, true);
  v.setUint32(4, 88, true);
  [0, 0, 199, 99].forEach((n, i) => v.setInt32(8 + i * 4, n, true)); // bounds (px)
  [0, 0, 2000, 1000].forEach((n, i) => v.setInt32(24 + i * 4, n, true)); // frame (0.01 mm)
  v.setUint32(40, 0x464d4520, true);
  [1000, 1000, 100, 100].forEach((n, i) => v.setInt32(72 + i * 4, n, true)); // device px, mm
  return concat(header, ...records, rec(14, u32s(0, 0, 20)));
}

const RED = 0x0000ff;
const redBrush = [rec(39, u32s(1, 0, RED, 0)), rec(37, u32s(1)), rec(37, u32s(0x80000008))];

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) new DataView(out.buffer).setUint16(i * 2, text.charCodeAt(i), true);
  return out;
}

/** EMR_EXTTEXTOUTW at (x, y) without advances. */
function textOutW(x: number, y: number, text: string): Uint8Array {
  const fixed = concat(u32s(0, 0, 0, 0, 1, 0, 0), u32s(x, y, text.length, 76, 0, 0, 0, 0, 0, 0));
  return rec(84, concat(fixed, utf16(text)));
}

/** A 2×2 24-bit bottom-up DIB: header and bits. */
function dib(): { info: Uint8Array; bits: Uint8Array } {
  const info = new Uint8Array(40);
  const v = new DataView(info.buffer);
  v.setUint32(0, 40, true);
  v.setInt32(4, 2, true);
  v.setInt32(8, 2, true);
  v.setUint16(12, 1, true);
  v.setUint16(14, 24, true);
  const bits = new Uint8Array(16).fill(0x80);
  return { info, bits };
}

function u16s(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  values.forEach((n, i) => new DataView(out.buffer).setUint16(i * 2, n & 0xffff, true));
  return out;
}

/** A WMF record: size in words, function, 16-bit parameters. */
function wrec(fn: number, ...params: number[]): Uint8Array {
  return concat(u32s(3 + params.length), u16s(fn, ...params));
}

/** A placeable WMF of box (0,0)-(1000,500) at 1000 units per inch. */
function wmf(...records: Uint8Array[]): Uint8Array {
  const placeable = concat(u32s(0x9ac6cdd7), u16s(0, 0, 0, 1000, 500, 1000), u32s(0), u16s(0));
  const body = concat(...records, wrec(0));
  const header = concat(u16s(1, 9, 0x300), u32s((18 + body.length) / 2), u16s(4), u32s(0), u16s(0));
  return concat(placeable, header, body);
}

describe('metafileToSvg — EMF', () => {
  it('draws a filled red rectangle where the record puts it, in a frame of the header size', () => {
    const drawn = metafileToSvg(emf(...redBrush, rec(43, u32s(10, 20, 110, 70))));
    expect(drawn?.svg).toContain('viewBox="0 0 200 100"');
    expect(drawn?.svg).toContain('<path d="M10 20L110 20L110 70L10 70Z" fill="#ff0000"');
    expect(drawn?.svg).not.toContain('stroke=');
  });

  it('maps the window onto the viewport (MM_ANISOTROPIC)', () => {
    const mapping = [rec(17, u32s(8)), rec(9, u32s(1000, 1000)), rec(11, u32s(100, 100))];
    const drawn = metafileToSvg(emf(...mapping, ...redBrush, rec(43, u32s(100, 200, 1100, 700))));
    expect(drawn?.svg).toContain('d="M10 20L110 20L110 70L10 70Z"');
  });

  it('restores the saved pen and brush (SaveDC/RestoreDC)', () => {
    const drawn = metafileToSvg(emf(rec(33), ...redBrush, rec(34, u32s(0xffffffff)), rec(43, u32s(0, 0, 10, 10))));
    expect(drawn?.svg).toContain('fill="#ffffff"');
    expect(drawn?.svg).toContain('stroke="#000000"');
  });

  it('escapes text and drops characters XML cannot hold', () => {
    const drawn = metafileToSvg(emf(textOutW(5, 50, 'a<b & "c"\u0001\ud800')));
    expect(drawn?.svg).toContain('>a&lt;b &amp; &quot;c&quot;</text>');
    expect(drawn?.svg.includes('\u0001')).toBe(false);
    expect(drawn?.svg.includes('\ud800')).toBe(false);
  });

  it('draws a DIB as a BMP data URL', () => {
    const { info, bits } = dib();
    const body = concat(u32s(0, 0, 0, 0), u32s(10, 10, 0, 0, 2, 2, 80, 40, 120, 16, 0, 0xcc0020, 50, 30), info, bits);
    const drawn = metafileToSvg(emf(rec(81, body)));
    const href = /href="data:image\/bmp;base64,([^"]+)"/.exec(drawn?.svg ?? '')?.[1] ?? '';
    const file = Buffer.from(href, 'base64');
    expect(file.subarray(0, 2).toString('latin1')).toBe('BM');
    expect(file.readUInt32LE(2)).toBe(14 + 40 + 16);
    expect(file.readUInt32LE(10)).toBe(14 + 40);
    expect(drawn?.svg).toContain('transform="matrix(50 0 0 30 10 10)"');
  });

  it('gives null for a picture that draws nothing (EMF+ only)', () => {
    expect(metafileToSvg(emf(rec(70, u32s(4, 0x2b464d45))))).toBeNull();
  });
});

describe('metafileToSvg — WMF', () => {
  it('draws a red rectangle and text in the placeable box', () => {
    const drawn = metafileToSvg(
      wmf(wrec(0x2fc, 0, RED & 0xffff, RED >>> 16, 0), wrec(0x12d, 0), wrec(0x41b, 300, 400, 100, 200), wrec(0x521, 2, 0x6968, 50, 20)),
    );
    expect(drawn?.svg).toContain('viewBox="0 0 1000 500"');
    expect(drawn?.svg).toContain('d="M200 100L400 100L400 300L200 300Z" fill="#ff0000"');
    expect(drawn?.svg).toContain('>hi</text>');
  });

  it('draws Symbol font codes as the characters they show, and drops other symbol fonts', () => {
    /** CREATEFONTINDIRECT: height, width, escapement, orientation, weight, italic|underline, strike|charset, 4 bytes, face. */
    const font = (face: string): Uint8Array => {
      const name = new Uint8Array(32);
      name.set(new TextEncoder().encode(face));
      const params = concat(u16s(-40, 0, 0, 0, 400, 0, 0x0200, 0, 0), name);
      return concat(u32s(3 + params.length / 2), u16s(0x2fb), params);
    };
    const symbol = metafileToSvg(wmf(font('Symbol'), wrec(0x12d, 0), wrec(0x521, 2, 0x6261, 50, 20)));
    expect(symbol?.svg).toContain('>αβ</text>');
    expect(metafileToSvg(wmf(font('Wingdings'), wrec(0x12d, 0), wrec(0x521, 2, 0x6261, 50, 20)))).toBeNull();
  });

  it('maps a window onto the placeable box', () => {
    const drawn = metafileToSvg(wmf(wrec(0x20b, 0, 0), wrec(0x20c, 50, 100), wrec(0x418, 50, 100, 0, 0)));
    expect(drawn?.svg).toContain('M1000 250C');
  });
});

/** A META_ESCAPE MFCOMMENT "WMFC" record carrying one piece of an EMF. */
function wmfcPiece(piece: Uint8Array, total: number, remaining: number): Uint8Array {
  const params = concat(u16s(0x0f, 34 + piece.length), u32s(0x43464d57, 1, 0x10000), u16s(0), u32s(0, 2, piece.length, remaining, total), piece);
  const even = concat(params, new Uint8Array(params.length % 2));
  return concat(u32s(3 + even.length / 2), u16s(0x626), even);
}

describe('metafileToSvg — WMF windows and embedded EMF', () => {
  it('maps a window with a negative extent (y up) onto the box, top down', () => {
    const drawn = metafileToSvg(wmf(wrec(0x20b, 500, 0), wrec(0x20c, -500, 1000), wrec(0x41b, 400, 1000, 500, 0)));
    expect(drawn?.svg).toContain('d="M0 0L1000 0L1000 100L0 100Z"');
  });

  it('draws the EMF a WMF carries in WMFC comments, pieces joined', () => {
    const inner = emf(...redBrush, rec(43, u32s(10, 20, 110, 70)));
    const half = 60;
    const drawn = metafileToSvg(wmf(wmfcPiece(inner.subarray(0, half), inner.length, inner.length - half), wmfcPiece(inner.subarray(half), inner.length, 0)));
    expect(drawn?.svg).toContain('viewBox="0 0 200 100"');
    expect(drawn?.svg).toContain('d="M10 20L110 20L110 70L10 70Z" fill="#ff0000"');
  });
});

describe('metafileToSvg — hostile input', () => {
  const good = emf(...redBrush, rec(43, u32s(10, 20, 110, 70)), textOutW(5, 50, 'x'));

  it('never throws on any truncation of a valid file', () => {
    for (let n = 0; n < good.length; n++) expect(() => metafileToSvg(good.subarray(0, n))).not.toThrow();
    expect(metafileToSvg(good.subarray(0, 150))).toBeNull();
  });

  it('never throws on garbage behind a valid header, or on garbage alone', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let round = 0; round < 200; round++) {
      const noise = new Uint8Array(200).map(random);
      expect(() => metafileToSvg(concat(good.subarray(0, 88), noise))).not.toThrow();
      expect(() => metafileToSvg(concat(wmf().subarray(0, 40), noise))).not.toThrow();
      expect(metafileToSvg(noise)).toBeNull();
    }
  });

  it('refuses impossible counts and zero-size records', () => {
    expect(metafileToSvg(emf(rec(86, u32s(0, 0, 0, 0, 0x7fffffff))))).toBeNull();
    expect(metafileToSvg(concat(emf().subarray(0, 88), u32s(43, 0)))).toBeNull();
  });
});

describe('metafile helpers', () => {
  it('recognises metafiles by signature, media type and name', () => {
    expect(metafileKind(emf())).toBe('emf');
    expect(metafileKind(wmf())).toBe('wmf');
    expect(isMetafile('image/x-emf')).toBe(true);
    expect(isMetafile('image/wmf')).toBe(true);
    expect(isMetafile('application/octet-stream', 'media/image1.WMF')).toBe(true);
    expect(isMetafile('image/png', 'a.png')).toBe(false);
  });

  it('translates a picture once per bytes object', () => {
    const bytes = emf(...redBrush, rec(43, u32s(0, 0, 5, 5)));
    expect(cachedMetafileSvg(bytes)).toBe(cachedMetafileSvg(bytes));
  });
});

describe('base64 of bitmaps', () => {
  it('matches the standard encoding for every padding case', async () => {
    const { toBase64: base64 } = await import('../base64.js');
    for (let n = 0; n < 12; n++) {
      const bytes = new Uint8Array(n).map((_, i) => i * 37 + n * 11);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
