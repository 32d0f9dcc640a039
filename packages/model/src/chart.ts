/**
 * Charts of a worksheet (and, later, of a slide): what both DrawingML charts (ECMA-376 Part 1,
 * 21.2 `c:chartSpace`) and ODF charts (ODF 1.3 Part 3, 11 `chart:chart` in an embedded object)
 * can say, in neutral terms.
 *
 * - Series point at cells through {@link ChartRef}s (sheet name + zero-based range) and carry the
 *   values and categories the file had cached, so a chart can be drawn without computing; an
 *   editor refreshes them with {@link refreshChartCache} when cells change.
 * - The anchor is two cells (top-left and bottom-right corner) with offsets in points inside
 *   them, as both formats anchor objects to cells.
 * - `keptPart` ties a chart read from an XLSX drawing kept verbatim (`Sheet.drawing`) to its
 *   chart part: the XLSX writer leaves such charts to the kept parts (which say more than the
 *   model) and writes the others itself.
 */
import { cellName, columnIndex } from './cell-address.js';
import type { CellRange, Sheet, Workbook } from './workbook.js';

/**
 * Column: vertical bars; bar: horizontal bars; doughnut: a pie with a hole; radar: series around
 * a circle; stock: high-low-close (or open-high-low-close) prices per category; bubble: scatter
 * points whose circles' areas give a third value.
 */
export type ChartType = 'column' | 'bar' | 'line' | 'pie' | 'area' | 'scatter' | 'doughnut' | 'radar' | 'stock' | 'bubble';

/** How the series of a column, bar, line or area chart share the axis. */
export type ChartGrouping = 'clustered' | 'stacked' | 'percentStacked';

export type ChartLegendPosition = 'right' | 'left' | 'top' | 'bottom' | 'none';

/** A rectangle of cells on a named sheet. */
export interface ChartRef {
  readonly sheet: string;
  readonly range: CellRange;
}

export interface ChartSeries {
  /** The series name as shown in the legend (literal, or the cached text of `nameRef`). */
  readonly name?: string;
  readonly nameRef?: ChartRef;
  /** Category labels (x values for a scatter chart). */
  readonly categories?: ChartRef;
  readonly values?: ChartRef;
  readonly cachedCategories?: readonly string[];
  /** One entry per point; null where the cell is empty or not a number. */
  readonly cachedValues?: readonly (number | null)[];
  /** `#RRGGBB`; absent means the renderer's palette. */
  readonly color?: string;
  /**
   * Combined charts: this series is drawn as another of the kinds sharing the axes (columns
   * with a line...); absent means the chart's type.
   */
  readonly type?: CombinedSeriesType;
  /** Combined charts: plotted against a second value axis, on the right. */
  readonly secondaryAxis?: boolean;
  /** Labels on the series' points (absent: the file said nothing about them). */
  readonly dataLabels?: ChartDataLabels;
  /** Bubble charts: the cells giving each point's bubble size (its area). */
  readonly bubbleSizes?: ChartRef;
  /** Bubble charts: the cached sizes, one per point (null where empty). */
  readonly cachedBubbleSizes?: readonly (number | null)[];
  /**
   * Line, scatter and radar charts: the marker drawn at each point (DrawingML `c:marker`, ODF
   * `chart:symbol-*`); absent: the writer's default for the chart type.
   */
  readonly marker?: ChartMarker;
  /** Width of the series' line in points (DrawingML `a:ln w`, ODF `svg:stroke-width`); absent: the default. */
  readonly lineWidth?: number;
}

/** Marker shapes both formats name (`auto`: the application's choice per series; `none`: no marker). */
export type ChartMarkerSymbol = 'auto' | 'none' | 'circle' | 'square' | 'diamond' | 'triangle' | 'x' | 'plus' | 'star' | 'dash' | 'dot';

/** A series' point marker. */
export interface ChartMarker {
  readonly symbol: ChartMarkerSymbol;
  /** Width and height in points (DrawingML 2 to 72); absent: the default. */
  readonly size?: number;
  /** `#RRGGBB` fill, when it differs from the series' colour. */
  readonly fill?: string;
}

/** Where a data label sits (DrawingML `c:dLblPos`, ODF `chart:label-position`). */
export type ChartLabelPosition = 'bestFit' | 'bottom' | 'center' | 'insideBase' | 'insideEnd' | 'left' | 'outsideEnd' | 'right' | 'top';

