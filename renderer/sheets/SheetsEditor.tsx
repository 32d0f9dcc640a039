/**
 * The spreadsheet view: formula bar, grid, sheet tabs. The engine (HyperFormula) owns content and
 * results; the grid (through {@link GridAdapter}) shows them. The app reads the workbook through
 * the handle (`ref`); formula cells then carry their computed value as cached result.
 */
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { Workbook } from '@ostal/model';
import { displayValue } from './cell-text.js';
import { editTextFor } from './typed-values.js';
import { arrayAreaAt, bracedFormula } from './array-formulas.js';
import { InputHelp, useCellEntry } from './CellEntry.js';
import type { TypedText } from './CellEntry.js';
import { useArrayEntry } from './ArrayEntry.js';
import type { ArrayEntry } from './ArrayEntry.js';
import { useAutoFilter } from './AutoFilterTools.js';
import { cellDisplay } from './cell-display.js';
import { errorExplanation, withErrorExplained } from './cell-errors.js';
import { ConditionalDisplay } from './conditional-display.js';
import { gridLayout } from './grid-layout.js';
import type { CellRange, GridAdapter, GridFactory, GridSource } from './grid-adapter.js';
import { clearEdits, copyBlock, fillEdits, ownCopy, pasteEdits } from './sheet-transfer.js';
import { applyPlan, fillStyles, pasteSpecialPlan } from './paste-special.js';
import type { StyleCopy } from './paste-special.js';
import { usePasteSpecial } from './PasteSpecialDialog.js';
import type { CellEdit, TransferContext } from './sheet-transfer.js';
import { handsontableGrids } from './handsontable-grid.js';
import { FormulaBar } from './FormulaBar.js';
import { useSheetActions } from './SheetActions.js';
import type { RefreshRequest } from './SheetActions.js';
import { SheetTabs } from './SheetTabs.js';
import { SheetsDataTools } from './SheetsDataTools.js';
import { CellEditorAssist } from './CellEditorAssist.js';
import { ValidationDropdown } from './ValidationDropdown.js';
import { listChoices, listValidationAt } from './validation-lists.js';
import type { SheetsLabels } from './sheets-labels.js';
import type { WorkbookEngine } from './workbook-engine.js';
import { afterNextPaint, openWorkbookEngine } from './deferred-build.js';
import { useChartLayer, withChartValues } from './ChartLayer.js';
import { useSheetObjectTools } from './SheetObjectTools.js';
import type { PickedPicture } from './SheetObjectTools.js';
import './sheets.css';

/** What the app can ask of a mounted spreadsheet. */
export interface SheetsHandle {
  getDocument(): Workbook;
  markSaved(): void;
}

export interface SheetsEditorProps {
  /** Initial content; remount with a new `key` to load another workbook. */
  readonly document: Workbook;
  readonly labels: SheetsLabels;
  /** Grid licence key from settings / machine policy (`settings.gridLicenseKey`). */
  readonly licenseKey: string;
  /**
   * Calculation engine (HyperFormula) licence key from settings / machine policy
   * (`settings.calcLicenseKey`): the engine runs outside the grid, so the grid's key does not cover it.
   */
  readonly calcLicenseKey: string;
  /** BCP 47 language for numbers and booleans, e.g. `fr`. */
  readonly locale: string;
  readonly onDirtyChange?: (dirty: boolean) => void;
  readonly ref?: Ref<SheetsHandle>;
  readonly active?: boolean;
  /** Grid implementation; Handsontable unless replaced. */
  readonly grids?: GridFactory;
  /** The host's file chooser for pictures ("Image…"). */
  readonly onPickPicture?: () => Promise<PickedPicture | null>;
  /** Author of new cell notes. */
  readonly author?: string;
  /** `document` is a large workbook's first rows, shown while the rest is read: nothing in it is live or editable. */
  readonly preview?: boolean;
}

const MIN_ROWS = 100;
const MIN_COLS = 26;

