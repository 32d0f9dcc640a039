/**
 * Formatting changes recorded while changes are tracked, and put back when rejected.
 *
 * A transaction made only of character formatting (bold, italic, fonts, colours... added or
 * taken off) is applied as it is, and the text it touched gets a `format_change` mark with the
 * author and date whose `before` keeps the format the text had, as JSON
 * (`{"family":"ostal","marks":[…]}`); text already carrying a format change keeps its first
 * `before` (rejecting goes back to the format before all the changes). Rejecting a format change
 * lays its `before` back on the text: the marks it holds (`@ostal/model` `formerMarks`: recorded
 * here or read from a file), else the run properties of kept DOCX source XML. A `before` that
 * cannot be read (or none) keeps the current format. Paragraph formatting (alignment, indents, spacing, style...) is recorded the same way
 * as a `paragraph_change` of kind `format` at the paragraph's end, `before` its former type and
 * attributes, which rejecting restores.
 */
import { blockFormerFormat, formerBlock, formerMarks, formerXml, runFormerFormat, textSchema } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceAroundStep } from 'prosemirror-transform';

/** Marks that are the text's format (what a format change records). */
const FORMAT_MARK_NAMES = ['bold', 'italic', 'underline', 'strike', 'superscript', 'subscript', 'font', 'font_size', 'color', 'highlight', 'caps', 'letter_spacing', 'font_east_asian', 'char_style'];
const FORMAT_MARKS = new Set(FORMAT_MARK_NAMES.filter((n) => textSchema.marks[n] !== undefined));

export function isFormatMark(mark: Mark): boolean {
  return FORMAT_MARKS.has(mark.type.name);
}

/** What a transaction of formatting only changes: text ranges (marks) and paragraphs (their attributes, by position). */
export interface FormattingEdit {
  readonly ranges: { from: number; to: number }[];
  readonly blocks: number[];
}

/** The formatting a transaction makes, or null when it does anything else (text, structure). */
export function formattingEdit(tr: Transaction): FormattingEdit | null {
  if (tr.steps.length === 0) return null;
  const ranges: { from: number; to: number }[] = [];
  const blocks: number[] = [];
  for (const step of tr.steps) {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      if (!isFormatMark(step.mark)) return null;
      ranges.push({ from: step.from, to: step.to });
    } else if (step instanceof AttrStep) {
      blocks.push(step.pos);
    } else if (step instanceof ReplaceAroundStep && (step as unknown as { structure: boolean }).structure && step.insert === 1 && step.gapFrom === step.from + 1 && step.gapTo === step.to - 1 && step.slice.content.childCount === 1 && step.slice.openStart === 0) {
      // setNodeMarkup: the same content in a block of other attributes (or type).
      blocks.push(step.from);
    } else return null;
  }
  return { ranges, blocks };
}

/** The `before` of a paragraph format change: the block's type and attributes. */
export function blockBefore(node: PMNode): string {
  return blockFormerFormat('ostal', node.type.name, node.attrs);
}

/**
 * Adds to `out` a paragraph format change (`paragraph_change` of kind `format`, `before` the
 * block as it was in `doc`) at the end of each paragraph of `blocks` whose attributes changed and
 * that has no change of its paragraph mark yet.
 */
export function markBlockChanges(out: Transaction, doc: PMNode, blocks: readonly number[], attrs: Record<string, string | null>): void {
  const type = textSchema.nodes.paragraph_change!;
  for (const pos of [...new Set(blocks)].sort((a, b) => b - a)) {
    const old = doc.nodeAt(pos);
    const now = out.doc.nodeAt(pos);
    if (!old?.isTextblock || !now?.isTextblock || !now.type.spec.content?.includes('inline')) continue;
    if (old.type === now.type && JSON.stringify(old.attrs) === JSON.stringify(now.attrs)) continue;
    if (now.lastChild?.type === type) continue;
    out.insert(pos + now.nodeSize - 1, type.create({ kind: 'format', ...attrs, before: blockBefore(old) }));
  }
}

/** Rejects a paragraph format change (the `paragraph_change` node at `at` in `tr`): the block gets its former type and attributes back, when known. */
export function rejectBlockChange(tr: Transaction, at: number): void {
  const node = tr.doc.nodeAt(at);
  const $at = tr.doc.resolve(at);
  if (node?.type.name !== 'paragraph_change' || $at.depth === 0) return;
  const before = formerBlock(node.attrs.before);
  const blockPos = $at.before();
  tr.delete(at, at + node.nodeSize);
  if (!before) return;
  const type = textSchema.nodes[before.type];
  if (!type?.isTextblock) return;
  try {
    tr.setNodeMarkup(blockPos, type, before.attrs);
  } catch {
    // Attributes the schema refuses: the block keeps its current format.
  }
}

/** The `before` of a format change recording `marks` as the text's previous format. */
export function formatBefore(marks: readonly Mark[]): string {
  return runFormerFormat('ostal', marks.filter(isFormatMark));
}

