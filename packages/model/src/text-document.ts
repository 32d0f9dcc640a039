/**
 * A text document: ProseMirror JSON under the {@link textSchema}, plus document metadata.
 * Stored documents carry a version; {@link migrateTextDocument} brings older ones up to date.
 */
import { Node as PMNode } from 'prosemirror-model';
import { BLOCK_FORMAT_KEYS, NO_BLOCK_FORMAT } from './text-block-format.js';
import { textSchema } from './text-schema.js';
import { LIST_FORMAT_DEFAULTS } from './text-list-format.js';
import { HEADING_OUTLINE_DEFAULTS } from './text-outline.js';
import type { DocumentMeta } from './meta.js';
import type { MacroProject } from './macro-project.js';

/**
 * Current version of the stored text document shape.
 * - 1: paragraphs, headings, lists, line breaks, bold/italic/underline.
 * - 2: adds tables, page breaks and links (a superset: version 1 documents are valid as they are).
 * - 3: adds direct formatting: strike, superscript, subscript, font, font size, colour and
 *   highlight marks; paragraph/heading alignment, indents, spacing, line height, keep-with-next
 *   and style name attributes (all with defaults meaning "none").
 * - 4: adds notes, comments, tracked changes, opaque content, images, fields, bookmarks,
 *   sections, list formats, heading outline numbering, note settings, character styles and the style sheet, and further paragraph/character properties (new node and mark types
 *   and attributes whose defaults mean "none": version 3 content is valid as it is).
 */
export const TEXT_DOCUMENT_VERSION = 4;

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
  /** Pictures the content refers to (`image` nodes' `media:<name>` sources), by name. */
  readonly media?: TextMedia;
  /** The macro project of a .docm, kept as bytes and never run (macro-project.ts). */
  readonly macros?: MacroProject;
}

