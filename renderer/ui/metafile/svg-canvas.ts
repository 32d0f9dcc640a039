/**
 * What EMF and WMF playback draws into: GDI drawing calls (in logical units, through the device
 * context's mapping and world transform) written out as SVG elements in device units. Both
 * players share it; they only decode records. Output is capped: past {@link MAX_OUTPUT}
 * characters it throws {@link MetafileError} and the picture is not drawn.
 */
import { MetafileError } from './byte-reader.js';
import type { DibPicture } from './dib.js';
import { apply, compose, copyState, initialState } from './gdi-state.js';
import type { Box, Brush, DcState, Matrix, Pen } from './gdi-state.js';
import { xmlText } from './metafile-text.js';

/** Characters of SVG a metafile may produce (pictures included). */
export const MAX_OUTPUT = 24 * 1024 * 1024;

const KAPPA = 0.5522847498;

/** A number for SVG: two decimals, finite, within a sane range. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) throw new MetafileError('non-finite coordinate');
  const clamped = Math.max(-1e7, Math.min(1e7, n));
  return String(Math.round(clamped * 100) / 100);
}

/** How a player maps the state's logical units to device units. */
export type PageMapping = (state: DcState) => Matrix;

export class SvgCanvas {
  state: DcState = initialState();
  /** Elements drawn so far. */
  drawn = 0;
  private readonly stack: DcState[] = [];
  private readonly out: string[] = [];
  private readonly defs: string[] = [];
  private size = 0;
  private readonly clipIds = new Map<string, string>();
  private readonly patternIds = new Map<string, string>();
  private openClip: string | null = null;
  private path: string[] | null = null;
  private pathNeedsMove = true;
  private finishedPath: string | null = null;
  private pendingLine: { d: string; pen: Pen } | null = null;

  /**
   * @param page the logical-to-device mapping of the player's format
   * @param hairline device units of one screen pixel: the width of cosmetic pens
   */
  constructor(
    private readonly page: PageMapping,
    readonly hairline: number,
  ) {}

  // ---- state ----

  save(): void {
    if (this.stack.length > 1000) throw new MetafileError('too many saved states');
    this.stack.push(copyState(this.state));
  }

  /** RestoreDC: negative is relative (-1 the last saved), positive an absolute level. */
  restore(which: number): void {
    this.flushLine();
    const level = which < 0 ? this.stack.length + which : which - 1;
    if (level < 0 || level >= this.stack.length) return;
    const restored = this.stack[level];
    this.stack.length = level;
    if (restored) this.state = restored;
  }

  matrix(): Matrix {
    return compose(this.page(this.state), this.state.world);
  }

  private point(m: Matrix, x: number, y: number): string {
    const [px, py] = apply(m, x, y);
    return `${fmt(px)} ${fmt(py)}`;
  }

  /** Device length of one logical unit (the mean of both axes). */
  private scale(m: Matrix): number {
    return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  }

  // ---- output ----

  private push(s: string): void {
    this.size += s.length;
    if (this.size > MAX_OUTPUT) throw new MetafileError('picture too large');
    this.out.push(s);
  }

  private emit(element: string): void {
    const clip = this.state.clip;
    const key = clip ? `${fmt(clip.x0)} ${fmt(clip.y0)} ${fmt(clip.x1 - clip.x0)} ${fmt(clip.y1 - clip.y0)}` : null;
    if (key !== this.openClip) {
      if (this.openClip !== null) this.push('</g>');
      if (key !== null) {
        let id = this.clipIds.get(key);
        if (!id) {
          id = `c${String(this.clipIds.size)}`;
          this.clipIds.set(key, id);
          const [x, y, w, h] = key.split(' ');
          this.defs.push(`<clipPath id="${id}"><rect x="${x ?? 0}" y="${y ?? 0}" width="${w ?? 0}" height="${h ?? 0}"/></clipPath>`);
        }
        this.push(`<g clip-path="url(#${id})">`);
      }
      this.openClip = key;
    }
    this.push(element);
    this.drawn++;
  }

  private patternId(brush: Brush): string | null {
    const p = brush.pattern;
    if (!p) return null;
    let id = this.patternIds.get(p.href);
    if (!id) {
      id = `p${String(this.patternIds.size)}`;
      this.patternIds.set(p.href, id);
      const w = fmt(p.width * this.hairline);
      const h = fmt(p.height * this.hairline);
      this.defs.push(`<pattern id="${id}" patternUnits="userSpaceOnUse" width="${w}" height="${h}"><image href="${p.href}" width="${w}" height="${h}" preserveAspectRatio="none"/></pattern>`);
    }
    return id;
  }

