/**
 * Drawing shapes without text and groups of them: the `shape` node of the text schema. Spread
 * into `textSchema` by `text-schema.ts`.
 *
 * `shape` is an inline atom placed like a picture (`placementAttrs` of `text-image-schema.ts`:
 * inline, or anchored with offsets, relations, wrapping and stacking). Its `geometry` is a
 * DrawingML preset name (ECMA-376 Part 1, 20.1.10.56 ST_ShapeType: `rect`, `ellipse`, `line`,
 * `rightArrow`...), the vocabulary both formats map to; `group` makes it a group whose `children`
 * are the shapes it holds, each placed by its offset inside the group.
 *
 * Units as pictures: lengths (`width`, `height`, `x`, `y`, `lineWidth`) in **EMU**, integers;
 * colours `#rrggbb` (null: no fill, no line); `rotation` in degrees clockwise (0 to 360).
 *
 * `source` keeps the element the shape was read from (`family` `ooxml` or `odf`, its `xml`, and
 * `sig`, the modelled attributes when read): a writer of the same family writes it back as it
 * was while the shape is unchanged, so what the model does not hold (gradients, effects,
 * pictures and text boxes inside groups, custom paths) survives same-format round trips.
 *
 * Drawn (`shapeSvgSpec`) from the preset's DrawingML definition with its adjust values
 * (`geometry/preset-geometry.ts`), one SVG path per sub-path (unfilled and unstroked ones as
 * such); lines, connectors, the ellipse and presets without a definition by `presetPath`.
 */
import type { Attrs, DOMOutputSpec, NodeSpec } from 'prosemirror-model';
import { EMU_PER_PX, placementAttrs } from './text-image-schema.js';
import { presetOutline, SHADE_OVERLAY, svgPathData } from './geometry/preset-geometry.js';
import type { PathShade } from './geometry/preset-geometry.js';

/** Line ends (DrawingML 20.1.10.55 ST_LineEndType). */
export const SHAPE_LINE_ENDS = ['none', 'arrow', 'triangle', 'stealth', 'diamond', 'oval'] as const;
export type ShapeLineEnd = (typeof SHAPE_LINE_ENDS)[number];
/** Line dashes the model keeps. */
export const SHAPE_DASHES = ['solid', 'dash', 'dot', 'dash-dot'] as const;
export type ShapeDash = (typeof SHAPE_DASHES)[number];

/** What one shape draws (a `shape` node's own look, or one child of a group). */
export interface ShapeLook {
  readonly geometry: string;
  readonly fill: string | null;
  readonly line: string | null;
  readonly lineWidth: number;
  readonly lineDash: ShapeDash;
  readonly headEnd: ShapeLineEnd;
  readonly tailEnd: ShapeLineEnd;
  readonly rotation: number;
  readonly flipH: boolean;
  readonly flipV: boolean;
  /**
   * The preset's adjust values that differ from its defaults (a:avLst `gd` names -> values, as
   * ECMA-376 Part 1, Annex D counts them: a trapezoid's `adj`, a star's `adj`, `hf`, `vf`), or null.
   */
  readonly adjust?: Readonly<Record<string, number>> | null;
}

