/**
 * The calculation side of a workbook: HyperFormula holds every sheet's raw content (values and
 * Excel-syntax formulas) and computes results. Headless; the grid only displays what it says.
 */
import { DetailedCellError } from 'hyperformula';
import type { HyperFormula } from 'hyperformula';
import { normalizeCellStyle, renameChartSheet, sheetFromGrid, shiftWorkbookPivots, WORKBOOK_VERSION } from '@ostal/model';
import type { AutoFilter, Cell, CellStyle, CellValue, Chart, DefinedName, DocumentMeta, Sheet, SheetImage, Workbook } from '@ostal/model';
import { modelFormula } from '@ostal/calc';
import type { RawContent } from './cell-text.js';
import { HISTORY_LIMIT, SheetHistory } from './sheet-history.js';
import type { HistoryStep } from './sheet-history.js';
import { rangesOverlap, shiftSheetProps, shiftStyles, updateRuns } from './sheet-structure.js';
import type { Axis } from './sheet-structure.js';
import { asBlock, COLS, engineEdits, engineToValue, extrasOf } from './engine-cells.js';
import { buildReported, CachedCells, checkEngineLicense, engineCell, withEntriesTried } from './engine-build.js';
import type { EngineName } from './engine-build.js';
import type { BlockRange, ChangedCell, HistoryResult, Range, SheetExtras } from './engine-cells.js';

export type { BlockRange, ChangedCell, HistoryResult, Range } from './engine-cells.js';
export { cellToRaw, engineToValue, sheetToRows } from './engine-cells.js';

export class WorkbookEngine {
  /** HyperFormula, once built (see {@link deferred}). */
  private built: HyperFormula | undefined;
  /** The workbook as read, until HyperFormula is built: cells show their cached values meanwhile. */
  private pending: CachedCells | undefined;
  private ids: number[] = [];
  private definedNames: EngineName[] = [];
  private extras: SheetExtras[];
  /** Workbook-level parts kept as read; pivot caches and data pilots follow inserted and deleted rows. */
  private book: Omit<Workbook, 'sheets' | 'meta' | 'styles' | 'names'>;

  /** The workbook's style table; grows as cells are formatted (never shrinks, so undo stays valid). */
  private readonly styles: CellStyle[];
  private readonly styleKeys = new Map<string, number>();
  /** Every change made through this engine, for undo and redo. */
  readonly history = new SheetHistory(HISTORY_LIMIT);
  /** Told when building HyperFormula fails: a build after the first paint runs outside any render. */
  onBuildError: ((error: unknown) => void) | undefined;

  private constructor(
    workbook: Workbook,
    private readonly licenseKey: string,
  ) {
    if (workbook.sheets.length === 0) throw new RangeError('A workbook needs at least one sheet.');
    this.pending = new CachedCells(workbook);
    this.extras = workbook.sheets.map(extrasOf);
    const { sheets: _sheets, meta: _meta, styles, names: _names, ...book } = workbook;
    this.book = book;
    this.styles = [...(styles ?? [])];
    if (this.styles.length === 0) this.styles.push({});
    this.styles.forEach((style, index) => {
      const key = JSON.stringify(normalizeCellStyle(style));
      if (!this.styleKeys.has(key)) this.styleKeys.set(key, index);
    });
  }

  /** HyperFormula, built now if it is not yet: every change and every computation needs it. */
  private get hf(): HyperFormula {
    return this.built ?? this.build();
  }

  /** HyperFormula sheet ids in tab order (HyperFormula cannot reorder sheets). */
  private get order(): number[] {
    return this.built ? this.ids : (this.build(), this.ids);
  }

  private set order(ids: number[]) { this.ids = ids; }

  private get names(): EngineName[] {
    return this.built ? this.definedNames : (this.build(), this.definedNames);
  }

  /** True once HyperFormula holds the workbook (results are computed, not the file's cached ones). */
  get ready(): boolean {
    return this.built !== undefined;
  }

  /** Builds HyperFormula from the workbook as read (once; later calls return it). Results may change: `version` moves. */
  build(): HyperFormula {
    if (this.built) return this.built;
    const { hf, ids, names } = buildReported(this.pending!.workbook, this.licenseKey, HISTORY_LIMIT * 4, this.onBuildError);
    [this.built, this.ids, this.definedNames, this.pending] = [hf, ids, names, undefined];
    this.editCount += 1;
    return hf;
  }
  private editCount = 0;

