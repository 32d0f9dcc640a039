/**
 * The drop-down of an autofilter header cell: sort ascending/descending, a searchable list of the
 * column's distinct values with checkboxes ("(Tout sélectionner)", "(Vides)"), or a condition
 * (`est supérieur à`, `contient`...). Opened by a click on the header's button or Alt+Down on the
 * header cell; Escape closes. Applying hides the rows filtered out (one undo step, saved with
 * the file's autofilter criteria).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent } from 'react';
import type { AutoFilter, FilterColumn, FilterCondition } from '@ostal/model';
import { Button, trapTab } from '../ui/index.js';
import { filterMenuChoices } from './autofilter.js';
import type { FilterReader } from './autofilter.js';
import type { GridAdapter } from './grid-adapter.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import { parseLocaleNumber } from './cell-text.js';

type OperatorKey = keyof SheetsToolsLabels['filter']['operators'];

export interface AutoFilterMenuProps {
  readonly host: HTMLElement | null;
  readonly grid: () => GridAdapter | null;
  readonly active: boolean;
  readonly filter: AutoFilter | undefined;
  readonly read: FilterReader;
  readonly locale: string;
  readonly labels: SheetsToolsLabels['filter'];
  /** Name of a column for the labels (its header text, or its letter). */
  readonly columnName: (col: number) => string;
  /** New criteria for one column of the filter (undefined clears them). */
  readonly onApply: (column: number, criteria: Omit<FilterColumn, 'column'> | undefined) => void;
  readonly onSort: (col: number, descending: boolean) => void;
}

interface Open {
  readonly col: number;
  readonly left: number;
  readonly top: number;
}

/** A condition as the menu shows it: the operator key and the typed operand. */
function conditionOf(column: FilterColumn | undefined): { op: OperatorKey; text: string } {
  const c = column?.conditions?.[0];
  if (!c) return { op: 'none', text: '' };
  const value = String(c.value);
  if (c.operator === 'equal' && /^\*[^*?]*\*$/.test(value)) return { op: 'contains', text: value.slice(1, -1) };
  if (c.operator === 'equal' && /^[^*?]+\*$/.test(value)) return { op: 'beginsWith', text: value.slice(0, -1) };
  return { op: c.operator, text: value };
}

function toCondition(op: OperatorKey, text: string, locale: string): FilterCondition | undefined {
  if (op === 'none') return undefined;
  if (op === 'contains') return { operator: 'equal', value: `*${text}*` };
  if (op === 'beginsWith') return { operator: 'equal', value: `${text}*` };
  const number = parseLocaleNumber(text, locale);
  return { operator: op, value: number ?? text };
}

export function AutoFilterMenu({ host, grid, active, filter, read, locale, labels, columnName, onApply, onSort }: AutoFilterMenuProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const ctx = useRef({ grid, filter });
  ctx.current = { grid, filter };

  const openAt = (col: number) => {
    const f = ctx.current.filter;
    if (!f) return;
    const cell = ctx.current.grid()?.cellElement(f.range.top, col);
    const rect = cell?.getBoundingClientRect();
    setOpen({ col, left: rect ? rect.left : 40, top: rect ? rect.bottom : 80 });
  };

  useEffect(() => {
    if (!host || !active) return undefined;
    const doc = host.ownerDocument;
    const headerCol = (row: number, col: number): boolean => {
      const f = ctx.current.filter;
      return f !== undefined && row === f.range.top && col >= f.range.left && col <= f.range.right;
    };
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof HTMLElement ? event.target.closest('.sheets-filter-button') : null;
      if (!button || !host.contains(button)) return;
      const f = ctx.current.filter;
      if (!f) return;
      const td = button.closest('td');
      for (let c = f.range.left; c <= f.range.right; c += 1) {
        if (ctx.current.grid()?.cellElement(f.range.top, c) === td) {
          event.preventDefault();
          event.stopPropagation();
          openAt(c);
          return;
        }
      }
    };
    // Handsontable selects on mousedown; the button must not start a selection drag.
    const onMouseDown = (event: MouseEvent) => {
      const button = event.target instanceof HTMLElement ? event.target.closest('.sheets-filter-button') : null;
      if (button && host.contains(button)) event.stopPropagation();
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.key !== 'ArrowDown') return;
      const target = event.target;
      if (target instanceof HTMLElement && target !== doc.body && !host.contains(target)) return;
      if (target instanceof HTMLTextAreaElement && target.value !== '') return;
      const at = ctx.current.grid()?.selection?.();
      if (!at || !headerCol(at.top, at.left)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      openAt(at.left);
    };
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('mousedown', onMouseDown, true);
    doc.defaultView?.addEventListener('keydown', onKey, true);
    return () => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('mousedown', onMouseDown, true);
      doc.defaultView?.removeEventListener('keydown', onKey, true);
    };
  }, [host, active]);

  if (!open || !host || !filter) return null;
  const close = () => {
    setOpen(null);
    const f = ctx.current.filter;
    const col = open.col;
    // After the key that closed the menu is over: the grid listens to the document and would take
    // an Enter as its own (opening the cell editor).
    requestAnimationFrame(() => {
      if (f) ctx.current.grid()?.select(f.range.top, col);
      ctx.current.grid()?.focus();
    });
  };
  return createPortal(
    <FilterPanel
      key={`${String(open.col)}`}
      open={open}
      filter={filter}
      read={read}
      locale={locale}
      labels={labels}
      name={columnName(open.col)}
      onClose={close}
      onApply={(criteria) => {
        onApply(open.col - filter.range.left, criteria);
        close();
      }}
      onSort={(descending) => {
        onSort(open.col, descending);
        close();
      }}
    />,
    host.ownerDocument.body,
  );
}

