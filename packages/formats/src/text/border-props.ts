/**
 * Paragraph borders in both formats (model: `@ostal/model` text-borders.ts).
 *
 * WordprocessingML: `w:pBdr` (ECMA-376 Part 1, 17.3.1.24) with one `w:top`/`w:left`/`w:bottom`/
 * `w:right` per side (CT_Border 17.3.4: `w:val` line kind ST_Border 17.18.2, `w:sz` eighths of a
 * point, `w:space` points, `w:color` hex or `auto`). `nil`/`none` clears a side a style drew.
 * ODF: `fo:border` and `fo:border-<side>` (20.176, "width style colour" in any order) with
 * `fo:padding` and `fo:padding-<side>` (20.218) as the distance to the text.
 */
import { TEXT_BORDER_SIDES, clampBorderSpace, clampBorderWidth, safeColor } from '@ostal/model';
import type { TextBorderLine, TextBorderSide, TextBorderStyle, TextBorders } from '@ostal/model';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { NS } from '../xml/namespaces.js';
import { odfLengthToTwips } from './odf-format-props.js';
import { hexColor } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';

/** Sides as readers collect them: a line, `null` for a side cleared, undefined for a side not said. */
export type BorderSides = Partial<Record<TextBorderSide, TextBorderLine | null>>;

/** ST_Border values (17.18.2) by the line the model keeps; any other drawing value is solid. */
function wordLineStyle(val: string): TextBorderStyle | null {
  if (val === 'nil' || val === 'none') return null;
  if (val === 'dotted') return 'dotted';
  if (/^(dashed|dashSmallGap|dotDash|dotDotDash|dashDotStroked)$/.test(val)) return 'dashed';
  if (/^(double|triple|thinThick|thickThin|thinThickThin)/.test(val) || val === 'doubleWave') return 'double';
  return 'solid';
}

/** One CT_Border element (17.3.4): its line, or null for `nil`/`none`. */
function wordLine(el: XmlElement, ns: WmlNs): TextBorderLine | null {
  const style = wordLineStyle(attr(el, ns.w, 'val') ?? 'nil');
  if (style === null) return null;
  const sz = Number(attr(el, ns.w, 'sz') ?? 4);
  const space = Number(attr(el, ns.w, 'space') ?? 0);
  return { style, width: clampBorderWidth(sz), color: hexColor(attr(el, ns.w, 'color')), space: clampBorderSpace(space) };
}

/** The side element of a border container, by its transitional or strict (`start`/`end`) name. */
function sideElement(container: XmlElement, ns: WmlNs, side: string): XmlElement | undefined {
  return childElement(container, ns.w, side) ?? childElement(container, ns.w, side === 'left' ? 'start' : side === 'right' ? 'end' : side);
}

/** The sides a `w:pBdr` or `w:tcBorders` declares (undefined when absent). */
export function readWordBorders(pBdr: XmlElement | undefined, ns: WmlNs): BorderSides | undefined {
  if (!pBdr) return undefined;
  const out: BorderSides = {};
  for (const side of TEXT_BORDER_SIDES) {
    const el = sideElement(pBdr, ns, side);
    if (el) out[side] = wordLine(el, ns);
  }
  return out;
}

/** Sides of a table's borders (17.4.39 `w:tblBorders`): the four edges and the inside lines. */
export type TableBorderSides = BorderSides & { insideH?: TextBorderLine | null; insideV?: TextBorderLine | null };

/** The sides a `w:tblBorders` declares (undefined when absent). */
export function readWordTableBorders(tblBorders: XmlElement | undefined, ns: WmlNs): TableBorderSides | undefined {
  const out: TableBorderSides | undefined = readWordBorders(tblBorders, ns);
  if (!out || !tblBorders) return out;
  for (const side of ['insideH', 'insideV'] as const) {
    const el = childElement(tblBorders, ns.w, side);
    if (el) out[side] = wordLine(el, ns);
  }
  return out;
}

const WORD_VAL: Readonly<Record<TextBorderStyle, string>> = { solid: 'single', double: 'double', dotted: 'dotted', dashed: 'dashed' };

/** `w:pBdr` of a paragraph's borders (CT_PBdr order: top, left, bottom, right), or null. */
export function wordBordersXml(borders: TextBorders | null | undefined): XmlOut | null {
  if (!borders) return null;
  const sides = (['top', 'left', 'bottom', 'right'] as const).filter((s) => borders[s]);
  if (sides.length === 0) return null;
  return x(
    'w:pBdr',
    {},
    sides.map((s) => {
      const line = borders[s]!;
      return x(`w:${s}`, { 'w:val': WORD_VAL[line.style], 'w:sz': line.width, 'w:space': line.space, 'w:color': line.color ? line.color.slice(1).toUpperCase() : 'auto' });
    }),
  );
}

/** One ODF border value (`0.5pt solid #000000`), or null for none, undefined when unreadable. */
function odfLine(value: string): Omit<TextBorderLine, 'space'> | null | undefined {
  const parts = value.trim().toLowerCase().split(/\s+/);
  if (parts.length === 0 || parts.includes('none') || parts.includes('hidden')) return null;
  let style: TextBorderStyle = 'solid';
  let width: number | undefined;
  let color: string | null = null;
  for (const part of parts) {
    if (part === 'double') style = 'double';
    else if (part === 'dotted') style = 'dotted';
    else if (part === 'dashed') style = 'dashed';
    else if (part === 'thin') width = 4;
    else if (part === 'medium') width = 12;
    else if (part === 'thick') width = 24;
    else if (part.startsWith('#')) color = safeColor(part);
    else {
      const twips = odfLengthToTwips(part);
      if (twips !== undefined) width = twips * 0.4;
    }
  }
  if (width === 0) return null;
  return { style, width: clampBorderWidth(width ?? 4), color };
}

/** The sides an ODF paragraph-properties element declares (undefined when it says nothing of borders). */
export function readOdfBorders(el: XmlElement): BorderSides | undefined {
  const all = attr(el, NS.fo, 'border');
  const padding = attr(el, NS.fo, 'padding');
  const out: BorderSides = {};
  let said = false;
  for (const side of TEXT_BORDER_SIDES) {
    const value = attr(el, NS.fo, `border-${side}`) ?? all;
    if (value === undefined) continue;
    said = true;
    const line = odfLine(value);
    if (line === undefined) continue;
    if (line === null) {
      out[side] = null;
      continue;
    }
    const pad = odfLengthToTwips(attr(el, NS.fo, `padding-${side}`) ?? padding);
    out[side] = { ...line, space: clampBorderSpace((pad ?? 0) / 20) };
  }
  return said ? out : undefined;
}

/** `fo:border-<side>` and `fo:padding-<side>` attributes of a paragraph's borders. */
export function odfBorderAttrs(borders: TextBorders | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!borders) return out;
  for (const side of TEXT_BORDER_SIDES) {
    const line = borders[side];
    if (!line) continue;
    // An automatic colour is left out: readers then draw the text colour (black by default).
    out[`fo:border-${side}`] = `${String(line.width / 8)}pt ${line.style}${line.color ? ` ${line.color}` : ''}`;
    out[`fo:padding-${side}`] = `${String(line.space)}pt`;
  }
  return out;
}
