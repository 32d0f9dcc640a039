/**
 * The GDI device context a metafile plays into (MS-EMF 3.1 "EMF Metafile Playback", the WMF
 * equivalent): selected pen, brush and font, colours and modes, the mapping from logical to
 * device units, the world transform (EMF only) and a rectangular clip. Plain data, copied by
 * SaveDC.
 */

/** An affine matrix as SVG writes it: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: the matrix that applies `inner` first. */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export interface Pen {
  readonly kind: 'pen';
  /** CSS colour, or null for PS_NULL (no outline). */
  readonly color: string | null;
  /** Width in logical units; 0 for a cosmetic (one device pixel) pen. */
  readonly width: number;
  /** PS_DASH..PS_DASHDOTDOT as 1..4, 0 for solid. */
  readonly dash: number;
  readonly cap: 'round' | 'square' | 'butt';
  readonly join: 'round' | 'bevel' | 'miter';
}

export interface Brush {
  readonly kind: 'brush';
  /** CSS colour, or null for BS_NULL (no fill). */
  readonly color: string | null;
  /** A DIB pattern, when the brush is one. */
  readonly pattern?: { readonly href: string; readonly width: number; readonly height: number };
}

export interface Font {
  readonly kind: 'font';
  /** LOGFONT height: negative is the em size, positive the cell height, 0 a default. */
  readonly height: number;
  readonly weight: number;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  /** Tenths of a degree, counter-clockwise. */
  readonly escapement: number;
  readonly face: string;
  readonly charset: number;
}

/** Palettes, regions and other objects that only take a slot in the object table. */
export interface OtherObject {
  readonly kind: 'other';
}

export type GdiObject = Pen | Brush | Font | OtherObject;

/** A device-space rectangle (x0 < x1, y0 < y1). */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface DcState {
  pen: Pen;
  brush: Brush;
  font: Font;
  textColor: string;
  bkColor: string;
  /** OPAQUE (2) or TRANSPARENT (1). */
  bkMode: number;
  textAlign: number;
  fillRule: 'evenodd' | 'nonzero';
  mapMode: number;
  winOrg: [number, number];
  winExt: [number, number];
  vpOrg: [number, number];
  vpExt: [number, number];
  world: Matrix;
  clip: Box | null;
  /** Current position in logical units. */
  pos: [number, number];
  /** AD_CLOCKWISE (2) or AD_COUNTERCLOCKWISE (1). */
  arcDirection: number;
}

export const BLACK_PEN: Pen = { kind: 'pen', color: '#000000', width: 0, dash: 0, cap: 'round', join: 'round' };
export const WHITE_BRUSH: Brush = { kind: 'brush', color: '#ffffff' };
export const DEFAULT_FONT: Font = { kind: 'font', height: 0, weight: 400, italic: false, underline: false, strike: false, escapement: 0, face: 'Arial', charset: 0 };

export function initialState(): DcState {
  return {
    pen: BLACK_PEN,
    brush: WHITE_BRUSH,
    font: DEFAULT_FONT,
    textColor: '#000000',
    bkColor: '#ffffff',
    bkMode: 2,
    textAlign: 0,
    fillRule: 'evenodd',
    mapMode: 1,
    winOrg: [0, 0],
    winExt: [1, 1],
    vpOrg: [0, 0],
    vpExt: [1, 1],
    world: IDENTITY,
    clip: null,
    pos: [0, 0],
    arcDirection: 1,
  };
}

export function copyState(s: DcState): DcState {
  return { ...s, winOrg: [...s.winOrg], winExt: [...s.winExt], vpOrg: [...s.vpOrg], vpExt: [...s.vpExt], pos: [...s.pos] };
}

/** A COLORREF (0x00BBGGRR) as #rrggbb; palette-index forms use their low bytes as well. */
export function colorRef(v: number): string {
  const r = v & 0xff;
  const g = (v >>> 8) & 0xff;
  const b = (v >>> 16) & 0xff;
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}

/** Stock objects (MS-EMF 2.1.31 StockObject), by index without the high bit. */
export function stockObject(index: number): GdiObject | null {
  const brush = (color: string | null): Brush => ({ kind: 'brush', color });
  const pen = (color: string | null): Pen => ({ ...BLACK_PEN, color });
  switch (index) {
    case 0: return brush('#ffffff');
    case 1: return brush('#c0c0c0');
    case 2: return brush('#808080');
    case 3: return brush('#404040');
    case 4: return brush('#000000');
    case 5: return brush(null);
    case 6: return pen('#ffffff');
    case 7: return pen('#000000');
    case 8: return pen(null);
    case 10: case 11: case 12: case 13: case 14: case 16: case 17: return DEFAULT_FONT;
    case 18: return brush('#ffffff');
    case 19: return pen('#000000');
    default: return null;
  }
}