  private strokeAttrs(m: Matrix): string {
    const pen = this.state.pen;
    if (!pen.color) return '';
    const width = Math.max(this.hairline, pen.width === 0 ? this.hairline : pen.width * this.scale(m));
    let s = ` stroke="${pen.color}" stroke-width="${fmt(width)}"`;
    if (pen.cap !== 'butt') s += ` stroke-linecap="${pen.cap}"`;
    if (pen.join !== 'miter') s += ` stroke-linejoin="${pen.join}"`;
    const unit = pen.width === 0 ? this.hairline * 3 : width;
    const dash = [[], [3, 1], [1, 1], [3, 1, 1, 1], [3, 1, 1, 1, 1, 1]][pen.dash] ?? [];
    if (dash.length > 0) s += ` stroke-dasharray="${dash.map((d) => fmt(d * unit)).join(' ')}"`;
    return s;
  }

  /** Attributes drawing with the brush and/or pen, or null when that draws nothing. */
  private paint(fill: boolean, stroke: boolean, m: Matrix): string | null {
    const brush = this.state.brush;
    const pattern = fill ? this.patternId(brush) : null;
    const fillValue = pattern ? `url(#${pattern})` : fill && brush.color ? brush.color : 'none';
    const strokeValue = stroke ? this.strokeAttrs(m) : '';
    if (fillValue === 'none' && strokeValue === '') return null;
    return `fill="${fillValue}"${fillValue === 'none' ? '' : ` fill-rule="${this.state.fillRule}"`}${strokeValue}`;
  }

  /** A figure: added to the open path, or drawn now. */
  private figure(d: string, fill: boolean, stroke: boolean): void {
    this.flushLine();
    if (this.path) {
      this.path.push(d);
      this.pathNeedsMove = true;
      return;
    }
    const paint = this.paint(fill, stroke, this.matrix());
    if (paint) this.emit(`<path d="${d}" ${paint}/>`);
  }

  /** Draws the lines gathered by LineTo (called before anything else changes). */
  flushLine(): void {
    const line = this.pendingLine;
    if (!line) return;
    this.pendingLine = null;
    const pen = this.state.pen;
    this.state.pen = line.pen;
    const stroke = this.strokeAttrs(this.matrix());
    this.state.pen = pen;
    if (stroke) this.emit(`<path d="${line.d}" fill="none"${stroke}/>`);
  }

  private points(m: Matrix, xy: readonly number[]): string[] {
    const out: string[] = [];
    for (let i = 0; i + 1 < xy.length; i += 2) out.push(this.point(m, xy[i] ?? 0, xy[i + 1] ?? 0));
    return out;
  }

  // ---- lines and shapes (logical units) ----

  moveTo(x: number, y: number): void {
    this.state.pos = [x, y];
    if (this.path) {
      this.path.push(`M${this.point(this.matrix(), x, y)}`);
      this.pathNeedsMove = false;
    } else if (this.pendingLine) this.pendingLine.d += `M${this.point(this.matrix(), x, y)}`;
  }

  lineTo(x: number, y: number): void {
    this.continueTo(`L${this.point(this.matrix(), x, y)}`);
    this.state.pos = [x, y];
  }

  /** Adds a segment from the current position (path or pending line). */
  private continueTo(segment: string): void {
    const m = this.matrix();
    const from = `M${this.point(m, this.state.pos[0], this.state.pos[1])}`;
    if (this.path) {
      if (this.pathNeedsMove) this.path.push(from);
      this.pathNeedsMove = false;
      this.path.push(segment);
      return;
    }
    if (!this.state.pen.color) return;
    if (this.pendingLine && this.pendingLine.pen !== this.state.pen) this.flushLine();
    if (!this.pendingLine) this.pendingLine = { d: from, pen: this.state.pen };
    this.pendingLine.d += segment;
    if (this.pendingLine.d.length > 65536) this.flushLine();
  }

  polyline(xy: readonly number[]): void {
    const p = this.points(this.matrix(), xy);
    if (p.length >= 2) this.figure(`M${p.join('L')}`, false, true);
  }

