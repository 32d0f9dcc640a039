/**
 * {@link GridAdapter} on Handsontable 18. Only the modules used are registered (text cells,
 * copy/paste, row and column resize, merges, hidden rows/columns, drag to scroll), never `registerAllModules()`.
 * Undo/redo is not Handsontable's: the workbook engine keeps one history for every change
 * (`sheet-history.ts`), so Ctrl+Z / Ctrl+Y are handed to the sheets module.
 */
import Handsontable from 'handsontable/base';
import { registerCellType, TextCellType } from 'handsontable/cellTypes';
import { Autofill, CopyPaste, DragToScroll, HiddenColumns, HiddenRows, ManualColumnResize, ManualRowResize, MergeCells, registerPlugin } from 'handsontable/plugins';
import { registerLanguageDictionary, frFR } from 'handsontable/i18n';
import { textRenderer } from 'handsontable/renderers';
import type { CellChange, ChangeSource } from 'handsontable/base';
import { cellsExtent } from './cell-extent.js';
import { dataEdge } from './grid-navigation.js';
import type { BorderDisplay, CellDisplay, CellRange, GridAdapter, GridCommand, GridFactory, GridLayout, GridOptions, GridRange, GridSource, GridView } from './grid-adapter.js';
import { attachGridClipboard } from './grid-clipboard-events.js';
import 'handsontable/styles/handsontable.css';
import 'handsontable/styles/ht-theme-main.css';

let registered = false;

function registerModules(): void {
  if (registered) return;
  registerCellType(TextCellType);
  registerPlugin(CopyPaste);
  registerPlugin(Autofill);
  registerPlugin(DragToScroll);
  registerPlugin(ManualColumnResize);
  registerPlugin(ManualRowResize);
  registerPlugin(MergeCells);
  registerPlugin(HiddenRows);
  registerPlugin(HiddenColumns);
  registerLanguageDictionary(frFR);
  registered = true;
}


/**
 * The grid's copy of the cells (the text the cell editor starts with), filled a row at a time when
 * Handsontable first reads that row (`modifyRowData`), so that a sheet of 100,000 rows opens, and
 * reloads after a structural change, without turning every cell into text first. Rows Handsontable
 * appends (spare rows, `setCellTexts` growing the grid) are filled the same way.
 */
class LazyRows {
  readonly data: (string | null)[][];
  private readonly filled = new Set<number>();

  constructor(
    rows: number,
    cols: number,
    private readonly source: GridSource,
  ) {
    this.data = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  }

  /** Fills a row from the sheet the first time it is read. */
  fill(row: number): void {
    if (this.filled.has(row)) return;
    const line = this.data[row];
    if (!line) return;
    this.filled.add(row);
    for (let c = 0; c < line.length; c += 1) line[c] = this.source.editTextAt(row, c);
  }
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

/** The inline style of a cell's formatting, property by property ('' for what stays default). */
function cellStyle(shown: CellDisplay): [string, string][] {
  // Borders as inset shadows: they do not change the cell's size, and sit over the grid lines.
  const b = shown.borders;
  const side = (line: BorderDisplay | undefined, x: number, y: number): string[] => {
    if (!line) return [];
    const out = [`inset ${String(x * line.width)}px ${String(y * line.width)}px 0 ${line.color}`];
    if (line.double) out.push(`inset ${String(x * (line.width + 2))}px ${String(y * (line.width + 2))}px 0 ${line.color}`);
    return out;
  };
  const bar = shown.bar ? (shown.bar.fraction * 100).toFixed(1) : '';
  return [
    ['text-align', shown.align],
    ['font-weight', shown.bold ? 'bold' : ''],
    ['font-style', shown.italic ? 'italic' : ''],
    ['text-decoration', [shown.underline ? 'underline' : '', shown.strike ? 'line-through' : ''].filter(Boolean).join(' ')],
    ['font-size', shown.fontSize ? `${String(shown.fontSize)}pt` : ''],
    ['font-family', shown.fontFamily ? `"${shown.fontFamily.replace(/"/g, '')}", sans-serif` : ''],
    ['color', shown.color ?? ''],
    ['background-color', shown.background ?? ''],
    ['background-image', shown.bar ? `linear-gradient(to right, ${shown.bar.color} 0, ${shown.bar.color} ${bar}%, transparent ${bar}%)` : ''],
    ['white-space', shown.wrap ? 'pre-wrap' : ''],
    ['vertical-align', shown.vertical ?? ''],
    ['box-shadow', b ? [...side(b.top, 0, 1), ...side(b.bottom, 0, -1), ...side(b.left, 1, 0), ...side(b.right, -1, 0)].join(', ') : ''],
  ];
}

/**
 * Applies a cell's formatting to its table cell. Handsontable takes the style attribute off a cell
 * before rendering it again, so a cell without one only gets what is not default (most cells: the
 * alignment alone); a cell that kept one (drawn by another path) is reset property by property.
 */
function styleCell(td: HTMLTableCellElement, shown: CellDisplay): void {
  const fresh = !td.hasAttribute('style');
  const s = td.style;
  for (const [name, value] of cellStyle(shown)) if (value !== '' || !fresh) s.setProperty(name, value);
}

/** Puts a class on or off, without touching the class list when it is already right. */
function toggleClass(td: HTMLTableCellElement, name: string, on: boolean): void {
  if (on) td.classList.add(name);
  else if (td.classList.contains(name)) td.classList.remove(name);
}

/** The grid command of a key press outside cell editing, if any. */
function commandOf(event: KeyboardEvent): GridCommand | undefined {
  if (event.key === 'F6' && !event.ctrlKey && !event.altKey) return event.shiftKey ? 'previousPane' : 'nextPane';
  if (event.key === 'F2' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) return 'note';
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === ';' || event.code === 'Semicolon') return 'today';
  if (event.shiftKey) return undefined;
  if (key === 'b') return 'bold';
  if (key === 'i') return 'italic';
  if (key === 'u') return 'underline';
  return undefined;
}

