/**
 * Footnotes, endnotes and comments: node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 *
 * - `note`: an inline atom standing where the note's citation is, holding the note's own blocks
 *   (paragraphs, lists, tables). `kind` is `footnote` or `endnote`; `mark` is a custom citation
 *   mark (Word's `w:customMarkFollows`, ODF `text:note-citation text:label`), or null for the
 *   automatic number. Numbers are not stored: they follow document order, footnotes and
 *   endnotes counted separately ({@link noteNumbers}).
 * - `comment`: an inline atom standing where the comment starts (Word's `w:commentRangeStart`,
 *   ODF `office:annotation`), holding the comment's blocks. `id` ties it to its range; `author`,
 *   `initials`, `date` (ISO 8601) and `resolved` as the file said; a reply has `parent` = the
 *   id of the comment it answers and stands right after it (and its other replies). A comment
 *   holds paragraphs and lists only (what an ODF annotation can hold): readers turn headings
 *   into paragraphs and tables into their cells' paragraphs ({@link commentBlocks}).
 * - `comment_range` mark (`id`): the commented text. Several comments may cover the same text,
 *   so marks of different ids coexist (`excludes: ''`). A comment without any marked text is a
 *   comment on a point.
 *
 * Readers guarantee no note inside a note and no comment inside a comment.
 */
import { formatNoteNumber, noteSettingsOf } from './text-note-settings.js';
import type { NoteNumberFormat, NoteSettings } from './text-note-settings.js';
import type { SectionProps } from './text-field-schema.js';
import type { DOMOutputSpec, MarkSpec, Node as PMNode, NodeSpec, Schema } from 'prosemirror-model';

/** The kinds of note. */
export type NoteKind = 'footnote' | 'endnote';

function validateKind(v: unknown): void {
  if (v !== 'footnote' && v !== 'endnote') throw new RangeError('A note kind is footnote or endnote.');
}