/**
 * Adds to `out` (a transaction over the document `doc` formatted by `ranges`, positions
 * unchanged by formatting) format-change marks with `attrs` on the text of `ranges` that had none.
 */
export function markFormatChanges(out: Transaction, doc: PMNode, ranges: readonly { from: number; to: number }[], attrs: Record<string, string | null>): void {
  const type = textSchema.marks.format_change!;
  const seen = new Set<number>();
  for (const r of ranges) {
    doc.nodesBetween(r.from, r.to, (node, pos) => {
      if (!node.isInline) return true;
      if (!node.isText || seen.has(pos)) return false;
      seen.add(pos);
      if (node.marks.some((m) => m.type === type)) return false;
      const a = Math.max(r.from, pos);
      const b = Math.min(r.to, pos + node.nodeSize);
      if (b > a) out.addMark(a, b, type.create({ ...attrs, before: formatBefore(node.marks) }));
      return false;
    });
  }
}

const HIGHLIGHTS: Readonly<Record<string, string>> = {
  yellow: '#ffff00', green: '#00ff00', cyan: '#00ffff', magenta: '#ff00ff', blue: '#0000ff', red: '#ff0000', darkBlue: '#000080', darkCyan: '#008080',
  darkGreen: '#008000', darkMagenta: '#800080', darkRed: '#800000', darkYellow: '#808000', darkGray: '#808080', lightGray: '#c0c0c0', black: '#000000', white: '#ffffff',
};

const OFF = new Set(['0', 'false', 'off']);

/** Marks of the run properties of a DOCX `w:rPr` (the properties Ostal edits). */
export function marksOfRunProperties(xml: string): Mark[] {
  const m = textSchema.marks;
  const out: Mark[] = [];
  const props = new Map<string, Record<string, string>>();
  for (const match of xml.slice(0, 20_000).matchAll(/<(?:[A-Za-z0-9]+:)?([A-Za-z]+)((?:\s+[^\s=>/]+\s*=\s*"[^"]*")*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (match[2] ?? '').matchAll(/(?:[A-Za-z0-9]+:)?([A-Za-z]+)\s*=\s*"([^"]*)"/g)) attrs[a[1] ?? ''] = a[2] ?? '';
    if (match[1] && !props.has(match[1])) props.set(match[1], attrs);
  }
  const on = (name: string) => {
    const p = props.get(name);
    return p !== undefined && !OFF.has(p['val'] ?? '');
  };
  if (on('b')) out.push(m.bold!.create());
  if (on('i')) out.push(m.italic!.create());
  if (on('u') && props.get('u')?.['val'] !== 'none') out.push(m.underline!.create());
  if (on('strike') || on('dstrike')) out.push(m.strike!.create());
  const vert = props.get('vertAlign')?.['val'];
  if (vert === 'superscript') out.push(m.superscript!.create());
  if (vert === 'subscript') out.push(m.subscript!.create());
  const size = Number(props.get('sz')?.['val']);
  if (Number.isFinite(size) && size > 0) out.push(m.font_size!.create({ size: Math.round(size) / 2 }));
  const color = props.get('color')?.['val'];
  if (color && /^[0-9A-Fa-f]{6}$/.test(color)) out.push(m.color!.create({ color: `#${color.toLowerCase()}` }));
  const highlight = HIGHLIGHTS[props.get('highlight')?.['val'] ?? ''];
  if (highlight) out.push(m.highlight!.create({ color: highlight }));
  const font = props.get('rFonts')?.['ascii'] ?? props.get('rFonts')?.['hAnsi'];
  if (font) out.push(m.font!.create({ family: font }));
  return out;
}

/**
 * The format a format change's `before` holds, or null when it cannot be read: its marks (Ostal's
 * own, or those the reader found in the file), else the run properties of DOCX source XML.
 */
export function marksBefore(before: unknown): Mark[] | null {
  const marks = formerMarks(before, textSchema);
  if (marks) return marks.filter(isFormatMark);
  const xml = formerXml(before, 'ooxml');
  return xml === null ? null : marksOfRunProperties(xml);
}

/**
 * Rejects the format changes of `from`–`to` in `tr`: each text's format goes back to its
 * `before` where it can be read; the change marks go.
 */
export function rejectFormatChanges(tr: Transaction, from: number, to: number): void {
  const type = textSchema.marks.format_change!;
  const pieces: { from: number; to: number; marks: Mark[] | null }[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    const change = node.marks.find((m) => m.type === type);
    if (change) pieces.push({ from: Math.max(from, pos), to: Math.min(to, pos + node.nodeSize), marks: marksBefore(change.attrs.before) });
    return false;
  });
  for (const p of pieces) {
    if (p.marks) {
      for (const name of FORMAT_MARKS) tr.removeMark(p.from, p.to, textSchema.marks[name]);
      for (const mark of p.marks) tr.addMark(p.from, p.to, mark);
    }
  }
  tr.removeMark(from, to, type);
}
