/**
 * An ODF table template (LibreOffice's table style) as a Word table style: ODF 1.3 Part 3, 16.3
 * `table:table-template` with 16.4-16.13 its regions naming 16.2 cell styles and 19.729-19.732
 * its corner attributes, made an ECMA-376 Part 1, 17.7.6 `w:style w:type="table"` with 17.7.6.6
 * `w:tblStylePr` conditional formats, so a table of an ODT goes to DOCX naming a style of the
 * same name (Word's Table Design gallery, its "Header row / Banded rows" checkboxes).
 *
 * Regions map one to one, as `odf-word-table-template.ts` does the other way: body (over the
 * background) → the whole table, odd/even rows → `band1Horz`/`band2Horz`, odd/even columns →
 * `band1Vert`/`band2Vert`, first/last row and column. Both formats count bands from the first
 * row (column) after a first row (column) in use, and both let a row region win over a column
 * region; a corner the template gives to its column becomes Word's corner region with the
 * column's formats. Each region says its shading (`w:shd`), its lines (`w:tcBorders`; the
 * body's are the table's `w:tblBorders`) and the bold and colour of its text (`w:rPr`).
 * What the cells have beyond that stays written on them (`wml-table-style-writer.ts` compares).
 */
import type { TableTemplate, TableWordStyle, TextBorderLine } from '@ostal/model';
import { MAX_TABLE_WORD_STYLE_ID, normalizeCellBackground, safeColor } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { serializeXmlFragment, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { readOdfBorders } from './border-props.js';
import type { BorderSides } from './border-props.js';
import { parseSource } from './opaque-xml.js';
import type { TableRegion } from './wml-table-style.js';

/** What one template cell style gives the cells of its region. */
interface RegionLook {
  readonly shading?: string | null;
  readonly sides?: BorderSides;
  readonly bold?: boolean;
  readonly color?: string;
}

/** ODF regions and the Word regions they become, in CT_Style order of `w:tblStylePr` (any order is valid; Word writes this one). */
const REGIONS: readonly (readonly [string, TableRegion])[] = [
  ['first-row', 'firstRow'],
  ['last-row', 'lastRow'],
  ['first-column', 'firstCol'],
  ['last-column', 'lastCol'],
  ['odd-columns', 'band1Vert'],
  ['even-columns', 'band2Vert'],
  ['odd-rows', 'band1Horz'],
  ['even-rows', 'band2Horz'],
];

/** Corners a template may give to its column, with the Word corner region and the column region. */
const CORNERS: readonly (readonly [string, TableRegion, string])[] = [
  ['first-row-end-column', 'neCell', 'last-column'],
  ['first-row-start-column', 'nwCell', 'first-column'],
  ['last-row-end-column', 'seCell', 'last-column'],
  ['last-row-start-column', 'swCell', 'first-column'],
];

function lookOf(style: XmlElement | undefined): RegionLook {
  if (!style) return {};
  const cell = childElement(style, NS.style, 'table-cell-properties');
  const text = childElement(style, NS.style, 'text-properties');
  const bg = cell && attr(cell, NS.fo, 'background-color');
  const sides = cell && readOdfBorders(cell);
  const weight = text && attr(text, NS.fo, 'font-weight');
  const color = text && attr(text, NS.fo, 'color');
  const safe = color !== undefined ? safeColor(color.toLowerCase()) : null;
  return {
    ...(bg !== undefined ? { shading: normalizeCellBackground(bg) } : {}),
    ...(sides ? { sides } : {}),
    ...(weight !== undefined ? { bold: weight === 'bold' || Number(weight) >= 600 } : {}),
    ...(safe ? { color: safe } : {}),
  };
}

const WORD_LINE: Readonly<Record<TextBorderLine['style'], string>> = { solid: 'single', double: 'double', dotted: 'dotted', dashed: 'dashed' };

function line(name: string, l: TextBorderLine | null | undefined): XmlOut | null {
  if (l === undefined) return null;
  if (l === null) return x(name, { 'w:val': 'nil' });
  return x(name, { 'w:val': WORD_LINE[l.style], 'w:sz': l.width, 'w:space': 0, 'w:color': l.color ? l.color.slice(1).toUpperCase() : 'auto' });
}

/**
 * `w:tcBorders` or `w:tblBorders` (CT_TcBorders / CT_TblBorders order) drawing `s` on every
 * cell: each side at the region's edges, and between its cells the line the cells' near side has.
 */
function borders(name: string, s: BorderSides | undefined): XmlOut | null {
  if (!s) return null;
  const out = x(name, {}, line('w:top', s.top), line('w:left', s.left), line('w:bottom', s.bottom), line('w:right', s.right), line('w:insideH', s.top !== undefined ? s.top : s.bottom), line('w:insideV', s.left !== undefined ? s.left : s.right));
  return out.children.length > 0 ? out : null;
}

function shd(shading: string | null | undefined): XmlOut | null {
  return shading === undefined ? null : x('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': shading === null ? 'auto' : shading.slice(1).toUpperCase() });
}