/** A shape inside a group: its look and its box, offsets from the group's top left corner. */
export interface ShapeChild extends ShapeLook {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The source element a shape was read from. */
export interface ShapeSource {
  readonly family: 'ooxml' | 'odf';
  readonly xml: string;
  readonly sig: string;
  /**
   * The theme colours (slot -> `#rrggbb`) of the document it came from, when the element refers
   * to them (`a:schemeClr`): written back with it as the package's theme, so they mean the same.
   */
  readonly palette?: Readonly<Record<string, string>>;
}

const GEOMETRY = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const COLOUR = /^#[0-9a-f]{6}$/;
const MAX_EMU = 2 ** 40;
/** Children kept in a group (nested groups are flattened into it). */
export const MAX_GROUP_CHILDREN = 500;

/** Adjust values a shape keeps (ECMA-376's presets have eight at most). */
const MAX_ADJUST = 8;
const ADJUST_NAME = /^[a-z][a-z0-9]{0,7}$/;

/** Whether `v` is a shape's adjust values: null, or up to eight `name -> integer`. */
export function validShapeAdjust(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.length <= MAX_ADJUST && entries.every(([k, n]) => ADJUST_NAME.test(k) && typeof n === 'number' && Number.isInteger(n) && Math.abs(n) <= 2 ** 31);
}

function isEmu(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_EMU;
}

/** Why `look` is not a valid shape look, or null. */
function lookError(a: Readonly<Record<string, unknown>>): string | null {
  if (typeof a.geometry !== 'string' || !GEOMETRY.test(a.geometry)) return 'geometry must be a preset name';
  for (const k of ['fill', 'line'] as const) if (a[k] !== null && (typeof a[k] !== 'string' || !COLOUR.test(a[k]))) return `${k} must be #rrggbb or null`;
  if (!isEmu(a.lineWidth) || a.lineWidth < 0) return 'lineWidth must be EMU';
  if (!(SHAPE_DASHES as readonly unknown[]).includes(a.lineDash)) return 'lineDash is not known';
  if (!(SHAPE_LINE_ENDS as readonly unknown[]).includes(a.headEnd) || !(SHAPE_LINE_ENDS as readonly unknown[]).includes(a.tailEnd)) return 'line ends are not known';
  if (typeof a.rotation !== 'number' || !(a.rotation >= 0 && a.rotation < 360)) return 'rotation must be degrees in [0, 360)';
  if (typeof a.flipH !== 'boolean' || typeof a.flipV !== 'boolean') return 'flips are booleans';
  if (!validShapeAdjust(a.adjust)) return 'adjust must map names to integers';
  return null;
}

/** Whether `v` is a valid group child. */
export function validShapeChild(v: unknown): v is ShapeChild {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const c = v as Record<string, unknown>;
  return lookError(c) === null && c.geometry !== 'group' && isEmu(c.x) && isEmu(c.y) && isEmu(c.width) && isEmu(c.height) && c.width >= 0 && c.height >= 0;
}

function oneOf(values: readonly string[], name: string): (v: unknown) => void {
  return (v) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new RangeError(`${name} must be one of ${values.join(', ')}.`);
  };
}

function colour(name: string): (v: unknown) => void {
  return (v) => {
    if (v !== null && (typeof v !== 'string' || !COLOUR.test(v))) throw new RangeError(`${name} must be a #rrggbb colour or null.`);
  };
}

/** Attributes a shape's {@link ShapeSource.sig} covers: what writers write from the model. */
export const SHAPE_SIG_KEYS = ['geometry', 'adjust', 'width', 'height', 'fill', 'line', 'lineWidth', 'lineDash', 'headEnd', 'tailEnd', 'rotation', 'flipH', 'flipV', 'alt', 'title', 'name', 'children', 'placement', 'xRelative', 'yRelative', 'x', 'y', 'xAlign', 'yAlign', 'wrap', 'z'] as const;

/**
 * A look as readers give it, so every format reads the same: no line keeps the default width,
 * and a line's flip across an axis it does not extend along means nothing.
 */
export function normalisedLook<T extends ShapeLook>(look: T, width: number, height: number): T {
  const out: { -readonly [K in keyof T]: T[K] } = { ...look };
  if (out.line === null) out.lineWidth = 9525;
  if (isLineGeometry(out.geometry)) {
    if (width <= 1) out.flipH = false;
    if (height <= 1) out.flipV = false;
  }
  return out;
}

/** The signature of a shape's modelled attributes: a kept source is written while it matches. */
export function shapeSig(attrs: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(SHAPE_SIG_KEYS.map((k) => attrs[k] ?? null));
}

/** The kept source of `attrs` when it still describes them (same family asked), else null. */
export function keptShapeSource(attrs: Readonly<Record<string, unknown>>, family: 'ooxml' | 'odf'): string | null {
  const s = attrs.source as ShapeSource | null;
  return s && s.family === family && s.sig === shapeSig(attrs) ? s.xml : null;
}

const px = (emu: number): number => Math.round((emu / EMU_PER_PX) * 100) / 100;

