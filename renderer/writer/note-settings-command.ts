/**
 * Changing the document's footnote and endnote settings (number format, start value, restart,
 * endnote position; model: `text-note-settings.ts`) from the "Notes…" dialog
 * (`NoteSettingsDialog.tsx`): one step, undone at once, the citations renumbered on screen.
 */
import { compactNoteSettings } from '@ostal/model';
import type { NoteSettings } from '@ostal/model';
import type { Command } from 'prosemirror-state';
import { UNTRACKED_META } from './track-changes.js';

/** Sets the note settings of the document; does nothing when they are the same. */
export function setNoteSettings(settings: NoteSettings): Command {
  return (state, dispatch) => {
    const next = compactNoteSettings(settings);
    const current = (state.doc.attrs.notes as NoteSettings | null | undefined) ?? null;
    if (JSON.stringify(next) === JSON.stringify(current)) return false;
    // A document setting, as the page setup: not recorded as a tracked change.
    if (dispatch) dispatch(state.tr.setDocAttribute('notes', next).setMeta(UNTRACKED_META, true).scrollIntoView());
    return true;
  };
}
