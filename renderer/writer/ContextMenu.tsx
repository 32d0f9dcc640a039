/**
 * The text's context menu: right click, Shift+F10 or the Menu key. Over a misspelt word, its
 * suggestions first, then Ignorer tout and Ajouter au dictionnaire. Couper / Copier / Coller,
 * Paragraphe…, Lien…, Nouveau commentaire, and the row and column operations when the cursor is
 * in a table. A `role=menu`: arrows, Home/End, Enter, Escape (the focus goes back to the text).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { TABLE_ACTIONS, TABLE_COMMANDS } from './table-commands.js';
import { selectedNote } from './note-edit.js';
import { selectedField } from './field-commands.js';
import { inTableOfContents } from './toc-commands.js';
import type { WriterLabels } from './writer-labels.js';

export interface ContextMenuLabels {
  readonly menu: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  /** Notice when the clipboard cannot be read (browser permission): "Utilisez Ctrl+V pour coller". */
  readonly pasteBlocked: string;
}

/** The spelling part of the menu, over a misspelt word. */
export interface SpellingMenu {
  readonly suggestions: readonly string[];
  readonly noSuggestions: string;
  readonly ignoreAll: string;
  /** Null: no personal dictionary to add to. */
  readonly addToDictionary: string | null;
  readonly onReplace: (suggestion: string) => void;
  readonly onIgnore: () => void;
  readonly onAdd: () => void;
}

export interface ContextMenuProps {
  /** Suggestions and spelling actions when the menu opened over a misspelt word. */
  readonly spelling?: SpellingMenu | undefined;
  readonly view: EditorView;
  readonly state: EditorState;
  readonly labels: WriterLabels;
  /** Where it opens, in viewport pixels. */
  readonly at: { readonly x: number; readonly y: number };
  readonly onParagraph: () => void;
  readonly onLink: () => void;
  readonly onComment: () => void;
  /** Edits the selected footnote or endnote (note-edit.ts); offered when one is selected. */
  readonly onEditNote?: (() => void) | undefined;
  /** Edits the selected field ("Modifier le champ…"); offered when one is selected. */
  readonly onEditField?: (() => void) | undefined;
  /** Rebuilds the tables of contents from the headings; offered when the cursor is in one. */
  readonly onUpdateToc?: (() => void) | undefined;
  readonly onNotice: (message: string) => void;
  readonly onClose: () => void;
}

interface Item {
  readonly label: string;
  readonly enabled: boolean;
  readonly act: () => void;
  readonly separator?: boolean;
  /** A spelling suggestion (shown bold, as Word does). */
  readonly strong?: boolean;
}

/** Puts the menu's top-left corner so that it stays in the window. */
function placed(at: { x: number; y: number }, el: HTMLElement | null): { left: number; top: number } {
  const w = el?.offsetWidth ?? 220;
  const h = el?.offsetHeight ?? 300;
  return { left: Math.max(0, Math.min(at.x, window.innerWidth - w - 4)), top: Math.max(0, Math.min(at.y, window.innerHeight - h - 4)) };
}

export function ContextMenu({ view, state: shownState, labels, at, spelling, onParagraph, onLink, onComment, onEditNote, onEditField, onUpdateToc, onNotice, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLUListElement>(null);
  const [pos, setPos] = useState(() => placed(at, null));
  const c = labels.contextMenu;
  // The editor's own state: the one React shows may not have caught up with a selection just
  // read back from the page when the menu opened.
  const state = view.isDestroyed ? shownState : view.state;
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
  const items: Item[] = [];
  if (spelling) {
    for (const suggestion of spelling.suggestions) items.push({ label: suggestion, enabled: view.editable, act: () => spelling.onReplace(suggestion), strong: true });
    if (spelling.suggestions.length === 0) items.push({ label: spelling.noSuggestions, enabled: false, act: () => undefined });
    items.push({ label: spelling.ignoreAll, enabled: true, act: spelling.onIgnore, separator: true });
    if (spelling.addToDictionary !== null) items.push({ label: spelling.addToDictionary, enabled: true, act: spelling.onAdd });
  }
  items.push(
    { label: c.cut, enabled: hasSelection && view.editable, act: exec('cut'), separator: spelling !== undefined },
    { label: c.copy, enabled: hasSelection, act: exec('copy') },
    { label: c.paste, enabled: view.editable, act: paste },
    { label: labels.more.paragraph, enabled: view.editable, act: onParagraph, separator: true },
    { label: labels.more.link, enabled: view.editable, act: onLink },
    { label: labels.review.newComment, enabled: view.editable, act: onComment },
  );
  if (onEditNote && selectedNote(state)) items.push({ label: labels.more.editNote, enabled: view.editable, act: onEditNote, separator: true });
  if (onEditField && selectedField(state)) items.push({ label: labels.fields.edit, enabled: view.editable, act: onEditField, separator: true });
  if (onUpdateToc && inTableOfContents(state)) items.push({ label: labels.more.updateToc, enabled: view.editable, act: onUpdateToc, separator: true });
  const table = TABLE_ACTIONS.filter((a) => TABLE_COMMANDS[a](state));
  table.forEach((action, i) => items.push({ label: labels.tableActions[action], enabled: true, act: () => TABLE_COMMANDS[action](view.state, view.dispatch), separator: i === 0 }));
  const enabled = items.map((item, i) => (item.enabled ? i : -1)).filter((i) => i >= 0);
  // The active item starts on the first enabled one; the ref lets keys pressed before React
  // renders again act on the item they moved to.
  const [active, setActiveState] = useState(() => enabled[0] ?? 0);
  const activeRef = useRef(active);
  const setActive = (i: number): void => {
    activeRef.current = i;
    setActiveState(i);
  };

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
    const current = activeRef.current;
    const k = enabled.indexOf(current);
    if (e.key === 'ArrowDown') setActive(enabled[(k + 1) % enabled.length] ?? current);
    else if (e.key === 'ArrowUp') setActive(enabled[(k - 1 + enabled.length) % enabled.length] ?? current);
    else if (e.key === 'Home') setActive(enabled[0] ?? current);
    else if (e.key === 'End') setActive(enabled[enabled.length - 1] ?? current);
    else if (e.key === 'Enter' || e.key === ' ') run(items[current]);
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
          key={`${String(i)}-${item.label}`}
          id={`writer-context-item-${String(i)}`}
          role="menuitem"
          aria-disabled={!item.enabled || undefined}
          className={`writer-context-menu__item${i === active ? ' writer-context-menu__item--active' : ''}${item.separator ? ' writer-context-menu__item--separated' : ''}${item.strong ? ' writer-context-menu__item--strong' : ''}`}
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