  /** Changes after every edit: display caches (conditional formats) key on it. */
  get version(): number {
    return this.editCount;
  }

  /** The style of a cell (the default style when it has none); editing a value keeps it. */
  styleAt(sheet: number, row: number, col: number): CellStyle {
    const index = this.extras[sheet]?.styles.get(row * COLS + col);
    return (index !== undefined ? this.styles[index] : undefined) ?? {};
  }

  /** Merges, column widths, row heights, frozen panes... of a sheet. */
  sheetProps(sheet: number): Omit<Sheet, 'name' | 'rows'> {
    return this.extras[sheet]?.props ?? {};
  }

  /** True when serial dates count from 1904. */
  get date1904(): boolean {
    return this.book.date1904 ?? false;
  }

  /**
   * Loads a workbook. `licenseKey` is HyperFormula's: the grid adapter says which applies.
   * @throws RangeError when the workbook has no sheet.
   */
  static fromWorkbook(workbook: Workbook, licenseKey: string): WorkbookEngine {
    const engine = new WorkbookEngine(workbook, licenseKey);
    return (engine.build(), engine);
  }

  /**
   * Loads a workbook without building HyperFormula yet: until {@link build} (or the first change
   * or computation, which builds it), cells read as the file holds them, formulas with their
   * cached results, so a large workbook shows before its formulas are live.
   * @throws RangeError when the workbook has no sheet; CalcLicenseError at once when the key is refused.
   */
  static deferred(workbook: Workbook, licenseKey: string): WorkbookEngine {
    const engine = new WorkbookEngine(workbook, licenseKey);
    return (checkEngineLicense(licenseKey), engine);
  }

  /** Sheet names in order. */
  sheetNames(): string[] {
    if (this.pending) return this.pending.sheetNames();
    return this.order.map((id) => this.hf.getSheetName(id) ?? '');
  }

  private sheetId(index: number): number {
    const id = this.order[index];
    if (id === undefined) throw new RangeError(`There is no sheet ${String(index)}.`);
    return id;
  }

  /** Adds an empty sheet at the end; returns its index. @throws when the name is taken. */
  addSheet(name: string): number {
    const before = this.snapshotSheets();
    this.hf.batch(() => {
      this.hf.addSheet(name);
    });
    this.order.push(this.hf.getSheetId(name)!);
    this.extras.push({ styles: new Map(), props: {} });
    const index = this.order.length - 1;
    this.recordSheets(index, before, true);
    return index;
  }

