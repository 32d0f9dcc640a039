/**
 * The endnotes shown after the text, as Word and LibreOffice show them at the end of the
 * document: a separator, then each endnote in document order with its number (in the document's
 * endnote format, lower-case roman by default, as the citations in `note-views.ts`) or custom mark
 * and its text.
 * Read-only here: a double-click or Enter on one opens the note editor (`NoteEditorDialog.tsx`).
 */
import { useEffect, useMemo, useRef } from 'react';
import { DOMSerializer } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { noteCitation, noteNumbers } from '@ostal/model';
import type { NoteAt } from './note-edit.js';
import { endnotesOf } from './endnote-list.js';
import { pageViewInfo } from './page-view-plugin.js';
import type { WriterLabels } from './writer-labels.js';

function NoteText({ node }: { node: PMNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(DOMSerializer.fromSchema(node.type.schema).serializeFragment(node.content));
  }, [node]);
  return <div ref={ref} className="writer-endnotes__text" />;
}

export function EndnotesArea({ state, labels, onEdit }: { state: EditorState; labels: WriterLabels; onEdit: (note: NoteAt) => void }) {
  const notes = useMemo(() => endnotesOf(state.doc), [state.doc]);
  if (notes.length === 0) return null;
  const numbers = noteNumbers(state.doc, pageViewInfo(state).starts);
  return (
    <section className="writer-endnotes" aria-label={labels.fields.endnotes}>
      <ol className="writer-endnotes__list">
        {notes.map((note) => {
          const n = numbers.get(note.node);
          const mark = noteCitation(state.doc, note.node, n);
          return (
            <li
              key={note.pos}
              className="writer-endnotes__note"
              tabIndex={0}
              aria-label={`${labels.notes.endnote} ${mark}`}
              title={labels.more.editNote}
              onDoubleClick={() => onEdit(note)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                onEdit(note);
              }}
            >
              <span className="writer-endnotes__mark">{mark}</span>
              <NoteText node={note.node} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
