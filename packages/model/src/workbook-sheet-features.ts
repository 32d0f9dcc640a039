/**
 * What a sheet carries beside its cells: comments (notes), data validation, autofilter,
 * conditional formats and print settings. Formulas are in Excel A1 syntax without `=`, like
 * defined names; ranges are zero-based and inclusive.
 */
import type { CellRange } from './workbook.js';
import type { CellStyle } from './workbook-style.js';

/** A note attached to one cell (Excel "note"/legacy comment, ODF `office:annotation`). */
export interface CellComment {
  readonly row: number;
  readonly col: number;
  /** Plain text; lines separated by `\n`. */
  readonly text: string;
  readonly author?: string;
  /** ISO 8601 date-time, when the file says when it was written. */
  readonly date?: string;
  /** Shown permanently rather than on hover. */
  readonly visible?: boolean;
  /** Answers in a comment thread (Excel's threaded comments), oldest first. */
  readonly replies?: readonly CommentReply[];
  /** The thread was marked resolved. */
  readonly resolved?: boolean;
  /** An Excel threaded comment (rather than a note), even without replies yet. */
  readonly threaded?: boolean;
}

/** One answer in a comment thread. */
export interface CommentReply {
  readonly text: string;
  readonly author?: string;
  /** ISO 8601 date-time. */
  readonly date?: string;
}

export type ValidationType = 'any' | 'list' | 'whole' | 'decimal' | 'date' | 'time' | 'textLength' | 'custom';

export type ValidationOperator = 'between' | 'notBetween' | 'equal' | 'notEqual' | 'greaterThan' | 'lessThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';

export interface ValidationMessage {
  readonly title?: string;
  readonly text?: string;
}

/** A data validation rule over some ranges (ECMA-376 18.3.1.32; ODF 9.4.5 content validation). */
export interface DataValidation {
  readonly ranges: readonly CellRange[];
  readonly type: ValidationType;
  /** For whole, decimal, date, time and textLength; `between` when absent. */
  readonly operator?: ValidationOperator;
  /**
   * First operand, Excel syntax without `=`, relative to the top-left cell of the first range.
   * A list of values is a quoted, comma-separated string (`"oui,non"`); a list may also be a
   * reference (`$D$1:$D$5`) or a name. For `custom`, the formula that must be true.
   */
  readonly formula1?: string;
  readonly formula2?: string;
  /** Empty cells pass (Excel's default when read from a file that says nothing is false). */
  readonly allowBlank?: boolean;
  /** A list shows no drop-down arrow. */
  readonly hideDropdown?: boolean;
  /** Input message, shown when the cell is selected. */
  readonly prompt?: ValidationMessage;
  readonly showPrompt?: boolean;
  /** Error alert on a wrong entry; `stop` refuses it, `warning` and `information` ask. */
  readonly error?: ValidationMessage & { readonly style?: 'stop' | 'warning' | 'information' };
  readonly showError?: boolean;
}

export type FilterOperator = 'equal' | 'notEqual' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual';

export interface FilterCondition {
  readonly operator: FilterOperator;
  /** Text compared (wildcards `*` and `?` allowed for equal/notEqual) or a number. */
  readonly value: string | number;
}

/** Criteria on one column of an autofilter, `column` counted from the filter's left edge. */
export interface FilterColumn {
  readonly column: number;
  /** Values shown (a value list); absent when `conditions` filter instead. */
  readonly values?: readonly string[];
  /** Blank cells are shown too (with `values`). */
  readonly blanks?: boolean;
  /** One or two custom conditions; `and` joins them (or when false). */
  readonly conditions?: readonly FilterCondition[];
  readonly and?: boolean;
}

export interface AutoFilter {
  /** The filtered range, header row included. */
  readonly range: CellRange;
  readonly columns?: readonly FilterColumn[];
}

export type ConditionalOperator = ValidationOperator | 'containsText' | 'notContains' | 'beginsWith' | 'endsWith';

/**
 * A conditional formatting rule. `cellIs` and `expression` rules carry a differential style
 * (`style`, only what changes); the others (colour scales, data bars, icon sets, top N...) are
 * kept as their SpreadsheetML XML (`xml`), written back to XLSX only.
 */
