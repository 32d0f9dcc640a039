/**
 * Insertion > Tableau: a grid of 10 columns × 8 rows to choose the size of a new table, as in
 * Word. The pointer over a cell chooses that many rows and columns, a click inserts; from the
 * keyboard the arrows change the size, Enter inserts, Escape closes. The size is announced.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Command } from 'prosemirror-state';
import { Button } from '../ui/index.js';
import { insertTable } from './table-commands.js';

export const PICKER_COLUMNS = 10;
export const PICKER_ROWS = 8;

export interface TableSizeLabels {
  /** The button, "Tableau". */
  readonly button: string;
  /** The grid's name, "Taille du tableau". */
  readonly grid: string;
  /** "3 × 4 (lignes × colonnes)". */
  readonly size: (rows: number, cols: number) => string;
}

export function TableSizePicker({ canInsert, labels, run }: { canInsert: boolean; labels: TableSizeLabels; run: (command: Command) => void }) {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState({ rows: 1, cols: 1 });
  const id = useId();
  const grid = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (open) grid.current?.focus();
  }, [open]);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) wrapper.current?.querySelector('button')?.focus();
  };
  const insert = (rows: number, cols: number) => {
    close(false);
    run(insertTable(rows, cols));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const clamp = (v: number, max: number) => Math.min(max, Math.max(1, v));
    if (e.key === 'ArrowRight') setSize((s) => ({ ...s, cols: clamp(s.cols + 1, PICKER_COLUMNS) }));
    else if (e.key === 'ArrowLeft') setSize((s) => ({ ...s, cols: clamp(s.cols - 1, PICKER_COLUMNS) }));
    else if (e.key === 'ArrowDown') setSize((s) => ({ ...s, rows: clamp(s.rows + 1, PICKER_ROWS) }));
    else if (e.key === 'ArrowUp') setSize((s) => ({ ...s, rows: clamp(s.rows - 1, PICKER_ROWS) }));
    else if (e.key === 'Enter' || e.key === ' ') insert(size.rows, size.cols);
    else if (e.key === 'Escape') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const cellId = (r: number, c: number) => `${id}-${String(r)}-${String(c)}`;
  return (
    <span ref={wrapper} className="writer-table-picker">
      <Button
        variant="quiet"
        aria-haspopup="dialog"
        aria-label={labels.button}
        aria-expanded={open}
        disabled={!canInsert}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setSize({ rows: 1, cols: 1 });
          setOpen((o) => !o);
        }}
      >
        {labels.button} <span aria-hidden="true">▾</span>
      </Button>
      {open && (
        <div className="writer-table-picker__popup" role="dialog" aria-label={labels.grid} onBlur={(e) => !(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) && close(false)}>
          <div
            ref={grid}
            role="grid"
            tabIndex={0}
            aria-label={labels.grid}
            aria-describedby={`${id}-size`}
            aria-activedescendant={cellId(size.rows, size.cols)}
            className="writer-table-picker__grid"
            onKeyDown={onKeyDown}
          >
            {Array.from({ length: PICKER_ROWS }, (_, r) => (
              <div role="row" key={r} className="writer-table-picker__row">
                {Array.from({ length: PICKER_COLUMNS }, (_, c) => (
                  <div
                    role="gridcell"
                    key={c}
                    id={cellId(r + 1, c + 1)}
                    aria-label={labels.size(r + 1, c + 1)}
                    aria-selected={r < size.rows && c < size.cols}
                    className={r < size.rows && c < size.cols ? 'writer-table-picker__cell writer-table-picker__cell--on' : 'writer-table-picker__cell'}
                    onMouseEnter={() => setSize({ rows: r + 1, cols: c + 1 })}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => insert(r + 1, c + 1)}
                  />
                ))}
              </div>
            ))}
          </div>
          <div id={`${id}-size`} className="writer-table-picker__size" aria-live="polite">
            {labels.size(size.rows, size.cols)}
          </div>
        </div>
      )}
    </span>
  );
}
