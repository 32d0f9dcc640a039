/**
 * Changing the footnote and endnote settings (number format, start value, restart, endnote
 * position; model: `text-note-settings.ts`) from the "Notes…" dialog (`NoteSettingsDialog.tsx`),
 * as Word's "Appliquer à": to the whole document (the document's settings, and no section keeps
 * settings of its own) or to one section (that section's own settings, `SectionProps.notes`).
 * One step, undone at once, the citations renumbered on screen.
 */
import { compactNoteSettings, noteSettingsOf, textSchema } from '@ostal/model';
import type { NoteSettings, SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Command, Transaction } from 'prosemirror-state';
import { sectionAt, sectionHolders } from './story-sections.js';
import type { SectionHolder } from './story-sections.js';
import { UNTRACKED_META } from './track-changes.js';

/** Where the settings go: the whole document, or section `n` (0: the first). */
export type NoteSettingsScope = 'document' | { readonly section: number };

/** The settings notes follow in section `index`: its own kinds over the document's. */
export function sectionNoteSettings(doc: PMNode, index: number): NoteSettings {
  return { ...noteSettingsOf(doc), ...(sectionAt(doc, index)?.notes ?? {}) };
}

/** True when a section has settings of its own. */
export function hasSectionNoteSettings(doc: PMNode, index: number): boolean {
  return sectionAt(doc, index)?.notes !== undefined;
}

const propsOf = (doc: PMNode, holder: SectionHolder): SectionProps | null =>
  ((holder === 'doc' ? doc.attrs.section : doc.nodeAt(holder)?.attrs.section) as SectionProps | null | undefined) ?? null;

function setProps(tr: Transaction, holder: SectionHolder, props: SectionProps | null): void {
  if (holder === 'doc') tr.setDocAttribute('section', props);
  else tr.setNodeMarkup(holder, textSchema.nodes.section_break, { ...tr.doc.nodeAt(holder)!.attrs, section: props });
}

/** Sets the note settings of the document or of one section; does nothing when they are the same. */
export function setNoteSettings(settings: NoteSettings, scope: NoteSettingsScope = 'document'): Command {
  return (state, dispatch) => {
    const doc = state.doc;
    const holders = sectionHolders(doc);
    // A document setting, as the page setup: not recorded as a tracked change.
    const tr = state.tr.setMeta(UNTRACKED_META, true);
    if (scope === 'document') {
      const next = compactNoteSettings(settings);
      const current = (doc.attrs.notes as NoteSettings | null | undefined) ?? null;
      if (JSON.stringify(next) !== JSON.stringify(current)) tr.setDocAttribute('notes', next);
      for (const holder of holders) {
        const props = propsOf(doc, holder);
        if (props?.notes === undefined) continue;
        const { notes: _own, ...rest } = props;
        setProps(tr, holder, rest);
      }
    } else {
      const holder = holders[Math.min(Math.max(0, scope.section), holders.length - 1)]!;
      const props = propsOf(doc, holder);
      const own = { footnote: settings.footnote, endnote: settings.endnote };
      if (JSON.stringify(props?.notes) !== JSON.stringify(own)) setProps(tr, holder, { ...(props ?? {}), notes: own });
    }
    if (!tr.docChanged) return false;
    if (dispatch) dispatch(tr.scrollIntoView());
    return true;
  };
}
