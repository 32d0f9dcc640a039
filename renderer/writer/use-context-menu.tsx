/**
 * The text's context menu and the spelling it shows (`use-spelling.tsx`): a right click
 * (`writer-dom-events.ts`), Shift+F10 or the Menu key open it at the pointer or the cursor, with
 * the misspelt word's suggestions first once the spelling worker gave them.
 */
import { useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode, RefObject } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { ContextMenu } from './ContextMenu.js';
import { useSpelling } from './use-spelling.js';
import type { WriterLabels } from './writer-labels.js';
import { syncSelectionFromPage } from './dom-selection.js';

export interface UseContextMenuOptions {
  readonly viewRef: RefObject<EditorView | null>;
  /** The document's language tag (text without its own language is in it). */
  readonly documentLang: string | null;
  /** Words the user's personal dictionary holds. */
  readonly personalWords: readonly string[];
  /** Adds a word to the personal dictionary; without it, no "Ajouter au dictionnaire". */
  readonly onAddWord: ((word: string) => void) | undefined;
  readonly labels: WriterLabels;
}

/** What the menu's own items do beyond editing: dialogs, panes, notices. */
export interface ContextMenuActions {
  readonly onParagraph: () => void;
  readonly onLink: () => void;
  readonly onComment: () => void;
  readonly onEditNote?: () => void;
  /** Edits the selected field; rebuilds the table of contents holding the cursor. */
  readonly onEditField?: () => void;
  readonly onUpdateToc?: () => void;
  readonly onNotice: (message: string) => void;
}

export function useContextMenu({ viewRef, documentLang, personalWords, onAddWord, labels }: UseContextMenuOptions) {
  const spelling = useSpelling({ documentLang, personalWords, onAddWord, labels: labels.spelling });
  // Where the menu is open, or null.
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);

  /** Opens the menu at viewport point (x, y) for document position `pos`. */
  const openAt = (view: EditorView, pos: number, x: number, y: number) => spelling.prepareMenu(view, pos, () => setAt({ x, y }));

  /** Shift+F10 or the Menu key in the text: the menu at the cursor. True when the key was one. */
  const onKeyDown = (event: ReactKeyboardEvent): boolean => {
    const view = viewRef.current;
    if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) || !view || event.target !== view.dom) return false;
    syncSelectionFromPage(view);
    const c = view.coordsAtPos(view.state.selection.head);
    openAt(view, view.state.selection.head, c.left, c.bottom);
    event.preventDefault();
    return true;
  };

  const render = (state: EditorState, actions: ContextMenuActions): ReactNode => {
    const view = viewRef.current;
    if (!at || !view) return null;
    return (
      <ContextMenu
        view={view}
        state={state}
        labels={labels}
        at={at}
        spelling={spelling.menu(view)}
        onClose={() => {
          setAt(null);
          spelling.closeMenu();
        }}
        onParagraph={actions.onParagraph}
        onLink={actions.onLink}
        onComment={actions.onComment}
        onEditNote={actions.onEditNote}
        onEditField={actions.onEditField}
        onUpdateToc={actions.onUpdateToc}
        onNotice={actions.onNotice}
      />
    );
  };

  return { plugin: spelling.plugin, openAt, onKeyDown, render };
}
