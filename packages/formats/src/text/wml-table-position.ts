/**
 * Floating tables in WordprocessingML (ECMA-376 Part 1, 17.4.58 `w:tblpPr` with 17.18.35
 * ST_HAnchor, 17.18.100 ST_VAnchor, 22.9.2.18/20 ST_XAlign/ST_YAlign; 17.4.56 `w:tblOverlap`)
 * ↔ the table's `position` (`packages/model/src/text-table-position.ts`).
 *
 * Defaults are Word's, not the standard's (MS-OI29500 2.1.162: `vertAnchor` margin,
 * `horzAnchor` text), and like Word the reader ignores a `w:tblpPr` without attributes, or one
 * at offset 0,0 across the text column that is not measured from the paragraph. The writer says
 * every attribute, so what it writes reads back the same in any consumer.
 */
import { DEFAULT_TABLE_POSITION, TABLE_X_ALIGNS, TABLE_Y_ALIGNS, clampPositionTwips } from '@ostal/model';
import type { TablePosition, TableXAlign, TableXRelative, TableYAlign, TableYRelative } from '@ostal/model';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';

const X_RELATIVE: Readonly<Record<string, TableXRelative>> = { page: 'page', margin: 'margin', text: 'column' };
const Y_RELATIVE: Readonly<Record<string, TableYRelative>> = { page: 'page', margin: 'margin', text: 'paragraph' };
const H_ANCHOR: Readonly<Record<TableXRelative, string>> = { page: 'page', margin: 'margin', column: 'text' };
const V_ANCHOR: Readonly<Record<TableYRelative, string>> = { page: 'page', margin: 'margin', paragraph: 'text' };
const TWIPS_PER_UNIT: Readonly<Record<string, number>> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

/** A signed length in twips (plain twips, or Strict's universal measure such as `1.5cm`). */
function signedTwips(value: string | undefined, signed: boolean): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(value);
  if (!m) return undefined;
  return clampPositionTwips(Number(m[1]) * (m[2] ? TWIPS_PER_UNIT[m[2]]! : 1), signed);
}

/** The position a table's `w:tblPr` gives it, or null for a table in the flow. */
export function readTablePosition(tblPr: XmlElement | undefined, ns: WmlNs): TablePosition | null {
  const el = tblPr && childElement(tblPr, ns.w, 'tblpPr');
  if (!el || el.attrs.size === 0) return null;
  const w = ns.w;
  const get = (local: string): string | undefined => attr(el, w, local);
  const xSpec = get('tblpXSpec');
  const ySpec = get('tblpYSpec');
  const position: TablePosition = {
    xRelative: X_RELATIVE[get('horzAnchor') ?? ''] ?? DEFAULT_TABLE_POSITION.xRelative,
    yRelative: Y_RELATIVE[get('vertAnchor') ?? ''] ?? DEFAULT_TABLE_POSITION.yRelative,
    x: signedTwips(get('tblpX'), true) ?? 0,
    y: signedTwips(get('tblpY'), true) ?? 0,
    xAlign: xSpec !== undefined && (TABLE_X_ALIGNS as readonly string[]).includes(xSpec) ? (xSpec as TableXAlign) : null,
    // `inline` (ST_YAlign) keeps the table at its place in the text: that is the offset.
    yAlign: ySpec !== undefined && (TABLE_Y_ALIGNS as readonly string[]).includes(ySpec) ? (ySpec as TableYAlign) : null,
    left: signedTwips(get('leftFromText'), false) ?? 0,
    right: signedTwips(get('rightFromText'), false) ?? 0,
    top: signedTwips(get('topFromText'), false) ?? 0,
    bottom: signedTwips(get('bottomFromText'), false) ?? 0,
    overlap: wVal(childElement(tblPr, w, 'tblOverlap'), ns) !== 'never',
  };
  // MS-OI29500 2.1.162 b: Word lays such a table out in the flow.
  const ignored = position.x === 0 && position.y === 0 && position.xAlign === null && position.yAlign === null && position.xRelative === 'column' && position.yRelative !== 'paragraph';
  return ignored ? null : position;
}

/** `w:tblpPr` and `w:tblOverlap` (in CT_TblPr order: right after `w:tblStyle`) of a floating table. */
export function tablePositionXml(position: TablePosition | null): XmlOut[] {
  if (!position) return [];
  const p = position;
  return [
    x('w:tblpPr', {
      'w:leftFromText': p.left,
      'w:rightFromText': p.right,
      'w:topFromText': p.top,
      'w:bottomFromText': p.bottom,
      'w:vertAnchor': V_ANCHOR[p.yRelative],
      'w:horzAnchor': H_ANCHOR[p.xRelative],
      'w:tblpXSpec': p.xAlign ?? undefined,
      'w:tblpX': p.xAlign === null ? p.x : undefined,
      'w:tblpYSpec': p.yAlign ?? undefined,
      'w:tblpY': p.yAlign === null ? p.y : undefined,
    }),
    p.overlap ? null : x('w:tblOverlap', { 'w:val': 'never' }),
  ].filter((el): el is XmlOut => el !== null);
}
