/**
 * Tiled picture fills in ODF (ODF 1.3 Part 3, 20.145 draw:fill-image-height, 20.146
 * draw:fill-image-ref-point, 20.147/20.148 draw:fill-image-ref-point-x/-y, 20.149
 * draw:fill-image-width, 20.356 style:repeat), to and from the model's PictureTile (a:tile's
 * terms). A tile's size in ODF is a length or a percentage of the picture's own size; the offset
 * is a percentage of the tile's size from the reference point. Lengths and offsets need the
 * picture's pixel size (read from its header, at 96 pixels per inch); without it a tile keeps the
 * picture's own size and no offset.
 */
import { EMU_PER_PICTURE_PIXEL, readPictureHeader } from '@ostal/model';
import type { PictureTile } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { odfLengthToEmu } from './odf-lengths.js';

const REF_POINTS: Readonly<Record<string, NonNullable<PictureTile['align']> | 'tl'>> = {
  'top-left': 'tl',
  top: 't',
  'top-right': 'tr',
  left: 'l',
  center: 'ctr',
  right: 'r',
  'bottom-left': 'bl',
  bottom: 'b',
  'bottom-right': 'br',
};

/** Largest picture side believed, in pixels. */
const MAX_SIDE = 100_000;

function pixelSize(data: Uint8Array | undefined): { w: number; h: number } | undefined {
  const head = data ? readPictureHeader(data, MAX_SIDE) : null;
  return head ? { w: head.widthPx, h: head.heightPx } : undefined;
}

function percent(v: string | undefined): number | undefined {
  const m = v ? /^(-?\d+(?:\.\d+)?)%$/.exec(v.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * The tile of a bitmap fill whose style says `style:repeat="repeat"`; undefined for a stretched
 * or unrepeated picture.
 * @param get an attribute of the fill's properties (following its parent styles)
 * @param data the picture's bytes, for lengths and offsets
 */
export function readOdfTile(get: (ns: string, local: string) => string | undefined, data: Uint8Array | undefined): PictureTile | undefined {
  if (get(NS.style, 'repeat') !== 'repeat') return undefined;
  const px = pixelSize(data);
  const scale = (v: string | undefined, side: number | undefined): number => {
    const pct = percent(v);
    if (pct !== undefined) return pct > 0 && pct <= 10_000 ? Math.round(pct * 1000) : 100_000;
    const emu = odfLengthToEmu(v);
    if (emu === undefined || emu <= 0 || !side) return 100_000;
    return Math.min(10_000_000, Math.max(1000, Math.round((emu / (side * EMU_PER_PICTURE_PIXEL)) * 100_000)));
  };
  const sx = scale(get(NS.draw, 'fill-image-width'), px?.w);
  const sy = scale(get(NS.draw, 'fill-image-height'), px?.h);
  const offset = (v: string | undefined, side: number | undefined, s: number): number => {
    const pct = percent(v);
    return pct !== undefined && side && Math.abs(pct) <= 100 ? Math.round((pct / 100) * side * EMU_PER_PICTURE_PIXEL * (s / 100_000)) : 0;
  };
  const align = REF_POINTS[get(NS.draw, 'fill-image-ref-point') ?? ''];
  return {
    sx,
    sy,
    tx: offset(get(NS.draw, 'fill-image-ref-point-x'), px?.w, sx),
    ty: offset(get(NS.draw, 'fill-image-ref-point-y'), px?.h, sy),
    ...(align && align !== 'tl' ? { align } : {}),
  };
}

/** The style attributes of a tiled bitmap fill (the flip of PPTX's a:tile has no ODF form). */
export function odfTileAttrs(tile: PictureTile, data: Uint8Array | undefined): Record<string, string> {
  const px = pixelSize(data);
  const ref = Object.entries(REF_POINTS).find(([, a]) => a === (tile.align ?? 'tl'))?.[0] ?? 'top-left';
  const share = (offset: number, side: number | undefined, s: number): string => {
    const tileEmu = side ? side * EMU_PER_PICTURE_PIXEL * (s / 100_000) : 0;
    const pct = tileEmu > 0 ? Math.max(-100, Math.min(100, (offset / tileEmu) * 100)) : 0;
    return `${String(Math.round(pct * 100) / 100)}%`;
  };
  return {
    'style:repeat': 'repeat',
    'draw:fill-image-width': `${String(tile.sx / 1000)}%`,
    'draw:fill-image-height': `${String(tile.sy / 1000)}%`,
    'draw:fill-image-ref-point': ref,
    'draw:fill-image-ref-point-x': share(tile.tx, px?.w, tile.sx),
    'draw:fill-image-ref-point-y': share(tile.ty, px?.h, tile.sy),
  };
}