/** One stored picture: its media type (`image/png`...) and bytes. */
export interface TextMediaItem {
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** A document's pictures by name (`image1.png`), as `image` nodes name them after `media:`. */
export type TextMedia = Readonly<Record<string, TextMediaItem>>;

/**
 * Drops paragraph formatting and list format attributes that hold their default from node JSON (copying the
 * attribute objects it changes), so
 * that stored documents stay small (reading fills the defaults back in).
 */
function compactJSON(json: { attrs?: Record<string, unknown>; content?: unknown[] }): void {
  // A document without section properties stores no `section` attribute.
  if (json.attrs && 'section' in json.attrs) {
    // Nor a document without outline numbering (text-outline.ts) an `outline` one.
    if (json.attrs.outline === null) {
      const { outline: _outline, ...rest } = json.attrs;
      json.attrs = rest;
    }
    // Nor one without a style sheet (text-styles.ts) a `styles` one.
    if (json.attrs.notes === null) {
      const { notes: _notes, ...rest } = json.attrs;
      json.attrs = rest;
    }
    if (json.attrs.styles === null) {
      const { styles: _styles, ...rest } = json.attrs;
      json.attrs = rest;
    }
    if (json.attrs.headings === null) {
      const { headings: _headings, ...rest } = json.attrs;
      json.attrs = rest;
    }
    if (json.attrs.base === null) {
      const { base: _base, ...rest } = json.attrs;
      json.attrs = rest;
    }
    if (json.attrs.section === null) {
      const { section: _section, ...rest } = json.attrs;
      json.attrs = rest;
    }
    if (Object.keys(json.attrs).length === 0) delete json.attrs;
  }
  if (json.attrs && 'keepWithNext' in json.attrs) {
    // toJSON shares the node's attrs object: copy before deleting.
    const attrs = { ...json.attrs };
    json.attrs = attrs;
    for (const k of BLOCK_FORMAT_KEYS) if (attrs[k] === NO_BLOCK_FORMAT[k]) delete attrs[k];
    for (const [k, v] of Object.entries(HEADING_OUTLINE_DEFAULTS)) if (attrs[k] === v) delete attrs[k];
    if (Object.keys(attrs).length === 0) delete json.attrs;
  }
  else if (json.attrs && ((json as { type?: string }).type === 'ordered_list' || (json as { type?: string }).type === 'bullet_list')) {
    const attrs = { ...json.attrs };
    json.attrs = attrs;
    for (const [k, v] of Object.entries(LIST_FORMAT_DEFAULTS)) if (attrs[k] === v) delete attrs[k];
    if (Object.keys(attrs).length === 0) delete json.attrs;
  }
  else if (json.attrs && (json as { type?: string }).type === 'field') {
    // A field that updates (the default) stores no `fixed`, one without a stored date or time no `value`.
    const { fixed, value, ...rest } = json.attrs;
    json.attrs = { ...rest, ...(fixed === false ? {} : { fixed }), ...(value === null ? {} : { value }) };
  }
  else if (json.attrs && json.attrs.object === null && (json as { type?: string }).type === 'image') {
    // A plain picture (no embedded object, text-embedded-object.ts) stores no `object`.
    const { object: _object, ...rest } = json.attrs;
    json.attrs = rest;
  }
  else if (json.attrs && json.attrs.position === null && (json as { type?: string }).type === 'table') {
    // A table in the flow (text-table-position.ts) stores no `position`.
    const { position: _position, ...rest } = json.attrs;
    json.attrs = rest;
  }
  else if (json.attrs && ((json as { type?: string }).type === 'table_cell' || (json as { type?: string }).type === 'table_header')) {
    // A cell without a typed value (text-cell-value.ts) or margins (text-cell-margins.ts) stores neither.
    const { value, margins, ...rest } = json.attrs;
    json.attrs = { ...rest, ...(value === null ? {} : { value }), ...(margins === null ? {} : { margins }) };
  }
  if (json.content) for (const c of json.content) compactJSON(c as { attrs?: Record<string, unknown> });
}

/** Wraps a ProseMirror `doc` node into a {@link TextDocument}; default paragraph formatting is left out of the JSON. */
export function textDocumentFromNode(node: PMNode, meta: DocumentMeta = {}, media?: TextMedia): TextDocument {
  const content = node.toJSON() as PMNodeJSON;
  compactJSON(content as { attrs?: Record<string, unknown> });
  return media && Object.keys(media).length > 0 ? { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta, content, media } : { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta, content };
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

/** One step per version: migration `n` turns a version-`n` document into version `n + 1`. */
const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {
  // Version 2 only added node and mark types: version 1 content is valid version 2 content.
  1: (doc) => ({ ...doc, version: 2 }),
  // Version 3 added marks and paragraph attributes whose defaults mean "no formatting": missing
  // attributes take those defaults when the JSON is read, so version 2 content is kept as it is.
  2: (doc) => ({ ...doc, version: 3 }),
  // Version 4 only added node types, mark types and attributes with "none" defaults.
  3: (doc) => ({ ...doc, version: 4 }),
};

/**
 * Brings a stored text document (parsed JSON, e.g. a recovery snapshot) to the current
 * {@link TEXT_DOCUMENT_VERSION}, applying each migration in order. A current document is
 * returned as it is.
 *
 * @throws RangeError when `json` is not a text document, or its version is unknown or newer
 *   than this build understands.
 * @example migrateTextDocument(JSON.parse(snapshot)) // TextDocument, current version
 */
export function migrateTextDocument(json: unknown): TextDocument {
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== 'text') {
    throw new RangeError('The value is not a stored text document.');
  }
  let doc = json as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > TEXT_DOCUMENT_VERSION) {
    throw new RangeError(`Text document version ${String(version)} is not one this version of Ostal can read.`);
  }
  for (let v = version; v < TEXT_DOCUMENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new RangeError(`No migration from text document version ${String(v)}.`);
    doc = step(doc);
  }
  if (typeof doc.content !== 'object' || doc.content === null) throw new RangeError('The stored text document has no content.');
  const migrated: TextDocument = { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta: (doc.meta ?? {}), content: doc.content as PMNodeJSON };
  return doc.media !== undefined && typeof doc.media === 'object' && doc.media !== null ? { ...migrated, media: doc.media as TextMedia } : migrated;
}

/** Text of a block and everything inside it on one line (a cell's paragraphs joined by spaces). */
function inlineText(node: PMNode): string {
  if (node.isTextblock) return node.textContent;
  if (node.type.spec.tableRole === 'table') return tableLines(node).join(' ');
  const parts: string[] = [];
  node.forEach((child) => parts.push(inlineText(child)));
  return parts.filter((s) => s !== '').join(' ');
}

/** One line per row, cells separated by tabs. */
function tableLines(table: PMNode): string[] {
  const lines: string[] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => cells.push(inlineText(cell)));
    lines.push(cells.join('\t'));
  });
  return lines;
}

/**
 * The plain text of a text document: one line per text block (list items included), one line
 * per table row with cells separated by tabs; page breaks give no line.
 */
export function textDocumentPlainText(doc: TextDocument): string {
  const lines: string[] = [];
  textDocumentToNode(doc).descendants((node) => {
    if (node.isTextblock) {
      lines.push(node.textContent);
      return false;
    }
    if (node.type.spec.tableRole === 'table') {
      lines.push(...tableLines(node));
      return false;
    }
    return true;
  });
  return lines.join('\n');
}
