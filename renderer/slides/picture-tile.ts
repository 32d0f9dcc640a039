/**
 * What drawing a tiled picture fill (DrawingML a:tile, ECMA-376 Part 1, 20.1.8.58; ODF
 * style:repeat="repeat") needs beyond the tile's placement: the picture's own size, for raster
 * pictures from their header and for SVG from the root element's width and height (else its
 * viewBox), and, for mirrored tiles (a:tile `flip`, ST_TileFlipMode 20.1.10.86), the repeating
 * unit: the tile beside and/or under its mirror image, two or four tiles that repeat as one.
 *
 * A CSS background cannot mirror its image, so the unit is an SVG document of its own, the
 * picture embedded as a data: URL (an SVG drawn as an image loads nothing else; the renderer's
 * CSP allows data: images).
 */
import { readPictureHeader } from '@ostal/model';
import type { PictureTile } from '@ostal/model';
import { toBase64 } from '../ui/index.js';

/** Largest side, in pixels, believed (a header claiming more is broken or hostile). */
const MAX_SIDE = 100_000;
/** Bytes of an SVG read to find its root element (its prolog, comments and DOCTYPE come first). */
const SVG_HEAD = 65_536;

/** CSS pixels per unit of an SVG length (CSS Values 4, absolute lengths); `em`/`ex` at a 16 px font. */
const PX_PER: Readonly<Record<string, number>> = { '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6, em: 16, ex: 8 };

function svgLength(value: string | undefined): number | undefined {
  const m = value ? /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value) : null;
  const unit = m ? PX_PER[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const px = Number(m[1]) * unit;
  return Number.isFinite(px) && px > 0 ? px : undefined;
}

/**
 * The size in CSS pixels of an SVG picture, from its root element: `width` and `height`
 * (absolute lengths; percentages say nothing), the missing one from the viewBox's proportions,
 * else the viewBox's own size. Null when the bytes hold no `<svg>` root or it gives no size.
 */
export function svgPictureSize(data: Uint8Array): { widthPx: number; heightPx: number } | null {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, SVG_HEAD));
  const root = /<(?:[A-Za-z_][\w.-]*:)?svg\b([^>]*)>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  if (!root) return null;
  const attr = (name: string): string | undefined => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root[1] ?? '')?.slice(1).find((v) => v !== undefined);
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const vb = box?.length === 4 && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0 ? { w: box[2] ?? 1, h: box[3] ?? 1 } : undefined;
  let w = svgLength(attr('width'));
  let h = svgLength(attr('height'));
  if (w === undefined && h !== undefined && vb) w = (h * vb.w) / vb.h;
  if (h === undefined && w !== undefined && vb) h = (w * vb.h) / vb.w;
  w ??= vb?.w;
  h ??= vb?.h;
  if (w === undefined || h === undefined || w > MAX_SIDE || h > MAX_SIDE) return null;
  return { widthPx: w, heightPx: h };
}

/** The own size of a tile's picture in pixels (96 per inch): raster headers, then SVG; null when unknown. */
export function tilePictureSize(data: Uint8Array | undefined): { widthPx: number; heightPx: number } | null {
  if (!data) return null;
  return readPictureHeader(data, MAX_SIDE) ?? svgPictureSize(data);
}

/** How many tiles across and down the repeating unit of `flip` holds (1 x 1 unmirrored). */
export function tileRepeatUnit(flip: PictureTile['flip']): { nx: 1 | 2; ny: 1 | 2 } {
  return { nx: flip === 'x' || flip === 'xy' ? 2 : 1, ny: flip === 'y' || flip === 'xy' ? 2 : 1 };
}

/**
 * The tiles of one repeating unit, in tiles: where each goes and whether it is mirrored across
 * (`mx`) and/or down (`my`). The first is the picture as it is, at the unit's top-left corner.
 */
export function tileCopies(flip: PictureTile['flip']): { col: number; row: number; mx: boolean; my: boolean }[] {
  const { nx, ny } = tileRepeatUnit(flip);
  const out: { col: number; row: number; mx: boolean; my: boolean }[] = [];
  for (let row = 0; row < ny; row++) for (let col = 0; col < nx; col++) out.push({ col, row, mx: col === 1, my: row === 1 });
  return out;
}

/** The SVG transform drawing a `w` x `h` tile at (`x`, `y`), mirrored as `copy` says. */
export function tileTransform(copy: { mx: boolean; my: boolean }, x: number, y: number, w: number, h: number): string {
  const tx = x + (copy.mx ? w : 0);
  const ty = y + (copy.my ? h : 0);
  return `translate(${String(tx)} ${String(ty)}) scale(${copy.mx ? -1 : 1} ${copy.my ? -1 : 1})`;
}

const unitCache = new WeakMap<Uint8Array, Map<string, string>>();

/**
 * A data: URL of the repeating unit of mirrored tiles: an SVG one unit per tile, the picture
 * (`type`, `data`) stretched over each tile, mirrored as `flip` says; drawn at any size
 * (preserveAspectRatio none). Made once per picture and flip.
 */
export function mirroredTileUrl(type: string, data: Uint8Array, flip: NonNullable<PictureTile['flip']>): string {
  let byFlip = unitCache.get(data);
  if (!byFlip) {
    byFlip = new Map();
    unitCache.set(data, byFlip);
  }
  const known = byFlip.get(flip);
  if (known) return known;
  const { nx, ny } = tileRepeatUnit(flip);
  const href = `data:${type.replace(/[^\w.+/-]/g, '')};base64,${toBase64(data)}`;
  const images = tileCopies(flip)
    .map((c) => `<image href="${href}" width="1" height="1" preserveAspectRatio="none" transform="${tileTransform(c, c.col, c.row, 1, 1)}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${String(nx)}" height="${String(ny)}" viewBox="0 0 ${String(nx)} ${String(ny)}" preserveAspectRatio="none">${images}</svg>`;
  const url = `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`;
  byFlip.set(flip, url);
  return url;
}
