/**
 * Table styles' conditional formats and cell margins (ECMA-376 Part 1, 17.7.6 table styles with
 * 17.7.6.6 `w:tblStylePr` and 17.18.89 ST_TblStyleOverrideType, 17.4.55/17.4.56 `w:tblLook`,
 * 17.7.6.5/17.7.6.7 `w:tblStyleRowBandSize`/`w:tblStyleColBandSize`, 17.4.42 `w:tblCellMar`,
 * 17.4.68 `w:tcMar`).
 *
 * The editor draws no table styles: a cell gets what its table style's regions give it (first
 * row, banded rows...), resolved by the table reader with {@link regionsOfCell} — shading,
 * borders, and the run and paragraph properties its paragraphs start from. That is also what
 * keeps DOCX → ODT looking as Word shows it. The style itself is kept beside the resolved cells
 * (model `wordStyle`, `wml-table-style-writer.ts`), for the writers to name it again.
 */
import { tableCellMarginsOf } from '@ostal/model';
import type { TableCellMargins } from '@ostal/model';
import { normalizeCellBackground } from '@ostal/model';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { mergeBlockProps } from './block-props.js';
import type { BlockProps } from './block-props.js';
import { readWordTableBorders } from './border-props.js';
import type { BorderSides, TableBorderSides } from './border-props.js';
import { mergeCharProps } from './text-marks.js';
import type { CharProps } from './text-marks.js';
import { readParagraphProps } from './wml-paragraph-properties.js';
import { intVal, readRunProps } from './wml-run-properties.js';
import type { ThemeFonts, WmlNs } from './wml-run-properties.js';

/** Regions of a table a style formats, lowest precedence first (the order Word applies them in). */
export const TABLE_REGIONS = ['wholeTable', 'band1Vert', 'band2Vert', 'band1Horz', 'band2Horz', 'firstCol', 'lastCol', 'firstRow', 'lastRow', 'neCell', 'nwCell', 'seCell', 'swCell'] as const;
export type TableRegion = (typeof TABLE_REGIONS)[number];

/** What one region of a table style says. */
export interface RegionFormat {
  /** `w:tcPr/w:shd` fill (null: no shading), undefined when not said. */
  readonly shading?: string | null | undefined;
  /** `w:tcPr/w:tcBorders` (with `insideH`/`insideV` between the region's cells). */
  readonly borders?: TableBorderSides | undefined;
  readonly run?: CharProps | undefined;
  readonly para?: BlockProps | undefined;
}

/** Cell margins declared side by side (twips); a side not said is missing. */
export type MarginSides = Partial<Record<keyof TableCellMargins, number>>;

/** What a table style (with the styles it is based on) says of cells. */
export interface TableStyleFormats {
  readonly regions: Partial<Record<TableRegion, RegionFormat>>;
  readonly rowBand: number | undefined;
  readonly colBand: number | undefined;
  readonly margins: MarginSides | undefined;
}

/** Which conditional formats a table applies (17.4.56; without `w:tblLook`: banding only). */
export interface TableLook {
  readonly firstRow: boolean;
  readonly lastRow: boolean;
  readonly firstColumn: boolean;
  readonly lastColumn: boolean;
  readonly hBand: boolean;
  readonly vBand: boolean;
}

