/**
 * WordprocessingML tables (ECMA-376 Part 1, 17.4: 17.4.38 `w:tbl`, 17.4.48 `w:tblGrid`,
 * 17.4.79 `w:tr` with 17.4.49 `w:tblHeader` and 17.4.15 `w:gridBefore`, 17.4.66 `w:tc` with
 * 17.4.17 `w:gridSpan`, 17.4.84 `w:vMerge`, 17.4.22 `w:hMerge`, 17.4.33 `w:shd`; 17.4.39 and
 * 17.4.66 table and cell borders) read into a table node through {@link buildTable}.
 *
 * Vertical merges are resolved by scanning rows: a `w:vMerge` cell that is not a restart joins
 * the cell above it at the same grid column (its content is dropped, as Word does); one with
 * nothing to join starts a merge of its own. Borders: each cell gets the lines it draws, from
 * its own `w:tcBorders`, else the table's `w:tblBorders` (edges outside, `insideH`/`insideV`
 * between cells) side by side over its style's; a vertically merged cell takes its bottom line
 * from the last cell it covers. The table's `bordered` flag says whether any of them draws.
 */
import { isTableWordStyle, normalizeCellBackground, rowChange } from '@ostal/model';
import type { RowChange, TableWordStyle } from '@ostal/model';
import { Fragment } from 'prosemirror-model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readWordBorders, readWordTableBorders } from './border-props.js';
import type { BorderSides, TableBorderSides } from './border-props.js';
import type { ReadTally } from './read-tally.js';
import { buildTable } from './table-builder.js';
import type { RowInput } from './table-builder.js';
import { wmlChangeInfo, wrapperMark } from './wml-changes.js';
import { intVal, onOff, wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';
import type { WmlStyles } from './wml-styles.js';
import { readTablePosition } from './wml-table-position.js';
import { cellMargins, cellStyleFormat, readMarginSides, readTableLook, regionsOfCell } from './wml-table-style.js';
import type { MarginSides, TableLook, TableStyleFormats } from './wml-table-style.js';
import type { CharProps } from './text-marks.js';
import type { BlockProps } from './block-props.js';

/** What the table reader needs from the body reader. */
export interface WmlTableContext {
  readonly ns: WmlNs;
  readonly styles: WmlStyles;
  readonly tally: ReadTally;
  readonly part: string;
  /**
   * Reads the block content of a `w:tc` (paragraphs, lists, nested tables); its paragraphs start
   * from `run` and `para`, what the table style gives the cell.
   */
  readonly readCell: (tc: XmlElement, run: CharProps | undefined, para: BlockProps | undefined) => PMNode[];
}

/** Wrappers around rows and cells that are read through. */
const READ_THROUGH = new Set(['customXml', 'ins', 'moveTo']);
const TWIPS_PER_UNIT: Readonly<Record<string, number>> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

/** A width in twips from ST_TwipsMeasure / ST_MeasurementOrPercent (plain twips, or Strict's `2.5cm`). */
export function twipsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] ? TWIPS_PER_UNIT[m[2]]! : 1);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

interface RawCell {
  readonly col: number;
  colspan: number;
  readonly vMerge: 'restart' | 'continue' | undefined;
  readonly hMergeContinue: boolean;
  readonly background: string | null;
  /** True when the cell says its shading itself (`w:shd`), which beats the table style's. */
  readonly ownShading: boolean;
  readonly sides: BorderSides | undefined;
  /** `w:tcMar`. */
  readonly margins: MarginSides | undefined;
  readonly tc: XmlElement;
}

/** What the table says of all its cells. */
interface TableFormat {
  readonly style: TableStyleFormats | undefined;
  readonly look: TableLook;
  readonly margins: MarginSides | undefined;
  readonly cols: number;
}

interface RawRow {
  readonly header: boolean;
  readonly cells: RawCell[];
  /** The deletion mark of a row deleted with changes tracked. */
  readonly deleted: Mark | undefined;
  /** The row inserted or deleted with changes tracked. */
  readonly change: RowChange | null;
}

