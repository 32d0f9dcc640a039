/**
 * The sort dialog: whether the first row holds titles, then up to three keys (column and
 * direction). OK sorts the range in one batch (one undo step).
 */
import { useState } from 'react';
import { columnName } from '@ostal/model';
import { Button, Dialog } from '../ui/index.js';
import type { SortKey } from './sort-range.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';

export interface SortDialogProps {
  readonly labels: SheetsDataLabels;
  /** First and last sheet columns of the range. */
  readonly left: number;
  readonly right: number;
  /** The text of the range's first row in a column (its title when there is a header row). */
  readonly titleOf: (col: number) => string;
  /** Guess for the header checkbox. */
  readonly header: boolean;
  readonly onSort: (header: boolean, keys: SortKey[]) => void;
  readonly onCancel: () => void;
}

const NONE = -1;

export function SortDialog({ labels, left, right, titleOf, header: guess, onSort, onCancel }: SortDialogProps) {
  const [header, setHeader] = useState(guess);
  const [keys, setKeys] = useState<{ col: number; descending: boolean }[]>([
    { col: left, descending: false },
    { col: NONE, descending: false },
    { col: NONE, descending: false },
  ]);
  const columns: number[] = [];
  for (let c = left; c <= right; c += 1) columns.push(c);
  const nameOf = (col: number) => (header && titleOf(col) !== '' ? titleOf(col) : labels.sortColumn(columnName(col)));
  const update = (i: number, change: Partial<{ col: number; descending: boolean }>) => setKeys((all) => all.map((k, j) => (j === i ? { ...k, ...change } : k)));

  return (
    <Dialog
      title={labels.sortTitle}
      onCancel={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{labels.cancel}</Button>
          <Button variant="primary" onClick={() => onSort(header, keys.filter((k) => k.col !== NONE))}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <label className="sheets-sort__row">
        <input type="checkbox" checked={header} onChange={(e) => setHeader(e.target.checked)} /> {labels.sortHeader}
      </label>
      {keys.map((key, i) => (
        <div className="sheets-sort__row" key={i}>
          <label>
            {i === 0 ? labels.sortBy : labels.sortThenBy}{' '}
            <select className="ui-input" value={key.col} onChange={(e) => update(i, { col: Number(e.target.value) })}>
              {i > 0 && <option value={NONE}>{labels.sortNone}</option>}
              {columns.map((c) => (
                <option key={c} value={c}>
                  {nameOf(c)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {labels.sortOrder}{' '}
            <select className="ui-input" value={key.descending ? 'desc' : 'asc'} disabled={key.col === NONE} onChange={(e) => update(i, { descending: e.target.value === 'desc' })}>
              <option value="asc">{labels.sortAscending}</option>
              <option value="desc">{labels.sortDescending}</option>
            </select>
          </label>
        </div>
      ))}
    </Dialog>
  );
}
