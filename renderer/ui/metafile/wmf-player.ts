/**
 * WMF playback (MS-WMF 2.3 "WMF Records"): an optional placeable header (bounding box and units
 * per inch), the META_HEADER, then records of 16-bit parameters (most in reverse order: y
 * before x). The window (SetWindowOrg/Ext) is mapped onto the picture's frame: the placeable
 * box when there is one, else the first window the file sets. Unknown records are skipped.
 */
import { ByteReader, MetafileError } from './byte-reader.js';
import { dibInfoLength, dibPicture } from './dib.js';
import { DEFAULT_FONT, colorRef } from './gdi-state.js';
import type { Box, DcState, Font, GdiObject, Matrix } from './gdi-state.js';
import { decodeAnsi } from './metafile-text.js';
import { SvgCanvas } from './svg-canvas.js';
import { MAX_RECORDS, playEmf } from './emf-player.js';

const PLACEABLE_KEY = 0x9ac6cdd7;

/** Draws a WMF; the SVG text, or null when it draws nothing. Throws {@link MetafileError}. */
export function playWmf(bytes: Uint8Array): string | null {
  const r = new ByteReader(bytes);
  let start = 0;
  let frame: Box | null = null;
  let inch = 0;
  if (r.u32(0) === PLACEABLE_KEY) {
    const [l, t, rr, b] = [r.i16(6), r.i16(8), r.i16(10), r.i16(12)];
    // A degenerate box (some writers leave one) falls back on the window below.
    if (l !== rr && t !== b) frame = { x0: Math.min(l, rr), y0: Math.min(t, b), x1: Math.max(l, rr), y1: Math.max(t, b) };
    inch = r.u16(14);
    start = 22;
  }
  const kind = r.u16(start);
  if ((kind !== 1 && kind !== 2) || r.u16(start + 2) !== 9) throw new MetafileError('not a WMF');
  const first = start + 18;
  const embedded = embeddedEmf(r, first);
  if (embedded) {
    const svg = playEmf(embedded);
    if (svg) return svg;
  }

  // The first window the file sets: the frame when there is no placeable header.
  let firstOrg: [number, number] = [0, 0];
  let firstExt: [number, number] | null = null;
  let orgSeen = false;
  for (let at = first, n = 0; at + 6 <= bytes.length && n < MAX_RECORDS && !(firstExt && orgSeen); n++) {
    const words = r.u32(at);
    const fn = r.u16(at + 4);
    if (words < 3 || fn === 0) break;
    if (fn === 0x20b && !orgSeen && at + 10 <= bytes.length) {
      firstOrg = [r.i16(at + 8), r.i16(at + 6)];
      orgSeen = true;
    }
    if (fn === 0x20c && !firstExt && at + 10 <= bytes.length) firstExt = [r.i16(at + 8), r.i16(at + 6)];
    at += words * 2;
  }
  if (!frame) {
    if (!firstExt || firstExt[0] === 0 || firstExt[1] === 0) throw new MetafileError('no picture frame');
    const [x1, y1] = [firstOrg[0] + firstExt[0], firstOrg[1] + firstExt[1]];
    frame = { x0: Math.min(firstOrg[0], x1), y0: Math.min(firstOrg[1], y1), x1: Math.max(firstOrg[0], x1), y1: Math.max(firstOrg[1], y1) };
  }
  const view = frame;
  const w = view.x1 - view.x0;
  const h = view.y1 - view.y0;
  if (!(w > 0 && h > 0)) throw new MetafileError('empty frame');

  let windowSet = false;
  const page = (s: DcState): Matrix => {
    if (!windowSet || s.winExt[0] === 0 || s.winExt[1] === 0) return [1, 0, 0, 1, 0, 0];
    // The window's origin goes to the frame's top left; a negative extent runs the other way.
    const fx = w / s.winExt[0];
    const fy = h / s.winExt[1];
    return [fx, 0, 0, fy, view.x0 - s.winOrg[0] * fx, view.y0 - s.winOrg[1] * fy];
  };
  const canvas = new SvgCanvas(page, inch > 0 ? inch / 96 : Math.max(w, h) / 800);
  // Objects take the lowest free slot (MS-WMF 3.1.4.1); `firstFree` keeps the search short.
  const objects: (GdiObject | null)[] = [];
  let firstFree = 0;
  const create = (o: GdiObject): void => {
    while (firstFree < objects.length && objects[firstFree] !== null) firstFree++;
    if (firstFree < objects.length) objects[firstFree] = o;
    else if (objects.length < 65535) objects.push(o);
  };
  const remove = (i: number): void => {
    if (i >= objects.length) return;
    objects[i] = null;
    firstFree = Math.min(firstFree, i);
  };

  let records = 0;
  for (let at = first; at + 6 <= bytes.length; ) {
    const words = r.u32(at);
    const fn = r.u16(at + 4);
    if (fn === 0) break;
    if (words < 3 || at + words * 2 > bytes.length) throw new MetafileError('bad record size');
    if (++records > MAX_RECORDS) throw new MetafileError('too many records');
    if (fn !== 0x213 && fn !== 0x214) canvas.flushLine();
    if (fn === 0x20c) windowSet = true;
    playRecord(r, at, at + words * 2, fn, canvas, objects, create, remove);
    at += words * 2;
  }
  if (canvas.drawn === 0) return null;
  const scale = inch > 0 ? 96 / inch : 400 / Math.max(w, h);
  return canvas.finish(view, w * scale, h * scale);
}