/** The SVG path of preset `geometry` in a `w` × `h` box (presets not drawn here: their box). */
export function presetPath(geometry: string, w: number, h: number): string {
  const p = (pts: readonly (readonly [number, number])[]): string => `M${pts.map(([a, b]) => `${String(px(a * w))} ${String(px(b * h))}`).join(' L')} Z`;
  switch (geometry) {
    case 'ellipse':
    case 'flowChartConnector': {
      const rx = px(w / 2);
      const ry = px(h / 2);
      return `M0 ${String(ry)} A${String(rx)} ${String(ry)} 0 1 0 ${String(px(w))} ${String(ry)} A${String(rx)} ${String(ry)} 0 1 0 0 ${String(ry)} Z`;
    }
    case 'line':
    case 'straightConnector1':
    case 'bentConnector2':
    case 'bentConnector3':
    case 'curvedConnector3':
      return `M0 0 L${String(px(w))} ${String(px(h))}`;
    case 'triangle':
    case 'flowChartExtract':
      return p([[0.5, 0], [1, 1], [0, 1]]);
    case 'rtTriangle':
      return p([[0, 0], [1, 1], [0, 1]]);
    case 'diamond':
    case 'flowChartDecision':
      return p([[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]]);
    case 'parallelogram':
    case 'flowChartInputOutput':
      return p([[0.25, 0], [1, 0], [0.75, 1], [0, 1]]);
    case 'trapezoid':
      return p([[0.25, 0], [0.75, 0], [1, 1], [0, 1]]);
    case 'pentagon':
    case 'homePlate':
      return p([[0, 0], [0.8, 0], [1, 0.5], [0.8, 1], [0, 1]]);
    case 'hexagon':
      return p([[0.25, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0.25, 1], [0, 0.5]]);
    case 'chevron':
      return p([[0, 0], [0.8, 0], [1, 0.5], [0.8, 1], [0, 1], [0.2, 0.5]]);
    case 'rightArrow':
      return p([[0, 0.25], [0.6, 0.25], [0.6, 0], [1, 0.5], [0.6, 1], [0.6, 0.75], [0, 0.75]]);
    case 'leftArrow':
      return p([[1, 0.25], [0.4, 0.25], [0.4, 0], [0, 0.5], [0.4, 1], [0.4, 0.75], [1, 0.75]]);
    case 'upArrow':
      return p([[0.25, 1], [0.25, 0.4], [0, 0.4], [0.5, 0], [1, 0.4], [0.75, 0.4], [0.75, 1]]);
    case 'downArrow':
      return p([[0.25, 0], [0.25, 0.6], [0, 0.6], [0.5, 1], [1, 0.6], [0.75, 0.6], [0.75, 0]]);
    case 'star5':
      return p([[0.5, 0], [0.62, 0.38], [1, 0.38], [0.69, 0.62], [0.81, 1], [0.5, 0.76], [0.19, 1], [0.31, 0.62], [0, 0.38], [0.38, 0.38]]);
    case 'plus':
      return p([[0.33, 0], [0.67, 0], [0.67, 0.33], [1, 0.33], [1, 0.67], [0.67, 0.67], [0.67, 1], [0.33, 1], [0.33, 0.67], [0, 0.67], [0, 0.33], [0.33, 0.33]]);
    case 'roundRect': {
      const r = px(Math.min(w, h) / 6);
      const W = px(w);
      const H = px(h);
      return `M${String(r)} 0 H${String(W - r)} A${String(r)} ${String(r)} 0 0 1 ${String(W)} ${String(r)} V${String(H - r)} A${String(r)} ${String(r)} 0 0 1 ${String(W - r)} ${String(H)} H${String(r)} A${String(r)} ${String(r)} 0 0 1 0 ${String(H - r)} V${String(r)} A${String(r)} ${String(r)} 0 0 1 ${String(r)} 0 Z`;
    }
    default:
      return p([[0, 0], [1, 0], [1, 1], [0, 1]]);
  }
}

/** Whether `geometry` is an open line (no fill drawn). */
export function isLineGeometry(geometry: string): boolean {
  return geometry === 'line' || geometry.includes('Connector');
}

const DASH: Readonly<Record<ShapeDash, string | null>> = { solid: null, dash: '6 3', dot: '1.5 3', 'dash-dot': '6 3 1.5 3' };

