/**
 * Cell styles of a workbook. A workbook holds one table of styles (`Workbook.styles`); a cell
 * names its style by index (`Cell.style`), so a million formatted cells share a handful of
 * objects. Number formats use Excel's format-code syntax (`#,##0.00 [$€-40C]`, `DD/MM/YYYY`) as
 * the neutral form: every spreadsheet program can translate to it, and ODF data styles map onto it.
 * Colours are `#RRGGBB` (theme and indexed colours are resolved when read). Lengths are points.
 */

/** Border line styles, the SpreadsheetML vocabulary (ECMA-376 Part 1, 18.18.3 ST_BorderStyle). */
export type BorderLineStyle =
  | 'thin'
  | 'medium'
  | 'thick'
  | 'dashed'
  | 'dotted'
  | 'double'
  | 'hair'
  | 'mediumDashed'
  | 'dashDot'
  | 'mediumDashDot'
  | 'dashDotDot'
  | 'mediumDashDotDot'
  | 'slantDashDot';

export interface BorderLine {
  readonly style: BorderLineStyle;
  /** `#RRGGBB`; absent means automatic (black). */
  readonly color?: string;
}

export interface CellBorders {
  readonly top?: BorderLine;
  readonly bottom?: BorderLine;
  readonly left?: BorderLine;
  readonly right?: BorderLine;
}

export interface CellFont {
  readonly family?: string;
  /** Size in points. */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  /** `#RRGGBB`. */
  readonly color?: string;
}

export interface CellAlignment {
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify' | 'fill' | 'centerContinuous' | 'distributed';
  readonly vertical?: 'top' | 'center' | 'bottom' | 'justify' | 'distributed';
  readonly wrap?: boolean;
  /** Text rotation in degrees counter-clockwise, -90..90 (Excel's 255 "stacked" is not kept). */
  readonly rotation?: number;
  /** Indent level (Excel: about three spaces of the default font each). */
  readonly indent?: number;
}

/**
 * One cell style. Every field is optional; an empty object is the default style (General number
 * format, the application's default font, no fill, no borders, default alignment).
 */
export interface CellStyle {
  /** Excel format code; absent or `General` for the general format. */
  readonly numberFormat?: string;
  /**
   * A date's day, month and year show in the order of the reader's language (ODF
   * `number:automatic-order`); `numberFormat` has them in the order the file wrote them, which is
   * what formats without this notion (XLSX) get. `language`: the whole date format is the
   * language's own (ODF `number:format-source="language"`), the parts in `numberFormat` only
   * what the file listed.
   */
  readonly dateOrder?: 'automatic' | 'language';
  readonly font?: CellFont;
  /** Solid background, `#RRGGBB`. */
  readonly fill?: string;
  readonly borders?: CellBorders;
  readonly alignment?: CellAlignment;
}

/** Drops empty and undefined members, so equal styles have equal keys. */
function clean(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = clean((value as Record<string, unknown>)[key]);
    if (v === undefined) continue;
    if (typeof v === 'object' && v !== null && Object.keys(v).length === 0) continue;
    out[key] = v;
  }
  return out;
}

/** The canonical form of a style: no undefined or empty members, keys sorted, `General` dropped. */
export function normalizeCellStyle(style: CellStyle): CellStyle {
  const s = clean(style) as { numberFormat?: string };
  if (s.numberFormat === 'General' || s.numberFormat === '') delete s.numberFormat;
  return s;
}

/**
 * Interns styles: equal styles get one index. Index 0 is always the default (empty) style.
 * @example const t = new StyleTable(); t.intern({ font: { bold: true } }) // 1
 */
export class StyleTable {
  private readonly list: CellStyle[] = [{}];
  private readonly byKey = new Map<string, number>([['{}', 0]]);

  /** The index of `style`, adding it when new. */
  intern(style: CellStyle): number {
    const norm = normalizeCellStyle(style);
    const key = JSON.stringify(norm);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push(norm);
      this.byKey.set(key, index);
    }
    return index;
  }

  /** The style at `index` (the default for an unknown index). */
  get(index: number): CellStyle {
    return this.list[index] ?? {};
  }

  /** All styles, index 0 first. */
  get styles(): readonly CellStyle[] {
    return this.list;
  }
}