/** The margins a `w:tblCellMar` or `w:tcMar` declares (dxa widths only; `start`/`end` as left/right). */
export function readMarginSides(el: XmlElement | undefined, ns: WmlNs): MarginSides | undefined {
  if (!el) return undefined;
  const out: MarginSides = {};
  for (const [side, names] of [['top', ['top']], ['bottom', ['bottom']], ['left', ['left', 'start']], ['right', ['right', 'end']]] as const) {
    const m = names.map((n) => childElement(el, ns.w, n)).find((e) => e !== undefined);
    if (!m) continue;
    const type = attr(m, ns.w, 'type') ?? 'dxa';
    const w = intVal(m, ns, 'w');
    if (w !== undefined && (type === 'dxa' || (type === 'nil' && w === 0))) out[side] = Math.max(0, w);
    else if (type === 'nil') out[side] = 0;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Complete margins from sides: what is not said is Word's default (none above and below, 0.19 cm at the sides). */
export function cellMargins(sides: MarginSides | undefined): TableCellMargins | null {
  if (!sides) return null;
  return tableCellMarginsOf({ top: sides.top ?? 0, bottom: sides.bottom ?? 0, left: sides.left ?? 108, right: sides.right ?? 108 });
}

function regionFormat(tcPr: XmlElement | undefined, rPr: XmlElement | undefined, pPr: XmlElement | undefined, ns: WmlNs, theme: ThemeFonts | undefined): RegionFormat | undefined {
  const shd = tcPr && childElement(tcPr, ns.w, 'shd');
  const out: RegionFormat = {
    shading: shd ? normalizeCellBackground(attr(shd, ns.w, 'fill')) : undefined,
    borders: readWordTableBorders(tcPr && childElement(tcPr, ns.w, 'tcBorders'), ns),
    run: readRunProps(rPr, ns, theme),
    para: readParagraphProps(pPr, ns),
  };
  return Object.values(out).some((v) => v !== undefined) ? out : undefined;
}

/** What one `w:style` of type table says of its cells (undefined when nothing). */
export function readTableStyleFormats(style: XmlElement, ns: WmlNs, theme: ThemeFonts | undefined): TableStyleFormats | undefined {
  const w = ns.w;
  const regions: Partial<Record<TableRegion, RegionFormat>> = {};
  const whole = regionFormat(childElement(style, w, 'tcPr'), childElement(style, w, 'rPr'), childElement(style, w, 'pPr'), ns, theme);
  if (whole) regions.wholeTable = whole;
  for (const el of childElements(style, w, 'tblStylePr')) {
    const type = attr(el, w, 'type') as TableRegion | undefined;
    if (type === undefined || !(TABLE_REGIONS as readonly string[]).includes(type)) continue;
    const f = regionFormat(childElement(el, w, 'tcPr'), childElement(el, w, 'rPr'), childElement(el, w, 'pPr'), ns, theme);
    if (f) regions[type] = mergeRegion(regions[type], f);
  }
  const tblPr = childElement(style, w, 'tblPr');
  const band = (local: string): number | undefined => {
    const n = intVal(tblPr && childElement(tblPr, w, local), ns);
    return n !== undefined && n >= 1 ? Math.min(n, 1000) : undefined;
  };
  const out: TableStyleFormats = { regions, rowBand: band('tblStyleRowBandSize'), colBand: band('tblStyleColBandSize'), margins: readMarginSides(tblPr && childElement(tblPr, w, 'tblCellMar'), ns) };
  return Object.keys(regions).length > 0 || out.rowBand !== undefined || out.colBand !== undefined || out.margins !== undefined ? out : undefined;
}

/** `over` declared over `base`. */
function mergeRegion(base: RegionFormat | undefined, over: RegionFormat): RegionFormat {
  if (!base) return over;
  return {
    shading: over.shading !== undefined ? over.shading : base.shading,
    borders: base.borders || over.borders ? { ...base.borders, ...over.borders } : undefined,
    run: base.run && over.run ? mergeCharProps(base.run, over.run) : (over.run ?? base.run),
    para: base.para || over.para ? mergeBlockProps(base.para ?? {}, over.para) : undefined,
  };
}

/** A style chain's formats merged, the style itself last (nearest wins). */
export function mergeTableStyleFormats(chainFarthestFirst: readonly (TableStyleFormats | undefined)[]): TableStyleFormats | undefined {
  let out: TableStyleFormats | undefined;
  for (const f of chainFarthestFirst) {
    if (!f) continue;
    if (!out) {
      out = f;
      continue;
    }
    const regions: Partial<Record<TableRegion, RegionFormat>> = { ...out.regions };
    for (const r of TABLE_REGIONS) if (f.regions[r]) regions[r] = mergeRegion(regions[r], f.regions[r]);
    out = { regions, rowBand: f.rowBand ?? out.rowBand, colBand: f.colBand ?? out.colBand, margins: out.margins || f.margins ? { ...out.margins, ...f.margins } : undefined };
  }
  return out;
}

const HEX = /^[0-9a-f]{1,4}$/i;

/** The conditional formats a table applies (17.4.56 attributes, else the 17.4.55 bitmask). */
export function readTableLook(el: XmlElement | undefined, ns: WmlNs): TableLook {
  if (!el) return { firstRow: false, lastRow: false, firstColumn: false, lastColumn: false, hBand: true, vBand: true };
  const val = attr(el, ns.w, 'val');
  const mask = val !== undefined && HEX.test(val) ? Number.parseInt(val, 16) : 0;
  const flag = (local: string, bit: number): boolean => {
    const v = attr(el, ns.w, local);
    return v !== undefined ? !/^(0|false|off)$/i.test(v) : (mask & bit) !== 0;
  };
  return { firstRow: flag('firstRow', 0x20), lastRow: flag('lastRow', 0x40), firstColumn: flag('firstColumn', 0x80), lastColumn: flag('lastColumn', 0x100), hBand: !flag('noHBand', 0x200), vBand: !flag('noVBand', 0x400) };
}

/** Where a cell sits in its table's grid. */
export interface CellPlace {
  readonly row: number;
  readonly rows: number;
  readonly col: number;
  readonly colspan: number;
  readonly cols: number;
}

/** The regions of a table style that format a cell, lowest precedence first. */
export function regionsOfCell(p: CellPlace, look: TableLook, style: TableStyleFormats): TableRegion[] {
  const firstRow = look.firstRow && p.row === 0;
  const lastRow = look.lastRow && p.row === p.rows - 1 && p.rows > 1;
  const firstCol = look.firstColumn && p.col === 0;
  const lastCol = look.lastColumn && p.col + p.colspan >= p.cols && p.cols > 1;
  const set = new Set<TableRegion>(['wholeTable']);
  if (look.vBand && !firstCol && !lastCol) set.add(Math.floor((p.col - (look.firstColumn ? 1 : 0)) / (style.colBand ?? 1)) % 2 === 0 ? 'band1Vert' : 'band2Vert');
  if (look.hBand && !firstRow && !lastRow) set.add(Math.floor((p.row - (look.firstRow ? 1 : 0)) / (style.rowBand ?? 1)) % 2 === 0 ? 'band1Horz' : 'band2Horz');
  if (firstCol) set.add('firstCol');
  if (lastCol) set.add('lastCol');
  if (firstRow) set.add('firstRow');
  if (lastRow) set.add('lastRow');
  if (firstRow && lastCol) set.add('neCell');
  if (firstRow && firstCol) set.add('nwCell');
  if (lastRow && lastCol) set.add('seCell');
  if (lastRow && firstCol) set.add('swCell');
  return TABLE_REGIONS.filter((r) => set.has(r) && style.regions[r] !== undefined);
}

const ROW_REGIONS: ReadonlySet<TableRegion> = new Set(['firstRow', 'lastRow', 'band1Horz', 'band2Horz']);
const COL_REGIONS: ReadonlySet<TableRegion> = new Set(['firstCol', 'lastCol', 'band1Vert', 'band2Vert']);

/** What the regions give a cell: shading (undefined: none said), border sides, run and paragraph properties. */
export interface CellStyleFormat {
  readonly shading: string | null | undefined;
  readonly sides: BorderSides | undefined;
  readonly run: CharProps | undefined;
  readonly para: BlockProps | undefined;
}

/**
 * Resolves the regions of a cell: later regions win. A row region's left and right lines are
 * its edges only at the table's sides (`insideV` between its cells); a column region's top and
 * bottom likewise with `insideH`. The whole table's lines are the table's borders, not here.
 */
export function cellStyleFormat(p: CellPlace, regions: readonly TableRegion[], style: TableStyleFormats): CellStyleFormat {
  let shading: string | null | undefined;
  let sides: BorderSides | undefined;
  let run: CharProps | undefined;
  let para: BlockProps | undefined;
  for (const r of regions) {
    const f = style.regions[r]!;
    if (f.shading !== undefined) shading = f.shading;
    if (f.run) run = run ? mergeCharProps(run, f.run) : f.run;
    if (f.para) para = mergeBlockProps(para ?? {}, f.para);
    const b = f.borders;
    if (!b || r === 'wholeTable') continue;
    const pick = (side: keyof BorderSides, edge: boolean, inside: 'insideH' | 'insideV'): void => {
      const line = edge ? b[side] : b[inside];
      if (line !== undefined) sides = { ...sides, [side]: line };
    };
    const lastCol = p.col + p.colspan >= p.cols;
    pick('top', !COL_REGIONS.has(r) || p.row === 0, 'insideH');
    pick('bottom', !COL_REGIONS.has(r) || p.row === p.rows - 1, 'insideH');
    pick('left', !ROW_REGIONS.has(r) || p.col === 0, 'insideV');
    pick('right', !ROW_REGIONS.has(r) || lastCol, 'insideV');
  }
  return { shading, sides, run, para };
}

/** `style` without the run and paragraph properties `run` and `para` declare (those win over a table style's). */
export function withoutDeclared(style: TableStyleFormats, run: CharProps, para: BlockProps): TableStyleFormats {
  const runKeys = Object.keys(run).filter((k) => run[k as keyof CharProps] !== undefined);
  const paraKeys = Object.keys(para).filter((k) => para[k as keyof BlockProps] !== undefined);
  if (runKeys.length === 0 && paraKeys.length === 0) return style;
  const strip = <T extends object>(o: T | undefined, keys: readonly string[]): T | undefined => {
    if (!o) return o;
    const out = { ...o } as Record<string, unknown>;
    for (const k of keys) delete out[k];
    return Object.values(out).some((v) => v !== undefined) ? (out as T) : undefined;
  };
  const regions: Partial<Record<TableRegion, RegionFormat>> = {};
  for (const r of TABLE_REGIONS) {
    const f = style.regions[r];
    if (f) regions[r] = { ...f, run: strip(f.run, runKeys), para: strip(f.para, paraKeys) };
  }
  return { ...style, regions };
}

/** Run properties a table style keeps when written back: those the DOCX writer says again on runs that differ. */
const KEPT_RUN = new Set(['b', 'color']);

/**
 * `style` (a `w:style` in namespace `w`) as a table keeps it: its and its regions' paragraph
 * properties (`w:pPr`) left out, and of their run properties (`w:rPr`) only the bold and colour
 * (`w:b`, `w:color`). The reader weighed them all against the file's own default paragraph
 * style, which Ostal does not write back; bold and colour the DOCX writer keeps in the style
 * and writes on the runs only where they differ (so Word's "Header row" checkbox restyles the
 * text); the others stay on the cells' text as it shows.
 */
export function withoutTextFormatting(style: XmlElement, w: string): XmlElement {
  const runKept = (rPr: XmlElement): XmlElement | undefined => {
    const children = rPr.children.filter((c): c is XmlElement => typeof c !== 'string' && c.ns === w && KEPT_RUN.has(c.local));
    return children.length > 0 ? { ns: rPr.ns, local: rPr.local, qname: rPr.qname, attrs: rPr.attrs, nsDecls: rPr.nsDecls, children } : undefined;
  };
  const keep = (el: XmlElement): XmlElement => ({
    ns: el.ns,
    local: el.local,
    qname: el.qname,
    attrs: el.attrs,
    nsDecls: el.nsDecls,
    children: el.children.flatMap((c) => {
      if (typeof c === 'string' || c.ns !== w) return [c];
      if (c.local === 'pPr') return [];
      if (c.local === 'rPr') return runKept(c) ?? [];
      return [c.local === 'tblStylePr' ? keep(c) : c];
    }),
  });
  return keep(style);
}
