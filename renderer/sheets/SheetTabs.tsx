/**
 * Sheet tabs under the grid: one button per visible sheet (pressed = shown, with its tab colour),
 * "+" adds a sheet, double-click or F2 renames in place (Enter keeps, Escape cancels), a right
 * click or Shift+F10 opens the sheet's menu, dragging a tab or Alt+Shift+Left/Right moves it.
 */
import { useEffect, useState } from 'react';
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
  /** Tab colour of each sheet (`#RRGGBB`). */
  readonly colors?: readonly (string | undefined)[];
  /** Sheets not shown as tabs (hidden). */
  readonly hidden?: readonly boolean[];
  /** Opens the sheet's menu at a point; `returnFocus` puts the focus back on its tab. */
  readonly onMenu?: (index: number, x: number, y: number, returnFocus: () => void) => void;
  /** Moves a sheet to another position. */
  readonly onMove?: (from: number, to: number) => void;
  /** Starts renaming this sheet when `n` changes (the menu's Rename). */
  readonly renameRequest?: { readonly index: number; readonly n: number };
}

export function SheetTabs({ names, current, labels, onSelect, onAdd, onRename, colors, hidden, onMenu, onMove, renameRequest }: SheetTabsProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [refused, setRefused] = useState(false);
  const [dragged, setDragged] = useState<number | null>(null);
  const visible = names.map((_, i) => i).filter((i) => !hidden?.[i]);

  useEffect(() => {
    if (renameRequest) startRename(renameRequest.index);
    // Only a new request starts renaming.
  }, [renameRequest?.n]);

  const focusTab = (index: number) => {
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.sheets-tabs [data-sheet-index="${String(index)}"]`)?.focus());
  };

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
    } else if ((event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu') {
      event.preventDefault();
      const rect = event.currentTarget.getBoundingClientRect();
      onMenu?.(index, rect.left, rect.top, () => focusTab(index));
    } else if (event.altKey && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && onMove) {
      event.preventDefault();
      const to = visible[visible.indexOf(index) + (event.key === 'ArrowLeft' ? -1 : 1)];
      if (to !== undefined) {
        onMove(index, to);
        focusTab(to);
      }
    }
  };

  return (
    <div className="sheets-tabs" role="group" aria-label={labels.sheetTabs}>
      {names.map((name, index) =>
        hidden?.[index] ? null : editing === index ? (
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
            title={`${labels.renameHint}. ${labels.ui.moveHint}`}
            data-sheet-index={index}
            style={colors?.[index] ? { borderBottom: `4px solid ${colors[index]}` } : undefined}
            draggable={onMove !== undefined}
            onClick={() => onSelect(index)}
            onDoubleClick={() => startRename(index)}
            onKeyDown={(event) => onTabKey(event, index)}
            onContextMenu={(event) => {
              if (!onMenu) return;
              event.preventDefault();
              onMenu(index, event.clientX, event.clientY, () => focusTab(index));
            }}
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', name);
            }}
            onDragOver={(event) => {
              if (dragged !== null && dragged !== index) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged !== null && dragged !== index) onMove?.(dragged, index);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
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
