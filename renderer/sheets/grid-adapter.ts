/**
 * The grid seam. The sheets module talks to the grid only through this interface, so the
 * proprietary grid (Handsontable) can be replaced without touching the engine, the formula bar
 * or the sheet tabs. The grid is a view: the engine owns content and results.
 */

/** What a cell shows. */
export interface CellDisplay {
  readonly text: string;
  readonly align: 'left' | 'right' | 'center' | 'justify';
  readonly error: boolean;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  /** Points. */
  readonly fontSize?: number;
  readonly fontFamily?: string;
  /** `#RRGGBB` text colour. */
  readonly color?: string;
  /** `#RRGGBB` fill. */
  readonly background?: string;
  readonly wrap?: boolean;
  readonly vertical?: 'top' | 'middle';
  /** Shown on hover, e.g. what an error means. */
  readonly tooltip?: string;
  /** The cell offers a drop-down list of values (data validation). */
  readonly dropdown?: boolean;
  /** Conditional data bar: its colour and the share of the cell's width it fills (0..1). */
  readonly bar?: { readonly color: string; readonly fraction: number };
  /** Conditional icon (icon sets) drawn before the text. */
  readonly icon?: { readonly glyph: string; readonly color: string };
  /** A header cell of an autofilter: its drop-down button's accessible name, and whether the column is filtered. */
  readonly filter?: { readonly label: string; readonly active: boolean };
  /** Lines drawn on the cell's sides: CSS width in pixels and colour. */
  readonly borders?: CellBordersDisplay;
}

/** A drawn border line. */
export interface BorderDisplay {
  readonly width: number;
  readonly color: string;
  readonly double?: boolean;
}

export interface CellBordersDisplay {
  readonly top?: BorderDisplay;
  readonly bottom?: BorderDisplay;
  readonly left?: BorderDisplay;
  readonly right?: BorderDisplay;
}

/** Keyboard commands the grid hands to the sheets module (not while a cell is being edited). */
export type GridCommand = 'undo' | 'redo' | 'today' | 'bold' | 'italic' | 'underline' | 'nextPane' | 'previousPane' | 'note';

/** What was right-clicked (or where the context-menu key was pressed). */
export interface GridContextTarget {
  readonly kind: 'cell' | 'row' | 'col';
  readonly row: number;
  readonly col: number;
  /** Viewport coordinates where the menu opens. */
  readonly x: number;
  readonly y: number;
}

/** A selected block of cells; inclusive. Whole rows or columns span the grid. */
export interface GridRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The sheet's structure the grid shows: merged cells, sizes in CSS pixels, frozen panes. */
export interface GridLayout {
  readonly merges: readonly { row: number; col: number; rowspan: number; colspan: number }[];
  /** Width of a column in pixels, or undefined for the default. */
  colWidth(col: number): number | undefined;
  /** Height of a row in pixels, or undefined for the default. */
  rowHeight(row: number): number | undefined;
  readonly frozenRows: number;
  readonly frozenCols: number;
  /** Hidden row indexes below `limit`. */
  hiddenRows(limit: number): number[];
  /** Hidden column indexes below `limit`. */
  hiddenCols(limit: number): number[];
  /** The note of a cell (shown on hover, with a corner marker), when it has one. */
  note?(row: number, col: number): string | undefined;
}

/** The grid asks the sheets module for content and reports what the user did. */
export interface GridSource {
  /** Text the in-cell editor starts with (formula or value in the user's language). */
  editTextAt(row: number, col: number): string;
  /** Text and alignment to show. */
  displayAt(row: number, col: number): CellDisplay;
  /** The user changed cells (typing, paste, delete, undo in the grid). */
  onEdit(edits: readonly { row: number; col: number; text: string }[]): void;
  /** The selection moved; `row`/`col` is the active cell. */
  onSelect(row: number, col: number): void;
  /** Ctrl+Shift+Enter in the cell editor: `text` entered as an array formula over `range`. */
  onArrayEntry?(range: CellRange, text: string): void;
  /** Copy (or cut) of the selected block: what to put on the clipboard. */
  onCopy?(range: CellRange, cut: boolean): ClipboardBlock | undefined;
  /** Paste at the selection; `valuesOnly` for paste special (Ctrl+Shift+V). */
  onPaste?(at: CellRange, data: ClipboardBlock, valuesOnly: boolean): void;
  /** The fill handle was dragged from `source` over `target` (which includes `source`). */
  onFill?(source: CellRange, target: CellRange): void;
  /** A keyboard command outside cell editing (Ctrl+Z, Ctrl+Y, Ctrl+;, Ctrl+B...). */
  onCommand?(command: GridCommand): void;
  /** Right click or Shift+F10 / the Menu key on a cell or a header. */
  onContextMenu?(target: GridContextTarget): void;
  /**
   * A row or column was resized by dragging its header edge (pixels); `undefined`: a row header
   * edge was double-clicked (its height fits its content again).
   */
  onResize?(axis: 'rows' | 'cols', index: number, pixels: number | undefined): void;
  /** Width in pixels that fits a column's content (double-click on its header edge). */
  fitWidth?(col: number): number;
}