function playRecord(
  r: ByteReader,
  at: number,
  end: number,
  fn: number,
  c: SvgCanvas,
  objects: (GdiObject | null)[],
  create: (o: GdiObject) => void,
  remove: (i: number) => void,
): void {
  const s = c.state;
  const p = (i: number): number => r.i16(at + 6 + i * 2);
  const u = (i: number): number => r.u16(at + 6 + i * 2);
  const points = (from: number, count: number): number[] => {
    if (from + count * 4 > end) throw new MetafileError('points past the record');
    const xy: number[] = [];
    for (let i = 0; i < count; i++) xy.push(r.i16(from + i * 4), r.i16(from + i * 4 + 2));
    return xy;
  };
  const dib = (from: number) => {
    if (from >= end) return null;
    const all = r.slice(from, end - from);
    const infoLength = dibInfoLength(all);
    if (infoLength === 0 || infoLength >= all.length) return null;
    return dibPicture(all.subarray(0, infoLength), all.subarray(infoLength));
  };
  switch (fn) {
    case 0x1e: return c.save();
    case 0x127: return c.restore(p(0));
    case 0x102: s.bkMode = u(0); return;
    case 0x103: s.mapMode = u(0); return;
    case 0x106: s.fillRule = u(0) === 2 ? 'nonzero' : 'evenodd'; return;
    case 0x12e: s.textAlign = u(0); return;
    case 0x201: s.bkColor = colorRef(r.u32(at + 6)); return;
    case 0x209: s.textColor = colorRef(r.u32(at + 6)); return;
    case 0x20b: s.winOrg = [p(1), p(0)]; return;
    case 0x20c: s.winExt = [p(1), p(0)]; return;
    case 0x20f: s.winOrg = [s.winOrg[0] + p(1), s.winOrg[1] + p(0)]; return;
    case 0x410: {
      const [yd, yn, xd, xn] = [p(0), p(1), p(2), p(3)];
      if (xd !== 0 && yd !== 0) s.winExt = [(s.winExt[0] * xn) / xd, (s.winExt[1] * yn) / yd];
      return;
    }
    case 0x213: return c.lineTo(p(1), p(0));
    case 0x214: return c.moveTo(p(1), p(0));
    case 0x324: return c.polygons([points(at + 8, u(0))]);
    case 0x325: return c.polyline(points(at + 8, u(0)));
    case 0x538: {
      const n = u(0);
      if (at + 8 + n * 2 > end) throw new MetafileError('bad polygon count');
      const polys: number[][] = [];
      let from = at + 8 + n * 2;
      for (let i = 0; i < n; i++) {
        const count = u(1 + i);
        polys.push(points(from, count));
        from += count * 4;
      }
      return c.polygons(polys);
    }
    case 0x41b: return c.rectangle(p(3), p(2), p(1), p(0));
    case 0x418: return c.ellipse(p(3), p(2), p(1), p(0));
    case 0x61c: return c.roundRect(p(5), p(4), p(3), p(2), p(1), p(0));
    case 0x817: case 0x81a: case 0x830:
      return c.arc(fn === 0x817 ? 'arc' : fn === 0x81a ? 'pie' : 'chord', p(7), p(6), p(5), p(4), p(3), p(2), p(1), p(0));
    case 0x416: return c.intersectClip(p(3), p(2), p(1), p(0));
    case 0x12d: {
      const o = objects[u(0)];
      if (o?.kind === 'pen') s.pen = o;
      else if (o?.kind === 'brush') s.brush = o;
      else if (o?.kind === 'font') s.font = o;
      return;
    }
    case 0x1f0: return remove(u(0));
    case 0x2fa: {
      const style = u(0);
      const kind = style & 0xf;
      const cap = (style & 0xf00) === 0x100 ? 'square' : (style & 0xf00) === 0x200 ? 'butt' : 'round';
      const join = (style & 0xf000) === 0x1000 ? 'bevel' : (style & 0xf000) === 0x2000 ? 'miter' : 'round';
      return create({ kind: 'pen', color: kind === 5 ? null : colorRef(r.u32(at + 12)), width: Math.abs(p(1)), dash: kind >= 1 && kind <= 4 ? kind : 0, cap, join });
    }
    case 0x2fc: return create({ kind: 'brush', color: u(0) === 1 ? null : colorRef(r.u32(at + 8)) });
    case 0x2fb: return create(font(r, at + 6, end));
    case 0x142: {
      const pic = dib(at + 10);
      return create(pic ? { kind: 'brush', color: null, pattern: pic } : { kind: 'brush', color: '#808080' });
    }
    case 0xf7: case 0x1f9: case 0x6ff: return create({ kind: 'other' });
    case 0x521: {
      const len = u(0);
      const str = at + 8;
      const y = r.i16(str + len + (len & 1));
      const x = r.i16(str + len + (len & 1) + 2);
      return c.text(x, y, decodeAnsi(r.slice(str, len), s.font.charset, s.font.face), null, null);
    }
    case 0xa32: {
      const [y, x, len, opts] = [p(0), p(1), u(2), u(3)];
      let str = at + 14;
      let opaque: [number, number, number, number] | null = null;
      if ((opts & 6) !== 0) {
        const rect: [number, number, number, number] = [p(4), p(5), p(6), p(7)];
        if ((opts & 2) !== 0 && rect[2] > rect[0] && rect[3] > rect[1]) opaque = rect;
        str += 8;
      }
      const text = decodeAnsi(r.slice(str, len), s.font.charset, s.font.face);
      const dxAt = str + len + (len & 1);
      let dx: number[] | null = null;
      if (dxAt + len * 2 <= end) {
        dx = [];
        for (let i = 0; i < len; i++) dx.push(r.i16(dxAt + i * 2));
      }
      return c.text(x, y, text, dx, opaque);
    }
    case 0x61d: {
      const rop = r.u32(at + 6);
      const [h, w, y, x] = [p(2), p(3), p(4), p(5)];
      return patBlt(c, rop, x, y, w, h);
    }
    case 0x940: case 0xb41: {
      const rop = r.u32(at + 6);
      const stretch = fn === 0xb41;
      if (end - at === ((fn >> 8) + 3) * 2) {
        // No bitmap: a pattern fill, with a reserved word before the destination.
        const [h, w, y, x] = stretch ? [p(7), p(8), p(9), p(10)] : [p(5), p(6), p(7), p(8)];
        return patBlt(c, rop, x, y, w, h);
      }
      const pic = dib(at + (stretch ? 26 : 22));
      if (!pic) return;
      if (stretch) return c.image(p(9), p(8), p(7), p(6), pic, { x: p(5), y: p(4), w: p(3), h: p(2) });
      return c.image(p(7), p(6), p(5), p(4), pic, { x: p(3), y: p(2), w: p(5), h: p(4) });
    }
    case 0xf43: {
      const pic = dib(at + 28);
      if (!pic) return;
      return c.image(p(10), p(9), p(8), p(7), pic, { x: p(6), y: p(5), w: p(4), h: p(3) });
    }
    default:
      return;
  }
}