/**
 * Handsontable's DOM as assistive technologies (and axe-core) expect it: the treegrid role on the
 * tables that hold the rows (the editor's textarea and the scrolling holder are not rows), the
 * scrolling area reachable by keyboard and named, the in-cell editor named.
 */
function accessibleGridDom(container: HTMLElement, label: string): void {
  const wrapper = container.classList.contains('ht-wrapper') ? container : container.querySelector<HTMLElement>('.ht-wrapper');
  if (!wrapper) return;
  const master = wrapper.querySelector('.ht_master table.htCore');
  for (const name of ['role', 'aria-rowcount', 'aria-colcount', 'aria-multiselectable']) {
    const value = wrapper.getAttribute(name);
    if (value === null) continue;
    wrapper.removeAttribute(name);
    if (name !== 'role') master?.setAttribute(name, value);
  }
  for (const table of wrapper.querySelectorAll('table.htCore')) {
    if (table.getAttribute('role') === 'treegrid') continue;
    table.setAttribute('role', 'treegrid');
    table.setAttribute('aria-label', label);
  }
  const holder = wrapper.querySelector('.ht_master > .wtHolder');
  if (holder && holder.getAttribute('tabindex') !== '0') {
    holder.setAttribute('tabindex', '0');
    holder.removeAttribute('role');
    holder.setAttribute('aria-label', label);
  }
  const input = wrapper.querySelector('textarea.handsontableInput');
  if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', label);
}

/** The drop-down button of an autofilter header cell (opened by AutoFilterMenu; Alt+Down from the keyboard). */
function filterButton(doc: Document, filter: { label: string; active: boolean }): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = filter.active ? 'sheets-filter-button sheets-filter-button--active' : 'sheets-filter-button';
  button.tabIndex = -1;
  button.setAttribute('aria-label', filter.label);
  button.setAttribute('aria-haspopup', 'dialog');
  return button;
}

function stopGridKey(event: KeyboardEvent): void {
  event.preventDefault();
  // Handsontable's own flag: its shortcut manager skips the key.
  (event as KeyboardEvent & { isImmediatePropagationEnabled?: boolean }).isImmediatePropagationEnabled = false;
  event.stopImmediatePropagation();
}