  polylineTo(xy: readonly number[]): void {
    const p = this.points(this.matrix(), xy);
    if (p.length === 0) return;
    this.continueTo(`L${p.join('L')}`);
    this.state.pos = [xy[xy.length - 2] ?? 0, xy[xy.length - 1] ?? 0];
  }

  /** One or more closed polygons, filled together (PolyPolygon). */
  polygons(polys: readonly (readonly number[])[]): void {
    const m = this.matrix();
    const d = polys.map((xy) => this.points(m, xy)).filter((p) => p.length >= 2).map((p) => `M${p.join('L')}Z`).join('');
    if (d) this.figure(d, true, true);
  }

  /** Several open polylines (PolyPolyline). */
  polylines(polys: readonly (readonly number[])[]): void {
    const m = this.matrix();
    const d = polys.map((xy) => this.points(m, xy)).filter((p) => p.length >= 2).map((p) => `M${p.join('L')}`).join('');
    if (d) this.figure(d, false, true);
  }

  /** PolyBezier: a start point, then three points per curve. */
  bezier(xy: readonly number[]): void {
    const p = this.points(this.matrix(), xy);
    if (p.length < 4) return;
    this.figure(`M${p[0] ?? ''}${this.curves(p.slice(1))}`, false, true);
  }

  /** PolyBezierTo: curves from the current position. */
  bezierTo(xy: readonly number[]): void {
    const p = this.points(this.matrix(), xy);
    if (p.length < 3) return;
    this.continueTo(this.curves(p));
    this.state.pos = [xy[xy.length - 2] ?? 0, xy[xy.length - 1] ?? 0];
  }

  private curves(p: readonly string[]): string {
    let d = '';
    for (let i = 0; i + 2 < p.length; i += 3) d += `C${p[i] ?? ''} ${p[i + 1] ?? ''} ${p[i + 2] ?? ''}`;
    return d;
  }

  rectangle(l: number, t: number, r: number, b: number): void {
    this.polygons([[l, t, r, t, r, b, l, b]]);
  }

  /** An ellipse in a box, as four Bézier curves (right for any transform). */
  ellipse(l: number, t: number, r: number, b: number): void {
    const m = this.matrix();
    const cx = (l + r) / 2;
    const cy = (t + b) / 2;
    const rx = (r - l) / 2;
    const ry = (b - t) / 2;
    const k = KAPPA;
    const p = (x: number, y: number): string => this.point(m, x, y);
    const d =
      `M${p(cx + rx, cy)}C${p(cx + rx, cy + k * ry)} ${p(cx + k * rx, cy + ry)} ${p(cx, cy + ry)}` +
      `C${p(cx - k * rx, cy + ry)} ${p(cx - rx, cy + k * ry)} ${p(cx - rx, cy)}` +
      `C${p(cx - rx, cy - k * ry)} ${p(cx - k * rx, cy - ry)} ${p(cx, cy - ry)}` +
      `C${p(cx + k * rx, cy - ry)} ${p(cx + rx, cy - k * ry)} ${p(cx + rx, cy)}Z`;
    this.figure(d, true, true);
  }

  /** A rectangle with rounded corners of the given ellipse size. */
  roundRect(l: number, t: number, r: number, b: number, w: number, h: number): void {
    const rx = Math.min(Math.abs(w) / 2, Math.abs(r - l) / 2) * Math.sign(r - l || 1);
    const ry = Math.min(Math.abs(h) / 2, Math.abs(b - t) / 2) * Math.sign(b - t || 1);
    const m = this.matrix();
    const p = (x: number, y: number): string => this.point(m, x, y);
    const k = 1 - KAPPA;
    const d =
      `M${p(l + rx, t)}L${p(r - rx, t)}C${p(r - k * rx, t)} ${p(r, t + k * ry)} ${p(r, t + ry)}` +
      `L${p(r, b - ry)}C${p(r, b - k * ry)} ${p(r - k * rx, b)} ${p(r - rx, b)}` +
      `L${p(l + rx, b)}C${p(l + k * rx, b)} ${p(l, b - k * ry)} ${p(l, b - ry)}` +
      `L${p(l, t + ry)}C${p(l, t + k * ry)} ${p(l + k * rx, t)} ${p(l + rx, t)}Z`;
    this.figure(d, true, true);
  }

