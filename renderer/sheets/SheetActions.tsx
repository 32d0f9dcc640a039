/**
 * What the spreadsheet's toolbar, context menus, dialogs and keyboard commands do: each action is
 * one engine call (one undo step), then the view follows through `refresh`. SheetsEditor mounts
 * the toolbar and overlays this hook returns and routes grid events to it.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CellStyle } from '@ostal/model';
import { Button, Dialog } from '../ui/index.js';
import type { GridAdapter, GridCommand, GridContextTarget, GridRange } from './grid-adapter.js';
import { NumberFormatDialog } from './NumberFormatDialog.js';
import { SheetContextMenu } from './SheetContextMenu.js';
import type { MenuEntry } from './SheetContextMenu.js';
import { SheetsToolbar } from './SheetsToolbar.js';
import { setBorders, setNumberFormat, toggleFont } from './sheet-format.js';
import { focusPane } from './sheet-panes.js';
import type { BorderPreset, StylePatch } from './sheet-format.js';
import type { Axis } from './sheet-structure.js';
import type { SheetsLabels } from './sheets-labels.js';
import type { WorkbookEngine } from './workbook-engine.js';
import { shiftCutsArray } from './array-formulas.js';

/** How the view must follow a change. */
export interface RefreshRequest {
  /** Rows, columns, merges, sizes or undo changed what the grid holds: reload it. */
  readonly layout?: boolean;
  /** Show this sheet. */
  readonly sheet?: number;
  /** The sheet list (names, order, colours, visibility) changed. */
  readonly names?: boolean;
  /** Select this block after the reload. */
  readonly select?: GridRange;
}

export interface SheetActionsOptions {
  /** Says that rows or columns cannot be inserted or deleted through an array formula's area. */
  readonly refuseArray?: () => void;
  /** The spreadsheet's root element (for F6 between panes). */
  readonly root: () => HTMLElement | null;
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: number;
  readonly cursor: { readonly row: number; readonly col: number };
  readonly labels: SheetsLabels;
  readonly locale: string;
  readonly refresh: (request: RefreshRequest) => void;
  /** Starts renaming a sheet tab. */
  readonly rename: (index: number) => void;
  /** The text a cell of the shown sheet shows (for auto-fit). */
  readonly shownText: (row: number, col: number) => string;
  /** Opens the paste special dialog (cell menu). */
  readonly pasteSpecial?: () => void;
  /** More entries at the end of the cell menu (notes). */
  readonly moreCellEntries?: () => MenuEntry[];
}

/** Tab colours offered in the tab menu. */
const TAB_COLORS: readonly [keyof SheetsLabels['ui'], string][] = [
  ['colorRed', '#C9211E'],
  ['colorOrange', '#E8A202'],
  ['colorYellow', '#FFDE59'],
  ['colorGreen', '#2A9D3F'],
  ['colorBlue', '#1E6FD9'],
  ['colorPurple', '#7B3FA0'],
];

/** Excel's serial number of a local calendar day (1900 system). */
export function serialOfDay(date: Date, date1904 = false): number {
  const utc = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round(utc / 86_400_000) + 25_569 - (date1904 ? 1_462 : 0);
}

const PX_PER_PT = 4 / 3;

interface MenuState {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly entries: readonly MenuEntry[];
  readonly returnFocus: () => void;
}

