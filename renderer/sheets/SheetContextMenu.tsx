/**
 * A context menu (role=menu) at a point: for a cell, row or column headers, or a sheet tab. It
 * takes the focus on its first item; Up/Down/Home/End move, Enter or Space chooses, Escape or a
 * click elsewhere closes, and the focus goes back to where it was (the grid or the tab).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

export type MenuEntry =
  | { readonly kind?: 'item'; readonly label: string; readonly onSelect: () => void; readonly disabled?: boolean; readonly checked?: boolean; readonly swatch?: string }
  | { readonly kind: 'separator' };

export interface SheetContextMenuProps {
  /** Accessible name, e.g. "Menu des lignes". */
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly entries: readonly MenuEntry[];
  readonly onClose: () => void;
}

export function SheetContextMenu({ label, x, y, entries, onClose }: SheetContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: x, top: y });

  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const rect = menu.getBoundingClientRect();
    setPosition({ left: Math.max(0, Math.min(x, window.innerWidth - rect.width - 4)), top: Math.max(0, Math.min(y, window.innerHeight - rect.height - 4)) });
    menu.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [x, y]);

  useEffect(() => {
    const onPointer = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onPointer, true);
    return () => document.removeEventListener('mousedown', onPointer, true);
  }, [onClose]);

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = list[(index + 1) % list.length];
    else if (event.key === 'ArrowUp') next = list[(index - 1 + list.length) % list.length];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  };

  return (
    <div ref={ref} role="menu" aria-label={label} className="sheets-menu" style={{ left: position.left, top: position.top }} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {entries.map((entry, i) =>
        entry.kind === 'separator' ? (
          <div key={`sep-${String(i)}`} role="separator" className="sheets-menu__separator" />
        ) : (
          <button
            key={entry.label}
            type="button"
            role={entry.checked === undefined ? 'menuitem' : 'menuitemradio'}
            aria-checked={entry.checked}
            aria-disabled={entry.disabled ? true : undefined}
            tabIndex={-1}
            className="sheets-menu__item"
            onClick={() => {
              if (entry.disabled) return;
              onClose();
              entry.onSelect();
            }}
          >
            {entry.swatch !== undefined ? <span aria-hidden="true" className="sheets-menu__swatch" style={{ background: entry.swatch || 'transparent' }} /> : null}
            {entry.label}
          </button>
        ),
      )}
    </div>
  );
}