export function SheetsEditor({ document, labels, licenseKey, calcLicenseKey, locale, onDirtyChange, ref, active = true, grids = handsontableGrids, onPickPicture, author, preview = false }: SheetsEditorProps) {
  // The engine lives with the grid: created on first use, destroyed with it (StrictMode-safe).
  // A large workbook's HyperFormula is built just after the first paint (deferred-build.ts); a
  // failed build is thrown from the next render, so the tab fails with its message as before.
  const engineRef = useRef<WorkbookEngine | null>(null);
  const [buildFailure, setBuildFailure] = useState<{ error: unknown } | null>(null);
  const engine = () => {
    if (engineRef.current) return engineRef.current;
    // A preview never computes: its engine is never built, whatever its size.
    const opened = openWorkbookEngine(document, calcLicenseKey, preview ? 0 : undefined);
    // Phases of opening, as User Timing marks (see use-documents.ts).
    performance.mark('ostal:sheets:engine-opened');
    opened.onBuildError = (error) => setBuildFailure({ error });
    return (engineRef.current = opened);
  };
  const [sheet, setSheet] = useState(0);
  const [names, setNames] = useState(() => engine().sheetNames());
  const [cursor, setCursor] = useState({ row: 0, col: 0 });
  const [revision, setRevision] = useState(0);
  const gridHostRef = useRef<HTMLDivElement>(null);
  const [gridHost, setGridHost] = useState<HTMLDivElement | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<GridAdapter | null>(null);
  const sheetRef = useRef(sheet);
  sheetRef.current = sheet;
  const ctx = useRef({ locale, labels, onDirtyChange, dirty: false });
  ctx.current = { ...ctx.current, locale, labels, onDirtyChange };

  /** The grid's size for a sheet (its used part plus room to type) and its structure. */
  const gridShape = (index: number) => {
    const size = engine().size(index);
    return { rows: Math.max(MIN_ROWS, size.rows + 20), cols: Math.max(MIN_COLS, size.cols + 5), layout: gridLayout(engine().sheetProps(index)) };
  };

  const setDirty = (dirty: boolean) => {
    if (ctx.current.dirty === dirty) return;
    ctx.current.dirty = dirty;
    ctx.current.onDirtyChange?.(dirty);
  };

  const filterRef = useRef<ReturnType<typeof useAutoFilter> | null>(null);
  const conditionals = useRef(new Map<number, ConditionalDisplay>());
  const conditionalOf = (index: number): ConditionalDisplay => {
    let display = conditionals.current.get(index);
    if (!display) {
      const e = engine();
      display = new ConditionalDisplay(
        () => e.sheetProps(index).conditionalFormats ?? [],
        (r, c) => e.value(index, r, c),
        () => e.size(index),
        (formula) => e.evaluate(index, formula),
      );
      conditionals.current.set(index, display);
    }
    return display;
  };

  /** Values of a block as shown (validation lists read their choices with it). */
  const readRange = (sheetName: string | undefined, top: number, left: number, bottom: number, right: number): string[] | undefined => {
    const index = sheetName === undefined ? sheetRef.current : engine().sheetNames().indexOf(sheetName);
    if (index < 0) return undefined;
    const out: string[] = [];
    for (let r = top; r <= Math.min(bottom, top + 1000); r += 1)
      for (let c = left; c <= right; c += 1) out.push(displayValue(engine().value(index, r, c), locale, labels.booleans));
    return out;
  };

  const transfer = (source: GridSource): TransferContext => ({
    engine: engine(),
    sheet: sheetRef.current,
    locale: ctx.current.locale,
    words: ctx.current.labels.booleans,
    shownText: (row, col) => source.displayAt(row, col).text,
  });

  /** Applies one user action's edits in one engine batch (one undo step) and shows them. */
  const applyEdits = (edits: readonly CellEdit[], range?: CellRange, styles: readonly StyleCopy[] = []) => {
    if (edits.length === 0 && styles.length === 0) return;
    if (!arraysRef.current?.allowed(edits)) return;
    applyPlan(engine(), sheetRef.current, edits, styles);
    const grid = gridRef.current;
    // The grid's copy of the cells, the selection and the recomputed results: drawn once.
    const show = () => {
      grid?.setCellTexts(edits.map((e) => ({ row: e.row, col: e.col, text: textAt(e.row, e.col) })));
      if (range) grid?.selectRange?.(range);
      grid?.refresh();
    };
    if (grid?.batch) grid.batch(show);
    else show();
    setRevision((r) => r + 1);
    setDirty(true);
  };

  const textAt = (row: number, col: number) => {
    const e = engine();
    // Every cell of an array formula's area shows the formula in braces, as Excel and Calc do.
    const area = arrayAreaAt(e, sheetRef.current, row, col);
    if (area) return bracedFormula(editTextFor(area.formula, undefined, ctx.current.locale, ctx.current.labels.booleans, e.date1904));
    return editTextFor(e.raw(sheetRef.current, row, col), e.styleAt(sheetRef.current, row, col).numberFormat, ctx.current.locale, ctx.current.labels.booleans, e.date1904);
  };
  /** What a cell shows through its own style (no conditional format). */
  const styledAt = (row: number, col: number, style = engine().styleAt(sheetRef.current, row, col)) => {
    const e = engine();
    return cellDisplay(e.value(sheetRef.current, row, col), style, ctx.current.locale, ctx.current.labels.booleans, e.date1904);
  };
  const shownAt = (row: number, col: number) => {
    const e = engine();
    const value = e.value(sheetRef.current, row, col);
    const style = conditionalOf(sheetRef.current).styleFor(row, col, e.styleAt(sheetRef.current, row, col), e.version);
    const plain = styledAt(row, col, style);
    const extras = conditionalOf(sheetRef.current).extrasFor(row, col, e.version);
    const shown = extras.bar || extras.icon ? { ...plain, ...extras } : plain;
    const listedOnly = listValidationAt(e.sheetProps(sheetRef.current).validations, row, col) ? { ...shown, dropdown: true } : shown;
    const listed = filterRef.current?.headerAt(row, col, listedOnly) ?? listedOnly;
    return withErrorExplained(listed, value, e.errorType(sheetRef.current, row, col), ctx.current.locale, ctx.current.labels.data.errors);
  };
  /** An entry applied to the engine: the grid redrawn, the formula bar following, the document changed. */
  const showApplied = () => {
    gridRef.current?.refresh();
    setRevision((r) => r + 1);
    setDirty(true);
  };
  // Typed entries: dates and percentages with their format, data validation alerts.
  const entry = useCellEntry({
    engine,
    grid: () => gridRef.current,
    sheet: () => sheetRef.current,
    locale,
    words: labels.booleans,
    labels: labels.tools.validation,
    choices: (v) => listChoices(v, readRange),
    textAt,
    applied: showApplied,
  });
  // Array formulas: Ctrl+Shift+Enter, and no change to part of an array area (ArrayEntry.tsx).
  const arrays = useArrayEntry({
    engine,
    grid: () => gridRef.current,
    sheet: () => sheetRef.current,
    locale,
    words: labels.booleans,
    labels: { title: labels.arrayTitle, part: labels.arrayPart, ok: labels.tools.validation.ok },
    textAt,
    applied: showApplied,
  });
  const arraysRef = useRef<ArrayEntry | null>(null);
  arraysRef.current = arrays;
  /** Typed texts: an ordinary entry unless it concerns an array area. */
  const commitTexts = (texts: readonly TypedText[]) => {
    if (arraysRef.current?.typed(texts)) entryRef.current.commit(texts);
  };
  /** Ctrl+Shift+Enter over `range`; a text that is no formula goes in as an ordinary entry. */
  const commitArray = (range: CellRange, text: string) => {
    if (!arraysRef.current?.enter(range, text)) commitTexts([{ row: range.top, col: range.left, text }]);
  };
  // Autofilter: header buttons, the value lists, hidden rows (AutoFilterTools.tsx).
  const filter = useAutoFilter({
    engine,
    grid: () => gridRef.current,
    sheet,
    locale,
    labels: labels.tools.filter,
    host: gridHost,
    active,
    text: (row, col) => styledAt(row, col).text,
    relayout: () => refresh({ layout: true }),
    applyEdits: (edits, range, styles) => applyEdits(edits, range, styles),
    refuseArray: () => arraysRef.current?.refuse(),
  });
  filterRef.current = filter;
  const paste = usePasteSpecial({
    engine,
    grid: () => gridRef.current,
    sheet: () => sheetRef.current,
    cursor: () => cursor,
    labels: labels.tools.paste,
    applyEdits: (edits, range, styles) => applyEdits(edits, range, styles),
  });
  const pasteRef = useRef(paste);
  pasteRef.current = paste;
  const entryRef = useRef(entry);
  entryRef.current = entry;
  const [renameRequest, setRenameRequest] = useState<{ index: number; n: number } | undefined>(undefined);
  // Toolbar, menus, dialogs, keyboard commands (SheetActions.tsx); the grid reaches them through a ref.
  const actions = useSheetActions({
    engine,
    grid: () => gridRef.current,
    sheet,
    cursor,
    labels,
    locale,
    refresh: (request) => refresh(request),
    rename: (index) => setRenameRequest((r) => ({ index, n: (r?.n ?? 0) + 1 })),
    shownText: (row, col) => shownAt(row, col).text,
    root: () => rootRef.current,
    pasteSpecial: () => pasteRef.current?.open(),
    moreCellEntries: () => objectsRef.current?.cellEntries() ?? [],
    refuseArray: () => arraysRef.current?.refuse(),
  });
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  // Notes, validity rules, pictures from files, page setup (SheetObjectTools.tsx).
  const objects = useSheetObjectTools({
    engine,
    grid: () => gridRef.current,
    sheet,
    cursor,
    labels: labels.objects,
    locale,
    revision,
    active,
    ...(author ? { author } : {}),
    ...(onPickPicture ? { onPickPicture } : {}),
    refresh: (request) => refresh(request),
  });
  const objectsRef = useRef<typeof objects | null>(null);
  objectsRef.current = objects;
  // Charts and pictures over the grid, the chart dialog (ChartLayer.tsx).
  const charts = useChartLayer({
    engine,
    grid: () => gridRef.current,
    sheet,
    names,
    revision,
    labels: labels.charts,
    locale,
    cursor,
    onChange: () => {
      setRevision((r) => r + 1);
      setDirty(true);
    },
    onDone: () => gridRef.current?.focus(),
    editLabels: labels.tools.chart,
  });

  useEffect(() => {
    const host = gridHostRef.current;
    if (!host) return undefined;
    const source: GridSource = {
      editTextAt: textAt,
      displayAt: shownAt,
      onEdit: (edits) => commitTexts(edits),
      onArrayEntry: (range, text) => commitArray(range, text),
      onSelect: (row, col) => setCursor({ row, col }),
      onCopy: (range, cut) => {
        const block = copyBlock(transfer(source), range, cut);
        if (cut) applyEdits(clearEdits(range));
        return block;
      },
      onPaste: (at, block, valuesOnly) => {
        // A block copied in Ostal brings its formats along (as in other suites), unless values only.
        const own = valuesOnly ? undefined : ownCopy(engine(), block);
        if (own) {
          const plan = pasteSpecialPlan(engine(), sheetRef.current, own, { row: at.top, col: at.left }, { what: 'all', operation: 'none', transpose: false, skipBlanks: false });
          applyEdits(plan.edits, plan.range, plan.styles);
          return;
        }
        const { edits, range, styles } = pasteEdits(transfer(source), at, block, valuesOnly);
        applyEdits(edits, range, styles);
      },
      onFill: (from, to) => applyEdits(fillEdits(transfer(source), from, to), to, fillStyles(engine(), sheetRef.current, from, to)),
      onCommand: (command) => (command === 'note' ? objectsRef.current?.editNote() : actionsRef.current.onCommand(command)),
      onContextMenu: (target) => actionsRef.current.onContextMenu(target),
      onResize: (axis, index, pixels) => actionsRef.current.onResize(axis, index, pixels),
      fitWidth: (col) => actionsRef.current.fitWidth(col),
    };
    const first = gridShape(0);
    const grid = grids.create(host, { licenseKey, label: labels.grid, locale, ...first }, source);
    performance.mark('ostal:sheets:grid-created');
    gridRef.current = grid;
    setGridHost(host);
    // A preview does not take the keyboard (the grid listens to the whole document once selected).
    grid.select(0, 0, !preview);
    // The formulas made live once the first cells are on screen (a change made before builds them first).
    const cancelBuild = afterNextPaint(() => {
      performance.mark('ostal:sheets:painted');
      const e = engineRef.current;
      if (!e || e.ready || preview) return;
      try {
        e.build();
      } catch {
        return; // told through onBuildError: the next render fails the tab with it
      }
      performance.mark('ostal:sheets:built');
      grid.refresh();
      setRevision((r) => r + 1);
    });
    return () => {
      cancelBuild();
      grid.destroy();
      gridRef.current = null;
      engineRef.current?.destroy();
      engineRef.current = null;
    };
    // One grid per mounted editor; sheet switches go through grid.load.
  }, []);

  useEffect(() => {
    if (active) gridRef.current?.refresh();
  }, [active]);

  useImperativeHandle(
    ref,
    () => ({
      getDocument: () => withChartValues(engine().toWorkbook(document.meta), engine()),
      markSaved: () => setDirty(false),
    }),
    [document.meta],
  );

  /** The view after a change made through the engine (SheetActions). */
  const refresh = ({ layout = false, sheet: target, names: listChanged = false, select }: RefreshRequest) => {
    if (listChanged) setNames(engine().sheetNames());
    const current = sheetRef.current;
    if (target !== undefined && target !== current) showSheet(target);
    else if (layout) {
      const grid = gridRef.current;
      const keep = select ?? grid?.selection?.();
      const shape = gridShape(current);
      grid?.load(shape.rows, shape.cols, shape.layout);
      if (keep && grid?.selectRange) grid.selectRange(keep);
      else grid?.select(cursor.row, cursor.col);
    } else gridRef.current?.refresh();
    setRevision((r) => r + 1);
    setDirty(true);
  };

  const showSheet = (index: number) => {
    sheetRef.current = index;
    setSheet(index);
    const shape = gridShape(index);
    gridRef.current?.load(shape.rows, shape.cols, shape.layout);
    gridRef.current?.select(0, 0);
    setCursor({ row: 0, col: 0 });
  };

  const addSheet = () => {
    let n = engine().sheetNames().length + 1;
    while (!engine().isValidSheetName(`${labels.newSheetBase}${String(n)}`)) n += 1;
    const index = engine().addSheet(`${labels.newSheetBase}${String(n)}`);
    setNames(engine().sheetNames());
    setDirty(true);
    showSheet(index);
  };

  const renameSheet = (index: number, name: string): boolean => {
    if (!engine().isValidSheetName(name, index)) return false;
    engine().renameSheet(index, name);
    setNames(engine().sheetNames());
    gridRef.current?.refresh();
    setDirty(true);
    return true;
  };

  const commitFormula = (text: string) => commitTexts([{ row: cursor.row, col: cursor.col, text }]);
  const commitArrayFormula = (text: string) => commitArray(gridRef.current?.selection?.() ?? { top: cursor.row, left: cursor.col, bottom: cursor.row, right: cursor.col }, text);

  // `revision` makes the formula bar follow edits made in the grid.
  const barText = revision >= 0 ? textAt(cursor.row, cursor.col) : '';
  const errorNote = errorExplanation(engine().value(sheet, cursor.row, cursor.col), engine().errorType(sheet, cursor.row, cursor.col), labels.data.errors);

  const colors = names.map((_, i) => engine().sheetProps(i).tabColor);
  const visible = engine().visibleSheets();
  const hiddenTabs = names.map((_, i) => !visible.includes(i));

  // Ctrl+Z / Ctrl+Y from the toolbar or the tabs (the grid hands its own keys to the actions).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // F6 between panes, Escape from the toolbar or the tabs back to the grid (the grid does its own).
    const outsideGrid = !target.closest('.sheets-grid, [role="dialog"], [role="alertdialog"], [role="menu"]');
    if (outsideGrid && event.key === 'F6' && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      actions.movePane(event.shiftKey ? -1 : 1, target);
      return;
    }
    if (outsideGrid && event.key === 'Escape' && target.closest('.sheets-toolbar, .sheets-tabs') && !target.closest('input, select')) {
      event.preventDefault();
      requestAnimationFrame(() => {
        gridRef.current?.select(cursor.row, cursor.col);
        gridRef.current?.focus();
      });
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || target.closest('.sheets-grid, input, textarea, select, [role="dialog"], [role="alertdialog"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) actions.redo();
      else actions.undo();
    }
  };

  /**
   * Gives the keyboard back to the grid after the key being handled is over, unless the user has
   * already gone on to another field (typing fast after Enter in the name box).
   */
  const focusGridUnlessMoved = (row: number, col: number): void => {
    const page = window.document;
    const from = page.activeElement;
    requestAnimationFrame(() => {
      if (page.activeElement !== from && page.activeElement !== page.body) return;
      gridRef.current?.select(row, col);
      gridRef.current?.focus();
    });
  };

  // HyperFormula could not be built after the first paint: the tab shows why (DocumentPane's boundary).
  if (buildFailure) throw buildFailure.error;

  return (
    <div
      ref={rootRef}
      className="sheets"
      inert={preview}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // The grid listens to the whole document: keys typed elsewhere here must not reach it.
        if (!(event.target as HTMLElement).closest('.sheets-grid')) gridRef.current?.blur?.();
      }}
    >
      {actions.toolbar}
      <FormulaBar
        row={cursor.row}
        col={cursor.col}
        text={barText}
        labels={labels}
        locale={locale}
        onCommit={commitFormula}
        onCommitArray={commitArrayFormula}
        resetKey={entry.refusals}
        onGoTo={(row, col) => {
          // The cursor moves at once (so what is typed next in the formula bar goes to that cell),
          // without the grid taking the keyboard: it listens to the document and would take the
          // Enter that got here as its own (opening the cell editor).
          gridRef.current?.select(row, col, false);
          focusGridUnlessMoved(row, col);
        }}
        onDone={() => {
          gridRef.current?.select(cursor.row, cursor.col, false);
          focusGridUnlessMoved(cursor.row, cursor.col);
        }}
      />
      <SheetsDataTools
        engine={engine}
        grid={() => gridRef.current}
        sheet={sheet}
        locale={locale}
        words={labels.booleans}
        labels={labels.data}
        active={active}
        revision={revision}
        applyEdits={applyEdits}
        refuseArray={() => arraysRef.current?.refuse()}
        extra={
          <>
            {filter.button}
            {paste.button}
            {charts.button}
            {objects.buttons}
          </>
        }
      />
      <p className="sheets-error-note" role="status">
        {errorNote}
      </p>
      <div className="sheets-body" onDragOver={objects.onDragOver} onDrop={objects.onDrop}>
        <div className="sheets-grid" ref={gridHostRef} role="region" aria-label={labels.grid} />
        <p className="sheets-calc-status" role="status">
          {preview || engine().ready ? '' : labels.ui.calculating}
        </p>
        {charts.layer}
      </div>
      <CellEditorAssist host={gridHost} locale={locale} labels={labels.data} />
      <ValidationDropdown
        host={gridHost}
        grid={() => gridRef.current}
        active={active}
        labels={labels.data}
        choicesAt={(row, col) => {
          const v = listValidationAt(engine().sheetProps(sheetRef.current).validations, row, col);
          return v ? listChoices(v, readRange) : undefined;
        }}
        onPick={(row, col, text) => entry.commit([{ row, col, text }])}
      />
      <InputHelp
        validations={engine().sheetProps(sheet).validations}
        row={cursor.row}
        col={cursor.col}
        grid={() => gridRef.current}
        label={labels.tools.validation.inputHelp}
        active={active}
        revision={revision}
      />
      <SheetTabs
        names={names}
        current={sheet}
        labels={labels}
        onSelect={showSheet}
        onAdd={addSheet}
        onRename={renameSheet}
        colors={colors}
        hidden={hiddenTabs}
        onMenu={actions.tabMenu}
        onMove={actions.moveSheet}
        renameRequest={renameRequest}
      />
      {actions.overlays}
      {entry.overlay}
      {arrays.overlay}
      {filter.menu}
      {paste.dialog}
      {charts.dialog}
      {objects.overlays}
    </div>
  );
}