interface FilterPanelProps {
  readonly open: Open;
  readonly filter: AutoFilter;
  readonly read: FilterReader;
  readonly locale: string;
  readonly labels: SheetsToolsLabels['filter'];
  readonly name: string;
  readonly onClose: () => void;
  readonly onApply: (criteria: Omit<FilterColumn, 'column'> | undefined) => void;
  readonly onSort: (descending: boolean) => void;
}

function FilterPanel({ open, filter, read, locale, labels, name, onClose, onApply, onSort }: FilterPanelProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const current = filter.columns?.find((c) => c.column === open.col - filter.range.left);
  // Values hidden by the other columns' filters are not offered (as in Excel and LibreOffice).
  const choices = useMemo(() => filterMenuChoices(filter, open.col, read, locale), [filter, open.col]);
  const initiallyChecked = () => {
    if (!current?.values) return new Set([...choices.values, ...(choices.blanks ? [''] : [])]);
    const wanted = new Set(current.values.map((v) => v.toLocaleLowerCase()));
    const set = new Set(choices.values.filter((v) => wanted.has(v.toLocaleLowerCase())));
    if (current.blanks) set.add('');
    return set;
  };
  const [checked, setChecked] = useState<Set<string>>(initiallyChecked);
  const [search, setSearch] = useState('');
  const initial = conditionOf(current);
  const [op, setOp] = useState<OperatorKey>(initial.op);
  const [operand, setOperand] = useState(initial.text);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input[type="search"]')?.focus();
  }, []);

  const needle = search.trim().toLocaleLowerCase();
  const listed = [...choices.values.filter((v) => needle === '' || v.toLocaleLowerCase().includes(needle)), ...(choices.blanks && needle === '' ? [''] : [])];
  const allListedChecked = listed.every((v) => checked.has(v));
  const toggle = (value: string) =>
    setChecked((set) => {
      const next = new Set(set);
      if (next.has(value)) next.delete(value);
      else next.add(value);
      return next;
    });
  const toggleAll = () =>
    setChecked((set) => {
      const next = new Set(set);
      for (const v of listed) {
        if (allListedChecked) next.delete(v);
        else next.add(v);
      }
      return next;
    });

  const apply = () => {
    const condition = op === 'none' || operand.trim() === '' ? undefined : toCondition(op, operand.trim(), locale);
    if (condition) {
      onApply({ conditions: [condition] });
      return;
    }
    // A search narrows the choice to what it found and is checked (as in other suites).
    const kept = needle === '' ? [...checked] : listed.filter((v) => checked.has(v));
    const everything = kept.length === choices.values.length + (choices.blanks ? 1 : 0);
    if (everything) onApply(undefined);
    else onApply({ values: kept.filter((v) => v !== ''), ...(kept.includes('') ? { blanks: true } : {}) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT' && (event.target as HTMLInputElement).type !== 'checkbox') {
      event.preventDefault();
      apply();
      return;
    }
    if (ref.current) trapTab(ref.current, event);
    event.stopPropagation();
  };

  const left = Math.max(4, Math.min(open.left, window.innerWidth - 300));
  const top = Math.max(4, Math.min(open.top, window.innerHeight - 460));
  return (
    <>
      <div className="sheets-filter-backdrop" onMouseDown={onClose} />
      <div ref={ref} className="sheets-filter-panel" role="dialog" aria-label={labels.dialog(name)} style={{ left, top }} onKeyDown={onKeyDown}>
        <div className="sheets-filter-panel__sort">
          <Button variant="quiet" onClick={() => onSort(false)}>
            {labels.sortAscending}
          </Button>
          <Button variant="quiet" onClick={() => onSort(true)}>
            {labels.sortDescending}
          </Button>
        </div>
        <input className="ui-input" type="search" aria-label={labels.search} placeholder={labels.search} value={search} onChange={(event) => setSearch(event.target.value)} />
        <fieldset className="sheets-filter-panel__values">
          <legend className="sheets-filter-panel__legend">{labels.values}</legend>
          <label className="sheets-filter-panel__all">
            <input type="checkbox" checked={listed.length > 0 && allListedChecked} onChange={toggleAll} />
            {labels.all}
          </label>
          <div className="sheets-filter-panel__list">
            {listed.map((v, i) => (
              <label key={`${id}-${String(i)}`}>
                <input type="checkbox" checked={checked.has(v)} onChange={() => toggle(v)} />
                {v === '' ? labels.blanks : v}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sheets-filter-panel__condition">
          <label htmlFor={`${id}-op`}>{labels.condition}</label>
          <select id={`${id}-op`} className="ui-input" value={op} onChange={(event) => setOp(event.target.value as OperatorKey)}>
            {(Object.keys(labels.operators) as OperatorKey[]).map((k) => (
              <option key={k} value={k}>
                {labels.operators[k]}
              </option>
            ))}
          </select>
          <input className="ui-input" aria-label={labels.value} value={operand} disabled={op === 'none'} onChange={(event) => setOperand(event.target.value)} />
        </div>
        <div className="sheets-filter-panel__footer">
          <Button variant="primary" onClick={apply}>
            {labels.apply}
          </Button>
          <Button onClick={() => onApply(undefined)} disabled={!current}>
            {labels.clear}
          </Button>
          <Button onClick={onClose}>{labels.cancel}</Button>
        </div>
      </div>
    </>
  );
}