/** A rectangle of cells, corners included (`top <= bottom`, `left <= right`). */
export type CellRange = GridRange;

/** What the clipboard holds for a block of cells. */
export interface ClipboardBlock {
  /** Tab-separated text (`text/plain`). */
  readonly text: string;
  /** HTML table (`text/html`), when there is one. */
  readonly html: string;
}

export interface GridOptions {
  /** Licence key of the grid product, from settings/policy; never hard-wired. */
  readonly licenseKey: string;
  /** Accessible name of the grid, e.g. "Feuille de calcul". */
  readonly label: string;
  /** BCP 47 language for the grid's own texts. */
  readonly locale: string;
  readonly rows: number;
  readonly cols: number;
  /** Structure of the first sheet shown. */
  readonly layout?: GridLayout;
}

export interface GridAdapter {
  /** Shows another sheet (or reloads this one) with at least `rows` x `cols` cells. */
  load(rows: number, cols: number, layout?: GridLayout): void;
  /** Puts `text` into the grid's copy of a cell without reporting it back as an edit. */
  setCellText(row: number, col: number, text: string): void;
  /** Repaints cells after the engine recomputed, and re-measures (after the tab was hidden). */
  refresh(): void;
  /** Moves the cursor; `listen: false` leaves the keyboard where it is (the grid does not take keys). */
  select(row: number, col: number, listen?: boolean): void;
  /** The element showing a cell, when it is rendered (to place pop-ups next to it). */
  cellElement(row: number, col: number): HTMLElement | null;
  /** Puts texts into the grid's copy of cells without reporting them back as edits. */
  setCellTexts(cells: readonly { row: number; col: number; text: string }[]): void;
  /** Runs changes to the grid (`setCellTexts`, `refresh`, `selectRange`...) and draws it once, after them. */
  batch?(changes: () => void): void;
  /** Selects a block of cells (after an insertion, a context-menu choice...). */
  selectRange?(range: GridRange): void;
  /** The selected block (the last one when several are selected), or undefined. */
  selection?(): GridRange | undefined;
  focus(): void;
  /** Opens the cell editor on a cell holding `text`, all of it selected (Retry after a refused entry). */
  editWith?(row: number, col: number, text: string): void;
  /** Stops taking keyboard input (the focus went to the formula bar, the toolbar or the tabs). */
  blur?(): void;
  destroy(): void;
  /** The last selected rectangle (zero-based, inclusive), or null; optional for simple grids. */
  selectedRange?(): { top: number; left: number; bottom: number; right: number } | null;
  /** What objects drawn over the cells (charts, pictures) need to follow the grid; undefined before it is drawn. */
  view?(): GridView | undefined;
  /** Scrolls the cells by pixels (the wheel over a chart scrolls the sheet under it). */
  scrollBy?(dx: number, dy: number): void;
  /** Calls `listener` after the grid scrolled or was drawn again; returns what stops it. */
  onViewChange?(listener: () => void): () => void;
}

/** The grid as it is on screen, in CSS pixels, measured from the grid's container. */
export interface GridView {
  /** Width of the row headers' column and height of the column headers' row. */
  readonly headerWidth: number;
  readonly headerHeight: number;
  /** The part of the container that shows cells and headers (scroll bars left out). */
  readonly width: number;
  readonly height: number;
  /** How far the cells have been scrolled. */
  readonly scrollLeft: number;
  readonly scrollTop: number;
  readonly frozenRows: number;
  readonly frozenCols: number;
  /** Width of a column as drawn (0 when hidden). */
  colWidth(col: number): number;
  /** Height of a row as drawn (0 when hidden). */
  rowHeight(row: number): number;
}

/** Makes grids of one kind. */
export interface GridFactory {
  /** Creates a grid inside `container`. */
  create(container: HTMLElement, options: GridOptions, source: GridSource): GridAdapter;
}
