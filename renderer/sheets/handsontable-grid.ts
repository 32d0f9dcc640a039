/**
 * {@link GridAdapter} on Handsontable 18. Only the modules used are registered (text cells,
 * copy/paste, undo/redo, column resize), never `registerAllModules()`.
 */
import Handsontable from 'handsontable/base';
import { registerCellType, TextCellType } from 'handsontable/cellTypes';
import { Autofill, CopyPaste, HiddenColumns, HiddenRows, ManualColumnResize, MergeCells, registerPlugin, UndoRedo } from 'handsontable/plugins';
import { registerLanguageDictionary, frFR } from 'handsontable/i18n';
import { textRenderer } from 'handsontable/renderers';
import type { CellChange, ChangeSource } from 'handsontable/base';
import type { CellDisplay, CellRange, GridAdapter, GridFactory, GridLayout, GridOptions, GridSource } from './grid-adapter.js';
import { attachGridClipboard } from './grid-clipboard-events.js';
import 'handsontable/styles/handsontable.css';
import 'handsontable/styles/ht-theme-main.css';

let registered = false;

function registerModules(): void {
  if (registered) return;
  registerCellType(TextCellType);
  registerPlugin(CopyPaste);
  registerPlugin(Autofill);
  registerPlugin(UndoRedo);
  registerPlugin(ManualColumnResize);
  registerPlugin(MergeCells);
  registerPlugin(HiddenRows);
  registerPlugin(HiddenColumns);
  registerLanguageDictionary(frFR);
  registered = true;
}


function emptyGrid(rows: number, cols: number, source: GridSource): string[][] {
  const data: string[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const line: string[] = [];
    for (let c = 0; c < cols; c += 1) line.push(source.editTextAt(r, c));
    data.push(line);
  }
  return data;
}

const DEFAULT_COL_WIDTH = 100;

/** A Handsontable range as the adapter's block (header coordinates clamped to the first cell). */
function box(range: { getTopStartCorner(): { row: number | null; col: number | null }; getBottomEndCorner(): { row: number | null; col: number | null } }): CellRange {
  const from = range.getTopStartCorner();
  const to = range.getBottomEndCorner();
  return { top: Math.max(0, from.row ?? 0), left: Math.max(0, from.col ?? 0), bottom: Math.max(0, to.row ?? 0), right: Math.max(0, to.col ?? 0) };
}

/** Handsontable settings for a sheet's structure: merges, sizes and frozen panes. */
function layoutSettings(layout: GridLayout | undefined, rows: number, cols: number): Handsontable.GridSettings {
  return {
    hiddenRows: { rows: layout?.hiddenRows(rows) ?? [], indicators: true },
    hiddenColumns: { columns: layout?.hiddenCols(cols) ?? [], indicators: true },
    mergeCells: layout && layout.merges.length > 0 ? layout.merges.map((m) => ({ ...m })) : false,
    colWidths: layout ? (col: number) => layout.colWidth(col) ?? DEFAULT_COL_WIDTH : DEFAULT_COL_WIDTH,
    rowHeights: layout ? (row: number) => layout.rowHeight(row) ?? 23 : undefined,
    fixedRowsTop: layout?.frozenRows ?? 0,
    fixedColumnsStart: layout?.frozenCols ?? 0,
  };
}

/** Applies a cell's formatting to its table cell (reset first: Handsontable reuses cells). */
function styleCell(td: HTMLTableCellElement, shown: CellDisplay): void {
  const s = td.style;
  s.textAlign = shown.align;
  s.fontWeight = shown.bold ? 'bold' : '';
  s.fontStyle = shown.italic ? 'italic' : '';
  s.textDecoration = [shown.underline ? 'underline' : '', shown.strike ? 'line-through' : ''].filter(Boolean).join(' ');
  s.fontSize = shown.fontSize ? `${String(shown.fontSize)}pt` : '';
  s.fontFamily = shown.fontFamily ? `"${shown.fontFamily.replace(/"/g, '')}", sans-serif` : '';
  s.color = shown.color ?? '';
  s.backgroundColor = shown.background ?? '';
  s.whiteSpace = shown.wrap ? 'pre-wrap' : '';
  s.verticalAlign = shown.vertical ?? '';
}

