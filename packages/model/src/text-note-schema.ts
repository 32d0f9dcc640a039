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
 * The notes of each top-level block, in document order, with their offset from the block's
 * start. ProseMirror shares unchanged nodes between versions of a document, so after a
 * keystroke only the block typed in is walked again: numbering stays cheap in a 300-page document.
 */
interface BlockNote {
  readonly node: PMNode;
  readonly offset: number;
}
const notesOfBlock = new WeakMap<PMNode, readonly BlockNote[]>();

function notesIn(block: PMNode): readonly BlockNote[] {
  let notes = notesOfBlock.get(block);
  if (notes === undefined) {
    const found: BlockNote[] = [];
    if (block.type.name === 'note') found.push({ node: block, offset: 0 });
    else
      block.descendants((node, pos) => {
        if (node.type.name !== 'note') return true;
        // Inside the block: one more for its opening token.
        found.push({ node, offset: pos + 1 });
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

/** Numberings of a document without pages, and the last one with pages (its page starts). */
const numberingOfDoc = new WeakMap<PMNode, DocNoteNumbers>();
const pagedNumberingOfDoc = new WeakMap<PMNode, { readonly starts: readonly number[]; readonly numbering: DocNoteNumbers }>();

/** The section properties of each section of `doc`, in order (the last one's are the doc's). */
function sectionsOf(doc: PMNode): (SectionProps | null)[] {
  const out: (SectionProps | null)[] = [];
  doc.forEach((block) => {
    if (block.type.name === 'section_break') out.push((block.attrs.section as SectionProps | null) ?? null);
  });
  out.push((doc.attrs.section as SectionProps | null | undefined) ?? null);
  return out;
}

const KINDS = ['footnote', 'endnote'] as const;

/** True when a kind restarts on each page somewhere in `doc` (the document's settings or a section's). */
function restartsByPage(doc: PMNode): boolean {
  const settings = noteSettingsOf(doc);
  if (KINDS.some((k) => settings[k].restart === 'page')) return true;
  return sectionsOf(doc).some((s) => KINDS.some((k) => s?.notes?.[k]?.restart === 'page'));
}

function count(doc: PMNode, pageStarts: readonly number[]): DocNoteNumbers {
  const numbers = new Map<PMNode, number>();
  const formats = new Map<PMNode, NoteNumberFormat>();
  const settings = noteSettingsOf(doc);
  const sections = sectionsOf(doc);
  let index = 0;
  let page = 0;
  const own = (kind: NoteKind): NoteSettings[NoteKind] => sections[index]?.notes?.[kind] ?? settings[kind];
  const next = { footnote: own('footnote').start, endnote: own('endnote').start };
  const restart = (why: NoteSettings[NoteKind]['restart']): void => {
    for (const kind of KINDS) if (own(kind).restart === why) next[kind] = own(kind).start;
  };
  doc.forEach((block, pos) => {
    if (block.type.name === 'section_break') {
      index += 1;
      restart('section');
      return;
    }
    // A chapter starts at each heading of level 1 (ODF's outline level 1).
    if (block.type.name === 'heading' && block.attrs.level === 1) restart('chapter');
    for (const { node: note, offset } of notesIn(block)) {
      // Pages starting at or before the note: a page's first line may start with it.
      let turned = false;
      while (page < pageStarts.length && pageStarts[page]! <= pos + offset) {
        page += 1;
        turned = true;
      }
      if (turned) restart('page');
      if (note.attrs.mark !== null) continue;
      const kind = note.attrs.kind as NoteKind;
      numbers.set(note, next[kind]);
      formats.set(note, own(kind).format);
      next[kind] += 1;
    }
  });
  return { numbers, formats };
}

const sameStarts = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

function numberingOf(doc: PMNode, pageStarts: readonly number[] = []): DocNoteNumbers {
  if (pageStarts.length > 0 && restartsByPage(doc)) {
    const paged = pagedNumberingOfDoc.get(doc);
    if (paged && sameStarts(paged.starts, pageStarts)) return paged.numbering;
    const numbering = count(doc, pageStarts);
    pagedNumberingOfDoc.set(doc, { starts: [...pageStarts], numbering });
    return numbering;
  }
  const known = numberingOfDoc.get(doc);
  if (known) return known;
  const out = count(doc, []);
  numberingOfDoc.set(doc, out);
  return out;
}

/**
 * The number each note without a custom mark shows, in document order, footnotes and endnotes
 * counted separately (notes with a custom mark take no number), from the kind's start value and
 * again after each section break, at each heading of level 1 (a chapter) or on each page, as
 * the kind restarts — the settings of the section the note is in when it has its own
 * (`SectionProps.notes`), else the document's (`text-note-settings.ts`). `pageStarts` are the
 * positions where pages 2, 3… start, ascending (a page starts before what is at its position);
 * without them (no pages: the writer's draft view, the files) a restart on each page counts on.
 * Keyed by the note node; {@link noteCitation} gives its citation.
 */
export function noteNumbers(doc: PMNode, pageStarts: readonly number[] = []): Map<PMNode, number> {
  return numberingOf(doc, pageStarts).numbers;
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
  // The formats do not depend on pages: those of a numbering by page, when there is one, serve.
  const formats = (pagedNumberingOfDoc.get(doc)?.numbering ?? numberingOf(doc)).formats;
  return formatNoteNumber(number, formats.get(note) ?? noteSettingsOf(doc)[kind].format);
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
