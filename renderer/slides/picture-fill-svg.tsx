/**
 * A picture fill (DrawingML a:blipFill in a shape's a:spPr, ECMA-376 Part 1, 20.1.8.14; ODF
 * draw:fill="bitmap", ODF 1.3 part 3, 20.144) inside an SVG outline: free forms (a:custGeom,
 * draw:custom-shape / draw:path) and the preset shapes drawn as polygons. The picture is an SVG
 * pattern of one tile stretched over the shape's bounding box (a:stretch/a:fillRect, style:repeat
 * "stretch"), its crop (a:srcRect) cut off by placing the picture larger than the box.
 */
import type { ReactNode } from 'react';
import type { Crop, Fill } from '@ostal/model';

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

/**
 * The `<defs>` of a picture fill and the `fill` value that paints with it; undefined when `fill`
 * is no picture or its picture cannot be drawn (then the caller draws no fill, as before).
 */
export function pictureFill(fill: Fill | undefined, id: string, url: (media: string) => string | undefined): { defs: ReactNode; paint: string } | undefined {
  if (fill?.kind !== 'picture') return undefined;
  const href = url(fill.media);
  if (!href) return undefined;
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
