/**
 * Table of contents from the document's headings: insert one at the cursor, or update every one
 * already there. Entries are paragraphs named "Contents 1"… (LibreOffice's and Word's entry
 * styles), indented by level, each a link to a bookmark set at its heading (`_Toc1`…), so that
 * Ctrl+click goes to the heading and Word / LibreOffice can rebuild it from the kept instruction.
 */
import { textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';

const nodes = textSchema.nodes;

/** The instruction kept for Word (headings 1 to `levels`, entries as links). */
export function tocInstruction(levels: number): string {
  return ` TOC \\o "1-${String(levels)}" \\h \\z \\u `;
}

/** Indent of an entry per level below the first, in twips (0.5 cm). */
const LEVEL_INDENT = 283;

interface HeadingRef {
  readonly pos: number;
  readonly level: number;
  readonly text: string;
  /** The heading's `_Toc` bookmark, when it has one. */
  readonly bookmark: string | null;
}

function headingsOf(doc: PMNode, levels: number): HeadingRef[] {
  const out: HeadingRef[] = [];
  doc.forEach((node, pos) => {
    if (node.type !== nodes.heading || Number(node.attrs.level) > levels) return;
    let bookmark: string | null = null;
    node.forEach((child) => {
      if (bookmark === null && child.type === nodes.bookmark && String(child.attrs.name).startsWith('_Toc')) bookmark = String(child.attrs.name);
    });
    const text = node.textContent.trim();
    if (text !== '') out.push({ pos, level: Number(node.attrs.level), text, bookmark });
  });
  return out;
}

/** Gives every listed heading a `_Toc` bookmark (at its start) and returns the names, in order. */
function bookmarkHeadings(tr: Transaction, headings: readonly HeadingRef[]): string[] {
  const used = new Set<string>();
  tr.doc.descendants((n) => {
    if (n.type === nodes.bookmark) used.add(String(n.attrs.name));
    return true;
  });
  let next = 1;
  const fresh = headings.map((h) => {
    if (h.bookmark) return h.bookmark;
    while (used.has(`_Toc${String(next)}`)) next += 1;
    const name = `_Toc${String(next)}`;
    used.add(name);
    return name;
  });
  for (const [i, h] of headings.entries()) if (!h.bookmark) tr.insert(tr.mapping.map(h.pos + 1), nodes.bookmark!.create({ name: fresh[i] }));
  return fresh;
}

function entries(headings: readonly HeadingRef[], names: readonly string[]): PMNode[] {
  if (headings.length === 0) return [nodes.paragraph!.create()];
  return headings.map((h, i) =>
    nodes.paragraph!.create({ styleName: `Contents ${String(h.level)}`, indentLeft: h.level > 1 ? (h.level - 1) * LEVEL_INDENT : null }, [
      textSchema.text(h.text, [textSchema.marks.link!.create({ href: `#${names[i]!}` })]),
    ]),
  );
}

/** Tables of contents in the document, with their positions. */
function tocs(doc: PMNode): { pos: number; node: PMNode }[] {
  const out: { pos: number; node: PMNode }[] = [];
  doc.forEach((node, pos) => {
    if (node.type === nodes.table_of_contents) out.push({ pos, node });
  });
  return out;
}

/** True when the document has a table of contents to update. */
export function hasTableOfContents(state: EditorState): boolean {
  return tocs(state.doc).length > 0;
}

/** True when the selection is inside a table of contents (its context menu offers to update it). */
export function inTableOfContents(state: EditorState): boolean {
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d -= 1) if ($from.node(d).type === nodes.table_of_contents) return true;
  return false;
}

/** Inserts a table of contents of headings 1 to `levels` before the top-level block holding the cursor. */
export function insertTableOfContents(levels = 3): Command {
  return (state, dispatch) => {
    const $from = state.selection.$from;
    if ($from.depth < 1) return false;
    if (dispatch) {
      const tr = state.tr;
      const headings = headingsOf(state.doc, levels);
      const names = bookmarkHeadings(tr, headings);
      const at = tr.mapping.map($from.before(1));
      tr.insert(at, nodes.table_of_contents!.create({ instruction: tocInstruction(levels), levels }, entries(headings, names)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Rebuilds every table of contents from the headings as they are now (one undo step). */
export const updateTablesOfContents: Command = (state, dispatch) => {
  const found = tocs(state.doc);
  if (found.length === 0) return false;
  if (dispatch) {
    const tr = state.tr;
    const levels = Math.max(...found.map((t) => Number(t.node.attrs.levels) || 3));
    const headings = headingsOf(state.doc, levels);
    const names = bookmarkHeadings(tr, headings);
    for (let i = found.length - 1; i >= 0; i -= 1) {
      const { pos, node } = found[i]!;
      const own = Number(node.attrs.levels) || 3;
      const picked = headings.map((h, k) => [h, names[k]!] as const).filter(([h]) => h.level <= own);
      const start = tr.mapping.map(pos);
      const current = tr.doc.nodeAt(start)!;
      tr.replaceWith(start + 1, start + current.nodeSize - 1, entries(picked.map(([h]) => h), picked.map(([, n]) => n)));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};