  /** Arc, Chord and Pie: the ellipse of the box from the start ray to the end ray. */
  arc(kind: 'arc' | 'chord' | 'pie', l: number, t: number, r: number, b: number, xs: number, ys: number, xe: number, ye: number): void {
    const cx = (l + r) / 2;
    const cy = (t + b) / 2;
    const rx = Math.abs(r - l) / 2;
    const ry = Math.abs(b - t) / 2;
    if (rx === 0 || ry === 0) return;
    const angle = (x: number, y: number): number => Math.atan2(-(y - cy) / ry, (x - cx) / rx);
    const a0 = angle(xs, ys);
    let sweep = angle(xe, ye) - a0;
    const clockwise = this.state.arcDirection === 2;
    if (clockwise) {
      if (sweep >= 0) sweep -= 2 * Math.PI;
    } else if (sweep <= 0) sweep += 2 * Math.PI;
    const steps = Math.max(4, Math.ceil((Math.abs(sweep) / (2 * Math.PI)) * 64));
    const xy: number[] = [];
    for (let i = 0; i <= steps; i++) {
      const a = a0 + (sweep * i) / steps;
      xy.push(cx + rx * Math.cos(a), cy - ry * Math.sin(a));
    }
    if (kind === 'pie') xy.unshift(cx, cy);
    const p = this.points(this.matrix(), xy);
    if (kind === 'arc') this.figure(`M${p.join('L')}`, false, true);
    else this.figure(`M${p.join('L')}Z`, true, true);
  }