/** `w:rPr` (CT_RPr order: `w:b` before `w:color`) of a region's text. */
function rPr(l: RegionLook): XmlOut | null {
  if (l.bold === undefined && l.color === undefined) return null;
  return x('w:rPr', {}, l.bold === undefined ? null : x('w:b', l.bold ? {} : { 'w:val': '0' }), l.color ? x('w:color', { 'w:val': l.color.slice(1).toUpperCase() }) : null);
}

/** A conditional format (CT_TblStylePr: `w:rPr` before `w:tcPr`), or null when the region says nothing. */
function conditional(type: TableRegion, l: RegionLook): XmlOut | null {
  const tcChildren = [borders('w:tcBorders', l.sides), shd(l.shading)].filter((c): c is XmlOut => c !== null);
  const run = rPr(l);
  if (!run && tcChildren.length === 0) return null;
  return x('w:tblStylePr', { 'w:type': type }, run, tcChildren.length > 0 ? x('w:tcPr', {}, tcChildren) : null);
}

/** A Word style id made of a template name: its letters and digits (Word's own ids drop spaces too). */
export function templateStyleId(name: string): string {
  const kept = name.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
  const id = /^[A-Za-z]/.test(kept) ? kept : `Table${kept}`;
  return id.slice(0, MAX_TABLE_WORD_STYLE_ID);
}

/**
 * The Word table style `template` becomes (the model's form: id, look flags from the table's
 * `table:use-*-styles`, definition as source), or null when it has no definition that reads.
 */
export function templateWordStyle(template: TableTemplate | null): TableWordStyle | null {
  if (!template || template.source.length === 0) return null;
  const [def, ...rest] = template.source.map((src) => parseSource(src));
  if (!def || def.ns !== NS.table || def.local !== 'table-template') return null;
  const styles = new Map<string, XmlElement>();
  for (const el of rest) {
    const name = el && el.ns === NS.style && el.local === 'style' ? attr(el, NS.style, 'name') : undefined;
    if (name !== undefined) styles.set(name, el!);
  }
  const regionLook = (local: string): RegionLook | undefined => {
    const ref = childElements(def, NS.table, local)[0];
    const name = ref && attr(ref, NS.table, 'style-name');
    return name === undefined ? undefined : lookOf(styles.get(name));
  };
  // The body is drawn over the background: its own formats win, side by side.
  const background = regionLook('background') ?? {};
  const bodyLook = regionLook('body') ?? {};
  const body: RegionLook = { ...background, ...bodyLook, sides: background.sides || bodyLook.sides ? { ...background.sides, ...bodyLook.sides } : undefined };
  const bands = REGIONS.some(([odf]) => odf.endsWith('rows') && regionLook(odf)) ? x('w:tblStyleRowBandSize', { 'w:val': 1 }) : null;
  const colBands = REGIONS.some(([odf]) => odf.endsWith('columns') && regionLook(odf)) ? x('w:tblStyleColBandSize', { 'w:val': 1 }) : null;
  const tblBorders = borders('w:tblBorders', body.sides);
  const tcPr = shd(body.shading);
  const regions = REGIONS.map(([odf, word]) => {
    const l = regionLook(odf);
    return l ? conditional(word, l) : null;
  });
  const corners = CORNERS.map(([corner, word, column]) => {
    const l = attr(def, NS.table, corner) === 'column' ? regionLook(column) : undefined;
    return l ? conditional(word, l) : null;
  });
  const styleId = templateStyleId(template.name);
  const style = x(
    'w:style',
    { 'xmlns:w': NS.w, 'w:type': 'table', 'w:customStyle': '1', 'w:styleId': styleId },
    x('w:name', { 'w:val': template.name }),
    x('w:uiPriority', { 'w:val': 99 }),
    rPr(body),
    bands || colBands || tblBorders ? x('w:tblPr', {}, bands, colBands, tblBorders) : null,
    tcPr ? x('w:tcPr', {}, tcPr) : null,
    [...regions, ...corners].filter((c): c is XmlOut => c !== null),
  );
  return {
    styleId,
    firstRow: template.firstRow,
    lastRow: template.lastRow,
    firstColumn: template.firstColumn,
    lastColumn: template.lastColumn,
    bandedRows: template.bandingRows,
    bandedColumns: template.bandingColumns,
    source: [serializeXmlFragment(style)],
  };
}
