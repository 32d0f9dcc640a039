/**
 * A sheet's structure as the grid shows it: merged ranges, column widths and row heights in CSS
 * pixels (the model keeps points; 1pt = 4/3 px), frozen panes, hidden rows and columns (listed
 * only up to the grid's size: a sheet may hide a million rows).
 */
import { runAt } from '@ostal/model';
import type { ColumnRun, RowRun, Sheet } from '@ostal/model';
import type { GridLayout } from './grid-adapter.js';

const PX_PER_PT = 4 / 3;

function hidden(runs: readonly (ColumnRun | RowRun)[] | undefined, limit: number): number[] {
  const out: number[] = [];
  for (const run of runs ?? []) {
    if (!run.hidden) continue;
    for (let i = run.first; i <= run.last && i < limit; i++) out.push(i);
  }
  return out;
}

/** The grid layout of a sheet's properties. */
export function gridLayout(props: Omit<Sheet, 'name' | 'rows'>): GridLayout {
  const notes = new Map<string, string>();
  for (const c of props.comments ?? []) notes.set(`${String(c.row)},${String(c.col)}`, c.author ? `${c.author}\n${c.text}` : c.text);
  return {
    note: (row, col) => (notes.size === 0 ? undefined : notes.get(`${String(row)},${String(col)}`)),
    merges: (props.merges ?? []).map((m) => ({ row: m.top, col: m.left, rowspan: m.bottom - m.top + 1, colspan: m.right - m.left + 1 })),
    colWidth: (col) => {
      const w = runAt(props.columns, col)?.width;
      return w !== undefined ? Math.max(4, Math.round(w * PX_PER_PT)) : undefined;
    },
    rowHeight: (row) => {
      const h = runAt(props.rowProps, row)?.height;
      return h !== undefined ? Math.max(4, Math.round(h * PX_PER_PT)) : undefined;
    },
    frozenRows: props.frozen?.rows ?? 0,
    frozenCols: props.frozen?.cols ?? 0,
    hiddenRows: (limit) => hidden(props.rowProps, limit),
    hiddenCols: (limit) => hidden(props.columns, limit),
  };
}
