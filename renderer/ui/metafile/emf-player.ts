/**
 * EMF playback (MS-EMF 2.3 "EMF Records"): the header gives the picture's frame, then each record
 * is decoded and drawn on an {@link SvgCanvas}. EMF+ records ride in EMR_COMMENT records and are
 * skipped: files written "dual" (what Office writes) carry the same drawing as EMF records.
 * Records this player does not know are skipped.
 */
import { ByteReader, MetafileError } from './byte-reader.js';
import { dibPicture } from './dib.js';
import { DEFAULT_FONT, IDENTITY, colorRef, compose, stockObject } from './gdi-state.js';
import type { Brush, DcState, Font, GdiObject, Matrix, Pen } from './gdi-state.js';
import { decodeAnsi, decodeUtf16 } from './metafile-text.js';
import { SvgCanvas } from './svg-canvas.js';

/** Records played at most: past this the picture is refused. */
export const MAX_RECORDS = 300_000;

const MM_PER_UNIT: Readonly<Record<number, number>> = { 2: 0.1, 3: 0.01, 4: 0.254, 5: 0.0254, 6: 25.4 / 1440 };

/** The EMF logical-to-device mapping for a reference device of `pxPerMm` pixels per millimetre. */
function emfPage(pxPerMm: readonly [number, number]) {
  return (s: DcState): Matrix => {
    let sx = 1;
    let sy = 1;
    const mm = MM_PER_UNIT[s.mapMode];
    if (mm !== undefined) {
      sx = mm * pxPerMm[0];
      sy = -mm * pxPerMm[1];
    } else if (s.mapMode === 7 || s.mapMode === 8) {
      sx = s.winExt[0] === 0 ? 1 : s.vpExt[0] / s.winExt[0];
      sy = s.winExt[1] === 0 ? 1 : s.vpExt[1] / s.winExt[1];
      if (s.mapMode === 7) {
        const k = Math.min(Math.abs(sx), Math.abs(sy));
        sx = Math.sign(sx || 1) * k;
        sy = Math.sign(sy || 1) * k;
      }
    }
    return [sx, 0, 0, sy, s.vpOrg[0] - s.winOrg[0] * sx, s.vpOrg[1] - s.winOrg[1] * sy];
  };
}

function penFrom(style: number, width: number, color: number, geometric: boolean, brushNull: boolean): Pen {
  const kind = style & 0xf;
  const cap = (style & 0xf00) === 0x100 ? 'square' : (style & 0xf00) === 0x200 ? 'butt' : 'round';
  const join = (style & 0xf000) === 0x1000 ? 'bevel' : (style & 0xf000) === 0x2000 ? 'miter' : 'round';
  return {
    kind: 'pen',
    color: kind === 5 || brushNull ? null : colorRef(color),
    width: geometric ? Math.abs(width) : 0,
    dash: kind >= 1 && kind <= 4 ? kind : kind === 7 ? 1 : 0,
    cap,
    join,
  };
}