  /** True when `name` can name a new sheet (not empty, not taken case-insensitively, no forbidden characters). */
  isValidSheetName(name: string, exceptIndex = -1): boolean {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 31 || /[[\]:*?/\\]/.test(trimmed)) return false;
    return !this.sheetNames().some((n, i) => i !== exceptIndex && n.toLowerCase() === trimmed.toLowerCase());
  }

  /** Renames a sheet; formulas referring to it follow. */
  renameSheet(index: number, name: string): void {
    const id = this.sheetId(index);
    const old = this.sheetNames()[index] ?? '';
    const before = this.snapshotSheets();
    this.hf.batch(() => this.hf.renameSheet(id, name.trim()));
    // Charts of every sheet that read cells of this one follow the new name.
    this.extras = this.extras.map((e) => (e.props.charts ? { ...e, props: { ...e.props, charts: e.props.charts.map((c) => renameChartSheet(c, old, name.trim())) } } : e));
    this.recordSheets(index, before, true);
  }

  /** Used size of a sheet (at least 0 x 0). */
  size(sheet: number): { rows: number; cols: number } {
    if (this.pending) return this.pending.size(sheet);
    const d = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: d.height, cols: d.width };
  }

  /** Raw content: the formula with `=` (an array formula's master in the engine's form), or the value. */
  raw(sheet: number, row: number, col: number): RawContent {
    if (this.pending) return this.pending.raw(sheet, row, col);
    const content = this.hf.getCellSerialized({ sheet: this.sheetId(sheet), row, col });
    if (content instanceof Date) return content.toISOString();
    if (content === undefined || content === '') return null;
    return typeof content === 'string' ? modelFormula(content) : content;
  }

  /** Computed value. */
  value(sheet: number, row: number, col: number): CellValue {
    if (this.pending) return this.pending.value(sheet, row, col);
    return engineToValue(this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col }));
  }

  /** Value of a formula (Excel syntax, with or without `=`) computed on a sheet, without storing it. */
  evaluate(sheet: number, formula: string): CellValue {
    try {
      const result = this.hf.calculateFormula(formula.startsWith('=') ? formula : `=${formula}`, this.sheetId(sheet));
      return Array.isArray(result) ? engineToValue((result[0]?.[0] ?? null)) : engineToValue(result);
    } catch {
      return { error: '#VALUE!' };
    }
  }

  /**
   * Value of `formula` (Excel syntax) computed on a sheet with `entries` in place, as a data
   * validation judges an entry before it is accepted. The entries are taken away again and
   * nothing is recorded: what was undone before can still be redone.
   */
  evaluateWithEntries(sheet: number, entries: readonly { row: number; col: number; raw: RawContent }[], formula: string): CellValue {
    return withEntriesTried(this.hf, this.sheetId(sheet), entries, () => this.evaluate(sheet, formula), () => this.history.dropRedo());
  }

  /** True when the cell is in a multi-cell array area (master included; renderer/sheets/array-formulas.ts). */
  inArray(sheet: number, row: number, col: number): boolean {
    return this.hf.isCellPartOfArray({ sheet: this.sheetId(sheet), row, col });
  }

  /** Sets raw content and returns the cells whose values changed (the edited one included). */
  set(sheet: number, row: number, col: number, raw: RawContent): ChangedCell[] { return this.setMany(sheet, [{ row, col, raw }]); }

  /** Sets several cells in one recalculation. */
  setMany(sheet: number, edits: readonly { row: number; col: number; raw: RawContent }[]): ChangedCell[] {
    const [id, entries] = [this.sheetId(sheet), engineEdits(edits)];
    this.editCount += 1;
    const block = asBlock(entries);
    const changes = this.hf.batch(() => {
      // A paste or a fill is a rectangle: one call for all of it, not one per cell.
      if (block) this.hf.setCellContents({ sheet: id, row: block.top, col: block.left }, block.contents);
      else for (const e of entries) this.hf.setCellContents({ sheet: id, row: e.row, col: e.col }, e.raw);
    });
    // One batch, one step: a paste or a fill is undone at once.
    this.record(sheet, false, true, null);
    return this.changedCells(changes);
  }

  private changedCells(changes: readonly unknown[]): ChangedCell[] {
    const out: ChangedCell[] = [];
    for (const change of changes) {
      if (change && typeof change === 'object' && 'address' in change) {
        const address = (change as { address?: { sheet: number; row?: number; col?: number } }).address;
        if (address?.row === undefined || address.col === undefined) continue;
        const idx = this.order.indexOf(address.sheet);
        if (idx >= 0) out.push({ sheet: idx, row: address.row, col: address.col });
      }
    }
    return out;
  }

  /**
   * The workbook as it is now: formulas carry their computed value as the cached result. When a
   * formula could not be computed (a function or name the engine lacks, a formula it cannot
   * read), its result is not its value, and `recalcOnLoad` asks whoever opens the file to compute
   * every formula again.
   */
  toWorkbook(meta: DocumentMeta): Workbook {
    let stale = this.book.recalcOnLoad === true;
    const sheets = this.sheetNames().map((name, index) => {
      let { rows, cols } = this.size(index);
      const extras = this.extras[index];
      for (const key of extras?.styles.keys() ?? []) {
        rows = Math.max(rows, Math.floor(key / COLS) + 1);
        cols = Math.max(cols, (key % COLS) + 1);
      }
      const grid: (Cell | null)[][] = [];
      for (let r = 0; r < rows; r += 1) {
        const line: (Cell | null)[] = [];
        for (let c = 0; c < cols; c += 1) {
          const cell = engineCell(this.hf, { sheet: this.sheetId(index), row: r, col: c });
          if (!stale && cell?.formula !== undefined && typeof cell.value === 'object' && cell.value !== null) {
            const type = this.errorType(index, r, c);
            stale = type === 'NAME' || type === 'ERROR';
          }
          const style = extras?.styles.get(r * COLS + c);
          line.push(style ? { ...(cell ?? { value: null }), style } : cell);
        }
        grid.push(line);
      }
      return { ...sheetFromGrid(name, grid), ...extras?.props };
    });
    const names: DefinedName[] = [];
    for (const { sheetId, ...rest } of this.names) {
      if (sheetId !== undefined && !this.order.includes(sheetId)) continue;
      // HyperFormula moved the name's references with inserted/deleted rows and columns.
      let formula = rest.formula;
      try {
        const now = this.hf.getNamedExpressionFormula(rest.name, sheetId);
        if (now !== undefined) formula = now.replace(/^=/, '');
      } catch {
        // A name HyperFormula could not take keeps its text.
      }
      names.push(sheetId === undefined ? { ...rest, formula } : { ...rest, formula, sheet: this.order.indexOf(sheetId) });
    }
    return {
      ...this.book,
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta,
      sheets,
      ...(this.styles.length > 1 || this.book.defaultFont ? { styles: [...this.styles] } : {}),
      ...(names.length > 0 ? { names } : {}),
      ...(stale ? { recalcOnLoad: true } : {}),
    };
  }

  /** The engine's type of the error a cell computes (`CYCLE`, `DIV_BY_ZERO`...), if it computes one. */
  errorType(sheet: number, row: number, col: number): string | undefined {
    if (this.pending) return undefined;
    const value = this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col });
    return value instanceof DetailedCellError ? value.type : undefined;
  }

  /**
   * Contents for `target` filled from `source` (repeated across the target; relative references
   * move, `$` ones stay), as the fill handle and an internal paste need them. Nothing is changed.
   */
  fillContents(sourceSheet: number, source: BlockRange, targetSheet: number, target: BlockRange): RawContent[][] {
    const range = (sheet: number, r: BlockRange) => ({
      start: { sheet: this.sheetId(sheet), row: r.top, col: r.left },
      end: { sheet: this.sheetId(sheet), row: r.bottom, col: r.right },
    });
    return this.hf.getFillRangeData(range(sourceSheet, source), range(targetSheet, target)).map((row) =>
      row.map((content) => (content instanceof Date ? content.toISOString() : content === undefined || content === '' ? null : content)),
    );
  }

  // ---- History ------------------------------------------------------------------------------

  /** Undoes the last change; undefined when there is none. */
  undo(): HistoryResult | undefined {
    const step = this.history.undo();
    this.editCount += 1;
    return step ? { sheet: Math.min(step.sheet, this.order.length - 1), structural: step.structural } : undefined;
  }

  /** Redoes the last undone change; undefined when there is none. */
  redo(): HistoryResult | undefined {
    const step = this.history.redo();
    this.editCount += 1;
    return step ? { sheet: Math.min(step.sheet, this.order.length - 1), structural: step.structural } : undefined;
  }

  /**
   * Records a step. `engineStep`: the change went through exactly one HyperFormula batch, undone
   * by HyperFormula's own stack. `extras`: how to put the workbook's other state back and forth.
   */
  private record(sheet: number, structural: boolean, engineStep: boolean, extras: { undo(): void; redo(): void } | null): void {
    const step: HistoryStep = {
      sheet,
      structural,
      undo: () => {
        // Guarded: a step older than HyperFormula's own limit has nothing left to undo there.
        if (engineStep && this.hf.isThereSomethingToUndo()) this.hf.undo();
        extras?.undo();
      },
      redo: () => {
        if (engineStep && this.hf.isThereSomethingToRedo()) this.hf.redo();
        extras?.redo();
      },
    };
    this.history.push(step);
  }

  private snapshotSheets(): { order: number[]; extras: SheetExtras[] } {
    return { order: [...this.order], extras: [...this.extras] };
  }

  private recordSheets(sheet: number, before: { order: number[]; extras: SheetExtras[] }, engineStep: boolean): void {
    const after = this.snapshotSheets();
    this.record(sheet, true, engineStep, {
      undo: () => {
        this.order = [...before.order];
        this.extras = [...before.extras];
      },
      redo: () => {
        this.order = [...after.order];
        this.extras = [...after.extras];
      },
    });
  }

  /** Replaces a sheet's extras, recording the change. */
  private replaceExtras(sheet: number, next: SheetExtras, engineStep: boolean): void {
    const before = this.extras[sheet];
    if (!before) throw new RangeError(`There is no sheet ${String(sheet)}.`);
    this.extras[sheet] = next;
    this.record(sheet, true, engineStep, {
      undo: () => {
        this.extras[sheet] = before;
      },
      redo: () => {
        this.extras[sheet] = next;
      },
    });
  }

  updateProps(sheet: number, update: (props: Omit<Sheet, 'name' | 'rows'>) => Omit<Sheet, 'name' | 'rows'>): void {
    const extras = this.extras[sheet];
    if (!extras) throw new RangeError(`There is no sheet ${String(sheet)}.`);
    this.replaceExtras(sheet, { styles: extras.styles, props: update(extras.props) }, false);
  }

  // ---- Styles -------------------------------------------------------------------------------

  /** The index of `style` in the workbook's style table, adding it when new. */
  private intern(style: CellStyle): number {
    const norm = normalizeCellStyle(style);
    const key = JSON.stringify(norm);
    let index = this.styleKeys.get(key);
    if (index === undefined) {
      index = this.styles.length;
      this.styles.push(norm);
      this.styleKeys.set(key, index);
    }
    return index;
  }

  /**
   * Restyles every cell of `range`: `patch` gets each cell's style and position and returns the
   * new style. One undo step.
   */
  formatRange(sheet: number, range: Range, patch: (style: CellStyle, row: number, col: number) => CellStyle): void {
    const extras = this.extras[sheet];
    if (!extras) throw new RangeError(`There is no sheet ${String(sheet)}.`);
    const deltas: { key: number; before: number | undefined; after: number | undefined }[] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      for (let c = range.left; c <= range.right; c += 1) {
        const key = r * COLS + c;
        const before = extras.styles.get(key);
        const next = this.intern(patch(this.styleAt(sheet, r, c), r, c));
        const after = next === 0 ? undefined : next;
        if (before === after) continue;
        deltas.push({ key, before, after });
      }
    }
    if (deltas.length === 0) return;
    const apply = (which: 'before' | 'after') => {
      const map = this.extras[sheet]?.styles;
      if (!map) return;
      for (const d of deltas) {
        const v = d[which];
        if (v === undefined) map.delete(d.key);
        else map.set(d.key, v);
      }
    };
    apply('after');
    this.record(sheet, false, false, { undo: () => apply('before'), redo: () => apply('after') });
  }

  // ---- Rows and columns -----------------------------------------------------------------------

  /** Inserts `count` empty rows or columns before `at`; formulas, styles and layout follow. */
  insert(sheet: number, axis: Axis, at: number, count = 1): void {
    this.shift(sheet, axis, at, count);
  }

  /** Deletes `count` rows or columns from `at`; references to them become #REF!. */
  remove(sheet: number, axis: Axis, at: number, count = 1): void {
    this.shift(sheet, axis, at, -count);
  }

  private shift(sheet: number, axis: Axis, at: number, count: number): void {
    if (count === 0 || at < 0) return;
    const id = this.sheetId(sheet);
    const extras = this.extras[sheet]!;
    const size = this.size(sheet);
    this.hf.batch(() => {
      if (axis === 'rows') {
        if (count > 0) this.hf.addRows(id, [at, count]);
        else if (at < size.rows) this.hf.removeRows(id, [at, Math.min(-count, size.rows - at)]);
      } else if (count > 0) this.hf.addColumns(id, [at, count]);
      else if (at < size.cols) this.hf.removeColumns(id, [at, Math.min(-count, size.cols - at)]);
    });
    const next = { styles: shiftStyles(extras.styles, COLS, axis, at, count), props: shiftSheetProps(extras.props, axis, at, count) };
    const book = shiftWorkbookPivots(this.book, { sheet: this.sheetNames()[sheet]!, axis, at, count });
    if (book === this.book) {
      this.replaceExtras(sheet, next, true);
      return;
    }
    // Pivot sources and ODS data pilots are the workbook's: one undo step restores both.
    const before = { extras, book: this.book };
    this.extras[sheet] = next;
    this.book = book;
    this.record(sheet, true, true, {
      undo: () => {
        this.extras[sheet] = before.extras;
        this.book = before.book;
      },
      redo: () => {
        this.extras[sheet] = next;
        this.book = book;
      },
    });
  }

  /** Hides or shows rows or columns `first`..`last`. */
  setHidden(sheet: number, axis: Axis, first: number, last: number, hidden: boolean): void {
    const patch = <T extends { hidden?: boolean }>(body: T): T => ({ ...body, hidden: hidden ? true : undefined });
    this.updateProps(sheet, (p) => (axis === 'rows' ? { ...p, rowProps: updateRuns(p.rowProps, first, last, patch) } : { ...p, columns: updateRuns(p.columns, first, last, patch) }));
  }

  /** Sets the size (points; undefined for the default) of rows or columns `first`..`last`. */
  setSize(sheet: number, axis: Axis, first: number, last: number, points: number | undefined): void {
    const size = points === undefined ? undefined : Math.round(points * 100) / 100;
    this.updateProps(sheet, (p) =>
      axis === 'rows'
        ? { ...p, rowProps: updateRuns(p.rowProps, first, last, (b) => ({ ...b, height: size })) }
        : { ...p, columns: updateRuns(p.columns, first, last, (b) => ({ ...b, width: size })) },
    );
  }

  /** Freezes the rows above and the columns left of a cell; (0, 0) unfreezes. */
  setFrozen(sheet: number, rows: number, cols: number): void {
    this.updateProps(sheet, ({ frozen: _frozen, ...p }) => (rows > 0 || cols > 0 ? { ...p, frozen: { rows, cols } } : p));
  }

  /** Sets or removes the sheet's autofilter (its range and criteria). One undo step. */
  setAutoFilter(sheet: number, filter: AutoFilter | undefined): void {
    this.updateProps(sheet, ({ autoFilter: _old, ...p }) => (filter ? { ...p, autoFilter: filter } : p));
  }

  /** Merges a range (merges overlapping it are replaced). */
  merge(sheet: number, range: Range): void {
    if (range.top === range.bottom && range.left === range.right) return;
    this.updateProps(sheet, (p) => ({ ...p, merges: [...(p.merges ?? []).filter((m) => !rangesOverlap(m, range)), { ...range }] }));
  }

  /** Unmerges every merge overlapping `range`. */
  unmerge(sheet: number, range: Range): void {
    this.updateProps(sheet, ({ merges, ...p }) => {
      const kept = (merges ?? []).filter((m) => !rangesOverlap(m, range));
      return kept.length > 0 ? { ...p, merges: kept } : p;
    });
  }

  /** The merge covering a cell, if any. */
  mergeAt(sheet: number, row: number, col: number): Range | undefined {
    return this.sheetProps(sheet).merges?.find((m) => rangesOverlap(m, { top: row, left: col, bottom: row, right: col }));
  }

  // ---- Sheets ---------------------------------------------------------------------------------

  /** Deletes a sheet (never the last visible one); formulas referring to it become #REF!. */
  removeSheet(index: number): void {
    const id = this.sheetId(index);
    if (this.visibleSheets().filter((i) => i !== index).length === 0) throw new RangeError('A workbook keeps at least one visible sheet.');
    const before = this.snapshotSheets();
    this.hf.batch(() => this.hf.removeSheet(id));
    this.order.splice(index, 1);
    this.extras.splice(index, 1);
    this.recordSheets(Math.max(0, index - 1), before, true);
  }

  /** Moves a sheet to position `to`. */
  moveSheet(from: number, to: number): void {
    if (from === to || to < 0 || to >= this.order.length) return;
    this.sheetId(from);
    const before = this.snapshotSheets();
    const [id] = this.order.splice(from, 1);
    const [extras] = this.extras.splice(from, 1);
    this.order.splice(to, 0, id!);
    this.extras.splice(to, 0, extras!);
    this.recordSheets(to, before, false);
  }

  /** Sets (or with undefined, removes) a sheet tab's colour, `#RRGGBB`. */
  setTabColor(sheet: number, color: string | undefined): void {
    this.updateProps(sheet, ({ tabColor: _c, ...p }) => (color ? { ...p, tabColor: color } : p));
  }

  /** Hides or shows a sheet; the last visible sheet cannot be hidden. */
  setSheetHidden(sheet: number, hidden: boolean): void {
    if (hidden && this.visibleSheets().filter((i) => i !== sheet).length === 0) throw new RangeError('A workbook keeps at least one visible sheet.');
    this.updateProps(sheet, ({ visibility: _v, ...p }) => (hidden ? { ...p, visibility: 'hidden' } : p));
  }

  /**
   * Replaces a sheet's charts and pictures, one undo step (a chart moved, resized, inserted,
   * edited or removed). A list left undefined stays as it is.
   */
  setDrawings(sheet: number, next: { readonly charts?: readonly Chart[]; readonly images?: readonly SheetImage[] }): void {
    this.updateProps(sheet, ({ charts, images, ...p }) => {
      const c = next.charts ?? charts ?? [];
      const i = next.images ?? images ?? [];
      return { ...p, ...(c.length > 0 ? { charts: c } : {}), ...(i.length > 0 ? { images: i } : {}) };
    });
  }

  /** Indexes of the sheets not hidden. */
  visibleSheets(): number[] {
    return this.extras.map((e, i) => (e.props.visibility && e.props.visibility !== 'visible' ? -1 : i)).filter((i) => i >= 0);
  }

  /** Frees the engine. */
  destroy(): void {
    this.built?.destroy();
  }
}
