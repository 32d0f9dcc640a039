/**
 * Placement of a floating VML shape (ECMA-376 Part 4, 14.1.2.19 `v:shape` `style`: the CSS-like
 * `position:absolute`, `margin-left`/`margin-top`, `z-index` and Office's
 * `mso-position-horizontal[-relative]` / `mso-position-vertical[-relative]`; 19.3.2.6 `w10:wrap`)
 * in the model's placement attributes (`text-image-schema.ts`), read and written. Word writes a
 * floating embedded object (`w:object`) so; its picture is the shape's `v:imagedata`.
 *
 * A negative `z-index` puts the shape behind the text; without `w10:wrap` (or with `none`) text
 * does not flow around it; an alignment (`mso-position-horizontal:left`...) replaces the margin.
 */
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

export const NS_W10 = 'urn:schemas-microsoft-com:office:word';

const H_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'margin', text: 'column', char: 'character' };
const V_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'margin', text: 'paragraph', line: 'line' };
const H_ALIGNS = new Set(['left', 'center', 'right', 'inside', 'outside']);
const V_ALIGNS = new Set(['top', 'center', 'bottom', 'inside', 'outside']);
const WRAPS: Readonly<Record<string, string>> = { square: 'square', tight: 'tight', through: 'through', topAndBottom: 'top-bottom' };

function keyOf(table: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.keys(table).find((k) => table[k] === value);
}

/**
 * The placement attributes of an absolutely positioned shape whose `style` declarations are
 * `style`, `wrapType` its `w10:wrap` type; `len` reads a length into EMU.
 */
export function vmlPlacement(style: ReadonlyMap<string, string>, wrapType: string | undefined, len: (v: string | undefined, fallback: number) => number): Record<string, unknown> {
  const zIndex = Number.parseInt(style.get('z-index') ?? '0', 10);
  const z = Number.isFinite(zIndex) ? Math.min(Math.abs(zIndex), 0xffffffff) : 0;
  const out: Record<string, unknown> = {
    placement: 'anchored',
    x: len(style.get('margin-left') ?? style.get('left'), 0),
    y: len(style.get('margin-top') ?? style.get('top'), 0),
    wrap: WRAPS[wrapType ?? ''] ?? (zIndex < 0 ? 'behind' : 'in-front'),
    z,
  };
  const xRelative = H_RELATIVE[style.get('mso-position-horizontal-relative') ?? ''];
  const yRelative = V_RELATIVE[style.get('mso-position-vertical-relative') ?? ''];
  if (xRelative) out.xRelative = xRelative;
  if (yRelative) out.yRelative = yRelative;
  const xAlign = style.get('mso-position-horizontal') ?? '';
  const yAlign = style.get('mso-position-vertical') ?? '';
  // An alignment replaces the offset (Word ignores the margin then), as with DrawingML's wp:align.
  if (H_ALIGNS.has(xAlign)) Object.assign(out, { xAlign, x: 0 });
  if (V_ALIGNS.has(yAlign)) Object.assign(out, { yAlign, y: 0 });
  return out;
}

/** Points of an EMU length with enough decimals to read back to the same EMU. */
function exactPt(emu: number): string {
  return `${String(Number((emu / 12_700).toFixed(6)))}pt`;
}

/**
 * The `style` declarations (after the size) and the `w10:wrap` (or null) placing an anchored
 * shape with placement attributes `a` (see {@link vmlPlacement}).
 */
export function vmlPlacementStyle(a: Readonly<Record<string, unknown>>): { style: string; wrap: XmlOut | null } {
  const wrap = String(a.wrap);
  const z = Number.isInteger(a.z) && Number(a.z) >= 0 ? Math.min(Number(a.z), 0x7fffffff) : 0;
  const xAlign = typeof a.xAlign === 'string' && H_ALIGNS.has(a.xAlign) ? a.xAlign : null;
  const yAlign = typeof a.yAlign === 'string' && V_ALIGNS.has(a.yAlign) ? a.yAlign : null;
  const decls = [
    'position:absolute',
    `margin-left:${exactPt(Number(a.x) || 0)}`,
    `margin-top:${exactPt(Number(a.y) || 0)}`,
    `z-index:${String(wrap === 'behind' ? -Math.max(1, z) : z)}`,
    xAlign ? `mso-position-horizontal:${xAlign}` : null,
    `mso-position-horizontal-relative:${keyOf(H_RELATIVE, String(a.xRelative)) ?? 'text'}`,
    yAlign ? `mso-position-vertical:${yAlign}` : null,
    `mso-position-vertical-relative:${keyOf(V_RELATIVE, String(a.yRelative)) ?? 'text'}`,
  ];
  const type = keyOf(WRAPS, wrap);
  return { style: decls.filter((d) => d !== null).join(';'), wrap: type ? x('w10:wrap', { type }) : null };
}
