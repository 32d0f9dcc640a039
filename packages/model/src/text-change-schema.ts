/**
 * Tracked changes and opaque content (what the model does not understand, kept for round trips): node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 *
 * - `insertion` / `deletion` marks: text inserted or deleted while changes were tracked. A
 *   deletion keeps its text in the document (shown struck through), so that accepting or
 *   rejecting it later stays possible. Both carry the change `id` (as read, or null), `author`
 *   and `date` (ISO 8601, or null when the file does not say).
 * - `format_change` mark: a formatting change; `before` keeps what the format was before (the
 *   former marks, and the source file's XML: see `text-change-before.ts`), or null when unknown.
 * - `paragraph_change` node: a change to the paragraph mark itself (DOCX `w:pPr/w:rPr/w:ins|w:del`
 *   and `w:pPrChange`; ODF insertions and deletions that span a paragraph end). It is a
 *   zero-width inline atom placed at the end of the paragraph whose mark changed, rather than
 *   paragraph attributes, so every block type can carry one without new attributes: a deleted
 *   mark means that accepting the deletion joins the paragraph to the next one.
 * - `opaque` node: an inline atom holding source XML the model does not edit (OMML equations,
 *   ODF formula objects), written back unchanged to its own format family and as its
 *   `fallback` text to the other one.
 */
import type { Attrs, DOMOutputSpec, MarkSpec, NodeSpec } from 'prosemirror-model';

/** Kinds of change a `paragraph_change` node records. */
export type ParagraphChangeKind = 'insertion' | 'deletion' | 'format';

/** Format families opaque content comes from. */
export type OpaqueFamily = 'ooxml' | 'odf';

const changeAttrs = {
  id: { default: null, validate: 'string|null' },
  author: { default: null, validate: 'string|null' },
  date: { default: null, validate: 'string|null' },
};

function validateBefore(v: unknown): void {
  if (v !== null && typeof v !== 'string') throw new RangeError('A format change keeps its previous format as a string or null.');
}

function validateFiles(v: unknown): void {
  if (v === null) return;
  if (typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((f) => typeof f !== 'string')) {
    throw new RangeError('Opaque content files must map package paths to strings.');
  }
}

/** The `data-` attributes describing a change, read back by `parseDOM`. */
function changeDom(attrs: Attrs, kind: string): Record<string, string> {
  const out: Record<string, string> = { 'data-change': kind };
  if (attrs.id !== null) out['data-change-id'] = String(attrs.id);
  if (attrs.author !== null) out['data-author'] = String(attrs.author);
  if (attrs.date !== null) out['data-date'] = String(attrs.date);
  return out;
}

function parseChange(dom: HTMLElement): Record<string, string | null> {
  return { id: dom.getAttribute('data-change-id'), author: dom.getAttribute('data-author'), date: dom.getAttribute('data-date') };
}

export const changeNodeSpecs: Record<string, NodeSpec> = {
  /** A change to the paragraph mark at the end of the paragraph that holds this node. */
  paragraph_change: {
    inline: true,
    group: 'inline',
    atom: true,
    selectable: false,
    attrs: {
      kind: { validate: (v: unknown) => { if (v !== 'insertion' && v !== 'deletion' && v !== 'format') throw new RangeError('A paragraph change is an insertion, a deletion or a format change.'); } },
      ...changeAttrs,
      before: { default: null, validate: validateBefore },
    },
    parseDOM: [{ tag: 'span[data-paragraph-change]', getAttrs: (dom) => ({ kind: dom.getAttribute('data-paragraph-change'), ...parseChange(dom) }) }],
    toDOM: (node): DOMOutputSpec => ['span', { ...changeDom(node.attrs, 'paragraph'), 'data-paragraph-change': String(node.attrs.kind), class: `tracked-paragraph tracked-paragraph-${String(node.attrs.kind)}` }],
  },
  /** Content kept from the source file as XML, shown as its fallback text. */
  opaque: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: {
      family: { validate: (v: unknown) => { if (v !== 'ooxml' && v !== 'odf') throw new RangeError('Opaque content comes from OOXML or ODF.'); } },
      /** What it is (`math`, ...), for display and counts. */
      kind: { default: 'math', validate: 'string' },
      /** The element's source XML, with the namespace declarations it needs. */
      xml: { validate: 'string' },
      /** Plain text standing for the content where the XML cannot be used. */
      fallback: { default: '', validate: 'string' },
      /** Files of an embedded object (package path → text, or `data:` URL for binary files). */
      files: { default: null, validate: validateFiles },
    },
    parseDOM: [],
    toDOM: (node): DOMOutputSpec => ['span', { class: 'opaque-content', 'data-opaque': String(node.attrs.kind) }, String(node.attrs.fallback) || '\u25a1'],
  },
};

export const changeMarkSpecs: Record<string, MarkSpec> = {
  insertion: {
    attrs: changeAttrs,
    inclusive: false,
    parseDOM: [{ tag: 'ins[data-change]', priority: 60, getAttrs: (dom) => parseChange(dom) }],
    toDOM: (mark): DOMOutputSpec => ['ins', { ...changeDom(mark.attrs, 'insertion'), class: 'tracked-insertion' }, 0],
  },
  deletion: {
    attrs: changeAttrs,
    inclusive: false,
    parseDOM: [{ tag: 'del[data-change]', priority: 60, getAttrs: (dom) => parseChange(dom) }],
    toDOM: (mark): DOMOutputSpec => ['del', { ...changeDom(mark.attrs, 'deletion'), class: 'tracked-deletion' }, 0],
  },
  format_change: {
    attrs: { ...changeAttrs, before: { default: null, validate: validateBefore } },
    inclusive: false,
    parseDOM: [{ tag: 'span[data-change=format]', priority: 60, getAttrs: (dom) => parseChange(dom) }],
    toDOM: (mark): DOMOutputSpec => ['span', { ...changeDom(mark.attrs, 'format'), class: 'tracked-format' }, 0],
  },
};