/** `node` with `mark` added to every text inside it whose parent allows the mark. */
function withMark(node: PMNode, mark: Mark): PMNode {
  if (node.isLeaf) return node;
  const allowed = node.type.allowsMarkType(mark.type);
  const kids: PMNode[] = [];
  node.forEach((child) => kids.push(child.isInline ? (allowed && child.isText ? child.mark(mark.addToSet(child.marks)) : child) : withMark(child, mark)));
  return node.copy(Fragment.from(kids));
}

interface MutableCell {
  col: number;
  colspan: number;
  rowspan: number;
  background: string | null;
  sides: BorderSides | undefined;
  margins: ReturnType<typeof cellMargins>;
  blocks: PMNode[];
}

/** Reads `w:tbl` elements of one part. */
export class WmlTableReader {
  constructor(private readonly ctx: WmlTableContext) {}

  /** The table node of `tbl` (null when it has no cells); `path` locates it for diagnostics. */
  read(tbl: XmlElement, path: string): PMNode | null {
    const { ns, styles, tally, part } = this.ctx;
    const w = ns.w;
    const tblPr = childElement(tbl, w, 'tblPr');
    const namedStyle = wVal(tblPr && childElement(tblPr, w, 'tblStyle'), ns);
    const styleId = namedStyle ?? styles.defaultTableStyle;
    const ownSides = readWordTableBorders(tblPr && childElement(tblPr, w, 'tblBorders'), ns);
    const styleSides = styles.tableBorders(styleId);
    const borderSides: TableBorderSides | undefined = ownSides || styleSides ? { ...styleSides, ...ownSides } : undefined;
    let bordered = Object.values(borderSides ?? {}).some((line) => line);
    const gridEl = childElement(tbl, w, 'tblGrid');
    const widths = gridEl ? childElements(gridEl, w, 'gridCol').map((g) => twipsOf(attr(g, w, 'w'))) : [];
    const columnWidths = widths.length > 0 && widths.every((v) => v !== undefined) ? (widths) : null;
    let simplified = false;

    const rawRows: RawRow[] = [];
    for (const tr of this.collect(tbl, 'tr')) {
      const trPr = childElement(tr, w, 'trPr');
      // A row inserted or deleted with changes tracked (17.13.5.19, 17.13.5.13); a deleted one keeps its text, marked deleted.
      const del = trPr && childElement(trPr, w, 'del');
      const ins = trPr && childElement(trPr, w, 'ins');
      const change = del ? rowChange('deletion', wmlChangeInfo(del, ns)) : ins ? rowChange('insertion', wmlChangeInfo(ins, ns)) : null;
      let col = Math.max(0, (trPr && intVal(childElement(trPr, w, 'gridBefore'), ns)) ?? 0);
      const cells: RawCell[] = [];
      for (const tc of this.collect(tr, 'tc')) {
        const tcPr = childElement(tc, w, 'tcPr');
        const colspan = Math.max(1, (tcPr && intVal(childElement(tcPr, w, 'gridSpan'), ns)) ?? 1);
        const vMergeEl = tcPr && childElement(tcPr, w, 'vMerge');
        const vMerge = vMergeEl ? (wVal(vMergeEl, ns) === 'restart' ? 'restart' : 'continue') : undefined;
        const hMergeEl = tcPr && childElement(tcPr, w, 'hMerge');
        const sides = readWordBorders(tcPr && childElement(tcPr, w, 'tcBorders'), ns);
        if (sides && Object.values(sides).some((line) => line)) bordered = true;
        const shd = tcPr && childElement(tcPr, w, 'shd');
        // Vertical alignment and text direction of cells are not kept.
        const vAlign = wVal(tcPr && childElement(tcPr, w, 'vAlign'), ns);
        if ((vAlign !== undefined && vAlign !== 'top') || (tcPr && childElement(tcPr, w, 'textDirection'))) simplified = true;
        cells.push({
          col,
          colspan,
          vMerge,
          hMergeContinue: hMergeEl !== undefined && wVal(hMergeEl, ns) !== 'restart',
          background: normalizeCellBackground(shd && attr(shd, w, 'fill')),
          ownShading: shd !== undefined,
          sides,
          margins: readMarginSides(tcPr && childElement(tcPr, w, 'tcMar'), ns),
          tc,
        });
        col += colspan;
      }
      rawRows.push({ header: onOff(trPr && childElement(trPr, w, 'tblHeader'), ns) ?? false, cells, deleted: del ? wrapperMark(del, ns) : undefined, change });
    }
    if (simplified) tally.note('table-formatting-simplified', part, path, 'info');
    const cols = Math.max(widths.length, ...rawRows.map((r) => r.cells.reduce((m, c) => Math.max(m, c.col + c.colspan), 0)));
    const format: TableFormat = {
      style: styles.tableStyleFormats(styleId),
      look: readTableLook(tblPr && childElement(tblPr, w, 'tblLook'), ns),
      margins: readMarginSides(tblPr && childElement(tblPr, w, 'tblCellMar'), ns),
      cols,
    };
    const rows = this.merge(rawRows, format);
    if (rows.some((r) => r.cells.some((c) => c.sides && Object.values(c.sides).some((line) => line)))) bordered = true;
    // A cell filling a short row (`w:gridAfter`) has the margins the style and table give every cell.
    const fillMargins = cellMargins(format.style?.margins || format.margins ? { ...format.style?.margins, ...format.margins } : undefined);
    const built = buildTable({ rows, columnWidths, bordered, borderSides, position: readTablePosition(tblPr, ns), fillMargins });
    const source = styles.tableStyleSource(namedStyle);
    if (!built || !source || namedStyle === undefined) return built;
    const { look } = format;
    const wordStyle: TableWordStyle = { styleId: namedStyle, firstRow: look.firstRow, lastRow: look.lastRow, firstColumn: look.firstColumn, lastColumn: look.lastColumn, bandedRows: look.hBand, bandedColumns: look.vBand, source };
    return isTableWordStyle(wordStyle) ? built.type.create({ ...built.attrs, wordStyle }, built.content, built.marks) : built;
  }

