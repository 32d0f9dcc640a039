/**
 * Embedded objects of text documents: a spreadsheet, diagram, presentation or formula that
 * another application edits (Word's OLE objects, ODF `draw:object` / `draw:object-ole`), kept
 * opaque beside the picture that shows it. The picture is an ordinary `image` node; its `object`
 * attribute holds an {@link EmbeddedObject} naming the object's bytes in the document's media,
 * so the object moves, is copied and is deleted with its picture, and writers put it back.
 *
 * Kinds of bytes:
 * - `ole`: an OLE compound file (Word's `embeddings/oleObject1.bin`, a `.xls` or `.ppt`, an ODF
 *   `draw:object-ole` binary);
 * - `package`: an Office Open XML package Word embeds as itself (`.xlsx`, `.docx`, `.pptx`);
 * - `odf`: an ODF sub-document (a packaged `Object 1/` folder), stored as a zip of the folder's
 *   files whose media type is the sub-document's (`application/vnd.oasis.opendocument.spreadsheet`...).
 */
// `media:` as in text-image-schema.ts, which imports this module.
const MEDIA_SRC_PREFIX = 'media:';

/** What the object's bytes are (see the module comment). */
export const EMBEDDED_OBJECT_KINDS = ['ole', 'package', 'odf'] as const;
export type EmbeddedObjectKind = (typeof EMBEDDED_OBJECT_KINDS)[number];

/** An object embedded in a text document, shown by the `image` node that carries it. */
export interface EmbeddedObject {
  readonly kind: EmbeddedObjectKind;
  /** The object's bytes: `media:<name>` into the document's media (the item's `mime` is their media type). */
  readonly data: string;
  /** The OLE programmatic identifier (`Excel.Sheet.12`, `Equation.3`...) when the file said it, else null. */
  readonly progId: string | null;
  /** True when the object is shown as its application's icon rather than its content (Word `DrawAspect="Icon"`). */
  readonly icon: boolean;
}

/** True when `v` is a well-formed {@link EmbeddedObject}. */
export function validEmbeddedObject(v: unknown): v is EmbeddedObject {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    (EMBEDDED_OBJECT_KINDS as readonly unknown[]).includes(o.kind) &&
    typeof o.data === 'string' &&
    o.data.startsWith(MEDIA_SRC_PREFIX) &&
    o.data.length > MEDIA_SRC_PREFIX.length &&
    (o.progId === null || (typeof o.progId === 'string' && o.progId.length <= 255)) &&
    typeof o.icon === 'boolean'
  );
}