/** Presets drawn by `presetPath` (lines and the ellipse's exact arcs); others from their definition. */
const OWN_PATHS: ReadonlySet<string> = new Set(['ellipse', 'flowChartConnector']);

/**
 * The sub-paths of preset `geometry` with `adjust` in a `w` × `h` EMU box, in pixels, from its DrawingML
 * definition (`geometry/preset-geometry.ts`), or the approximation of `presetPath` for lines,
 * the ellipse and presets without a definition.
 */
function presetSubPaths(geometry: string, w: number, h: number, adjust: Readonly<Record<string, number>> | null | undefined): { d: string; fill: boolean; stroke: boolean; shade?: PathShade }[] {
  const outline = isLineGeometry(geometry) || OWN_PATHS.has(geometry) ? undefined : presetOutline(geometry, px(w), px(h), adjust);
  return outline ? outline.paths.map((p) => ({ d: svgPathData(p), fill: p.fill, stroke: p.stroke, ...(p.shade ? { shade: p.shade } : {}) })) : [{ d: presetPath(geometry, w, h), fill: true, stroke: true }];
}

/** The SVG element of one shape at (`x`, `y`) inside the drawing: one path per sub-path of its preset. */
function shapeElement(look: ShapeLook, x: number, y: number, w: number, h: number): DOMOutputSpec {
  const line = isLineGeometry(look.geometry);
  const cx = px(x + w / 2);
  const cy = px(y + h / 2);
  const transform = [`translate(${String(px(x))} ${String(px(y))})`];
  if (look.rotation !== 0 || look.flipH || look.flipV) {
    transform.unshift(`rotate(${String(look.rotation)} ${String(cx)} ${String(cy)})`, `translate(${String(cx)} ${String(cy)}) scale(${look.flipH ? -1 : 1} ${look.flipV ? -1 : 1}) translate(${String(-cx)} ${String(-cy)})`);
  }
  const stroke = look.line ?? (line ? '#000000' : 'none');
  const paths: { d: string; fill: boolean; stroke: boolean; shade?: PathShade }[] =
    look.geometry === 'rect' || line ? [{ d: presetPath(look.geometry, w, h), fill: true, stroke: true }] : presetSubPaths(look.geometry, w, h, look.adjust);
  // A shaded side (a cube's top, an action button's icon) is its fill darkened or lightened by an overlay.
  const shading = (p: { d: string; fill: boolean; shade?: PathShade }): DOMOutputSpec[] =>
    p.shade && p.fill && look.fill && !line
      ? [['http://www.w3.org/2000/svg path', { d: p.d, fill: SHADE_OVERLAY[p.shade].color, 'fill-opacity': String(SHADE_OVERLAY[p.shade].opacity), stroke: 'none' }]]
      : [];
  return [
    'http://www.w3.org/2000/svg g',
    { transform: transform.join(' ') },
    ...paths.flatMap((p): DOMOutputSpec[] => [
      [
        'http://www.w3.org/2000/svg path',
        {
          d: p.d,
          fill: line || !p.fill ? 'none' : (look.fill ?? 'none'),
          stroke: p.stroke ? stroke : 'none',
          'stroke-width': String(Math.max(0.75, px(look.lineWidth || 9525))),
          'stroke-dasharray': DASH[look.lineDash] ?? undefined,
          'stroke-linejoin': 'round',
          'marker-start': line && look.headEnd !== 'none' ? 'url(#ostal-shape-arrow-start)' : undefined,
          'marker-end': line && look.tailEnd !== 'none' ? 'url(#ostal-shape-arrow-end)' : undefined,
        } as Record<string, string | undefined> as Attrs,
      ],
      ...shading(p),
    ]),
  ];
}