function createGrid(container: HTMLElement, options: GridOptions, source: GridSource): GridAdapter {
  registerModules();
  let silent = false;
  let layout = options.layout;
  let copy = new LazyRows(options.rows, options.cols, source);
  const hot = new Handsontable(container, {
    licenseKey: options.licenseKey,
    themeName: 'ht-theme-main',
    language: options.locale.startsWith('fr') ? 'fr-FR' : 'en-US',
    data: copy.data,
    modifyRowData(row: number) {
      copy.fill(row);
    },
    rowHeaders: true,
    colHeaders: true,
    width: '100%',
    height: '100%',
    ...layoutSettings(options.layout, options.rows, options.cols),
    minSpareRows: 1,
    // No `minSpareCols`: Handsontable would check after every change that the last column is
    // empty, reading (and so filling) every row of the sheet — 10 s of the opening of 100,000 rows.
    // The grid has empty columns past the data; an entry in the last one adds the next (afterChange).
    outsideClickDeselects: false,
    manualColumnResize: true,
    manualRowResize: true,
    // Clipboard and fill go through the sheets module (grid-clipboard-events.ts, onFill).
    copyPaste: false,
    fillHandle: { autoInsertRow: false },
    // A selection (or the fill handle) dragged past the grid's edge scrolls it while the pointer stays out.
    dragToScroll: true,
    beforeAutofill(_data, sourceRange, targetRange) {
      source.onFill?.(box(sourceRange), box(targetRange));
      return false as unknown as undefined;
    },
    undo: false,
    // Text overflows unless the cell's style wraps it (styleCell), as in other suites.
    wordWrap: false,
    autoWrapRow: true,
    autoWrapCol: true,
    enterMoves: { row: 1, col: 0 },
    ariaTags: true,
    renderer(instance, td, row, col, prop, _value, cellProperties) {
      const shown = source.displayAt(row, col);
      textRenderer(instance, td, row, col, prop, shown.text, cellProperties);
      styleCell(td, shown);
      toggleClass(td, 'sheets-cell--error', shown.error);
      toggleClass(td, 'sheets-cell--list', shown.dropdown === true);
      toggleClass(td, 'sheets-cell--filter', shown.filter !== undefined);
      if (shown.filter) td.appendChild(filterButton(td.ownerDocument, shown.filter));
      if (shown.icon) {
        const icon = td.ownerDocument.createElement('span');
        icon.className = 'sheets-cell-icon';
        icon.setAttribute('aria-hidden', 'true');
        icon.style.color = shown.icon.color;
        icon.textContent = shown.icon.glyph;
        td.prepend(icon);
      }
      const note = layout?.note?.(row, col);
      toggleClass(td, 'sheets-cell--note', note !== undefined);
      if (note !== undefined || shown.tooltip !== undefined) td.title = [shown.tooltip, note].filter((t) => t !== undefined).join('\n');
      else if (td.hasAttribute('title')) td.removeAttribute('title');
    },
    afterRender() {
      accessibleGridDom(container, options.label);
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
      else {
        const range = hot.getSelectedRangeActive();
        if (range) source.onSelect(Math.max(0, range.highlight.row ?? 0), Math.max(0, range.highlight.col ?? 0));
      }
    },
    beforeKeyDown(event: KeyboardEvent) {
      const editing = hot.getActiveEditor()?.isOpened() ?? false;
      // Ctrl+Shift+Enter: the entry becomes an array formula over the selection (source.onArrayEntry).
      if (editing && event.key === 'Enter' && event.shiftKey && (event.ctrlKey || event.metaKey) && !event.altKey && source.onArrayEntry) {
        const editor = hot.getActiveEditor()!;
        const value: unknown = editor.getValue();
        const text = typeof value === 'string' ? value : '';
        const block = selectedBlock();
        stopGridKey(event);
        editor.cancelChanges();
        if (block) source.onArrayEntry(block, text);
        return;
      }
      if (!editing && ((event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu') && source.onContextMenu) {
        stopGridKey(event);
        openMenuAtActiveCell();
        return;
      }
      if (!editing && (event.ctrlKey || event.metaKey) && !event.altKey && event.key.startsWith('Arrow') && jumpToDataEdge(event)) {
        stopGridKey(event);
        return;
      }
      const command = editing ? undefined : commandOf(event);
      if (command && source.onCommand) {
        stopGridKey(event);
        source.onCommand(command);
      }
    },
    beforeColumnResize(newSize: number, column: number, isDoubleClick: boolean) {
      return isDoubleClick && source.fitWidth ? source.fitWidth(column) : newSize;
    },
    afterColumnResize(newSize: number, column: number) {
      source.onResize?.('cols', column, newSize);
    },
    afterRowResize(newSize: number, row: number, isDoubleClick: boolean) {
      source.onResize?.('rows', row, isDoubleClick ? undefined : newSize);
    },
  });
  // An entry in the last column adds the next (the grid keeps no spare column: see above). Added
  // once the grid exists: Handsontable may report changes while it is being built (merged cells).
  hot.addHook('afterChange', (changes: CellChange[] | null, changeSource: ChangeSource) => {
    if (!changes || silent || changeSource === 'loadData' || changeSource === 'updateData') return;
    const last = hot.countCols() - 1;
    if (changes.some(([, prop, before, after]) => before !== after && Number(prop) >= last)) hot.alter('insert_col_end', last, 1, 'ostal-data');
  });
  container.setAttribute('aria-label', options.label);
  accessibleGridDom(container, options.label);
  // The scrolling area takes the keyboard (Tab) for the grid.
  const onHolderFocus = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target.matches('.ht_master > .wtHolder')) hot.listen();
  };
  container.addEventListener('focusin', onHolderFocus);
  const detachClipboard = attachGridClipboard(
    {
      root: container,
      isActive: () => hot.isListening() && !(hot.getActiveEditor()?.isOpened() ?? false),
      selection: () => selectedBlock(),
    },
    source,
  );

  /** The active selection layer as a block of cells (header rows/columns clipped off). */
  function selectedBlock(): GridRange | undefined {
    const range = hot.getSelectedRangeActive();
    if (!range) return undefined;
    const [r1, r2, c1, c2] = [range.from.row ?? 0, range.to.row ?? 0, range.from.col ?? 0, range.to.col ?? 0];
    return { top: Math.max(0, Math.min(r1, r2)), left: Math.max(0, Math.min(c1, c2)), bottom: Math.max(0, r1, r2), right: Math.max(0, c1, c2) };
  }

  /** Ctrl(+Shift)+arrow over data blocks, as in Excel; false when there is no selection. */
  const jumpToDataEdge = (event: KeyboardEvent): boolean => {
    const range = hot.getSelectedRangeActive();
    if (!range) return false;
    const anchor = { row: range.from.row ?? 0, col: range.from.col ?? 0 };
    const from = event.shiftKey ? { row: range.to.row ?? 0, col: range.to.col ?? 0 } : { row: range.highlight.row ?? 0, col: range.highlight.col ?? 0 };
    const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
    const target = vertical
      ? { row: dataEdge((r) => source.editTextAt(r, from.col) !== '', Math.max(0, from.row), step, hot.countRows() - 1), col: from.col }
      : { row: from.row, col: dataEdge((c) => source.editTextAt(from.row, c) !== '', Math.max(0, from.col), step, hot.countCols() - 1) };
    if (event.shiftKey) hot.selectCell(Math.max(0, anchor.row), Math.max(0, anchor.col), target.row, target.col);
    else hot.selectCell(target.row, target.col);
    return true;
  };

  const openMenuAtActiveCell = () => {
    const range = hot.getSelectedRangeActive();
    const row = Math.max(0, range?.highlight.row ?? 0);
    const col = Math.max(0, range?.highlight.col ?? 0);
    const rect = hot.getCell(row, col)?.getBoundingClientRect() ?? container.getBoundingClientRect();
    const block = selectedBlock();
    const wholeRows = block !== undefined && block.left === 0 && block.right >= hot.countCols() - 1 && hot.countCols() > 1;
    const wholeCols = block !== undefined && block.top === 0 && block.bottom >= hot.countRows() - 1 && hot.countRows() > 1;
    source.onContextMenu?.({ kind: wholeRows ? 'row' : wholeCols ? 'col' : 'cell', row, col, x: rect.left + rect.width / 2, y: rect.bottom });
  };

  const inSelection = (row: number, col: number): boolean => {
    const block = selectedBlock();
    if (!block) return false;
    const { top, bottom, left, right } = block;
    return (row < 0 || (row >= top && row <= bottom)) && (col < 0 || (col >= left && col <= right));
  };

  const onContextMenu = (event: MouseEvent) => {
    if (!source.onContextMenu) return;
    const element = (event.target as HTMLElement).closest('td, th');
    if (!(element instanceof HTMLTableCellElement)) return;
    const found = hot.getCoords(element);
    const coords = { row: found?.row ?? -1, col: found?.col ?? -1 };
    if (coords.row < 0 && coords.col < 0) return;
    event.preventDefault();
    // As in other suites: a right click outside the selection selects what was clicked.
    if (!inSelection(coords.row, coords.col)) {
      if (coords.row < 0) hot.selectColumns(coords.col);
      else if (coords.col < 0) hot.selectRows(coords.row);
      else hot.selectCell(coords.row, coords.col);
    }
    const kind = coords.row < 0 ? 'col' : coords.col < 0 ? 'row' : 'cell';
    const active = hot.getSelectedRangeActive()?.highlight;
    source.onContextMenu({ kind, row: Math.max(0, coords.row < 0 ? (active?.row ?? 0) : coords.row), col: Math.max(0, coords.col < 0 ? (active?.col ?? 0) : coords.col), x: event.clientX, y: event.clientY });
  };
  container.addEventListener('contextmenu', onContextMenu);

  return {
    load(count, cols, next) {
      silent = true;
      layout = next;
      // Sizes dragged before now live in the layout: forget the resize plugins' own copies.
      hot.updateSettings({ manualColumnResize: false, manualRowResize: false });
      // (An empty list, not `true`: the plugins would restore the sizes they kept when disabled.)
      hot.updateSettings({ ...layoutSettings(next, count, cols), manualColumnResize: [], manualRowResize: [] });
      copy = new LazyRows(count, cols, source);
      hot.loadData(copy.data);
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
    select(row, col, listen = true) {
      hot.selectCell(row, col, row, col, true, listen);
    },
    cellElement(row, col) {
      return hot.getCell(row, col);
    },
    setCellTexts(cells) {
      if (cells.length === 0) return;
      const { rows, cols } = cellsExtent(cells);
      if (rows > hot.countRows()) hot.alter('insert_row_below', hot.countRows() - 1, rows - hot.countRows(), 'ostal-data');
      if (cols > hot.countCols()) hot.alter('insert_col_end', hot.countCols() - 1, cols - hot.countCols(), 'ostal-data');
      silent = true;
      hot.setDataAtCell(cells.map((c) => [c.row, c.col, c.text]), 'ostal-data');
      silent = false;
    },
    batch(changes) {
      // Handsontable's own batch() resumes drawing only when the changes return: a change that
      // throws would leave the grid never drawn again.
      hot.suspendRender();
      hot.suspendExecution();
      try {
        changes();
      } finally {
        hot.resumeExecution();
        hot.resumeRender();
      }
    },
    selectRange(range) {
      hot.selectCell(range.top, range.left, range.bottom, range.right, false);
    },
    selection: selectedBlock,
    focus() {
      hot.listen();
    },
    editWith(row, col, text) {
      hot.selectCell(row, col);
      hot.listen();
      const editor = hot.getActiveEditor();
      if (!editor) return;
      // Full edit mode: the editor holds the given text (otherwise it opens empty, ready to replace the cell).
      editor.enableFullEditMode();
      editor.beginEditing(text);
      // The text editor's field: the refused entry is selected, so typing replaces it.
      const field = (editor as unknown as { TEXTAREA?: HTMLTextAreaElement }).TEXTAREA;
      field?.select();
    },
    blur() {
      hot.unlisten();
    },
    destroy() {
      detachClipboard();
      container.removeEventListener('contextmenu', onContextMenu);
      container.removeEventListener('focusin', onHolderFocus);
      hot.destroy();
    },
    view(): GridView | undefined {
      const holder = container.querySelector<HTMLElement>('.ht_master > .wtHolder');
      if (!holder || hot.isDestroyed) return undefined;
      const origin = container.getBoundingClientRect();
      const box = holder.getBoundingClientRect();
      return {
        headerWidth: hot.view.getRowHeaderWidth(),
        headerHeight: hot.view.getColumnHeaderHeight(),
        width: box.left - origin.left + holder.clientWidth,
        height: box.top - origin.top + holder.clientHeight,
        scrollLeft: holder.scrollLeft,
        scrollTop: holder.scrollTop,
        frozenRows: layout?.frozenRows ?? 0,
        frozenCols: layout?.frozenCols ?? 0,
        colWidth: (col) => hot.getColWidth(col),
        // The first row also draws the top border line.
        rowHeight: (row) => hot.getRowHeight(row) + (row === 0 ? 1 : 0),
      };
    },
    scrollBy(dx, dy) {
      container.querySelector<HTMLElement>('.ht_master > .wtHolder')?.scrollBy(dx, dy);
    },
    onViewChange(listener) {
      const onScroll = () => listener();
      const holder = container.querySelector<HTMLElement>('.ht_master > .wtHolder');
      holder?.addEventListener('scroll', onScroll, { passive: true });
      hot.addHook('afterRender', listener);
      return () => {
        holder?.removeEventListener('scroll', onScroll);
        if (!hot.isDestroyed) hot.removeHook('afterRender', listener);
      };
    },
    selectedRange() {
      const range = hot.getSelectedRangeLast();
      if (!range) return null;
      const a = range.getTopStartCorner();
      const b = range.getBottomEndCorner();
      return { top: Math.max(0, a.row ?? 0), left: Math.max(0, a.col ?? 0), bottom: Math.max(0, b.row ?? 0), right: Math.max(0, b.col ?? 0) };
    },
  };
}

/** Grids on Handsontable. */
export const handsontableGrids: GridFactory = {
  create: createGrid,
};
