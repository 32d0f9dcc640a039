/**
 * Sheet tabs under the grid: one button per sheet (pressed = shown), "+" adds a sheet,
 * double-click or F2 renames in place (Enter keeps, Escape cancels).
 */
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SheetsLabels } from './sheets-labels.js';

export interface SheetTabsProps {
  readonly names: readonly string[];
  readonly current: number;
  readonly labels: SheetsLabels;
  readonly onSelect: (index: number) => void;
  readonly onAdd: () => void;
  /** Returns false when the name was refused. */
  readonly onRename: (index: number, name: string) => boolean;
}

export function SheetTabs({ names, current, labels, onSelect, onAdd, onRename }: SheetTabsProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [refused, setRefused] = useState(false);

  const startRename = (index: number) => {
    setEditing(index);
    setDraft(names[index] ?? '');
    setRefused(false);
  };

  const finish = (keep: boolean) => {
    if (editing === null) return;
    if (keep && draft !== names[editing]) {
      if (!onRename(editing, draft)) {
        setRefused(true);
        return;
      }
    }
    setEditing(null);
    setRefused(false);
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key === 'F2') {
      event.preventDefault();
      startRename(index);
    }
  };

  return (
    <div className="sheets-tabs" role="group" aria-label={labels.sheetTabs}>
      {names.map((name, index) =>
        editing === index ? (
          <input
            key={`edit-${String(index)}`}
            className="ui-input sheets-tabs__rename"
            aria-label={labels.sheetName}
            aria-invalid={refused}
            value={draft}
            autoFocus
            onChange={(event) => {
              setDraft(event.target.value);
              setRefused(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') finish(true);
              else if (event.key === 'Escape') finish(false);
            }}
            onBlur={() => finish(true)}
          />
        ) : (
          <button
            key={name}
            type="button"
            className={`sheets-tabs__tab${index === current ? ' sheets-tabs__tab--current' : ''}`}
            aria-pressed={index === current}
            title={labels.renameHint}
            onClick={() => onSelect(index)}
            onDoubleClick={() => startRename(index)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {name}
          </button>
        ),
      )}
      <button type="button" className="sheets-tabs__add" aria-label={labels.addSheet} title={labels.addSheet} onClick={onAdd}>
        +
      </button>
      {refused ? (
        <span className="sheets-tabs__error" role="alert">
          {labels.invalidSheetName}
        </span>
      ) : null}
    </div>
  );
}
