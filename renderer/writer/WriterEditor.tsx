/**
 * The word processor view: toolbar + ProseMirror page. The app reads the current document
 * through the handle (`ref`), so nothing is serialised on every keystroke.
 */
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { EditorView } from 'prosemirror-view';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { TextDocument } from '@ostal/model';
import { createWriterState, documentFromState } from './editor-state.js';
import { WriterToolbar } from './WriterToolbar.js';
import type { WriterLabels } from './writer-labels.js';
import { countWords } from './word-count.js';
import { breakViews } from './node-views.js';
import { headerFooterText, pageStyle } from './page-layout.js';
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-tables/style/tables.css';
import './writer.css';

/** What the app can ask of a mounted writer. */
export interface WriterHandle {
  /** The document as it is now, with the metadata it was opened with. */
  getDocument(): TextDocument;
  /** Records the current content as saved: dirty becomes false until the next change. */
  markSaved(): void;
  focus(): void;
}

export interface WriterEditorProps {
  /** Initial content; later changes to this prop are ignored (remount with a new `key` instead). */
  readonly document: TextDocument;
  readonly labels: WriterLabels;
  /** Called when the document becomes different from (or equal again to) the saved content. */
  readonly onDirtyChange?: (dirty: boolean) => void;
  readonly ref?: Ref<WriterHandle>;
  /** When false the editor is hidden in a background tab; it keeps its state. */
  readonly active?: boolean;
}

export function WriterEditor({ document, labels, onDirtyChange, ref, active = true }: WriterEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const savedDocRef = useRef<PMNode | null>(null);
  const dirtyRef = useRef(false);
  const onDirtyRef = useRef(onDirtyChange);
  onDirtyRef.current = onDirtyChange;
  const [state, setState] = useState<EditorState>(() => createWriterState(document));

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return undefined;
    const initial = createWriterState(document);
    savedDocRef.current = initial.doc;
    const view = new EditorView(mount, {
      state: initial,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': labels.textArea,
        class: 'writer-page__content',
        spellcheck: 'true',
        lang: document.meta.language ?? 'fr',
      },
      nodeViews: breakViews(labels),
      handleDOMEvents: {
        // Links are for reading the address, not for leaving the document: no navigation from the editor.
        click: (_view, event) => {
          if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
          return false;
        },
        auxclick: (_view, event) => {
          if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
          return false;
        },
      },
      dispatchTransaction(tr) {
        const next = view.state.apply(tr);
        view.updateState(next);
        setState(next);
        if (tr.docChanged) {
          const dirty = !next.doc.eq(savedDocRef.current ?? next.doc);
          if (dirty !== dirtyRef.current) {
            dirtyRef.current = dirty;
            onDirtyRef.current?.(dirty);
          }
        }
      },
    });
    viewRef.current = view;
    setState(view.state);
    view.focus();
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The document prop is the initial content only.
  }, []);

  useEffect(() => {
    viewRef.current?.setProps({ attributes: { ...viewRef.current.props.attributes, 'aria-label': labels.textArea } });
  }, [labels.textArea]);

  useEffect(() => {
    viewRef.current?.setProps({ nodeViews: breakViews({ pageBreak: labels.pageBreak, columnBreak: labels.columnBreak, sectionBreak: labels.sectionBreak }) });
  }, [labels.pageBreak, labels.columnBreak, labels.sectionBreak]);

  useEffect(() => {
    if (active) viewRef.current?.focus();
  }, [active]);

  useImperativeHandle(
    ref,
    () => ({
      getDocument: () => documentFromState(viewRef.current?.state ?? state, document.meta),
      markSaved: () => {
        savedDocRef.current = viewRef.current?.state.doc ?? null;
        dirtyRef.current = false;
        onDirtyRef.current?.(false);
      },
      focus: () => viewRef.current?.focus(),
    }),
    [state, document.meta],
  );

  const run = (command: Command) => {
    const view = viewRef.current;
    if (!view) return;
    command(view.state, view.dispatch);
    view.focus();
  };

  // Headers and footers are shown, not edited: the first section's default ones.
  const hf = headerFooterText(document);

  return (
    <div className="writer">
      <WriterToolbar state={state} labels={labels} run={run} />
      <div className="writer-desk">
        <div className="writer-page" style={pageStyle(document)}>
          {hf.header !== '' && (
            <div className="writer-page__header" role="note" aria-label={labels.header}>
              {hf.header}
            </div>
          )}
          <div ref={mountRef} />
          {hf.footer !== '' && (
            <div className="writer-page__footer" role="note" aria-label={labels.footer}>
              {hf.footer}
            </div>
          )}
        </div>
      </div>
      <div className="writer-status" aria-live="off">
        {labels.wordCount(countWords(state.doc))}
      </div>
    </div>
  );
}
