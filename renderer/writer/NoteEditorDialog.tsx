/**
 * The dialog editing a footnote's or endnote's text (`note-edit.ts`): a small editor of its own
 * holding the note's blocks as they are — every paragraph, with its run formatting (Ctrl+B,
 * Ctrl+I and the rest of the text keymap work in it, with its own undo) — written back to the
 * document as one step on "OK". Its pictures are drawn as the body draws them (`image-view.ts`).
 */
import { useEffect, useRef, useState } from 'react';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Fragment, Node as PMNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { Button, Dialog } from '../ui/index.js';
import { writerBaseKeymap, writerKeymap } from './keymap.js';
import type { WriterMoreLabels } from './writer-more-labels.js';
import { imageView } from './image-view.js';
import type { ImageViewLabels, MediaUrls } from './image-view.js';

export interface NoteEditorDialogProps {
  /** The note being edited. */
  readonly note: PMNode;
  readonly labels: WriterMoreLabels;
  /** The document's pictures (a note may hold one). */
  readonly pictures: { readonly urls: MediaUrls; readonly labels: ImageViewLabels };
  readonly onSubmit: (content: Fragment) => void;
  readonly onClose: () => void;
}

export function NoteEditorDialog({ note, labels, pictures, onSubmit, onClose }: NoteEditorDialogProps) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [empty, setEmpty] = useState(note.textContent.trim() === '');
  const title = note.attrs.kind === 'endnote' ? labels.editEndnote : labels.editFootnote;
  useEffect(() => {
    if (!mount.current) return undefined;
    const schema = note.type.schema;
    const v = new EditorView(mount.current, {
      state: EditorState.create({
        doc: schema.topNodeType.create(null, note.content),
        plugins: [keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), writerKeymap(), writerBaseKeymap(), history()],
      }),
      nodeViews: { image: (node) => imageView(node, pictures.urls, pictures.labels) },
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': labels.noteText, class: 'writer-note-editor__content' },
      dispatchTransaction(tr) {
        const next = v.state.apply(tr);
        v.updateState(next);
        setEmpty(next.doc.textContent.trim() === '');
      },
    });
    view.current = v;
    v.focus();
    return () => {
      v.destroy();
      view.current = null;
    };
    // The note is the initial content: the dialog is opened anew for another note.
  }, []);
  const submit = () => {
    if (view.current) onSubmit(view.current.state.doc.content);
  };
  return (
    <Dialog
      title={title}
      onCancel={onClose}
      initialFocus=".writer-note-editor__content"
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" disabled={empty} onClick={submit}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <div className="writer-note-editor" ref={mount} />
    </Dialog>
  );
}