export interface ConditionalRule {
  readonly type: 'cellIs' | 'expression' | 'colorScale' | 'dataBar' | 'iconSet' | 'other';
  readonly operator?: ConditionalOperator;
  /** Operands (cellIs) or the formula (expression), Excel syntax without `=`, relative to the range's top-left cell. */
  readonly formulas?: readonly string[];
  readonly style?: CellStyle;
  readonly priority?: number;
  readonly stopIfTrue?: boolean;
  /** The rule's `cfRule` element as written by the source file, for the rules Ostal does not model. */
  readonly xml?: string;
}

export interface ConditionalFormat {
  readonly ranges: readonly CellRange[];
  readonly rules: readonly ConditionalRule[];
}

/** A relationship of a kept part: `target` is a part name (from the package root) or an external URI. */
export interface OpaqueRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
}

/** One package part kept verbatim. */
export interface OpaquePart {
  /** Part name from the package root, e.g. `xl/charts/chart1.xml`. */
  readonly name: string;
  readonly contentType: string;
  /** The part's bytes, base64 (the stored workbook stays JSON). */
  readonly base64: string;
  readonly rels?: readonly OpaqueRelationship[];
}

/**
 * A sheet's drawing (charts, images, shapes) kept as the source file's parts, so that a same-format
 * round trip keeps it; other formats leave it out and say so. The first part is the drawing part.
 */
export interface OpaqueDrawing {
  readonly format: 'xlsx';
  readonly parts: readonly OpaquePart[];
  /** Chart parts of this drawing read into `Sheet.charts`: one missing there was removed by the user. */
  readonly charts?: readonly string[];
  /** Ids of the pictures of this drawing read into `Sheet.images` (`SheetImage.keptId`), likewise. */
  readonly images?: readonly string[];
}

/**
 * The pivot tables of a sheet, kept as the source file's parts for a same-format round trip;
 * their output stays in the cells as values, which is all other formats get (they say so).
 */
export interface OpaquePivotTables {
  readonly format: 'xlsx';
  /** Pivot table parts (`xl/pivotTables/pivotTableN.xml`); their relationships name cache definitions of `Workbook.pivotCaches`. */
  readonly parts: readonly OpaquePart[];
}

/** The pivot caches of an XLSX workbook, kept for its pivot tables. */
export interface OpaquePivotCaches {
  readonly format: 'xlsx';
  /** The workbook's `pivotCache` entries: cache id and definition part name. */
  readonly caches: readonly { readonly cacheId: string; readonly part: string }[];
  /** Cache definitions and the records they reach. */
  readonly parts: readonly OpaquePart[];
  /**
   * Custom number formats (id -> code) and differential formats (id -> style) the kept pivot parts
   * name by the file's ids: the writer numbers its stylesheet afresh and renames them.
   */
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly differentialStyles?: Readonly<Record<string, CellStyle>>;
}

/** ODS pivot tables (`table:data-pilot-tables`), kept as written for ODS and FODS. */
export interface OpaqueDataPilots {
  readonly format: 'ods';
  /** The `table:data-pilot-tables` element, table namespace only, prefix `table:`. */
  readonly xml: string;
  /** How many pivot tables it holds. */
  readonly count: number;
}

/** Page margins in points. */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header?: number;
  readonly footer?: number;
}

/** Headers and footers in Excel's code syntax (`&L…&C…&R…`, `&P` page, `&N` pages, `&A` sheet, `&D` date). */
export interface HeaderFooter {
  readonly header?: string;
  readonly footer?: string;
}

/** How a sheet prints. */
export interface PageSetup {
  readonly orientation?: 'portrait' | 'landscape';
  /** Paper size in millimetres (A4 is 210 x 297), portrait-wise. */
  readonly paper?: { readonly width: number; readonly height: number };
  readonly margins?: PageMargins;
  /** Scale in percent (10-400). */
  readonly scale?: number;
  /** Fit to so many pages wide and tall (0: as many as needed); takes precedence over `scale`. */
  readonly fitWidth?: number;
  readonly fitHeight?: number;
  readonly headerFooter?: HeaderFooter;
  /** Print area (ranges of this sheet). */
  readonly printArea?: readonly CellRange[];
  /** Rows repeated at the top of every page (zero-based, inclusive). */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Columns repeated at the left of every page. */
  readonly repeatCols?: { readonly first: number; readonly last: number };
  readonly gridLines?: boolean;
  readonly centerHorizontally?: boolean;
  readonly centerVertically?: boolean;
}
