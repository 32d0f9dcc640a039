/**
 * A text document: ProseMirror JSON under the {@link textSchema}, plus document metadata.
 */
import { Node as PMNode } from 'prosemirror-model';
import { textSchema } from './text-schema.js';
import type { DocumentMeta } from './meta.js';

/** Current version of the stored text document shape. */
export const TEXT_DOCUMENT_VERSION = 1;

/** ProseMirror node JSON as produced by `Node.toJSON()`. */
export interface PMNodeJSON {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly PMNodeJSON[];
  readonly marks?: readonly { readonly type: string; readonly attrs?: Readonly<Record<string, unknown>> }[];
  readonly text?: string;
}

export interface TextDocument {
  readonly kind: 'text';
  readonly version: typeof TEXT_DOCUMENT_VERSION;
  readonly meta: DocumentMeta;
  /** The `doc` node as JSON. */
  readonly content: PMNodeJSON;
}

/** Wraps a ProseMirror `doc` node into a {@link TextDocument}. */
export function textDocumentFromNode(node: PMNode, meta: DocumentMeta = {}): TextDocument {
  return { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta, content: node.toJSON() as PMNodeJSON };
}

/**
 * Turns the stored JSON back into a ProseMirror node.
 * @throws RangeError when the JSON does not fit the schema.
 */
export function textDocumentToNode(doc: TextDocument): PMNode {
  const node = PMNode.fromJSON(textSchema, doc.content);
  node.check();
  return node;
}

/** An empty text document: one empty paragraph. */
export function emptyTextDocument(meta: DocumentMeta = {}): TextDocument {
  const doc = textSchema.node('doc', null, [textSchema.node('paragraph')]);
  return textDocumentFromNode(doc, meta);
}

/** The plain text of a text document, one line per block (list items included). */
export function textDocumentPlainText(doc: TextDocument): string {
  const lines: string[] = [];
  textDocumentToNode(doc).descendants((node) => {
    if (node.isTextblock) {
      lines.push(node.textContent);
      return false;
    }
    return true;
  });
  return lines.join('\n');
}
