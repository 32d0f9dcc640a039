/**
 * Application shortcuts, as in desktop suites: Ctrl+S save, Ctrl+Shift+S save as, Ctrl+W close,
 * Ctrl+O open, Ctrl+N new text document. Ignored while a dialog is open.
 */
import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  readonly save: () => void;
  readonly saveAs: () => void;
  readonly close: () => void;
  readonly open: () => void;
  readonly newText: () => void;
}

/** The action for a key event, or null. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): keyof ShortcutActions | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
  if (event.shiftKey) return null;
  if (key === 'w') return 'close';
  if (key === 'o') return 'open';
  if (key === 'n') return 'newText';
  return null;
}

export function useShortcuts(actions: ShortcutActions, enabled: boolean): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
