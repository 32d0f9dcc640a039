/**
 * Formatting changes recorded while changes are tracked, and put back when rejected.
 *
 * A transaction made only of character formatting (bold, italic, fonts, colours... added or
 * taken off) is applied as it is, and the text it touched gets a `format_change` mark with the
 * author and date whose `before` keeps the format the text had, as JSON
 * (`{"family":"ostal","marks":[…]}`); text already carrying a format change keeps its first
 * `before` (rejecting goes back to the format before all the changes). Rejecting a format change
 * lays its `before` back on the text: Ostal's own JSON, or the run properties a DOCX file kept
 * (`{"family":"ooxml","xml":"<w:rPr>…"}`: bold, italic, underline, strike, super/subscript, size,
 * colour, highlight, font). A `before` that cannot be read (ODF's, or none) keeps the current
 * format.
 */
import { textSchema } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep } from 'prosemirror-transform';

/** Marks that are the text's format (what a format change records). */
const FORMAT_MARK_NAMES = ['bold', 'italic', 'underline', 'strike', 'superscript', 'subscript', 'font', 'font_size', 'color', 'highlight', 'caps', 'letter_spacing', 'font_east_asian', 'char_style'];
const FORMAT_MARKS = new Set(FORMAT_MARK_NAMES.filter((n) => textSchema.marks[n] !== undefined));

export function isFormatMark(mark: Mark): boolean {
  return FORMAT_MARKS.has(mark.type.name);
}

/** The ranges a transaction of formatting steps only changes, or null when it does anything else. */
export function formattingRanges(tr: Transaction): { from: number; to: number }[] | null {
  if (tr.steps.length === 0) return null;
  const ranges: { from: number; to: number }[] = [];
  for (const step of tr.steps) {
    if (!(step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return null;
    if (!isFormatMark(step.mark)) return null;
    ranges.push({ from: step.from, to: step.to });
  }
  return ranges;
}

/** The `before` of a format change recording `marks` as the text's previous format. */
export function formatBefore(marks: readonly Mark[]): string {
  return JSON.stringify({ family: 'ostal', marks: marks.filter(isFormatMark).map((m) => m.toJSON() as unknown) });
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

/** The format a format change's `before` holds, or null when it cannot be read. */
export function marksBefore(before: unknown): Mark[] | null {
  if (typeof before !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(before);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { family, marks, xml } = parsed as { family?: unknown; marks?: unknown; xml?: unknown };
  try {
    if (family === 'ostal' && Array.isArray(marks)) return marks.map((json) => textSchema.markFromJSON(json)).filter(isFormatMark);
    if (family === 'ooxml' && typeof xml === 'string') return marksOfRunProperties(xml);
  } catch {
    return null;
  }
  return null;
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
