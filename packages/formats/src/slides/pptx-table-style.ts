/**
 * PowerPoint table styles (ECMA-376 Part 1, 20.1.4.2 a:tblStyle in ppt/tableStyles.xml, 20.1.4.2.27
 * a:tblStyleLst) resolved onto the cells of a table by region: the whole table, then row and
 * column bands, then first and last column, then first and last row, then the corner cells,
 * each region the table's a:tblPr flags turn on overriding the ones before it.
 */
import type { Outline, TableCell, TableCellStyled, TableStyleRef } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readColor, readFill, readOutline } from './dml-properties.js';
import type { MediaResolver } from './dml-properties.js';
import { aChild, isA } from './ooxml-names.js';
import { elementXml } from './xml-fragment.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';

/** PowerPoint's default table style, "Medium Style 2 - Accent 1", which files name without always defining it. */
export const MEDIUM_STYLE_2_ACCENT_1 = '{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}';

const line = (w: number) => `<a:ln w="${String(w)}" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"/></a:solidFill></a:ln>`;
const accent = (tint?: number) => `<a:fill><a:solidFill><a:schemeClr val="accent1">${tint ? `<a:tint val="${String(tint)}"/>` : ''}</a:schemeClr></a:solidFill></a:fill>`;
const strong = (edge: string) => `<a:tcTxStyle b="on"><a:schemeClr val="lt1"/></a:tcTxStyle><a:tcStyle><a:tcBdr>${edge}</a:tcBdr>${accent()}</a:tcStyle>`;
/**
 * Its definition as PowerPoint writes it to tableStyles.xml: dark text on accent 1 at 20 % with
 * white 1 pt lines, odd bands at 40 %; first and last row and column in accent 1 with bold white
 * text, a 3 pt white line under the header row and over the last row.
 */
const MEDIUM_STYLE_2_XML = [
  `<a:tblStyle xmlns:a="${NS.a}" styleId="${MEDIUM_STYLE_2_ACCENT_1}" styleName="Medium Style 2 - Accent 1">`,
  `<a:wholeTbl><a:tcTxStyle><a:schemeClr val="dk1"/></a:tcTxStyle><a:tcStyle><a:tcBdr>`,
  ['left', 'right', 'top', 'bottom', 'insideH', 'insideV'].map((k) => `<a:${k}>${line(12_700)}</a:${k}>`).join(''),
  `</a:tcBdr>${accent(20_000)}</a:tcStyle></a:wholeTbl>`,
  `<a:band1H><a:tcStyle><a:tcBdr/>${accent(40_000)}</a:tcStyle></a:band1H><a:band1V><a:tcStyle><a:tcBdr/>${accent(40_000)}</a:tcStyle></a:band1V>`,
  `<a:lastCol>${strong('')}</a:lastCol><a:firstCol>${strong('')}</a:firstCol>`,
  `<a:lastRow>${strong(`<a:top>${line(38_100)}</a:top>`)}</a:lastRow><a:firstRow>${strong(`<a:bottom>${line(38_100)}</a:bottom>`)}</a:firstRow>`,
  `</a:tblStyle>`,
].join('');

let builtIn: XmlElement | undefined;
/** The definition of a style PowerPoint knows without the file defining it (only its default style so far). */
export function builtInTableStyle(id: string): XmlElement | undefined {
  if (id.toUpperCase() !== MEDIUM_STYLE_2_ACCENT_1) return undefined;
  builtIn ??= parseXml(MEDIUM_STYLE_2_XML, { part: 'built-in table style', maxDepth: 16 });
  return builtIn;
}

/** The a:tblStyle elements of a tableStyles part, by style id. */
export function readTableStyleList(root: XmlElement | undefined): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  if (!root) return out;
  for (const s of childElements(root)) {
    const id = isA(s, 'tblStyle') ? attr(s, '', 'styleId') : undefined;
    if (id) out.set(id.toUpperCase(), s);
  }
  return out;
}

type Side = 'left' | 'right' | 'top' | 'bottom';
type Borders = Partial<Record<Side, Outline>>;

/** One region of a style as read: its fill, its edges (outer sides and inside lines) and text. */
interface RegionStyle {
  readonly fill?: TableCellStyled['fill'];
  readonly edges: Partial<Record<Side | 'insideH' | 'insideV', Outline>>;
  readonly color?: TableCellStyled['color'];
  readonly bold?: boolean;
  readonly italic?: boolean;
}

function onOff(el: XmlElement | undefined, name: string): boolean | undefined {
  const v = el ? attr(el, '', name) : undefined;
  return v === 'on' ? true : v === 'off' ? false : undefined;
}

function readRegion(el: XmlElement | undefined, media: MediaResolver): RegionStyle | undefined {
  if (!el) return undefined;
  const tcStyle = aChild(el, 'tcStyle');
  const tx = aChild(el, 'tcTxStyle');
  const bdr = aChild(tcStyle, 'tcBdr');
  const edges: RegionStyle['edges'] = {};
  for (const k of ['left', 'right', 'top', 'bottom', 'insideH', 'insideV'] as const) {
    const line = readOutline(aChild(aChild(bdr, k), 'ln'), media);
    if (line) edges[k] = line;
  }
  const fill = readFill(aChild(tcStyle, 'fill'), media);
  const color = readColor(tx);
  const bold = onOff(tx, 'b');
  const italic = onOff(tx, 'i');
  return { edges, ...(fill ? { fill } : {}), ...(color ? { color } : {}), ...(bold !== undefined ? { bold } : {}), ...(italic !== undefined ? { italic } : {}) };
}

