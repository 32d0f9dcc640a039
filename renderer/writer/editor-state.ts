/** Builds the EditorState of a text document with the writer's plugins. */
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { columnResizing, tableEditing } from 'prosemirror-tables';
import type { Node as PMNode } from 'prosemirror-model';
import { textDocumentFromNode, textDocumentToNode } from '@ostal/model';
import type { DocumentMeta, TextDocument, TextMedia } from '@ostal/model';
import { writerInputRules } from './input-rules.js';
import { writerBaseKeymap, writerKeymap } from './keymap.js';
import { WriterTableView } from './node-views.js';
import { searchPlugin } from './find-replace.js';
import { trackChangesPlugin } from './track-changes.js';
import { outlineNumbersPlugin } from './outline-numbers.js';
import { sectionColumnsPlugin } from './section-columns-view.js';
import { dropCursorPlugin } from './drop-cursor.js';

/**
 * A fresh editor state for `document`.
 * @throws RangeError when the document JSON does not fit the text schema.
 */
export function createWriterState(document: TextDocument): EditorState {
  return createWriterStateFor(textDocumentToNode(document));
}

/** A fresh editor state for a `doc` node (the first slice of a long document, say). */
export function createWriterStateFor(doc: PMNode): EditorState {
  return EditorState.create({
    doc,
    // Column resizing before table editing, as prosemirror-tables asks; both before the keymaps.
    plugins: [columnResizing({ View: WriterTableView }), tableEditing(), writerInputRules(), writerKeymap(), writerBaseKeymap(), history(), searchPlugin(), trackChangesPlugin(), outlineNumbersPlugin(), sectionColumnsPlugin(), dropCursorPlugin()],
  });
}

/** The text document an editor state holds, keeping the original metadata and pictures. */
export function documentFromState(state: EditorState, meta: DocumentMeta, media?: TextMedia): TextDocument {
  return textDocumentFromNode(state.doc, meta, media);
}