/** What the labels of a series' points show, and how. */
export interface ChartDataLabels {
  readonly value?: boolean;
  readonly percent?: boolean;
  readonly category?: boolean;
  readonly seriesName?: boolean;
  readonly legendKey?: boolean;
  /** Text between the parts of one label (`\n` for a line break). */
  readonly separator?: string;
  /** Excel-style number format of the label values, such as `0%` (absent: the data's own). */
  readonly numberFormat?: string;
  readonly position?: ChartLabelPosition;
}

/** The kinds a combined chart's series may take (they share the category and value axes). */
export type CombinedSeriesType = 'column' | 'bar' | 'line' | 'area';

/** A cell corner: zero-based cell, plus an offset in points inside it. */
export interface ChartAnchorPoint {
  readonly row: number;
  readonly col: number;
  readonly dx?: number;
  readonly dy?: number;
}

export interface ChartAnchor {
  readonly from: ChartAnchorPoint;
  readonly to: ChartAnchorPoint;
}

/** What of an axis is hidden: its labels only, or the whole axis (line, ticks and labels). */
export type ChartAxisHidden = 'labels' | 'axis';

export interface Chart {
  readonly type: ChartType;
  /** Absent means clustered (and is meaningless for pie and scatter). */
  readonly grouping?: ChartGrouping;
  readonly title?: string;
  /** Absent means right, as both formats default. */
  readonly legend?: ChartLegendPosition;
  /** Title of the category axis (horizontal for column/line/area, vertical for bar). */
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /**
   * Number format of the category axis labels when the file gives one (DrawingML `c:numFmt` of
   * `c:catAx`; ODF: the x axis style's `style:data-style-name`, read as `General`). Absent, the
   * application chooses: LibreOffice then gives the axis a date format (M/D/YYYY).
   */
  readonly categoryAxisNumberFormat?: string;
  /**
   * The category axis drawn without its labels (`labels`: DrawingML `c:tickLblPos val="none"`,
   * ODF `chart:display-label="false"`) or not at all (`axis`: `c:delete val="1"`, ODF
   * `chart:visible="false"`). Absent: drawn with its labels.
   */
  readonly categoryAxisHidden?: ChartAxisHidden;
  /** The value axis hidden likewise. */
  readonly valueAxisHidden?: ChartAxisHidden;
  readonly series: readonly ChartSeries[];
  readonly anchor: ChartAnchor;
  /** Radar charts: lines with markers (absent) or filled areas. */
  readonly radarStyle?: 'marker' | 'filled';
  /** Doughnut charts: the hole's diameter as a percentage of the chart's (absent: 50). */
  readonly holeSize?: number;
  /**
   * Drawn in three dimensions (DrawingML `c:bar3DChart`, `c:line3DChart`, `c:pie3DChart`,
   * `c:area3DChart` with `c:view3D`; ODF `chart:three-dimensional`): column, bar, line, area and
   * pie only. Ostal draws it flat and writes it back as 3-D.
   */
  readonly view3D?: ChartView3D;
  /**
   * Stock charts: the series are, in order, open (when there are four), high, low and close, as
   * DrawingML orders them (ODF orders open, low, high, close: its reader and writer swap).
   */
  readonly stock?: ChartStock;
  /** Bubble charts: the circles drawn shaded as spheres (DrawingML `c:bubble3D`); drawn flat. */
  readonly bubble3D?: boolean;
  /** Bubble charts: the bubbles' size in percent of the default (0 to 300; absent: 100). */
  readonly bubbleScale?: number;
  /**
   * Bubble charts: points with a negative size drawn as hollow circles of its absolute size
   * (DrawingML `c:showNegBubbles`; ODF has no such setting). Absent: left out, as by default.
   */
  readonly showNegativeBubbles?: boolean;
  /**
   * The plot area placed by hand (DrawingML `c:manualLayout` in edge mode, ODF `chart:plot-area`
   * `svg:x`/`svg:y`/`svg:width`/`svg:height`); absent: placed by the application.
   */
  readonly plotArea?: ChartPlotArea;
  /** Name of the chart part inside `Sheet.drawing` this chart was read from (XLSX only). */
  readonly keptPart?: string;
}

/** A rectangle in fractions (0 to 1) of the chart's width and height, from its top-left corner. */
export interface ChartPlotArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The rectangle is the plot alone (DrawingML `layoutTarget` inner), without the axes' labels. */
  readonly inner?: boolean;
}

/** What a stock chart draws besides its points. */
export interface ChartStock {
  /** A vertical line from each category's low to its high (DrawingML `c:hiLowLines`). */
  readonly hiLowLines: boolean;
  /**
   * Open-close boxes, up (close above open) and down (DrawingML `c:upDownBars`; ODF gain and
   * loss markers, the "Japanese" candle sticks): only with an open series.
   */
  readonly upDownBars: boolean;
}

