/**
 * Writes `shape` nodes (`text-shape-schema.ts`) as DrawingML of WordprocessingML: a `wps:wsp`
 * (ECMA-376 Part 1, 20.1.2.2.19 `wps:spPr`: `a:xfrm`, `a:prstGeom`, fill, `a:ln` with its
 * children in schema order) or a `wpg:wgp` group of them (`a:xfrm` with `a:chOff`/`a:chExt`
 * equal to the group's own box, so child offsets are EMU from its corner). Mirrors
 * `wml-shape-reader.ts`. The caller puts it in `wp:inline`/`wp:anchor` and an
 * `mc:AlternateContent` choice requiring `wps` or `wpg`, as Word writes them.
 *
 * A shape still matching its kept DOCX source is written back from it, with a fresh
 * `wp:docPr` id.
 */
import { keptShapeSource } from '@ostal/model';
import type { ShapeChild, ShapeLook } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { sourceOut } from './opaque-xml.js';

export const NS_WPG = 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const DASH: Readonly<Record<string, string>> = { solid: 'solid', dash: 'dash', dot: 'sysDot', 'dash-dot': 'dashDot' };

function colour(c: string | null): XmlOut {
  return c === null ? x('a:noFill') : x('a:solidFill', {}, x('a:srgbClr', { val: c.slice(1).toUpperCase() }));
}

/** `wps:spPr` of a look in box (`x`, `y`, `w`, `h`). */
function spPr(look: ShapeLook, bx: number, by: number, w: number, h: number): XmlOut {
  const rot = Math.round(look.rotation * 60000);
  return x(
    'wps:spPr',
    {},
    x('a:xfrm', { rot: rot === 0 ? undefined : rot, flipH: look.flipH ? 1 : undefined, flipV: look.flipV ? 1 : undefined }, x('a:off', { x: bx, y: by }), x('a:ext', { cx: w, cy: h })),
    x('a:prstGeom', { prst: look.geometry }, x('a:avLst', {}, Object.entries(look.adjust ?? {}).map(([name, v]) => x('a:gd', { name, fmla: `val ${String(v)}` })))),
    colour(look.fill),
    x(
      'a:ln',
      { w: look.lineWidth },
      colour(look.line),
      look.line !== null && look.lineDash !== 'solid' ? x('a:prstDash', { val: DASH[look.lineDash] }) : null,
      look.headEnd !== 'none' ? x('a:headEnd', { type: look.headEnd }) : null,
      look.tailEnd !== 'none' ? x('a:tailEnd', { type: look.tailEnd }) : null,
    ),
  );
}

function wsp(look: ShapeLook, bx: number, by: number, w: number, h: number): XmlOut {
  return x('wps:wsp', {}, x('wps:cNvSpPr'), spPr(look, bx, by, w, h), x('wps:bodyPr'));
}

/** The `a:graphic` of a shape or group node, and what its `mc:Choice` requires. */
export function wmlShapeGraphic(a: Readonly<Record<string, unknown>>): { graphic: XmlOut; requires: 'wps' | 'wpg' } {
  const w = Math.max(0, Number(a.width));
  const h = Math.max(0, Number(a.height));
  if (a.geometry === 'group') {
    const children = (a.children as ShapeChild[] | null) ?? [];
    const group = x(
      'wpg:wgp',
      {},
      x('wpg:cNvGrpSpPr'),
      x('wpg:grpSpPr', {}, x('a:xfrm', {}, x('a:off', { x: 0, y: 0 }), x('a:ext', { cx: w, cy: h }), x('a:chOff', { x: 0, y: 0 }), x('a:chExt', { cx: w, cy: h }))),
      children.map((c) => wsp(c, c.x, c.y, c.width, c.height)),
    );
    return { graphic: x('a:graphic', { 'xmlns:a': NS_A }, x('a:graphicData', { uri: NS_WPG }, group)), requires: 'wpg' };
  }
  const shape = wsp(a as unknown as ShapeLook, 0, 0, w, h);
  return { graphic: x('a:graphic', { 'xmlns:a': NS_A }, x('a:graphicData', { uri: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape' }, shape)), requires: 'wps' };
}

/** `out` with the `id` of its `wp:docPr` elements set to `id`. */
function withDocPrId(out: XmlOut, id: number): XmlOut {
  if (out.name.endsWith(':docPr') || out.name === 'docPr') return { ...out, attrs: { ...out.attrs, id } };
  return { ...out, children: out.children.map((c) => (typeof c === 'string' ? c : withDocPrId(c, id))) };
}

/**
 * The run content of a shape whose kept DOCX source still describes it (a `w:drawing`, in its
 * `mc:AlternateContent` choice, or a VML `w:pict`), or null to write it from the model.
 */
export function keptWmlShape(a: Readonly<Record<string, unknown>>, docPrId: number): XmlOut | null {
  const xml = keptShapeSource(a, 'ooxml');
  const out = xml === null ? undefined : sourceOut(xml);
  if (!out) return null;
  if (out.name.endsWith(':pict') || out.name === 'pict') return out;
  const group = xml!.includes(NS_WPG);
  return x(
    'mc:AlternateContent',
    {},
    x('mc:Choice', group ? { Requires: 'wpg', 'xmlns:wpg': NS_WPG } : { Requires: 'wps' }, withDocPrId(out, docPrId)),
  );
}