/** Draws an EMF; the SVG text, or null when it draws nothing. Throws {@link MetafileError}. */
export function playEmf(bytes: Uint8Array): string | null {
  const r = new ByteReader(bytes);
  if (r.u32(0) !== 1 || r.u32(40) !== 0x464d4520) throw new MetafileError('not an EMF');
  const headerSize = r.u32(4);
  if (headerSize < 88 || headerSize > bytes.length) throw new MetafileError('bad EMF header');
  const bounds = [r.i32(8), r.i32(12), r.i32(16), r.i32(20)] as const;
  const frame = [r.i32(24), r.i32(28), r.i32(32), r.i32(36)] as const;
  const device = [r.i32(72), r.i32(76)] as const;
  let mm: [number, number] = [r.i32(80), r.i32(84)];
  if (headerSize >= 108) {
    const micro = [r.i32(100), r.i32(104)] as const;
    if (micro[0] > 0 && micro[1] > 0) mm = [micro[0] / 1000, micro[1] / 1000];
  }
  const pxPerMm: [number, number] = [device[0] > 0 && mm[0] > 0 ? device[0] / mm[0] : 96 / 25.4, device[1] > 0 && mm[1] > 0 ? device[1] / mm[1] : 96 / 25.4];
  let view = { x0: (frame[0] / 100) * pxPerMm[0], y0: (frame[1] / 100) * pxPerMm[1], x1: (frame[2] / 100) * pxPerMm[0], y1: (frame[3] / 100) * pxPerMm[1] };
  if (!(view.x1 - view.x0 > 0 && view.y1 - view.y0 > 0)) view = { x0: bounds[0], y0: bounds[1], x1: bounds[2] + 1, y1: bounds[3] + 1 };
  if (!(view.x1 - view.x0 > 0 && view.y1 - view.y0 > 0)) throw new MetafileError('empty frame');

  const canvas = new SvgCanvas(emfPage(pxPerMm), 1);
  const objects = new Map<number, GdiObject>();
  let at = 0;
  let records = 0;
  while (at + 8 <= bytes.length) {
    const type = r.u32(at);
    const size = r.u32(at + 4);
    if (size < 8 || at + size > bytes.length) throw new MetafileError('bad record size');
    if (++records > MAX_RECORDS) throw new MetafileError('too many records');
    if (type === 14) break;
    if (type !== 27 && type !== 54) canvas.flushLine();
    playRecord(r, at, size, type, canvas, objects);
    at += size;
  }
  if (canvas.drawn === 0) return null;
  const widthPx = ((frame[2] - frame[0]) / 100 / 25.4) * 96;
  const heightPx = ((frame[3] - frame[1]) / 100 / 25.4) * 96;
  const sizeOk = widthPx > 0 && heightPx > 0;
  return canvas.finish(view, sizeOk ? widthPx : view.x1 - view.x0, sizeOk ? heightPx : view.y1 - view.y0);
}

/** Points of 16-bit (`wide` false) or 32-bit coordinates, checked against the record's end. */
function points(r: ByteReader, at: number, count: number, end: number, wide: boolean): number[] {
  const step = wide ? 8 : 4;
  if (count < 0 || at + count * step > end) throw new MetafileError('points past the record');
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = at + i * step;
    out.push(wide ? r.i32(p) : r.i16(p), wide ? r.i32(p + 4) : r.i16(p + 2));
  }
  return out;
}

/** PolyPolygon/PolyPolyline bodies: counts then all points. */
function polys(r: ByteReader, at: number, end: number, wide: boolean): number[][] {
  const n = r.u32(at + 8);
  const total = r.u32(at + 12);
  if (n > 100_000 || at + 16 + n * 4 > end) throw new MetafileError('bad polygon count');
  let p = at + 16 + n * 4;
  const all = points(r, p, total, end, wide);
  const out: number[][] = [];
  p = 0;
  for (let i = 0; i < n; i++) {
    const count = r.u32(at + 16 + i * 4);
    if (p + count * 2 > all.length) throw new MetafileError('bad polygon count');
    out.push(all.slice(p, p + count * 2));
    p += count * 2;
  }
  return out;
}

function picture(r: ByteReader, at: number, offBmi: number, cbBmi: number, offBits: number, cbBits: number) {
  if (cbBmi === 0 || cbBits === 0) return null;
  return dibPicture(r.slice(at + offBmi, cbBmi), r.slice(at + offBits, cbBits));
}

