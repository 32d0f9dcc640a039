/**
 * Hyperlinks and bookmarks: read the link at the selection, set or remove one, insert a bookmark.
 * Addresses go through the model's `safeLinkHref` (web, mail and `#bookmark` targets only).
 */
import { safeLinkHref, textSchema } from '@ostal/model';
import type { Command, EditorState } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';

export interface LinkAtSelection {
  readonly href: string;
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

const linkType = textSchema.marks.link!;

/**
 * The address as typed, made a link target: "exemple.fr" becomes "https://exemple.fr",
 * "agent@exemple.fr" "mailto:agent@exemple.fr"; null when it cannot be a safe target.
 */
export function normalizeHref(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) return safeLinkHref(`mailto:${text}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('#')) return safeLinkHref(text);
  if (/^[^\s/]+\.[^\s/]+/.test(text)) return safeLinkHref(`https://${text}`);
  return null;
}

/** The whole link around the cursor or at the selection start, or null. */
export function linkAt(state: EditorState): LinkAtSelection | null {
  const { $from } = state.selection;
  const mark = linkType.isInSet($from.marks()) ?? linkType.isInSet($from.nodeAfter?.marks ?? []);
  if (!mark) return null;
  const parent = $from.parent;
  const start = $from.start();
  // The runs of children carrying this same mark; the one holding the cursor.
  const runs: [number, number][] = [];
  let run: [number, number] | null = null;
  parent.forEach((child, offset) => {
    const pos = start + offset;
    if (mark.isInSet(child.marks)) {
      if (run) run[1] = pos + child.nodeSize;
      else run = [pos, pos + child.nodeSize];
    } else if (run) {
      runs.push(run);
      run = null;
    }
  });
  if (run) runs.push(run);
  const hit = runs.find(([a, b]) => a <= $from.pos && $from.pos <= b);
  if (!hit) return null;
  const [from, to] = hit;
  return { href: mark.attrs.href as string, from, to, text: state.doc.textBetween(from, to) };
}

/**
 * Makes the selection (or the link at the cursor) a link to `href`; with an empty selection and
 * no link there, inserts `text` (or the address itself) as a link. `text`, when given and
 * different, replaces the linked text.
 */
export function setLink(href: string, text?: string): Command {
  return (state, dispatch) => {
    const target = safeLinkHref(href);
    if (target === null) return false;
    const mark = linkType.create({ href: target });
    const existing = linkAt(state);
    let { from, to } = state.selection;
    if (state.selection.empty && existing) ({ from, to } = existing);
    if (dispatch) {
      const tr = state.tr;
      const current = state.doc.textBetween(from, to);
      const wanted = text !== undefined && text.trim() !== '' ? text : from === to ? target.replace(/^mailto:/, '') : current;
      if (wanted !== current) {
        const marks = state.doc.resolve(from).marksAcross(state.doc.resolve(to)) ?? state.selection.$from.marks();
        tr.replaceWith(from, to, textSchema.text(wanted, marks.filter((m) => m.type !== linkType)));
        to = from + wanted.length;
      }
      tr.removeMark(from, to, linkType).addMark(from, to, mark);
      tr.setSelection(TextSelection.create(tr.doc, to)).removeStoredMark(linkType);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Removes the link at the cursor, or every link in the selection. */
export const removeLink: Command = (state, dispatch) => {
  const existing = linkAt(state);
  let { from, to } = state.selection;
  if (state.selection.empty) {
    if (!existing) return false;
    ({ from, to } = existing);
  } else if (!state.doc.rangeHasMark(from, to, linkType)) return false;
  if (dispatch) dispatch(state.tr.removeMark(from, to, linkType));
  return true;
};

/** Names of the bookmarks in the document, in order. */
export function bookmarkNames(state: EditorState): string[] {
  const names: string[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === 'bookmark') names.push(node.attrs.name as string);
    return node.isBlock;
  });
  return names;
}

/** A bookmark name files accept: letters, digits and underscores, starting with a letter, at most 40 characters (Word's rule). */
export function isValidBookmarkName(name: string): boolean {
  return /^\p{L}[\p{L}\p{N}_]{0,39}$/u.test(name);
}

/** Inserts a bookmark named `name` at the cursor (names are unique: an existing one is refused). */
export function insertBookmark(name: string): Command {
  return (state, dispatch) => {
    if (!isValidBookmarkName(name) || bookmarkNames(state).includes(name)) return false;
    const bookmark = textSchema.nodes.bookmark!.create({ name });
    if (!state.selection.$from.parent.inlineContent) return false;
    if (dispatch) dispatch(state.tr.insert(state.selection.from, bookmark).scrollIntoView());
    return true;
  };
}
