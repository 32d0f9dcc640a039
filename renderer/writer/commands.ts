/**
 * Editing commands of the writer, as plain ProseMirror commands over `textSchema`: usable from
 * the toolbar, the keymap and tests alike (they need an EditorState only, no DOM).
 */
import { toggleMark } from 'prosemirror-commands';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { outlineOf, textSchema } from '@ostal/model';
import type { TextMarkName } from '@ostal/model';
import type { Node as PMNode, NodeType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';

/** Paragraph styles offered by the style select and the styles gallery ("Normal", "Titre 1"…"Titre 6", "Citation"). */
export type BlockStyle = 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'heading5' | 'heading6' | 'quote';

export const BLOCK_STYLES: readonly BlockStyle[] = ['paragraph', 'heading1', 'heading2', 'heading3', 'heading4', 'heading5', 'heading6', 'quote'];

/**
 * Name of the quotation paragraph style in files (Word's built-in "Quote", which LibreOffice
 * maps to its own); a quote is also indented by {@link QUOTE_INDENT} on both sides, so that it
 * reads as one wherever the file is opened.
 */
export const QUOTE_STYLE_NAME = 'Quote';
/** Half an inch, in twips. */
export const QUOTE_INDENT = 720;

export type ListKind = 'bullet' | 'ordered';

const nodes = textSchema.nodes;

function markType(name: TextMarkName) {
  const type = textSchema.marks[name];
  if (!type) throw new RangeError(`The text schema has no mark ${name}.`);
  return type;
}

function listType(kind: ListKind): NodeType {
  const type = kind === 'bullet' ? nodes.bullet_list : nodes.ordered_list;
  if (!type) throw new RangeError(`The text schema has no ${kind} list.`);
  return type;
}

/** Toggles bold, italic or underline on the selection (or the stored marks at the cursor). */
export function toggleTextMark(name: TextMarkName): Command {
  return toggleMark(markType(name));
}

/** True when the mark is active at the cursor or across the whole selection. */
export function isMarkActive(state: EditorState, name: TextMarkName): boolean {
  const type = markType(name);
  const { from, to, empty, $from } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** Text blocks (paragraphs, headings) the selection touches, with their positions. */
function selectedTextblocks(state: EditorState): { node: PMNode; pos: number }[] {
  const out: { node: PMNode; pos: number }[] = [];
  const { from, to } = state.selection;
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) {
      out.push({ node, pos });
      return false;
    }
    return true;
  });
  return out;
}

function isQuote(node: PMNode): boolean {
  return node.type === nodes.paragraph && node.attrs.styleName === QUOTE_STYLE_NAME;
}

/**
 * Gives the selected text blocks a paragraph style: Normal, a heading of level 1-6 or a
 * quotation. Direct paragraph formatting (alignment, spacing...) stays; the quote's indents go
 * when a quote becomes something else.
 */
export function setBlockStyle(style: BlockStyle): Command {
  return (state, dispatch) => {
    const target = style === 'paragraph' || style === 'quote' ? nodes.paragraph! : nodes.heading!;
    const blocks = selectedTextblocks(state).filter(({ node, pos }) => {
      if (node.type !== nodes.paragraph && node.type !== nodes.heading) return false;
      // A list item starts with a paragraph: it cannot become a heading.
      const $pos = state.doc.resolve(pos);
      return $pos.parent.canReplaceWith($pos.index(), $pos.index() + 1, target);
    });
    if (blocks.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const { node, pos } of blocks) {
        const attrs: Record<string, unknown> = { ...node.attrs };
        delete attrs.level;
        if (isQuote(node)) {
          attrs.styleName = null;
          if (attrs.indentLeft === QUOTE_INDENT) attrs.indentLeft = null;
          if (attrs.indentRight === QUOTE_INDENT) attrs.indentRight = null;
        }
        if (style === 'paragraph') tr.setNodeMarkup(pos, nodes.paragraph, attrs);
        else if (style === 'quote') tr.setNodeMarkup(pos, nodes.paragraph, { ...attrs, styleName: QUOTE_STYLE_NAME, indentLeft: QUOTE_INDENT, indentRight: QUOTE_INDENT });
        else {
          // A heading's style is its level; a paragraph style name it had would override it in files.
          // In a document whose headings are numbered (text-outline.ts), a new heading is numbered too.
          const numbered = node.type === nodes.heading ? attrs.numbered : outlineOf(state.doc) !== null;
          tr.setNodeMarkup(pos, nodes.heading, { ...attrs, styleName: null, level: Number(style.slice('heading'.length)), numbered });
        }
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** The style of the text block holding the selection start. */
export function currentBlockStyle(state: EditorState): BlockStyle {
  const parent = state.selection.$from.parent;
  if (parent.type === nodes.heading) {
    const level = Math.min(6, Math.max(1, Number(parent.attrs.level)));
    return `heading${String(level)}` as BlockStyle;
  }
  if (isQuote(parent)) return 'quote';
  return 'paragraph';
}

/** The kind of the innermost list around the selection, or null. */
export function currentListKind(state: EditorState): ListKind | null {
  const $from = state.selection.$from;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const type = $from.node(depth).type;
    if (type === nodes.bullet_list) return 'bullet';
    if (type === nodes.ordered_list) return 'ordered';
  }
  return null;
}

/**
 * Toggles a list: wraps the selection in a list of `kind`, lifts it out when it already is one,
 * or switches the innermost list to `kind` when it is the other kind.
 */
export function toggleList(kind: ListKind): Command {
  return (state, dispatch) => {
    const current = currentListKind(state);
    if (current === kind) return liftListItem(nodes.list_item!)(state, dispatch);
    if (current !== null) {
      const $from = state.selection.$from;
      for (let depth = $from.depth; depth > 0; depth -= 1) {
        const node = $from.node(depth);
        if (node.type === nodes.bullet_list || node.type === nodes.ordered_list) {
          if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(depth), listType(kind)).scrollIntoView());
          return true;
        }
      }
      return false;
    }
    return wrapInList(listType(kind))(state, dispatch);
  };
}
