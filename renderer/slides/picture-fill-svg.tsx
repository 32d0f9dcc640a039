/**
 * A picture fill (DrawingML a:blipFill in a shape's a:spPr, ECMA-376 Part 1, 20.1.8.14; ODF
 * draw:fill="bitmap", ODF 1.3 part 3, 20.144) inside an SVG outline: free forms (a:custGeom,
 * draw:custom-shape / draw:path) and the preset shapes drawn as polygons. The picture is an SVG
 * pattern of one tile stretched over the shape's bounding box (a:stretch/a:fillRect, style:repeat
 * "stretch"), its crop (a:srcRect) cut off by placing the picture larger than the box; a tiled
 * picture (a:tile, style:repeat "repeat") is a pattern of its scaled own size in the SVG's units,
 * mirrored tiles (a:tile flip) a pattern of the tile beside or under its mirror images.
 */
import type { ReactNode } from 'react';
import { EMU_PER_PICTURE_PIXEL } from '@ostal/model';
import type { Crop, Fill, PictureTile } from '@ostal/model';
import { tileCopies, tilePictureSize, tileRepeatUnit, tileTransform } from './picture-tile.js';

/** Where the whole picture goes, in shares of the box, so that its uncropped part fills the box exactly. */
export function croppedPlacement(crop: Crop | undefined): { x: number; y: number; width: number; height: number } {
  if (!crop) return { x: 0, y: 0, width: 1, height: 1 };
  const share = (v: number) => v / 100_000;
  const w = Math.max(0.001, 1 - share(crop.left) - share(crop.right));
  const h = Math.max(0.001, 1 - share(crop.top) - share(crop.bottom));
  return { x: -share(crop.left) / w, y: -share(crop.top) / h, width: 1 / w, height: 1 / h };
}

/** An id usable in `url(#…)` (React's ids hold characters a CSS reference would have to escape). */
export function svgId(...parts: readonly (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
}

/** How an SVG outline maps onto its shape: the box in EMU, the viewBox's size (stretched over the box), and the picture's bytes (for its size). */
export interface TileSpace {
  readonly box: { readonly cx: number; readonly cy: number };
  readonly view: { readonly w: number; readonly h: number };
  readonly data: Uint8Array | undefined;
}

/**
 * One tile in the SVG's user units: its size, and its origin (aligned corner plus offset, wrapped
 * into one repeating unit: one tile, or two or four when tiles are mirrored, see picture-tile.ts).
 */
export function tilePlacement(tile: PictureTile, space: TileSpace): { x: number; y: number; width: number; height: number } | undefined {
  const head = tilePictureSize(space.data);
  if (!head) return undefined;
  const kx = space.view.w / Math.max(1, space.box.cx);
  const ky = space.view.h / Math.max(1, space.box.cy);
  const width = head.widthPx * EMU_PER_PICTURE_PIXEL * (tile.sx / 100_000) * kx;
  const height = head.heightPx * EMU_PER_PICTURE_PIXEL * (tile.sy / 100_000) * ky;
  const align = tile.align ?? 'tl';
  const share = (end: readonly string[], mid: readonly string[]) => (end.includes(align) ? 1 : mid.includes(align) ? 0.5 : 0);
  const x = (space.view.w - width) * share(['tr', 'r', 'br'], ['t', 'ctr', 'b']) + tile.tx * kx;
  const y = (space.view.h - height) * share(['bl', 'b', 'br'], ['l', 'ctr', 'r']) + tile.ty * ky;
  const wrap = (v: number, size: number) => (size > 0 ? ((v % size) + size) % size : 0);
  const { nx, ny } = tileRepeatUnit(tile.flip);
  return { x: wrap(x, width * nx), y: wrap(y, height * ny), width, height };
}

/**
 * The `<defs>` of a picture fill and the `fill` value that paints with it; undefined when `fill`
 * is no picture or its picture cannot be drawn (then the caller draws no fill, as before). A
 * tiled fill is repeated when `space` is given and the picture's size can be read, else stretched.
 */
export function pictureFill(fill: Fill | undefined, id: string, url: (media: string) => string | undefined, space?: TileSpace): { defs: ReactNode; paint: string } | undefined {
  if (fill?.kind !== 'picture') return undefined;
  const href = url(fill.media);
  if (!href) return undefined;
  const tile = fill.tile && space ? tilePlacement(fill.tile, space) : undefined;
  if (tile) {
    // Mirrored tiles: the pattern is the unit of the tile and its mirror images.
    const { nx, ny } = tileRepeatUnit(fill.tile?.flip);
    return {
      paint: `url(#${id})`,
      defs: (
        <defs>
          <pattern id={id} className="slides-view__picture-fill" patternUnits="userSpaceOnUse" x={tile.x} y={tile.y} width={tile.width * nx} height={tile.height * ny}>
            {tileCopies(fill.tile?.flip).map((c) => (
              <image
                key={`${String(c.col)}-${String(c.row)}`}
                href={href}
                x={0}
                y={0}
                width={tile.width}
                height={tile.height}
                preserveAspectRatio="none"
                {...(c.mx || c.my ? { transform: tileTransform(c, c.col * tile.width, c.row * tile.height, tile.width, tile.height) } : {})}
              />
            ))}
          </pattern>
        </defs>
      ),
    };
  }
  const at = croppedPlacement(fill.crop);
  return {
    paint: `url(#${id})`,
    defs: (
      <defs>
        <pattern id={id} className="slides-view__picture-fill" patternUnits="objectBoundingBox" patternContentUnits="objectBoundingBox" width="1" height="1">
          <image href={href} x={at.x} y={at.y} width={at.width} height={at.height} preserveAspectRatio="none" />
        </pattern>
      </defs>
    ),
  };
}
