/**
 * The autofilter of the shown sheet: the "Filtre automatique" toggle of the data toolbar (puts a
 * filter on the selected table, or on the block of filled cells around the cursor; takes it
 * away and shows its rows again), the header cells' buttons and their menus (AutoFilterMenu),
 * and the status of the last filtering ("3 ligne(s) sur 5 affichée(s)").
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { columnName as columnLetters } from '@ostal/model';
import type { FilterColumn } from '@ostal/model';
import { Button } from '../ui/index.js';
import { applyAutoFilter, grownRange, withColumn } from './autofilter.js';
import type { FilterReader } from './autofilter.js';
import { AutoFilterMenu } from './AutoFilterMenu.js';
import type { CellDisplay, CellRange, GridAdapter } from './grid-adapter.js';
import type { CellEdit } from './sheet-transfer.js';
import { sortPlan } from './paste-special.js';
import type { StyleCopy } from './paste-special.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import { sortCutsArray, sortRegion } from './sort-range.js';
import type { WorkbookEngine } from './workbook-engine.js';

export interface AutoFilterOptions {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: number;
  readonly locale: string;
  readonly labels: SheetsToolsLabels['filter'];
  readonly host: HTMLElement | null;
  readonly active: boolean;
  /** The text a cell shows. */
  readonly text: (row: number, col: number) => string;
  /** Reloads the grid's layout (rows hidden or shown). */
  readonly relayout: () => void;
  readonly applyEdits: (edits: readonly CellEdit[], range?: CellRange, styles?: readonly StyleCopy[]) => void;
  /** Shows "You cannot change part of an array" (a sort through an array area). */
  readonly refuseArray: () => void;
}

export function useAutoFilter(options: AutoFilterOptions): {
  button: ReactNode;
  menu: ReactNode;
  headerAt: (row: number, col: number, shown: CellDisplay) => CellDisplay;
} {
  const { engine, grid, sheet, locale, labels } = options;
  const [status, setStatus] = useState('');
  const filter = engine().sheetProps(sheet).autoFilter;
  const read: FilterReader = { text: options.text, value: (r, c) => engine().value(sheet, r, c) };

  const columnName = (col: number): string => {
    const f = engine().sheetProps(sheet).autoFilter;
    const title = f ? options.text(f.range.top, col).trim() : '';
    return title !== '' ? title : columnLetters(col);
  };

  const headerAt = (row: number, col: number, shown: CellDisplay): CellDisplay => {
    const f = engine().sheetProps(sheet).autoFilter;
    if (!f || row !== f.range.top || col < f.range.left || col > f.range.right) return shown;
    const activeColumn = f.columns?.some((c) => c.column === col - f.range.left) === true;
    const name = columnName(col);
    return { ...shown, filter: { label: activeColumn ? labels.buttonActive(name) : labels.button(name), active: activeColumn } };
  };

  const toggle = () => {
    const e = engine();
    const current = e.sheetProps(sheet).autoFilter;
    if (current) {
      applyAutoFilter(e, sheet, undefined, read);
      setStatus('');
    } else {
      const selection = grid()?.selection?.() ?? { top: 0, left: 0, bottom: 0, right: 0 };
      const range = sortRegion(e, sheet, selection);
      applyAutoFilter(e, sheet, { range }, read);
    }
    options.relayout();
  };

  /** The filtered table now: rows typed under it since the filter was set join it. */
  const tableRange = (range: CellRange): CellRange => {
    const e = engine();
    return grownRange(range, (r, c) => e.raw(sheet, r, c) !== null, e.size(sheet).rows);
  };

  const apply = (column: number, criteria: Omit<FilterColumn, 'column'> | undefined) => {
    const e = engine();
    const current = e.sheetProps(sheet).autoFilter;
    if (!current) return;
    const next = withColumn({ ...current, range: tableRange(current.range) }, column, criteria);
    const { shown, total } = applyAutoFilter(e, sheet, next, read);
    setStatus(next.columns ? labels.status(shown, total) : '');
    options.relayout();
  };

  const sort = (col: number, descending: boolean) => {
    const e = engine();
    const current = e.sheetProps(sheet).autoFilter;
    if (!current) return;
    const range = tableRange(current.range);
    if (sortCutsArray(e, sheet, range, true)) {
      options.refuseArray();
      return;
    }
    const plan = sortPlan(e, sheet, range, { header: true, keys: [{ col, descending }], locale });
    options.applyEdits(plan.edits, range, plan.styles);
  };

  const button: ReactNode = (
    <>
      <Button variant="quiet" pressed={filter !== undefined} onClick={toggle}>
        {labels.toggle}
      </Button>
      <span className="sheets-filter-status" role="status">
        {filter ? status : ''}
      </span>
    </>
  );

  const menu: ReactNode = (
    <AutoFilterMenu
      host={options.host}
      grid={grid}
      active={options.active}
      filter={filter}
      read={read}
      locale={locale}
      labels={labels}
      columnName={columnName}
      onApply={apply}
      onSort={sort}
    />
  );

  return { button, menu, headerAt };
}
