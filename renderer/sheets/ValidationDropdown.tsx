/**
 * The drop-down of a cell with a data validation list: an arrow at the cell's right edge (drawn
 * by the grid's `sheets-cell--list` class); clicking it or Alt+Down opens the choices as a
 * listbox under the cell (arrows, Enter or click picks, Escape closes). Picking sets the cell in
 * one batch.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent } from 'react';
import type { GridAdapter } from './grid-adapter.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';

export interface ValidationDropdownProps {
  readonly host: HTMLElement | null;
  readonly grid: () => GridAdapter | null;
  readonly active: boolean;
  /** The choices of a cell's list, or undefined when it has none. */
  readonly choicesAt: (row: number, col: number) => string[] | undefined;
  readonly onPick: (row: number, col: number, text: string) => void;
  readonly labels: SheetsDataLabels;
}

interface Open {
  readonly row: number;
  readonly col: number;
  readonly choices: string[];
  readonly left: number;
  readonly top: number;
}

const ARROW_WIDTH = 18;

export function ValidationDropdown({ host, grid, active, choicesAt, onPick, labels }: ValidationDropdownProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const [current, setCurrent] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const ctx = useRef({ grid, choicesAt });
  ctx.current = { grid, choicesAt };

  const openAt = (row: number, col: number) => {
    const choices = ctx.current.choicesAt(row, col);
    const cell = ctx.current.grid()?.cellElement(row, col);
    if (!choices || choices.length === 0 || !cell) return;
    const rect = cell.getBoundingClientRect();
    setCurrent(0);
    setOpen({ row, col, choices, left: rect.left, top: rect.bottom });
  };

  useEffect(() => {
    if (!host || !active) return undefined;
    const doc = host.ownerDocument;
    const onClick = (event: MouseEvent) => {
      const td = event.target instanceof HTMLElement ? event.target.closest('td.sheets-cell--list') : null;
      if (!td || !host.contains(td)) return;
      if (event.clientX < td.getBoundingClientRect().right - ARROW_WIDTH) return;
      const at = ctx.current.grid()?.selection?.();
      if (at) openAt(at.top, at.left);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.key !== 'ArrowDown') return;
      const target = event.target;
      if (target instanceof HTMLElement && target !== doc.body && !host.contains(target)) return;
      if (target instanceof HTMLTextAreaElement && target.value !== '') return;
      const at = ctx.current.grid()?.selection?.();
      if (!at || !ctx.current.choicesAt(at.top, at.left)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      openAt(at.top, at.left);
    };
    doc.addEventListener('click', onClick, true);
    doc.defaultView?.addEventListener('keydown', onKey, true);
    return () => {
      doc.removeEventListener('click', onClick, true);
      doc.defaultView?.removeEventListener('keydown', onKey, true);
    };
  }, [host, active]);

  useEffect(() => {
    if (open) listRef.current?.focus();
  }, [open]);

  if (!open || !host) return null;

  const close = () => {
    setOpen(null);
    ctx.current.grid()?.focus();
  };
  const pick = (index: number) => {
    const choice = open.choices[index];
    if (choice === undefined) return;
    onPick(open.row, open.col, choice);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const n = open.choices.length;
    if (event.key === 'ArrowDown') setCurrent((current + 1) % n);
    else if (event.key === 'ArrowUp') setCurrent((current - 1 + n) % n);
    else if (event.key === 'Home') setCurrent(0);
    else if (event.key === 'End') setCurrent(n - 1);
    else if (event.key === 'Enter' || event.key === ' ') pick(current);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return createPortal(
    <ul
      ref={listRef}
      className="sheets-validation-list"
      role="listbox"
      aria-label={labels.validationList}
      tabIndex={-1}
      aria-activedescendant={`${id}-${String(current)}`}
      style={{ left: open.left, top: open.top }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(null);
      }}
    >
      {open.choices.map((choice, i) => (
        <li
          key={choice}
          id={`${id}-${String(i)}`}
          role="option"
          aria-selected={i === current}
          className="sheets-formula-assist__option"
          onMouseDown={(event) => {
            event.preventDefault();
            pick(i);
          }}
        >
          {choice}
        </li>
      ))}
    </ul>,
    host.ownerDocument.body,
  );
}