export const noteNodeSpecs: Record<string, NodeSpec> = {
  note: {
    inline: true,
    group: 'inline',
    atom: true,
    selectable: true,
    content: 'block+',
    attrs: {
      kind: { default: 'footnote', validate: validateKind },
      mark: { default: null, validate: 'string|null' },
    },
    parseDOM: [
      {
        tag: 'span[data-note]',
        contentElement: 'span.note-body',
        getAttrs: (dom) => ({ kind: dom.getAttribute('data-note') === 'endnote' ? 'endnote' : 'footnote', mark: dom.getAttribute('data-mark') || null }),
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'span',
      { 'data-note': node.attrs.kind as string, 'data-mark': (node.attrs.mark as string | null) ?? undefined, class: 'note' },
      ['sup', { class: 'note-citation' }, (node.attrs.mark as string | null) ?? '*'],
      ['span', { class: 'note-body' }, 0],
    ],
  },
  comment: {
    inline: true,
    group: 'inline',
    atom: true,
    selectable: true,
    // What both families can hold in a comment (an ODF annotation has only paragraphs and lists).
    content: '(paragraph | bullet_list | ordered_list)+',
    attrs: {
      id: { validate: 'string' },
      author: { default: null, validate: 'string|null' },
      initials: { default: null, validate: 'string|null' },
      date: { default: null, validate: 'string|null' },
      resolved: { default: false, validate: 'boolean' },
      parent: { default: null, validate: 'string|null' },
    },
    parseDOM: [
      {
        tag: 'span[data-comment]',
        contentElement: 'span.comment-body',
        getAttrs: (dom) => ({
          id: dom.getAttribute('data-comment') ?? '',
          author: dom.getAttribute('data-author'),
          initials: dom.getAttribute('data-initials'),
          date: dom.getAttribute('data-date'),
          resolved: dom.getAttribute('data-resolved') === 'true',
          parent: dom.getAttribute('data-parent'),
        }),
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'span',
      {
        'data-comment': node.attrs.id as string,
        'data-author': (node.attrs.author as string | null) ?? undefined,
        'data-initials': (node.attrs.initials as string | null) ?? undefined,
        'data-date': (node.attrs.date as string | null) ?? undefined,
        'data-resolved': node.attrs.resolved ? 'true' : undefined,
        'data-parent': (node.attrs.parent as string | null) ?? undefined,
        class: 'comment',
      },
      ['span', { class: 'comment-body' }, 0],
    ],
  },
};

export const noteMarkSpecs: Record<string, MarkSpec> = {
  comment_range: {
    attrs: { id: { validate: 'string' } },
    excludes: '',
    inclusive: false,
    parseDOM: [{ tag: 'span[data-comment-range]', getAttrs: (dom) => ({ id: dom.getAttribute('data-comment-range') ?? '' }) }],
    toDOM: (mark): DOMOutputSpec => ['span', { 'data-comment-range': mark.attrs.id as string, class: 'comment-range' }, 0],
  },
};

/**
 * The notes of each top-level block, in document order. ProseMirror shares unchanged nodes
 * between versions of a document, so after a keystroke only the block typed in is walked again:
 * numbering stays cheap in a 300-page document.
 */
const notesOfBlock = new WeakMap<PMNode, readonly PMNode[]>();

function notesIn(block: PMNode): readonly PMNode[] {
  let notes = notesOfBlock.get(block);
  if (notes === undefined) {
    const found: PMNode[] = [];
    if (block.type.name === 'note') found.push(block);
    else
      block.descendants((node) => {
        if (node.type.name !== 'note') return true;
        found.push(node);
        return false;
      });
    notes = found;
    notesOfBlock.set(block, notes);
  }
  return notes;
}

interface DocNoteNumbers {
  readonly numbers: Map<PMNode, number>;
  readonly formats: Map<PMNode, NoteNumberFormat>;
}

const numberingOfDoc = new WeakMap<PMNode, DocNoteNumbers>();

/** The section properties of each section of `doc`, in order (the last one's are the doc's). */
function sectionsOf(doc: PMNode): (SectionProps | null)[] {
  const out: (SectionProps | null)[] = [];
  doc.forEach((block) => {
    if (block.type.name === 'section_break') out.push((block.attrs.section as SectionProps | null) ?? null);
  });
  out.push((doc.attrs.section as SectionProps | null | undefined) ?? null);
  return out;
}

function numberingOf(doc: PMNode): DocNoteNumbers {
  const known = numberingOfDoc.get(doc);
  if (known) return known;
  const numbers = new Map<PMNode, number>();
  const formats = new Map<PMNode, NoteNumberFormat>();
  const settings = noteSettingsOf(doc);
  const sections = sectionsOf(doc);
  let index = 0;
  const own = (kind: NoteKind): NoteSettings[NoteKind] => sections[index]?.notes?.[kind] ?? settings[kind];
  const next = { footnote: own('footnote').start, endnote: own('endnote').start };
  doc.forEach((block) => {
    if (block.type.name === 'section_break') {
      index += 1;
      for (const kind of ['footnote', 'endnote'] as const) if (own(kind).restart === 'section') next[kind] = own(kind).start;
      return;
    }
    for (const note of notesIn(block)) {
      if (note.attrs.mark !== null) continue;
      const kind = note.attrs.kind as NoteKind;
      numbers.set(note, next[kind]);
      formats.set(note, own(kind).format);
      next[kind] += 1;
    }
  });
  const out = { numbers, formats };
  numberingOfDoc.set(doc, out);
  return out;
}

/**
 * The number each note without a custom mark shows, in document order, footnotes and endnotes
 * counted separately (notes with a custom mark take no number), from the kind's start value and
 * again after each section break when the kind restarts by section — the settings of the section
 * the note is in when it has its own (`SectionProps.notes`), else the document's
 * (`text-note-settings.ts`). Keyed by the note node; {@link noteCitation} gives its citation.
 */
export function noteNumbers(doc: PMNode): Map<PMNode, number> {
  return numberingOf(doc).numbers;
}

/**
 * The citation a note shows: its custom mark, or its number in the format of its kind in its
 * section ('' when unknown).
 */
export function noteCitation(doc: PMNode, note: PMNode, number: number | undefined): string {
  const mark = note.attrs.mark as string | null;
  if (mark !== null) return mark;
  if (number === undefined) return '';
  const kind = note.attrs.kind as NoteKind;
  return formatNoteNumber(number, numberingOf(doc).formats.get(note) ?? noteSettingsOf(doc)[kind].format);
}

/**
 * Blocks made fit for a comment: headings become paragraphs (keeping their formatting, not
 * their level), tables give the paragraphs of their cells, page breaks are left out; at least
 * one paragraph.
 */
export function commentBlocks(blocks: readonly PMNode[], schema: Schema): PMNode[] {
  const out: PMNode[] = [];
  const para = schema.nodes.paragraph!;
  const paragraph = (node: PMNode): PMNode => {
    const { level: _level, ...attrs } = node.attrs;
    return para.create({ ...attrs, styleName: null }, node.content, node.marks);
  };
  const visit = (node: PMNode): void => {
    const name = node.type.name;
    if (name === 'paragraph' || name === 'bullet_list' || name === 'ordered_list') out.push(node);
    else if (name === 'heading') out.push(paragraph(node));
    else if (node.type.spec.tableRole !== undefined) node.forEach(visit);
    else if (node.isTextblock) out.push(para.create(null, node.content));
    else if (!node.isLeaf) node.forEach(visit);
  };
  blocks.forEach(visit);
  if (out.length === 0) out.push(para.create());
  return out;
}