  /** A rectangle filled with a colour and no outline (PatBlt, opaque text boxes). */
  fillRect(l: number, t: number, r: number, b: number, color: string | null): void {
    this.flushLine();
    if (!color && !this.state.brush.pattern) return;
    const p = this.points(this.matrix(), [l, t, r, t, r, b, l, b]);
    const pattern = color ? null : this.patternId(this.state.brush);
    this.emit(`<path d="M${p.join('L')}Z" fill="${pattern ? `url(#${pattern})` : (color ?? 'none')}"/>`);
  }

  // ---- paths ----

  beginPath(): void {
    this.flushLine();
    this.path = [];
    this.pathNeedsMove = true;
    this.finishedPath = null;
  }

  endPath(): void {
    if (this.path) this.finishedPath = this.path.join('');
    this.path = null;
  }

  abortPath(): void {
    this.path = null;
    this.finishedPath = null;
  }

  closeFigure(): void {
    if (this.path && this.path.length > 0) {
      this.path.push('Z');
      this.pathNeedsMove = true;
    }
  }

  /** FillPath, StrokePath, StrokeAndFillPath: draws the path and forgets it. */
  drawPath(fill: boolean, stroke: boolean): void {
    if (this.path) this.endPath();
    const d = this.finishedPath;
    this.finishedPath = null;
    if (!d) return;
    const paint = this.paint(fill, stroke, this.matrix());
    if (paint) this.emit(`<path d="${d}" ${paint}/>`);
  }

  // ---- clip ----

  /** IntersectClipRect, in logical units (a rotated rectangle clips to its bounds). */
  intersectClip(l: number, t: number, r: number, b: number): void {
    const m = this.matrix();
    const corners = [apply(m, l, t), apply(m, r, t), apply(m, r, b), apply(m, l, b)];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    this.clipToBox({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }, true);
  }

  /** Sets (or with `intersect`, narrows) the clip to a device rectangle; null removes it. */
  clipToBox(box: Box | null, intersect: boolean): void {
    this.flushLine();
    const old = this.state.clip;
    if (!box || !intersect || !old) {
      this.state.clip = box;
      return;
    }
    const x0 = Math.max(old.x0, box.x0);
    const y0 = Math.max(old.y0, box.y0);
    this.state.clip = { x0, y0, x1: Math.max(x0, Math.min(old.x1, box.x1)), y1: Math.max(y0, Math.min(old.y1, box.y1)) };
  }

  // ---- text and pictures ----

  /**
   * ExtTextOut: `text` at the reference point (logical units), with the advance of each
   * character when the record gives them, and the box to fill first when ETO_OPAQUE asks.
   */
  text(x: number, y: number, text: string, dx: readonly number[] | null, opaque: readonly [number, number, number, number] | null): void {
    this.flushLine();
    if (opaque) this.fillRect(opaque[0], opaque[1], opaque[2], opaque[3], this.state.bkColor);
    const safe = xmlText(text);
    if (safe.trim() === '') return;
    const st = this.state;
    const font = st.font;
    const updateCp = (st.textAlign & 1) === 1;
    const [rx, ry] = updateCp ? st.pos : [x, y];
    const m = this.matrix();
    const [px, py] = apply(m, rx, ry);
    const sx = Math.hypot(m[0], m[1]);
    const sy = Math.hypot(m[2], m[3]);
    const em = font.height < 0 ? -font.height * sy : font.height > 0 ? font.height * 0.87 * sy : 16 * this.hairline;
    if (!(em > 0)) return;
    const horizontal = st.textAlign & 6;
    const vertical = st.textAlign & 24;
    const baseline = vertical === 24 ? 0 : vertical === 8 ? -0.21 * em : 0.9 * em;
    let xs = '0';
    let anchor = horizontal === 6 ? 'middle' : horizontal === 2 ? 'end' : 'start';
    const chars = [...text].length;
    let total = 0;
    if (dx && dx.length >= chars && chars > 1) {
      const offsets: number[] = [];
      for (const d of dx.slice(0, chars)) {
        offsets.push(total);
        total += d * sx;
      }
      const shift = horizontal === 6 ? -total / 2 : horizontal === 2 ? -total : 0;
      xs = offsets.map((o) => fmt(o + shift)).join(' ');
      anchor = 'start';
    }
    if (updateCp) st.pos = [rx + (sx > 0 ? total / sx : 0), ry];
    const rotate = font.escapement ? ` rotate(${fmt(-font.escapement / 10)})` : '';
    let attrs = `font-family="${xmlText(font.face || 'Arial')}, sans-serif" font-size="${fmt(em)}" fill="${st.textColor}"`;
    if (font.weight >= 600) attrs += ` font-weight="bold"`;
    if (font.italic) attrs += ` font-style="italic"`;
    if (font.underline || font.strike) attrs += ` text-decoration="${font.underline ? 'underline' : ''}${font.underline && font.strike ? ' ' : ''}${font.strike ? 'line-through' : ''}"`;
    if (anchor !== 'start') attrs += ` text-anchor="${anchor}"`;
    this.emit(`<text transform="translate(${fmt(px)} ${fmt(py)})${rotate}" x="${xs}" y="${fmt(baseline)}" ${attrs} xml:space="preserve">${safe}</text>`);
  }

  /**
   * A bitmap stretched into the logical rectangle (x, y, w, h); `src` picks a part of it
   * (pixels, rows counted as GDI counts them).
   */
  image(x: number, y: number, w: number, h: number, pic: DibPicture, src: { x: number; y: number; w: number; h: number } | null): void {
    this.flushLine();
    if (w === 0 || h === 0) return;
    const m = compose(this.matrix(), [w, 0, 0, h, x, y]);
    const transform = `matrix(${m.map(fmt).join(' ')})`;
    const whole = !src || src.w <= 0 || src.h <= 0 || (src.x === 0 && src.y === 0 && src.w === pic.width && src.h === pic.height);
    if (whole) {
      this.emit(`<image transform="${transform}" width="1" height="1" preserveAspectRatio="none" href="${pic.href}"/>`);
      return;
    }
    const top = pic.bottomUp ? pic.height - src.y - src.h : src.y;
    this.emit(
      `<g transform="${transform}"><svg width="1" height="1" viewBox="${fmt(src.x)} ${fmt(top)} ${fmt(src.w)} ${fmt(src.h)}" preserveAspectRatio="none">` +
        `<image width="${String(pic.width)}" height="${String(pic.height)}" preserveAspectRatio="none" href="${pic.href}"/></svg></g>`,
    );
  }

  /** The SVG document: `view` is the picture's frame in device units, `width`/`height` its size in px. */
  finish(view: Box, width: number, height: number): string {
    this.flushLine();
    if (this.openClip !== null) this.push('</g>');
    this.openClip = null;
    const defs = this.defs.length > 0 ? `<defs>${this.defs.join('')}</defs>` : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fmt(view.x0)} ${fmt(view.y0)} ${fmt(view.x1 - view.x0)} ${fmt(view.y1 - view.y0)}" ` +
      `width="${fmt(width)}" height="${fmt(height)}" preserveAspectRatio="none">${defs}${this.out.join('')}</svg>`
    );
  }
}