export function useSheetActions({ engine, grid, sheet, cursor, labels, locale, refresh, rename, shownText, root, pasteSpecial, moreCellEntries, refuseArray }: SheetActionsOptions) {
  const ui = labels.ui;
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [numberDialog, setNumberDialog] = useState(false);
  const [deleting, setDeleting] = useState<number | null>(null);

  const selection = (): GridRange => grid()?.selection?.() ?? { top: cursor.row, left: cursor.col, bottom: cursor.row, right: cursor.col };
  const focusGrid = () => grid()?.focus();
  const style: CellStyle = engine().styleAt(sheet, cursor.row, cursor.col);

  /** F6 / Shift+F6 from `from` (null: from the grid). */
  const movePane = (step: 1 | -1, from: Element | null) => {
    const element = root();
    if (!element) return;
    // The grid listens to the document: focused during this key press, it would take the key too.
    focusPane(element, from ?? element.querySelector('.sheets-grid'), step, () =>
      requestAnimationFrame(() => {
        grid()?.select(cursor.row, cursor.col);
        grid()?.focus();
      }),
    );
  };

  const format = (patch: StylePatch) => {
    engine().formatRange(sheet, selection(), patch);
    refresh({});
    focusGrid();
  };

  const borders = (preset: BorderPreset) => {
    const block = selection();
    format(setBorders(preset, block));
  };

  const undo = () => {
    const done = engine().undo();
    if (done) refresh({ layout: true, sheet: done.sheet, names: true });
  };
  const redo = () => {
    const done = engine().redo();
    if (done) refresh({ layout: true, sheet: done.sheet, names: true });
  };

  const merged = engine().mergeAt(sheet, cursor.row, cursor.col) !== undefined;
  const toggleMerge = () => {
    const block = selection();
    if (merged) engine().unmerge(sheet, { ...block, top: Math.min(block.top, cursor.row), left: Math.min(block.left, cursor.col), bottom: Math.max(block.bottom, cursor.row), right: Math.max(block.right, cursor.col) });
    else engine().merge(sheet, block);
    refresh({ layout: true, select: block });
    focusGrid();
  };

  const frozen = (engine().sheetProps(sheet).frozen?.rows ?? 0) > 0 || (engine().sheetProps(sheet).frozen?.cols ?? 0) > 0;
  const toggleFreeze = () => {
    if (frozen) engine().setFrozen(sheet, 0, 0);
    else if (cursor.row === 0 && cursor.col === 0) engine().setFrozen(sheet, 1, 0);
    else engine().setFrozen(sheet, cursor.row, cursor.col);
    refresh({ layout: true, select: selection() });
    focusGrid();
  };

  const insertToday = () => {
    const e = engine();
    e.history.transaction(() => {
      e.set(sheet, cursor.row, cursor.col, serialOfDay(new Date(), e.date1904));
      if (!e.styleAt(sheet, cursor.row, cursor.col).numberFormat) e.formatRange(sheet, { top: cursor.row, left: cursor.col, bottom: cursor.row, right: cursor.col }, setNumberFormat('DD/MM/YYYY'));
    });
    refresh({ layout: true, select: selection() });
  };

  const onCommand = (command: GridCommand) => {
    if (command === 'nextPane' || command === 'previousPane') movePane(command === 'nextPane' ? 1 : -1, null);
    else if (command === 'undo') undo();
    else if (command === 'redo') redo();
    else if (command === 'today') insertToday();
    else if (command !== 'note') {
      const on = style.font?.[command] !== true;
      format(toggleFont(command, on));
    }
  };

  // ---- Rows and columns ----

  const insert = (axis: Axis, after: boolean) => {
    const block = selection();
    const count = axis === 'rows' ? block.bottom - block.top + 1 : block.right - block.left + 1;
    const at = axis === 'rows' ? (after ? block.bottom + 1 : block.top) : after ? block.right + 1 : block.left;
    if (shiftCutsArray(engine(), sheet, axis, at, count)) return refuseArray?.();
    engine().insert(sheet, axis, at, count);
    refresh({ layout: true, select: axis === 'rows' ? { ...block, top: at, bottom: at + count - 1 } : { ...block, left: at, right: at + count - 1 } });
  };
  const remove = (axis: Axis) => {
    const block = selection();
    const [from, to] = axis === 'rows' ? [block.top, block.bottom] : [block.left, block.right];
    if (shiftCutsArray(engine(), sheet, axis, from, from - to - 1)) return refuseArray?.();
    if (axis === 'rows') engine().remove(sheet, 'rows', block.top, block.bottom - block.top + 1);
    else engine().remove(sheet, 'cols', block.left, block.right - block.left + 1);
    refresh({ layout: true, select: { top: block.top, left: block.left, bottom: block.top, right: block.left } });
  };
  const hide = (axis: Axis, hidden: boolean) => {
    const block = selection();
    const [first, last] = axis === 'rows' ? [block.top, block.bottom] : [block.left, block.right];
    // Showing: the hidden ones are between or beside the selected headers.
    engine().setHidden(sheet, axis, hidden ? first : Math.max(0, first - 1), hidden ? last : last + 1, hidden);
    refresh({ layout: true, select: block });
  };

  const fitWidth = (col: number): number => {
    const e = engine();
    const rows = Math.min(e.size(sheet).rows, 5_000);
    const canvas = document.createElement('canvas').getContext('2d');
    let widest = 0;
    for (let r = 0; r < rows; r += 1) {
      if (e.value(sheet, r, col) === null) continue;
      const s = e.styleAt(sheet, r, col);
      const size = s.font?.size ?? 11;
      const text = shownText(r, col);
      if (canvas) {
        canvas.font = `${s.font?.bold ? 'bold ' : ''}${s.font?.italic ? 'italic ' : ''}${String(size * PX_PER_PT)}px ${s.font?.family ? `"${s.font.family}", ` : ''}sans-serif`;
        widest = Math.max(widest, canvas.measureText(text).width);
      } else widest = Math.max(widest, text.length * size * 0.6 * PX_PER_PT);
    }
    return Math.max(40, Math.ceil(widest + 16));
  };

  const autoFit = () => {
    const block = selection();
    for (let c = block.left; c <= block.right; c += 1) engine().setSize(sheet, 'cols', c, c, fitWidth(c) / PX_PER_PT);
    refresh({ layout: true, select: block });
  };

  const onResize = (axis: Axis, index: number, pixels: number | undefined) => {
    const block = selection();
    const [first, last] = axis === 'rows' ? [block.top, block.bottom] : [block.left, block.right];
    // Several whole rows/columns selected and one of them dragged: all take the size, as elsewhere.
    const whole = index >= first && index <= last;
    engine().setSize(sheet, axis, whole ? first : index, whole ? last : index, pixels === undefined ? undefined : pixels / PX_PER_PT);
    refresh({ layout: true, select: block });
  };

  // ---- Menus ----

  const cellEntries = (): MenuEntry[] => [
    { label: ui.insertRowsAbove, onSelect: () => insert('rows', false) },
    { label: ui.insertColsLeft, onSelect: () => insert('cols', false) },
    { label: ui.deleteRows, onSelect: () => remove('rows') },
    { label: ui.deleteCols, onSelect: () => remove('cols') },
    { kind: 'separator' },
    { label: ui.numberFormat, onSelect: () => setNumberDialog(true) },
    { label: ui.merge, checked: merged, onSelect: toggleMerge },
    { label: frozen ? ui.unfreeze : ui.freeze, onSelect: toggleFreeze },
    { label: ui.today, onSelect: insertToday },
    ...(pasteSpecial ? [{ kind: 'separator' as const }, { label: labels.tools.paste.menu, onSelect: pasteSpecial }] : []),
    ...(moreCellEntries?.() ?? []),
  ];
  const rowEntries = (): MenuEntry[] => [
    { label: ui.insertRowsAbove, onSelect: () => insert('rows', false) },
    { label: ui.insertRowsBelow, onSelect: () => insert('rows', true) },
    { label: ui.deleteRows, onSelect: () => remove('rows') },
    { kind: 'separator' },
    { label: ui.hideRows, onSelect: () => hide('rows', true) },
    { label: ui.showRows, onSelect: () => hide('rows', false) },
    {
      label: ui.defaultHeight,
      onSelect: () => {
        const b = selection();
        engine().setSize(sheet, 'rows', b.top, b.bottom, undefined);
        refresh({ layout: true, select: b });
      },
    },
  ];
  const colEntries = (): MenuEntry[] => [
    { label: ui.insertColsLeft, onSelect: () => insert('cols', false) },
    { label: ui.insertColsRight, onSelect: () => insert('cols', true) },
    { label: ui.deleteCols, onSelect: () => remove('cols') },
    { kind: 'separator' },
    { label: ui.hideCols, onSelect: () => hide('cols', true) },
    { label: ui.showCols, onSelect: () => hide('cols', false) },
    { label: ui.autoFit, onSelect: autoFit },
  ];

  const onContextMenu = (target: GridContextTarget) => {
    const entries = target.kind === 'row' ? rowEntries() : target.kind === 'col' ? colEntries() : cellEntries();
    const label = target.kind === 'row' ? ui.menuRow : target.kind === 'col' ? ui.menuCol : ui.menuCell;
    setMenu({ label, x: target.x, y: target.y, entries, returnFocus: focusGrid });
  };

  // ---- Sheets ----

  const moveSheet = (from: number, to: number) => {
    engine().moveSheet(from, to);
    refresh({ names: true, sheet: to });
  };
  const neighbour = (index: number, step: number): number | undefined => {
    const visible = engine().visibleSheets();
    const at = visible.indexOf(index);
    return visible[at + step];
  };

  const tabMenu = (index: number, x: number, y: number, returnFocus: () => void) => {
    const e = engine();
    const visible = e.visibleSheets();
    const hidden = e.sheetNames().map((name, i) => ({ name, i })).filter(({ i }) => !visible.includes(i));
    const color = e.sheetProps(index).tabColor;
    const left = neighbour(index, -1);
    const right = neighbour(index, 1);
    const entries: MenuEntry[] = [
      { label: ui.rename, onSelect: () => rename(index) },
      { label: ui.deleteSheet, disabled: visible.length <= 1, onSelect: () => setDeleting(index) },
      { label: ui.moveLeft, disabled: left === undefined, onSelect: () => left !== undefined && moveSheet(index, left) },
      { label: ui.moveRight, disabled: right === undefined, onSelect: () => right !== undefined && moveSheet(index, right) },
      { kind: 'separator' },
      { label: ui.colorNone, checked: !color, swatch: '', onSelect: () => setTabColor(index, undefined) },
      ...TAB_COLORS.map(([key, value]): MenuEntry => ({ label: ui[key] as string, checked: color?.toUpperCase() === value, swatch: value, onSelect: () => setTabColor(index, value) })),
      { kind: 'separator' },
      { label: ui.hideSheet, disabled: visible.length <= 1, onSelect: () => hideSheet(index) },
      ...hidden.map(({ name, i }): MenuEntry => ({ label: ui.showSheet(name), onSelect: () => showHidden(i) })),
    ];
    setMenu({ label: ui.menuTab, x, y, entries, returnFocus });
  };
  const setTabColor = (index: number, color: string | undefined) => {
    engine().setTabColor(index, color);
    refresh({ names: true });
  };
  const hideSheet = (index: number) => {
    engine().setSheetHidden(index, true);
    refresh({ names: true, sheet: index === sheet ? engine().visibleSheets()[0] : sheet });
  };
  const showHidden = (index: number) => {
    engine().setSheetHidden(index, false);
    refresh({ names: true, sheet: index });
  };
  const confirmDelete = () => {
    if (deleting === null) return;
    const index = deleting;
    setDeleting(null);
    engine().removeSheet(index);
    const visible = engine().visibleSheets();
    refresh({ names: true, sheet: visible.find((i) => i >= Math.min(index, engine().sheetNames().length - 1)) ?? visible[visible.length - 1] ?? 0 });
  };

  const toolbar: ReactNode = (
    <SheetsToolbar
      labels={ui}
      style={style}
      merged={merged}
      frozen={frozen}
      canUndo={engine().history.canUndo}
      canRedo={engine().history.canRedo}
      onUndo={undo}
      onRedo={redo}
      onFormat={format}
      onBorders={borders}
      onMerge={toggleMerge}
      onNumberFormat={() => setNumberDialog(true)}
      onFreeze={toggleFreeze}
    />
  );

  const overlays: ReactNode = (
    <>
      {menu ? (
        <SheetContextMenu
          label={menu.label}
          x={menu.x}
          y={menu.y}
          entries={menu.entries}
          onClose={() => {
            setMenu(null);
            menu.returnFocus();
          }}
        />
      ) : null}
      {numberDialog ? (
        <NumberFormatDialog
          labels={ui}
          code={style.numberFormat}
          value={engine().value(sheet, cursor.row, cursor.col)}
          locale={locale}
          date1904={engine().date1904}
          onCancel={() => {
            setNumberDialog(false);
            focusGrid();
          }}
          onApply={(code) => {
            setNumberDialog(false);
            format(setNumberFormat(code));
          }}
        />
      ) : null}
      {deleting !== null ? (
        <Dialog
          title={ui.deleteTitle}
          role="alertdialog"
          size="small"
          onCancel={() => setDeleting(null)}
          footer={
            <>
              <Button onClick={() => setDeleting(null)}>{ui.cancel}</Button>
              <Button variant="danger" onClick={confirmDelete}>
                {ui.deleteConfirm}
              </Button>
            </>
          }
        >
          <p>{ui.deleteMessage(engine().sheetNames()[deleting] ?? '')}</p>
        </Dialog>
      ) : null}
    </>
  );

  return { toolbar, overlays, onCommand, onContextMenu, onResize, fitWidth, tabMenu, moveSheet, undo, redo, movePane };
}