/** Which of a stock chart's series (model order) holds each price; open is absent with three series. */
export function stockRoles(chart: Chart): { open?: ChartSeries; high?: ChartSeries; low?: ChartSeries; close?: ChartSeries } {
  const s = chart.series;
  if (s.length >= 4) return { open: s[0], high: s[1], low: s[2], close: s[3] };
  return { high: s[0], low: s[1], close: s[2] };
}

/** The viewpoint of a 3-D chart (ECMA-376 Part 1, 21.2.2.228 c:view3D); absent fields are the application's defaults. */
export interface ChartView3D {
  /** Tilt about the horizontal axis, degrees (-90 to 90). */
  readonly rotX?: number;
  /** Turn about the vertical axis, degrees (0 to 359). */
  readonly rotY?: number;
  /** Field of view, half-degrees (0 to 240); 0 is a parallel projection. */
  readonly perspective?: number;
  /** Axes kept at right angles (no perspective on them). */
  readonly rightAngleAxes?: boolean;
}

/** The chart types that have a 3-D form in both formats. */
export const THREE_D_CHART_TYPES: readonly ChartType[] = ['column', 'bar', 'line', 'area', 'pie'];

/** The chart types the insert command offers, in menu order. */
export const INSERTABLE_CHART_TYPES: readonly ChartType[] = ['column', 'bar', 'line', 'pie', 'stock', 'bubble'];

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'My sheet'!$A$1:$B$3` (Excel syntax, absolute; a single cell without `:`). */
export function formatChartRef(ref: ChartRef): string {
  const { top, left, bottom, right } = ref.range;
  const abs = (row: number, col: number): string => cellName(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const start = abs(top, left);
  return `${quoteSheet(ref.sheet)}!${top === bottom && left === right ? start : `${start}:${abs(bottom, right)}`}`;
}

/**
 * Parses an Excel-syntax reference to one rectangle on one sheet (`Sheet1!$A$2:$A$4`,
 * `'My sheet'!B2`); whole columns/rows and several areas are refused. `defaultSheet` is used when
 * the reference names no sheet.
 */
export function parseChartRef(text: string, defaultSheet?: string): ChartRef | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!:(),;\s][^!:(),;]*))?!?\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\s*$/.exec(text.replace(/^\(|\)$/g, ''));
  if (!m) return null;
  const hasBang = text.includes('!');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : hasBang ? m[2] : undefined;
  const name = sheet ?? defaultSheet;
  if (name === undefined || (!hasBang && m[2] !== undefined)) return null;
  const c1 = columnIndex(m[3]!);
  const r1 = Number(m[4]) - 1;
  const c2 = m[5] !== undefined ? columnIndex(m[5]) : c1;
  const r2 = m[6] !== undefined ? Number(m[6]) - 1 : r1;
  if (c1 < 0 || c2 < 0 || r1 < 0 || r2 < 0) return null;
  return { sheet: name, range: { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) } };
}

/** The cells of a range in reading order along its longer side (a series is one row or column). */
function rangeCells(range: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  const MAX = 10_000;
  for (let r = range.top; r <= range.bottom && out.length < MAX; r++) {
    for (let c = range.left; c <= range.right && out.length < MAX; c++) out.push({ row: r, col: c });
  }
  return out;
}

function sheetNamed(workbook: Workbook, name: string): Sheet | undefined {
  return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Numbers of a reference (null for empty or non-numeric cells); undefined when the sheet is gone. */
export function chartRefNumbers(workbook: Workbook, ref: ChartRef): (number | null)[] | undefined {
  const sheet = sheetNamed(workbook, ref.sheet);
  if (!sheet) return undefined;
  return rangeCells(ref.range).map(({ row, col }) => {
    const v = sheet.rows[row]?.[col]?.value ?? null;
    return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'boolean' ? Number(v) : null;
  });
}

/** Texts of a reference, as a user sees the values (numbers with `String`). */
export function chartRefTexts(workbook: Workbook, ref: ChartRef): string[] | undefined {
  const sheet = sheetNamed(workbook, ref.sheet);
  if (!sheet) return undefined;
  return rangeCells(ref.range).map(({ row, col }) => {
    const v = sheet.rows[row]?.[col]?.value ?? null;
    if (v === null) return '';
    if (typeof v === 'object') return v.error;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  });
}

/** The chart with every series' cached name, categories and values read again from the cells. */
export function refreshChartCache(chart: Chart, workbook: Workbook): Chart {
  return {
    ...chart,
    series: chart.series.map((s) => {
      const values = s.values ? chartRefNumbers(workbook, s.values) : undefined;
      const categories = s.categories ? chartRefTexts(workbook, s.categories) : undefined;
      const name = s.nameRef ? chartRefTexts(workbook, s.nameRef)?.join(' ') : undefined;
      const sizes = s.bubbleSizes ? chartRefNumbers(workbook, s.bubbleSizes) : undefined;
      return {
        ...s,
        ...(sizes ? { cachedBubbleSizes: sizes } : {}),
        ...(values ? { cachedValues: values } : {}),
        ...(categories ? { cachedCategories: categories } : {}),
        ...(name !== undefined ? { name } : {}),
      };
    }),
  };
}

/** Number of points of a chart: the longest series. */
export function chartPointCount(chart: Chart): number {
  return chart.series.reduce((n, s) => Math.max(n, s.cachedValues?.length ?? 0, s.cachedCategories?.length ?? 0), 0);
}

/**
 * A chart built from a selected range as office suites do: when the first column holds text (or
 * the range is several columns wide and its first column is not all numbers) it gives the
 * categories; when the first row holds text it gives the series names; every other column is a
 * series (a single-column or single-row selection is one series). The anchor is placed to the
 * right of the range, 8 columns wide and 15 rows high.
 */
export function chartFromRange(workbook: Workbook, sheetName: string, range: CellRange, type: ChartType): Chart {
  const sheet = sheetNamed(workbook, sheetName);
  const value = (row: number, col: number): unknown => sheet?.rows[row]?.[col]?.value ?? null;
  const isText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v));
  const byRows = range.right - range.left > range.bottom - range.top;
  // Normalise to "series are columns": when the range is wider than tall, series are rows.
  const outer = byRows ? { first: range.top, last: range.bottom } : { first: range.left, last: range.right };
  const inner = byRows ? { first: range.left, last: range.right } : { first: range.top, last: range.bottom };
  const at = (o: number, i: number): unknown => (byRows ? value(o, i) : value(i, o));
  // Series names: some cell of the first line (past the label column) is text.
  let headerInner = false;
  for (let o = outer.first + (outer.last > outer.first ? 1 : 0); o <= outer.last; o++) if (isText(at(o, inner.first))) headerInner = true;
  // Categories: with several lines, some cell of the first one (below the names) is text.
  let labelOuter = false;
  if (outer.last > outer.first) {
    for (let i = inner.first + (headerInner ? 1 : 0); i <= inner.last; i++) if (isText(at(outer.first, i))) labelOuter = true;
  }
  const dataInner = { first: inner.first + (headerInner ? 1 : 0), last: inner.last };
  const ref = (o: number, i1: number, i2: number): ChartRef => ({
    sheet: sheetName,
    range: byRows ? { top: o, bottom: o, left: i1, right: i2 } : { top: i1, bottom: i2, left: o, right: o },
  });
  const categories = labelOuter ? ref(outer.first, dataInner.first, dataInner.last) : undefined;
  const series: ChartSeries[] = [];
  for (let o = outer.first + (labelOuter ? 1 : 0); o <= outer.last; o++) {
    series.push({
      ...(headerInner ? { nameRef: ref(o, inner.first, inner.first) } : {}),
      ...(categories ? { categories } : {}),
      values: ref(o, dataInner.first, dataInner.last),
    });
  }
  const chart: Chart = {
    type,
    legend: 'right',
    series,
    anchor: { from: { row: range.top, col: range.right + 2 }, to: { row: range.top + 15, col: range.right + 10 } },
  };
  return refreshChartCache(chart, workbook);
}

/** Charts whose references name `oldName` follow a sheet rename. */
export function renameChartSheet(chart: Chart, oldName: string, newName: string): Chart {
  const fix = (r: ChartRef | undefined): ChartRef | undefined => (r && r.sheet === oldName ? { ...r, sheet: newName } : r);
  return {
    ...chart,
    series: chart.series.map((s) => {
      const nameRef = fix(s.nameRef);
      const categories = fix(s.categories);
      const values = fix(s.values);
      const bubbleSizes = fix(s.bubbleSizes);
      return { ...s, ...(nameRef ? { nameRef } : {}), ...(categories ? { categories } : {}), ...(values ? { values } : {}), ...(bubbleSizes ? { bubbleSizes } : {}) };
    }),
  };
}
