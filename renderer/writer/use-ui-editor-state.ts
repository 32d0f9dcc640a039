/**
 * The editor state the React parts of the writer show (ribbon, panes, status line), kept apart
 * from ProseMirror's own. Every React commit while the cursor is in the text makes React read
 * the page's selection as character offsets from the start of the editor, which walks the whole
 * document: on a long one, re-rendering on each keystroke cost tens of milliseconds per key. So
 * while the user types (a transaction changing the text with one step and leaving an empty
 * selection) the shown state follows after a short pause, or at least every second; anything
 * else (a click, a command, a selection) shows at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorState, Transaction } from 'prosemirror-state';

/** Pause in typing after which the ribbon and status line catch up. */
export const TYPING_PAUSE_MS = 150;
/** Longest the ribbon and status line lag behind continuous typing. */
export const TYPING_MAX_LAG_MS = 1000;

/** True for a transaction of typing: one step changing the text, the cursor left collapsed. */
export function isTyping(tr: Transaction, next: EditorState): boolean {
  return tr.docChanged && tr.steps.length === 1 && next.selection.empty;
}

export function useUiEditorState(initial: () => EditorState): [EditorState, (next: EditorState, tr?: Transaction) => void] {
  const [state, setState] = useState<EditorState>(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<EditorState | null>(null);
  const since = useRef(0);
  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) setState(next);
  }, []);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);
  const show = useCallback(
    (next: EditorState, tr?: Transaction) => {
      if (!tr || !isTyping(tr, next)) {
        pending.current = null;
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = null;
        setState(next);
        return;
      }
      const now = Date.now();
      if (pending.current === null) since.current = now;
      pending.current = next;
      if (now - since.current >= TYPING_MAX_LAG_MS) return flush();
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, TYPING_PAUSE_MS);
    },
    [flush],
  );
  return [state, show];
}
