/**
 * Array formulas entered and protected in the editor: Ctrl+Shift+Enter (in the cell editor or the
 * formula bar) enters the formula over the selection, or over the area of the array formula the
 * cell belongs to; an entry, a deletion or a cut that would change part of an array area is
 * refused with "You cannot change part of an array", as in Excel and Calc.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Dialog } from '../ui/index.js';
import { arrayAreaAt, arrayEntryBlock, brokenAreas, changedCells, enterArrayFormula, unbraced } from './array-formulas.js';
import type { BooleanWords, RawContent } from './cell-text.js';
import type { BlockRange } from './engine-cells.js';
import type { GridAdapter } from './grid-adapter.js';
import { parseTypedEntry } from './typed-values.js';
import type { WorkbookEngine } from './workbook-engine.js';

export interface ArrayEntryOptions {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: () => number;
  readonly locale: string;
  readonly words: BooleanWords;
  readonly labels: { readonly title: string; readonly part: string; readonly ok: string };
  /** Text the grid's editor holds for a cell (what the engine has). */
  readonly textAt: (row: number, col: number) => string;
  /** Shows the result of an applied entry (refresh, dirty, revision). */
  readonly applied: () => void;
}

export interface ArrayEntry {
  /**
   * Enters `text` (as typed, `{=...}` or `=...`) as an array formula over `selection`; false when
   * `text` is no formula (the caller enters it as an ordinary entry in the active cell).
   */
  enter(selection: BlockRange, text: string): boolean;
  /**
   * True when typed texts may go in as ordinary entries. False when they were handled here: a
   * `{=...}` typed over a cell of an array area is entered as that array again; a change to part
   * of an area is refused (the alert shows, the grid's cells get their content back).
   */
  typed(texts: readonly { row: number; col: number; text: string }[]): boolean;
  /** True when edits made by a command (cut, paste, fill) leave every array area whole or cleared. */
  allowed(edits: readonly { row: number; col: number; raw: RawContent }[]): boolean;
  /** Shows the refusal alert (a row or column change through an area, see shiftCutsArray). */
  refuse(): void;
  readonly overlay: ReactNode;
}

export function useArrayEntry(options: ArrayEntryOptions): ArrayEntry {
  const { engine, grid, sheet, labels } = options;
  const [refused, setRefused] = useState(false);

  const restore = (cells: readonly { row: number; col: number }[]) => {
    grid()?.setCellTexts(cells.map((c) => ({ row: c.row, col: c.col, text: options.textAt(c.row, c.col) })));
  };
  const refuse = (cells: readonly { row: number; col: number }[]) => {
    restore(cells);
    // The alert gives the keyboard back to the grid, not to the formula bar (whose blur would commit again).
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && !focused.closest('.sheets-grid')) focused.blur();
    setRefused(true);
  };

  const enter = (selection: BlockRange, text: string): boolean => {
    const e = engine();
    const { raw } = parseTypedEntry(unbraced(text) ?? text.trim(), options.locale, options.words, e.date1904);
    if (typeof raw !== 'string' || !raw.startsWith('=')) return false;
    const block = arrayEntryBlock(e, sheet(), selection);
    if (!enterArrayFormula(e, sheet(), block, raw)) {
      refuse([{ row: selection.top, col: selection.left }]);
      return true;
    }
    const cells: { row: number; col: number; text: string }[] = [];
    for (let r = block.top; r <= block.bottom; r += 1) for (let c = block.left; c <= block.right; c += 1) cells.push({ row: r, col: c, text: options.textAt(r, c) });
    const g = grid();
    const show = () => {
      g?.setCellTexts(cells);
      g?.selectRange?.({ top: block.top, left: block.left, bottom: block.bottom, right: block.right });
      options.applied();
    };
    if (g?.batch) g.batch(show);
    else show();
    return true;
  };

  const api: ArrayEntry = {
    enter,
    typed(texts) {
      const e = engine();
      const only = texts.length === 1 ? texts[0] : undefined;
      if (only && unbraced(only.text) !== undefined && arrayAreaAt(e, sheet(), only.row, only.col)) {
        enter({ top: only.row, left: only.col, bottom: only.row, right: only.col }, only.text);
        return false;
      }
      const cells = texts.map((t) => ({ row: t.row, col: t.col, clears: t.text === '' }));
      if (brokenAreas(e, sheet(), cells).length === 0) return true;
      refuse(texts);
      return false;
    },
    allowed(edits) {
      if (brokenAreas(engine(), sheet(), changedCells(edits)).length === 0) return true;
      refuse(edits);
      return false;
    },
    refuse: () => refuse([]),
    overlay: refused ? (
      <Dialog
        title={labels.title}
        role="alertdialog"
        size="small"
        onCancel={() => setRefused(false)}
        footer={
          <Button variant="primary" onClick={() => setRefused(false)}>
            {labels.ok}
          </Button>
        }
      >
        <p>{labels.part}</p>
      </Dialog>
    ) : null,
  };
  return api;
}