/** The inline SVG drawing a shape node (its group children, or itself), labelled by its alt text. */
export function shapeSvgSpec(attrs: Readonly<Record<string, unknown>>, label: string): DOMOutputSpec {
  const w = Number(attrs.width);
  const h = Number(attrs.height);
  const children = attrs.geometry === 'group' ? ((attrs.children as ShapeChild[] | null) ?? []) : [{ ...(attrs as unknown as ShapeLook), x: 0, y: 0, width: w, height: h }];
  const marker = (id: string, d: string): DOMOutputSpec => [
    'http://www.w3.org/2000/svg marker',
    { id, viewBox: '0 0 10 10', refX: '5', refY: '5', markerWidth: '5', markerHeight: '5', orient: 'auto-start-reverse' },
    ['http://www.w3.org/2000/svg path', { d, fill: 'context-stroke' }],
  ];
  return [
    'http://www.w3.org/2000/svg svg',
    {
      class: 'writer-shape',
      role: 'img',
      'aria-label': label,
      width: String(Math.max(1, px(w))),
      height: String(Math.max(1, px(h))),
      viewBox: `0 0 ${String(Math.max(1, px(w)))} ${String(Math.max(1, px(h)))}`,
      overflow: 'visible',
      'data-placement': String(attrs.placement),
      'data-geometry': String(attrs.geometry),
    },
    ['http://www.w3.org/2000/svg defs', marker('ostal-shape-arrow-start', 'M10 0 L0 5 L10 10 Z'), marker('ostal-shape-arrow-end', 'M0 0 L10 5 L0 10 Z')],
    ...children.map((c) => shapeElement(c, c.x, c.y, c.width, c.height)),
  ];
}

export const shapeNodeSpecs: Record<string, NodeSpec> = {
  shape: {
    inline: true,
    group: 'inline',
    atom: true,
    draggable: true,
    attrs: {
      /** DrawingML preset name, or `group`. */
      geometry: { default: 'rect', validate: (v: unknown) => { if (typeof v !== 'string' || !GEOMETRY.test(v)) throw new RangeError('Shape geometry must be a preset name.'); } },
      /** The preset's adjust values that differ from its defaults ({@link ShapeLook.adjust}), or null. */
      adjust: {
        default: null,
        validate: (v: unknown) => {
          if (!validShapeAdjust(v)) throw new RangeError('Shape adjust values map names to integers.');
        },
      },
      width: { default: 914400, validate: (v: unknown) => { if (!isEmu(v) || v < 0) throw new RangeError('width must be EMU.'); } },
      height: { default: 914400, validate: (v: unknown) => { if (!isEmu(v) || v < 0) throw new RangeError('height must be EMU.'); } },
      fill: { default: null, validate: colour('fill') },
      line: { default: '#000000', validate: colour('line') },
      lineWidth: { default: 9525, validate: (v: unknown) => { if (!isEmu(v) || v < 0) throw new RangeError('lineWidth must be EMU.'); } },
      lineDash: { default: 'solid', validate: oneOf(SHAPE_DASHES, 'lineDash') },
      headEnd: { default: 'none', validate: oneOf(SHAPE_LINE_ENDS, 'headEnd') },
      tailEnd: { default: 'none', validate: oneOf(SHAPE_LINE_ENDS, 'tailEnd') },
      rotation: { default: 0, validate: (v: unknown) => { if (typeof v !== 'number' || !(v >= 0 && v < 360)) throw new RangeError('rotation must be degrees in [0, 360).'); } },
      flipH: { default: false, validate: 'boolean' },
      flipV: { default: false, validate: 'boolean' },
      alt: { default: null, validate: 'string|null' },
      title: { default: null, validate: 'string|null' },
      name: { default: null, validate: 'string|null' },
      /** The shapes of a group (`geometry` `group`), else null. */
      children: {
        default: null,
        validate: (v: unknown) => {
          if (v !== null && (!Array.isArray(v) || v.length > MAX_GROUP_CHILDREN || !v.every(validShapeChild))) throw new RangeError('Group children must be valid shapes.');
        },
      },
      /** The element read, for same-format writing while unchanged, or null. */
      source: {
        default: null,
        validate: (v: unknown) => {
          if (v === null) return;
          const s = v as Partial<ShapeSource>;
          if (typeof v !== 'object' || (s.family !== 'ooxml' && s.family !== 'odf') || typeof s.xml !== 'string' || typeof s.sig !== 'string') throw new RangeError('A shape source is {family, xml, sig}.');
        },
      },
      ...placementAttrs,
    },
    toDOM: (node): DOMOutputSpec => shapeSvgSpec(node.attrs, (node.attrs.alt as string | null) ?? ''),
  },
};
