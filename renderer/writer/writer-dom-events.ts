/**
 * The writer's handlers of the editable area's DOM events (ProseMirror `handleDOMEvents`):
 * links never navigate (Ctrl+click asks first), the format painter lays its format on mouse
 * selections, a right click keeps the selection it falls in and opens the text's context menu.
 */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { RefObject } from 'react';
import { pasteFormat } from './format-painter.js';
import type { CopiedFormat } from './format-painter.js';
import { syncSelectionFromPage } from './dom-selection.js';

export interface WriterDomContext {
  /** Follows a link after a confirmation (`#bookmark` moves the cursor). */
  readonly openLinkRef: RefObject<(href: string) => void>;
  /** The format painter's copied format while it is armed. */
  readonly painterRef: RefObject<CopiedFormat | null>;
  readonly disarmPainter: () => void;
  /** True while a long document is still arriving. */
  readonly loadingRef: RefObject<boolean>;
  /** Opens the context menu at viewport point (x, y) for document position `pos`. */
  readonly openMenu: (view: EditorView, pos: number, x: number, y: number) => void;
}

export function writerDomEvents(ctx: WriterDomContext) {
  return {
    // Links are for reading the address, not for leaving the document: no navigation from the editor.
    // Ctrl+click follows the link, after a confirmation (the app window never navigates).
    click: (_view: EditorView, event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (anchor) {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
          ctx.openLinkRef.current(anchor.getAttribute('href') ?? '');
          return true;
        }
      }
      return false;
    },
    // The format painter lays its format on the text selected with the mouse.
    mouseup: (view: EditorView) => {
      if (!ctx.painterRef.current) return false;
      window.setTimeout(() => {
        const copied = ctx.painterRef.current;
        if (!copied || view.isDestroyed || view.state.selection.empty) return;
        pasteFormat(copied)(view.state, view.dispatch);
        ctx.disarmPainter();
      }, 0);
      return false;
    },
    // A right click inside the selection keeps it (for the context menu's Couper/Copier):
    // neither the browser nor ProseMirror may move the cursor to the click first.
    mousedown: (view: EditorView, event: MouseEvent) => {
      if (event.button !== 2 || ctx.loadingRef.current) return false;
      syncSelectionFromPage(view);
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      const { from, to, empty } = view.state.selection;
      if (!at || empty || at.pos < from || at.pos > to) return false;
      event.preventDefault();
      return true;
    },
    // The text's own context menu; a right click outside the selection moves the cursor there first.
    contextmenu: (view: EditorView, event: MouseEvent) => {
      if (ctx.loadingRef.current) return false;
      // The selection the user sees (the DOM's may not have reached the state yet).
      syncSelectionFromPage(view);
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      const { from, to } = view.state.selection;
      if (at && (at.pos < from || at.pos > to)) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
      event.preventDefault();
      ctx.openMenu(view, at?.pos ?? view.state.selection.head, event.clientX, event.clientY);
      return true;
    },
    auxclick: (_view: EditorView, event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
      return false;
    },
  };
}