function playRecord(r: ByteReader, at: number, size: number, type: number, c: SvgCanvas, objects: Map<number, GdiObject>): void {
  const s = c.state;
  const end = at + size;
  const i32 = (o: number): number => r.i32(at + o);
  const u32 = (o: number): number => r.u32(at + o);
  // Polygon records (bounds, count, points): 2..6 with 32-bit points, 85..89 with 16-bit ones.
  if ((type >= 2 && type <= 6) || (type >= 85 && type <= 89)) {
    const wide = type < 85;
    const xy = points(r, at + 28, u32(24), end, wide);
    switch (wide ? type : type - 83) {
      case 2: return c.bezier(xy);
      case 3: return c.polygons([xy]);
      case 4: return c.polyline(xy);
      case 5: return c.bezierTo(xy);
      case 6: return c.polylineTo(xy);
    }
    return;
  }
  switch (type) {
    case 7: case 90: return c.polylines(polys(r, at + 16, end, type === 7));
    case 8: case 91: return c.polygons(polys(r, at + 16, end, type === 8));
    case 9: s.winExt = [i32(8), i32(12)]; return;
    case 10: s.winOrg = [i32(8), i32(12)]; return;
    case 11: s.vpExt = [i32(8), i32(12)]; return;
    case 12: s.vpOrg = [i32(8), i32(12)]; return;
    case 17: s.mapMode = u32(8); return;
    case 18: s.bkMode = u32(8); return;
    case 19: s.fillRule = u32(8) === 2 ? 'nonzero' : 'evenodd'; return;
    case 22: s.textAlign = u32(8); return;
    case 24: s.textColor = colorRef(u32(8)); return;
    case 25: s.bkColor = colorRef(u32(8)); return;
    case 27: return c.moveTo(i32(8), i32(12));
    case 54: return c.lineTo(i32(8), i32(12));
    case 29: return; // ExcludeClipRect: a rectangle clip cannot hold a hole; drawn unclipped
    case 30: return c.intersectClip(i32(8), i32(12), i32(16), i32(20));
    case 31: case 32: {
      const ext = type === 31 ? s.vpExt : s.winExt;
      const [xn, xd, yn, yd] = [i32(8), i32(12), i32(16), i32(20)];
      if (xd !== 0 && yd !== 0) {
        ext[0] = (ext[0] * xn) / xd;
        ext[1] = (ext[1] * yn) / yd;
      }
      return;
    }
    case 33: return c.save();
    case 34: return c.restore(i32(8));
    case 35: s.world = xform(r, at + 8); return;
    case 36: {
      const x = xform(r, at + 8);
      const mode = u32(32);
      s.world = mode === 1 ? IDENTITY : mode === 2 ? compose(s.world, x) : mode === 3 ? compose(x, s.world) : mode === 4 ? x : s.world;
      return;
    }
    case 37: {
      const ih = u32(8);
      const o = ih >= 0x80000000 ? stockObject(ih & 0x7fffffff) : objects.get(ih);
      if (o?.kind === 'pen') s.pen = o;
      else if (o?.kind === 'brush') s.brush = o;
      else if (o?.kind === 'font') s.font = o;
      return;
    }
    case 38: objects.set(u32(8), penFrom(u32(12), i32(16), u32(24), true, false)); return;
    case 39: {
      const style = u32(12);
      objects.set(u32(8), { kind: 'brush', color: style === 1 ? null : colorRef(u32(16)) } satisfies Brush);
      return;
    }
    case 40: objects.delete(u32(8)); return;
    case 42: return c.ellipse(i32(8), i32(12), i32(16), i32(20));
    case 43: return c.rectangle(i32(8), i32(12), i32(16), i32(20));
    case 44: return c.roundRect(i32(8), i32(12), i32(16), i32(20), i32(24), i32(28));
    case 45: case 46: case 47:
      return c.arc(type === 45 ? 'arc' : type === 46 ? 'chord' : 'pie', i32(8), i32(12), i32(16), i32(20), i32(24), i32(28), i32(32), i32(36));
    case 49: objects.set(u32(8), { kind: 'other' }); return;
    case 57: s.arcDirection = u32(8); return;
    case 59: return c.beginPath();
    case 60: return c.endPath();
    case 61: return c.closeFigure();
    case 62: return c.drawPath(true, false);
    case 63: return c.drawPath(true, true);
    case 64: return c.drawPath(false, true);
    case 67: case 68: return c.abortPath();
    case 75: {
      const cb = u32(8);
      const mode = u32(12);
      if (cb === 0 || cb < 32) {
        if (mode === 5) c.clipToBox(null, false);
        return;
      }
      const box = { x0: i32(32), y0: i32(36), x1: i32(40), y1: i32(44) };
      if (mode === 5 || mode === 1) c.clipToBox(box.x1 > box.x0 && box.y1 > box.y0 ? box : { x0: 0, y0: 0, x1: 0, y1: 0 }, mode === 1);
      return;
    }
    case 76: case 77: case 114: {
      const [x, y, w, h] = [i32(24), i32(28), i32(32), i32(36)];
      const rop = u32(40);
      const pic = picture(r, at, u32(84), u32(88), u32(92), u32(96));
      if (!pic) {
        if (type === 76 && u32(88) === 0) c.fillRect(x, y, x + w, y + h, rop === 0x42 ? '#000000' : rop === 0xff0062 ? '#ffffff' : rop === 0xf00021 ? s.brush.color : null);
        return;
      }
      const src = type === 76 ? { x: i32(44), y: i32(48), w, h } : { x: i32(44), y: i32(48), w: i32(100), h: i32(104) };
      return c.image(x, y, w, h, pic, src);
    }
    case 80: case 81: {
      const pic = picture(r, at, u32(48), u32(52), u32(56), u32(60));
      if (!pic) return;
      const src = { x: i32(32), y: i32(36), w: i32(40), h: i32(44) };
      const [w, h] = type === 81 ? [i32(72), i32(76)] : [src.w, src.h];
      return c.image(i32(24), i32(28), w, h, pic, src);
    }
    case 82: objects.set(u32(8), logFont(r, at + 12)); return;
    case 83: case 84: return textOut(r, at, end, type === 84, c);
    case 93: case 94: {
      const pic = picture(r, at, u32(16), u32(20), u32(24), u32(28));
      objects.set(u32(8), pic ? { kind: 'brush', color: null, pattern: pic } : { kind: 'brush', color: '#808080' });
      return;
    }
    case 95: {
      const style = u32(28);
      objects.set(u32(8), penFrom(style, u32(32), u32(40), (style & 0xf0000) === 0x10000, u32(36) === 1));
      return;
    }
    default:
      return;
  }
}