/** The table's flags (a:tblPr) and style id (a:tableStyleId), with the style's markup when the part defines it. */
export function readTableStyleRef(tblPr: XmlElement | undefined, styles: ReadonlyMap<string, XmlElement> | undefined): TableStyleRef | undefined {
  const idEl = aChild(tblPr, 'tableStyleId');
  const id = idEl ? childText(idEl).trim() : '';
  if (!tblPr || !id) return undefined;
  const flag = (name: string): boolean => {
    const v = attr(tblPr, '', name);
    return v === '1' || v === 'true';
  };
  const def = styles?.get(id.toUpperCase());
  return {
    id,
    ...(def ? { definitionXml: elementXml(def) } : {}),
    ...(flag('firstCol') ? { firstCol: true } : {}),
    ...(flag('lastRow') ? { lastRow: true } : {}),
    ...(flag('lastCol') ? { lastCol: true } : {}),
    ...(flag('bandRow') ? { bandRow: true } : {}),
    ...(flag('bandCol') ? { bandCol: true } : {}),
  };
}

function childText(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : childText(c))).join('');
}

/** A rectangle of the grid a region covers, inclusive. */
interface Area {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

/**
 * The cells with what the style gives each (`styled`), by grid position. `headerRow` is the
 * table's firstRow flag. Cells of a style with nothing to give are returned unchanged.
 */
export function applyTableStyle(rows: TableCell[][], columns: number, style: XmlElement, flags: TableStyleRef, headerRow: boolean, media: MediaResolver): TableCell[][] {
  const nRows = rows.length;
  const nCols = Math.max(columns, ...rows.map((r) => r.length));
  if (nRows === 0 || nCols === 0) return rows;
  const region = (name: string) => readRegion(aChild(style, name), media);
  const firstBody = headerRow ? 1 : 0;
  const lastBodyRow = flags.lastRow ? nRows - 2 : nRows - 1;
  const firstBodyCol = flags.firstCol ? 1 : 0;
  const lastBodyCol = flags.lastCol ? nCols - 2 : nCols - 1;
  const layers: { style: RegionStyle; area: Area }[] = [];
  const add = (s: RegionStyle | undefined, area: Area) => {
    if (s && area.r0 <= area.r1 && area.c0 <= area.c1) layers.push({ style: s, area });
  };
  const all: Area = { r0: 0, r1: nRows - 1, c0: 0, c1: nCols - 1 };
  add(region('wholeTbl'), all);
  if (flags.bandCol) for (let c = firstBodyCol; c <= lastBodyCol; c++) add(region((c - firstBodyCol) % 2 === 0 ? 'band1V' : 'band2V'), { ...all, c0: c, c1: c });
  if (flags.bandRow) for (let r = firstBody; r <= lastBodyRow; r++) add(region((r - firstBody) % 2 === 0 ? 'band1H' : 'band2H'), { ...all, r0: r, r1: r });
  if (flags.firstCol) add(region('firstCol'), { ...all, c1: 0 });
  if (flags.lastCol) add(region('lastCol'), { ...all, c0: nCols - 1 });
  if (flags.lastRow) add(region('lastRow'), { ...all, r0: nRows - 1 });
  if (headerRow) add(region('firstRow'), { ...all, r1: 0 });
  const corner = (name: string, on: boolean, r: number, c: number) => {
    if (on) add(region(name), { r0: r, r1: r, c0: c, c1: c });
  };
  corner('seCell', Boolean(flags.lastRow && flags.lastCol), nRows - 1, nCols - 1);
  corner('swCell', Boolean(flags.lastRow && flags.firstCol), nRows - 1, 0);
  corner('neCell', Boolean(headerRow && flags.lastCol), 0, nCols - 1);
  corner('nwCell', Boolean(headerRow && flags.firstCol), 0, 0);
  if (layers.length === 0) return rows;
  return rows.map((row, r) => row.map((cell, c) => withStyled(cell, layers, r, c)));
}

function withStyled(cell: TableCell, layers: readonly { style: RegionStyle; area: Area }[], r: number, c: number): TableCell {
  let fill: TableCellStyled['fill'];
  let color: TableCellStyled['color'];
  let bold: boolean | undefined;
  let italic: boolean | undefined;
  const borders: Borders = {};
  for (const { style, area } of layers) {
    if (r < area.r0 || r > area.r1 || c < area.c0 || c > area.c1) continue;
    if (style.fill) fill = style.fill;
    if (style.color) color = style.color;
    if (style.bold !== undefined) bold = style.bold;
    if (style.italic !== undefined) italic = style.italic;
    const e = style.edges;
    const set = (side: Side, line: Outline | undefined) => {
      if (line) borders[side] = line;
    };
    set('left', c === area.c0 ? e.left : e.insideV);
    set('right', c === area.c1 ? e.right : e.insideV);
    set('top', r === area.r0 ? e.top : e.insideH);
    set('bottom', r === area.r1 ? e.bottom : e.insideH);
  }
  const styled: TableCellStyled = {
    ...(fill ? { fill } : {}),
    ...(Object.keys(borders).length > 0 ? { borders } : {}),
    ...(color ? { color } : {}),
    ...(bold !== undefined ? { bold } : {}),
    ...(italic !== undefined ? { italic } : {}),
  };
  return Object.keys(styled).length > 0 ? { ...cell, styled } : cell;
}