  /** Resolves horizontal and vertical merges and reads the content of the cells kept. */
  private merge(rawRows: readonly RawRow[], format: TableFormat): RowInput[] {
    let open = new Map<number, MutableCell>();
    return rawRows.map((row, r) => {
      const next = new Map<number, MutableCell>();
      const cells: MutableCell[] = [];
      for (const raw of row.cells) {
        const previous = cells[cells.length - 1];
        if (raw.hMergeContinue && previous) {
          previous.colspan += raw.colspan;
          continue;
        }
        const above = raw.vMerge === 'continue' ? open.get(raw.col) : undefined;
        if (above && above.colspan === raw.colspan) {
          above.rowspan += 1;
          if (raw.sides?.bottom !== undefined) above.sides = { ...above.sides, bottom: raw.sides.bottom };
          next.set(raw.col, above);
          continue;
        }
        const place = { row: r, rows: rawRows.length, col: raw.col, colspan: raw.colspan, cols: format.cols };
        const fromStyle = format.style ? cellStyleFormat(place, regionsOfCell(place, format.look, format.style), format.style) : undefined;
        const blocks = this.ctx.readCell(raw.tc, fromStyle?.run, fromStyle?.para);
        const sides = fromStyle?.sides ? { ...fromStyle.sides, ...raw.sides } : raw.sides;
        const background = raw.ownShading || fromStyle?.shading === undefined ? raw.background : fromStyle.shading;
        const declared = format.style?.margins || format.margins || raw.margins ? { ...format.style?.margins, ...format.margins, ...raw.margins } : undefined;
        const cell: MutableCell = { col: raw.col, colspan: raw.colspan, rowspan: 1, background, sides, margins: cellMargins(declared), blocks: row.deleted ? blocks.map((b) => withMark(b, row.deleted!)) : blocks };
        cells.push(cell);
        if (raw.vMerge !== undefined) next.set(raw.col, cell);
      }
      open = next;
      return { header: row.header, cells: cells, change: row.change };
    });
  }

  /** Children named `local` of `el`, through content controls and other row/cell wrappers. */
  private collect(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
    const w = this.ctx.ns.w;
    for (const c of el.children) {
      if (typeof c !== 'object' || c.ns !== w) continue;
      if (c.local === local) out.push(c);
      else if (c.local === 'sdt') {
        const content = childElement(c, w, 'sdtContent');
        if (content) this.collect(content, local, out);
      } else if (READ_THROUGH.has(c.local)) this.collect(c, local, out);
    }
    return out;
  }
}
