/**
 * Free-form (custom) shape outlines, as DrawingML a:custGeom paths hold them (ECMA-376 Part 1,
 * 20.1.9.15 a:path: moveTo, lnTo, cubicBezTo, quadBezTo, arcTo, close) and ODF can draw them
 * (draw:enhanced-path, svg:d, draw:points). Coordinates are in each path's own space, `w` x `h`,
 * stretched over the shape's box.
 */

export type PathSegment =
  | { readonly op: 'move' | 'line'; readonly x: number; readonly y: number }
  | { readonly op: 'cubic'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly op: 'quad'; readonly x1: number; readonly y1: number; readonly x: number; readonly y: number }
  /** DrawingML arcTo from the current point: radii, start and swing angles in 60000ths of a degree (clockwise). */
  | { readonly op: 'arc'; readonly wR: number; readonly hR: number; readonly stAng: number; readonly swAng: number }
  | { readonly op: 'close' };

export interface CustomPath {
  /** Width and height of the path's coordinate space (positive). */
  readonly w: number;
  readonly h: number;
  /** False when the path is not filled (a:path fill="none", ODF `F`). */
  readonly fill?: boolean;
  /** False when the path is not stroked (a:path stroke="0", ODF `S`). */
  readonly stroke?: boolean;
  readonly segments: readonly PathSegment[];
}