function xform(r: ByteReader, at: number): Matrix {
  return [r.f32(at), r.f32(at + 4), r.f32(at + 8), r.f32(at + 12), r.f32(at + 16), r.f32(at + 20)];
}

/** LOGFONTW (MS-EMF 2.2.13): height, escapement, weight, italic..., face name. */
function logFont(r: ByteReader, at: number): Font {
  const units: number[] = [];
  for (let i = 0; i < 32; i++) {
    const u = r.u16(at + 28 + i * 2);
    if (u === 0) break;
    units.push(u);
  }
  return {
    ...DEFAULT_FONT,
    height: r.i32(at),
    escapement: r.i32(at + 8),
    weight: r.i32(at + 16),
    italic: r.u8(at + 20) !== 0,
    underline: r.u8(at + 21) !== 0,
    strike: r.u8(at + 22) !== 0,
    charset: r.u8(at + 23),
    face: String.fromCharCode(...units),
  };
}

/** EMR_EXTTEXTOUTW / A: EmrText at 36 (reference, count, string offset, options, rectangle, dx). */
function textOut(r: ByteReader, at: number, end: number, wide: boolean, c: SvgCanvas): void {
  const x = r.i32(at + 36);
  const y = r.i32(at + 40);
  const count = r.u32(at + 44);
  const offString = r.u32(at + 48);
  const options = r.u32(at + 52);
  const rect = [r.i32(at + 56), r.i32(at + 60), r.i32(at + 64), r.i32(at + 68)] as const;
  const offDx = r.u32(at + 72);
  const opaque = (options & 2) !== 0 && rect[2] > rect[0] && rect[3] > rect[1] ? rect : null;
  if (count > 100_000 || at + offString + count * (wide ? 2 : 1) > end) throw new MetafileError('text past the record');
  let text = '';
  if ((options & 0x10) === 0) {
    const face = c.state.font.face;
    if (wide) {
      const units: number[] = [];
      for (let i = 0; i < count; i++) units.push(r.u16(at + offString + i * 2));
      text = decodeUtf16(units, face, c.state.font.charset);
    } else text = decodeAnsi(r.slice(at + offString, count), c.state.font.charset, face);
  }
  let dx: number[] | null = null;
  const pairs = (options & 0x2000) !== 0 ? 2 : 1;
  if (offDx > 0 && at + offDx + count * 4 * pairs <= end) {
    dx = [];
    for (let i = 0; i < count; i++) dx.push(r.i32(at + offDx + i * 4 * pairs));
  }
  c.text(x, y, text, dx, opaque);
}
