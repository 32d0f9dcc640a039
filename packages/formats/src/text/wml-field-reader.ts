/**
 * Fields of WordprocessingML (ECMA-376 Part 1, 17.16: `w:fldSimple` 17.16.19, complex fields
 * `w:fldChar` 17.16.18 begin/separate/end with `w:instrText` 17.16.23, field instructions
 * 17.16.5) turned into `field` nodes that keep the instruction and show the last result.
 *
 * Complex fields may nest (a field inside another's instruction or result) and may span
 * paragraphs: {@link WmlFieldStack} follows them across the runs of one part. A field whose
 * result is plain text in one paragraph becomes one `field` atom; any other result is kept as
 * it is (reported `field-result-kept`). `HYPERLINK` fields keep only their text (links are
 * handled by the inline reader), `TOC` fields become a `table_of_contents` block, placed by the
 * body reader from {@link WmlFieldStack.takeToc}.
 */
import { FIXABLE_FIELD_KINDS, textSchema } from '@ostal/model';
import type { FieldKind } from '@ostal/model';
import { datePictureOf } from './date-picture.js';
import { fieldValueOfResult } from './fixed-field-value.js';
import type { Node as PMNode } from 'prosemirror-model';
import { modelInstruction } from './wml-section-writer.js';

/** The field kind of an instruction, `toc` for a table of contents, null for one kept as text only. */
export function wmlFieldKind(instruction: string): FieldKind | 'toc' | null {
  const name = /^\s*([A-Za-z]+)/.exec(instruction)?.[1]?.toUpperCase();
  switch (name) {
    case undefined:
    case 'HYPERLINK':
    case 'INCLUDEPICTURE':
    case 'EMBED':
    case 'SHAPE':
    case 'FORMCHECKBOX':
    case 'FORMDROPDOWN':
      return null;
    case 'TOC':
      return 'toc';
    case 'PAGE':
      return 'page-number';
    case 'NUMPAGES':
    case 'SECTIONPAGES':
      return 'page-count';
    case 'DATE':
    case 'CREATEDATE':
    case 'SAVEDATE':
    case 'PRINTDATE':
      return 'date';
    case 'TIME':
      return 'time';
    case 'AUTHOR':
      return 'author';
    case 'TITLE':
      return 'title';
    case 'FILENAME':
      return 'file-name';
    default:
      return 'other';
  }
}

/** Outline levels of a `TOC` instruction's `\o "1-3"` switch (3 when absent). */
export function tocLevels(instruction: string): number {
  const m = /\\o\s+"?\s*\d+\s*-\s*(\d+)/.exec(instruction);
  const n = m ? Number(m[1]) : 3;
  return n >= 1 && n <= 9 ? n : 3;
}

/**
 * Replaces `inlines[start..]` by one `field` node when they are plain text, keeping the marks of
 * the first. Returns false (and leaves the nodes) when the result is not plain text.
 */
export function collapseField(inlines: PMNode[], start: number, kind: FieldKind, instruction: string, fixed = false): boolean {
  const result = inlines.slice(start);
  if (result.some((n) => !n.isText)) return false;
  const text = result.map((n) => n.text ?? '').join('');
  const marks = result[0]?.marks ?? [];
  const kept = modelInstruction(kind, instruction);
  // Only a field ODF can say is fixed keeps `fixed` (a plain one, or a date with a picture).
  const locked = fixed && FIXABLE_FIELD_KINDS.includes(kind) && (kept === '' || datePictureOf(kept)?.kind === kind);
  // A locked date or time keeps the value its result shows through its picture (fixed-field-value.ts).
  const picture = locked && (kind === 'date' || kind === 'time') ? datePictureOf(kept)?.picture : undefined;
  const value = picture !== undefined && (kind === 'date' || kind === 'time') ? fieldValueOfResult(kind, picture, text) : null;
  inlines.splice(start, result.length, textSchema.nodes.field!.create({ kind, instruction: kept, result: text, ...(locked ? { fixed: true } : {}), ...(value !== null ? { value } : {}) }, null, marks));
  return true;
}

interface Frame {
  instruction: string;
  /** True once `separate` was seen: runs now hold the result. */
  separated: boolean;
  /** The inline list the result started in, and where. */
  inlines: PMNode[] | null;
  start: number;
  /** `w:fldLock` on the begin character (17.16.18): the result is never updated. */
  locked: boolean;
}

/** A table of contents field that opened or closed in the paragraph just read. */
export interface TocEvent {
  readonly opened?: string;
  readonly closed: boolean;
}

/** Complex fields open in one part, across its paragraphs. */
export class WmlFieldStack {
  private readonly frames: Frame[] = [];
  private tocOpened: string | undefined;
  private tocClosed = false;
  /** Depth of the open TOC frame + 1, 0 when none. */
  private tocDepth = 0;

  /** True while the runs read are field instructions (not results): their text is not shown. */
  get inInstruction(): boolean {
    return this.frames.some((f) => !f.separated);
  }

  /** A field begins (`w:fldChar w:fldCharType="begin"`). */
  begin(locked = false): void {
    if (this.frames.length > 64) return; // hostile nesting: stop tracking deeper fields
    this.frames.push({ instruction: '', separated: false, inlines: null, start: 0, locked });
  }

  /** Instruction text of the innermost field (`w:instrText`). */
  instruction(text: string): void {
    const top = this.frames[this.frames.length - 1];
    if (top && !top.separated && top.instruction.length < 10_000) top.instruction += text;
  }

  /** The innermost field's result starts at the end of `inlines`. */
  separate(inlines: PMNode[]): void {
    const top = this.frames[this.frames.length - 1];
    if (!top || top.separated) return;
    top.separated = true;
    top.inlines = inlines;
    top.start = inlines.length;
    if (wmlFieldKind(top.instruction) === 'toc' && this.tocDepth === 0) {
      this.tocDepth = this.frames.length;
      this.tocOpened = top.instruction;
    }
  }

  /**
   * Ends the innermost field. A field with a known kind whose result sits in `inlines` becomes
   * a `field` node; returns the kind of what ended (null when it was kept as text).
   */
  end(inlines: PMNode[]): FieldKind | 'toc' | null {
    const depth = this.frames.length;
    const top = this.frames.pop();
    if (!top) return null;
    const kind = wmlFieldKind(top.instruction);
    if (kind === 'toc') {
      if (this.tocDepth === depth) {
        this.tocDepth = 0;
        this.tocClosed = true;
      }
      return 'toc';
    }
    if (kind === null) return null;
    // A field without a result shows nothing; one whose result began in another paragraph stays text.
    if (!top.separated) {
      if (!this.inInstruction) inlines.push(textSchema.nodes.field!.create({ kind, instruction: modelInstruction(kind, top.instruction), result: '' }));
      return kind;
    }
    if (top.inlines !== inlines || this.inInstruction) return null;
    return collapseField(inlines, top.start, kind, top.instruction, top.locked) ? kind : null;
  }

  /** The TOC events of the paragraph just read (and forgets them). */
  takeToc(): TocEvent {
    const event: TocEvent = { ...(this.tocOpened !== undefined ? { opened: this.tocOpened } : {}), closed: this.tocClosed };
    this.tocOpened = undefined;
    this.tocClosed = false;
    return event;
  }
}