/**
 * The EMF a WMF carries in its META_ESCAPE MFCOMMENT "WMFC" records (MS-WMF 2.3.6.1
 * META_ESCAPE_ENHANCED_METAFILE), when all its pieces are there: Office writes WMF pictures
 * that way, and the EMF is the better drawing (its bitmaps keep their colours).
 */
function embeddedEmf(r: ByteReader, first: number): Uint8Array | null {
  const pieces: Uint8Array[] = [];
  let expected = -1;
  let got = 0;
  for (let at = first, n = 0; at + 6 <= r.length && n < MAX_RECORDS; n++) {
    const words = r.u32(at);
    const fn = r.u16(at + 4);
    if (words < 3 || fn === 0 || at + words * 2 > r.length) break;
    if (fn === 0x626 && words * 2 >= 6 + 38 && r.u16(at + 6) === 0x0f && r.u32(at + 10) === 0x43464d57 && r.u32(at + 14) === 1) {
      const size = r.u32(at + 32);
      const total = r.u32(at + 40);
      if (expected < 0) expected = total;
      if (total !== expected || size > words * 2 - 44) return null;
      pieces.push(r.slice(at + 44, size));
      got += size;
    }
    at += words * 2;
  }
  if (expected <= 0 || got !== expected) return null;
  const emf = new Uint8Array(got);
  let o = 0;
  for (const p of pieces) {
    emf.set(p, o);
    o += p.length;
  }
  return emf;
}

/** PatBlt's raster operations that paint: PATCOPY with the brush, BLACKNESS, WHITENESS. */
function patBlt(c: SvgCanvas, rop: number, x: number, y: number, w: number, h: number): void {
  const color = rop === 0x42 ? '#000000' : rop === 0xff0062 ? '#ffffff' : rop === 0xf00021 ? c.state.brush.color : undefined;
  if (color === undefined) return;
  c.fillRect(x, y, x + w, y + h, color);
}

/** LOGFONT with an 8-bit face name (MS-WMF 2.2.1.2 Font). */
function font(r: ByteReader, at: number, end: number): Font {
  const face: number[] = [];
  for (let i = at + 18; i < Math.min(end, at + 18 + 32); i++) {
    const b = r.u8(i);
    if (b === 0) break;
    face.push(b);
  }
  return {
    ...DEFAULT_FONT,
    height: r.i16(at),
    escapement: r.i16(at + 4),
    weight: r.i16(at + 8),
    italic: r.u8(at + 10) !== 0,
    underline: r.u8(at + 11) !== 0,
    strike: r.u8(at + 12) !== 0,
    charset: r.u8(at + 13),
    face: String.fromCharCode(...face),
  };
}
