/**
 * The text's context menu: right click, Shift+F10 or the Menu key. Couper / Copier / Coller,
 * Paragraphe…, Lien…, Nouveau commentaire, and the row and column operations when the cursor is
 * in a table. A `role=menu`: arrows, Home/End, Enter, Escape (the focus goes back to the text).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { TABLE_ACTIONS, TABLE_COMMANDS } from './table-commands.js';
import type { WriterLabels } from './writer-labels.js';

export interface ContextMenuLabels {
  readonly menu: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  /** Notice when the clipboard cannot be read (browser permission): "Utilisez Ctrl+V pour coller". */
  readonly pasteBlocked: string;
}

export interface ContextMenuProps {
  readonly view: EditorView;
  readonly state: EditorState;
  readonly labels: WriterLabels;
  /** Where it opens, in viewport pixels. */
  readonly at: { readonly x: number; readonly y: number };
  readonly onParagraph: () => void;
  readonly onLink: () => void;
  readonly onComment: () => void;
  readonly onNotice: (message: string) => void;
  readonly onClose: () => void;
}

interface Item {
  readonly label: string;
  readonly enabled: boolean;
  readonly act: () => void;
  readonly separator?: boolean;
}

/** Puts the menu's top-left corner so that it stays in the window. */
function placed(at: { x: number; y: number }, el: HTMLElement | null): { left: number; top: number } {
  const w = el?.offsetWidth ?? 220;
  const h = el?.offsetHeight ?? 300;
  return { left: Math.max(0, Math.min(at.x, window.innerWidth - w - 4)), top: Math.max(0, Math.min(at.y, window.innerHeight - h - 4)) };
}

export function ContextMenu({ view, state, labels, at, onParagraph, onLink, onComment, onNotice, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const [pos, setPos] = useState(() => placed(at, null));
  const c = labels.contextMenu;
  const hasSelection = !state.selection.empty;
  const close = () => {
    onClose();
    view.focus();
  };
  const exec = (command: 'cut' | 'copy') => () => {
    view.focus();
    document.execCommand(command);
  };
  const paste = () => {
    view.focus();
    const clipboard = (navigator as Navigator & { clipboard?: Clipboard }).clipboard;
    if (!clipboard?.readText) {
      onNotice(c.pasteBlocked);
      return;
    }
    clipboard.readText().then(
      (text) => {
        if (!view.isDestroyed) view.pasteText(text);
      },
      () => onNotice(c.pasteBlocked),
    );
  };
  const items: Item[] = [
    { label: c.cut, enabled: hasSelection && view.editable, act: exec('cut') },
    { label: c.copy, enabled: hasSelection, act: exec('copy') },
    { label: c.paste, enabled: view.editable, act: paste },
    { label: labels.more.paragraph, enabled: view.editable, act: onParagraph, separator: true },
    { label: labels.more.link, enabled: view.editable, act: onLink },
    { label: labels.review.newComment, enabled: view.editable, act: onComment },
  ];
  const table = TABLE_ACTIONS.filter((a) => TABLE_COMMANDS[a](state));
  table.forEach((action, i) => items.push({ label: labels.tableActions[action], enabled: true, act: () => TABLE_COMMANDS[action](view.state, view.dispatch), separator: i === 0 }));
  const enabled = items.map((item, i) => (item.enabled ? i : -1)).filter((i) => i >= 0);

  useEffect(() => {
    setPos(placed(at, menu.current));
    setActive(enabled[0] ?? 0);
    menu.current?.focus();
    // Opened once per position.
  }, [at.x, at.y]);

  const run = (item: Item | undefined) => {
    if (!item?.enabled) return;
    onClose();
    item.act();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const k = enabled.indexOf(active);
    if (e.key === 'ArrowDown') setActive(enabled[(k + 1) % enabled.length] ?? active);
    else if (e.key === 'ArrowUp') setActive(enabled[(k - 1 + enabled.length) % enabled.length] ?? active);
    else if (e.key === 'Home') setActive(enabled[0] ?? active);
    else if (e.key === 'End') setActive(enabled[enabled.length - 1] ?? active);
    else if (e.key === 'Enter' || e.key === ' ') run(items[active]);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <ul
      ref={menu}
      role="menu"
      aria-label={c.menu}
      tabIndex={-1}
      className="writer-context-menu"
      style={{ left: pos.left, top: pos.top }}
      aria-activedescendant={`writer-context-item-${String(active)}`}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) onClose();
      }}
    >
      {items.map((item, i) => (
        <li
          key={item.label}
          id={`writer-context-item-${String(i)}`}
          role="menuitem"
          aria-disabled={!item.enabled || undefined}
          className={`writer-context-menu__item${i === active ? ' writer-context-menu__item--active' : ''}${item.separator ? ' writer-context-menu__item--separated' : ''}`}
          onMouseEnter={() => item.enabled && setActive(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => run(item)}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}