function createGrid(container: HTMLElement, options: GridOptions, source: GridSource): GridAdapter {
  registerModules();
  let silent = false;
  let layout = options.layout;
  const hot = new Handsontable(container, {
    licenseKey: options.licenseKey,
    themeName: 'ht-theme-main',
    language: options.locale.startsWith('fr') ? 'fr-FR' : 'en-US',
    data: emptyGrid(options.rows, options.cols, source),
    rowHeaders: true,
    colHeaders: true,
    width: '100%',
    height: '100%',
    ...layoutSettings(options.layout, options.rows, options.cols),
    minSpareRows: 1,
    minSpareCols: 1,
    outsideClickDeselects: false,
    manualColumnResize: true,
    // Clipboard and fill go through the sheets module (grid-clipboard-events.ts, onFill).
    copyPaste: false,
    fillHandle: { autoInsertRow: false },
    beforeAutofill(_data, sourceRange, targetRange) {
      source.onFill?.(box(sourceRange), box(targetRange));
      return false as unknown as undefined;
    },
    undo: true,
    autoWrapRow: true,
    autoWrapCol: true,
    enterMoves: { row: 1, col: 0 },
    ariaTags: true,
    renderer(instance, td, row, col, prop, _value, cellProperties) {
      const shown = source.displayAt(row, col);
      textRenderer(instance, td, row, col, prop, shown.text, cellProperties);
      styleCell(td, shown);
      td.classList.toggle('sheets-cell--error', shown.error);
      td.classList.toggle('sheets-cell--list', shown.dropdown === true);
      const note = layout?.note?.(row, col);
      td.classList.toggle('sheets-cell--note', note !== undefined);
      if (note !== undefined || shown.tooltip !== undefined) td.title = [shown.tooltip, note].filter((t) => t !== undefined).join('\n');
      else td.removeAttribute('title');
    },
    afterChange(changes: CellChange[] | null, changeSource: ChangeSource) {
      if (!changes || silent || changeSource === 'loadData' || changeSource === 'updateData') return;
      const edits = changes
        .filter(([, , before, after]) => before !== after)
        .map(([row, prop, , after]) => ({ row, col: Number(prop), text: after == null ? '' : String(after as string | number) }));
      if (edits.length > 0) source.onEdit(edits);
    },
    afterSelectionEnd(row: number, col: number) {
      if (row >= 0 && col >= 0) source.onSelect(row, col);
    },
  });
  container.setAttribute('aria-label', options.label);
  const detachClipboard = attachGridClipboard(
    {
      root: container,
      isActive: () => hot.isListening() && !(hot.getActiveEditor()?.isOpened() ?? false),
      selection: () => {
        const r = hot.getSelectedRangeLast();
        return r ? box(r) : undefined;
      },
    },
    source,
  );

  return {
    load(rows, cols, next) {
      silent = true;
      layout = next;
      hot.updateSettings(layoutSettings(next, rows, cols));
      hot.loadData(emptyGrid(rows, cols, source));
      silent = false;
    },
    setCellText(row, col, text) {
      silent = true;
      hot.setDataAtCell(row, col, text, 'ostal-formula-bar');
      silent = false;
    },
    refresh() {
      hot.refreshDimensions();
      hot.render();
    },
    select(row, col) {
      hot.selectCell(row, col);
    },
    cellElement(row, col) {
      return hot.getCell(row, col);
    },
    selection() {
      const r = hot.getSelectedRangeLast();
      return r ? box(r) : undefined;
    },
    selectRange(range) {
      hot.selectCell(range.top, range.left, range.bottom, range.right);
    },
    setCellTexts(cells) {
      if (cells.length === 0) return;
      const rows = Math.max(...cells.map((c) => c.row)) + 1;
      const cols = Math.max(...cells.map((c) => c.col)) + 1;
      if (rows > hot.countRows()) hot.alter('insert_row_below', hot.countRows() - 1, rows - hot.countRows(), 'ostal-data');
      if (cols > hot.countCols()) hot.alter('insert_col_end', hot.countCols() - 1, cols - hot.countCols(), 'ostal-data');
      silent = true;
      hot.setDataAtCell(cells.map((c) => [c.row, c.col, c.text]), 'ostal-data');
      silent = false;
    },
    focus() {
      hot.listen();
    },
    destroy() {
      detachClipboard();
      hot.destroy();
    },
  };
}

/** Grids on Handsontable. */
export const handsontableGrids: GridFactory = {
  create: createGrid,
};
