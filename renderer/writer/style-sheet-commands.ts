/**
 * Named styles in use: applying a paragraph style from the list, character styles (`char_style`
 * marks) applied, created and listed, the style sheet's "based on" and "next style"
 * (`packages/model/src/text-styles.ts`), and Enter at the end of a paragraph starting one of its
 * next style. Formatting stays resolved in the model: applying a style lays on the text what
 * its other paragraphs (or runs) share.
 */
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { derivedStyles, nextStyleOf, styleDef, textSchema, withStyleDef } from '@ostal/model';
import type { TextStyleDef } from '@ostal/model';
import { QUOTE_STYLE_NAME } from './commands.js';
import { charPropsMarks, charStyleProps } from './char-style-commands.js';
import { modifyStyleIn, namedStyles, paragraphsOf, setRunProp, sharedProps, styleProps } from './paragraph-styles.js';
import type { StyleKey, StyleProps } from './paragraph-styles.js';

const BLOCK_KEYS = ['align', 'spaceBefore', 'spaceAfter', 'indentLeft', 'indentRight', 'indentFirstLine'] as const;
const RUN_KEYS = ['font', 'size', 'color', 'bold', 'italic'] as const;

/** The style sheet of `doc` (null: none). */
export function styleSheetOf(doc: PMNode): readonly TextStyleDef[] | null {
  return (doc.attrs.styles as readonly TextStyleDef[] | null | undefined) ?? null;
}

/** Named paragraph styles of the document: those paragraphs use and those the sheet names, sorted (Citation left out: it is in the list already). */
export function paragraphStyleNames(doc: PMNode): string[] {
  const names = new Set(namedStyles(doc));
  for (const d of styleSheetOf(doc) ?? []) {
    if (d.family !== 'paragraph') continue;
    names.add(d.name);
    if (d.basedOn) names.add(d.basedOn);
    if (d.next) names.add(d.next);
  }
  names.delete(QUOTE_STYLE_NAME);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Character styles of the document: those its text uses and those the sheet names, sorted. */
export function charStyleNames(doc: PMNode): string[] {
  const names = new Set<string>();
  const type = textSchema.marks.char_style!;
  doc.descendants((node) => {
    if (node.isInline) {
      const mark = type.isInSet(node.marks);
      if (mark) names.add(mark.attrs.name as string);
    }
    return true;
  });
  for (const d of styleSheetOf(doc) ?? []) {
    if (d.family !== 'character') continue;
    names.add(d.name);
    if (d.basedOn) names.add(d.basedOn);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The character style at the cursor (or of the selection's start), or null. */
export function charStyleAt(state: EditorState): string | null {
  const { $from, empty } = state.selection;
  const marks = empty ? (state.storedMarks ?? $from.marks()) : ($from.nodeAfter?.marks ?? $from.marks());
  const mark = textSchema.marks.char_style!.isInSet(marks);
  return mark ? (mark.attrs.name as string) : null;
}

/** What the runs of character style `name` share: font, size, colour, bold, italic (null / false: not shared). */
export function charStyleFormat(doc: PMNode, name: string): Pick<StyleProps, 'font' | 'size' | 'color' | 'bold' | 'italic'> {
  const type = textSchema.marks.char_style!;
  const runs: PMNode[] = [];
  doc.descendants((node) => {
    if (node.isText && type.isInSet(node.marks)?.attrs.name === name) runs.push(node);
    return true;
  });
  // The runs as one paragraph: sharedProps reads the text's marks.
  const props = runs.length === 0 ? null : sharedProps([textSchema.nodes.paragraph!.create(null, runs)]);
  return { font: props?.font ?? null, size: props?.size ?? null, color: props?.color ?? null, bold: props?.bold ?? false, italic: props?.italic ?? false };
}

/** Lays paragraph style formatting `props` on the block at `pos` (its text included); unset values leave the block as it is. */
function layParagraphProps(tr: Transaction, pos: number, props: StyleProps, attrs: Record<string, unknown>): void {
  for (const k of BLOCK_KEYS) if (props[k] !== null) attrs[k] = props[k];
  tr.setNodeMarkup(pos, textSchema.nodes.paragraph, attrs);
  const node = tr.doc.nodeAt(pos)!;
  for (const k of RUN_KEYS) {
    const v = props[k];
    if (v !== null && v !== false) setRunProp(tr, pos + 1, pos + node.nodeSize - 1, k, v);
  }
}

/**
 * Gives the paragraphs of the selection named style `name`, with what the style's other
 * paragraphs share (headings become paragraphs). One transaction.
 */
export function applyParagraphStyle(name: string): Command {
  return (state, dispatch) => {
    const props = styleProps(state.doc, { kind: 'named', name });
    const { from, to } = state.selection;
    const blocks: { node: PMNode; pos: number }[] = [];
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.type === textSchema.nodes.paragraph || node.type === textSchema.nodes.heading) blocks.push({ node, pos });
      return !node.isTextblock;
    });
    if (blocks.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const { node, pos } of blocks) {
        const { level: _level, numbered: _numbered, ...rest } = node.attrs as Record<string, unknown>;
        const attrs: Record<string, unknown> = { ...rest, styleName: name };
        for (const k of Object.keys(attrs)) if (!(k in textSchema.nodes.paragraph!.spec.attrs!)) delete attrs[k];
        layParagraphProps(tr, pos, props, attrs);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** The marks of character style `name` with what its runs share (for a run or the cursor). */
function charStyleMarks(doc: PMNode, name: string): Mark[] {
  return [textSchema.marks.char_style!.create({ name }), ...charPropsMarks(charStyleProps(doc, name))];
}

/**
 * Gives the selection character style `name` with what the style's other runs share, or (null)
 * takes the character style and its formatting off. With an empty selection the cursor takes
 * it for what is typed next.
 */
export function applyCharStyle(name: string | null): Command {
  return (state, dispatch) => {
    const type = textSchema.marks.char_style!;
    const { from, to, empty } = state.selection;
    const current = charStyleAt(state);
    if (name === current && name === null) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    // What the current style gave goes with it.
    const old = current === null ? [] : charStyleMarks(state.doc, current);
    const marks = name === null ? [] : charStyleMarks(state.doc, name);
    if (empty) {
      let stored = state.storedMarks ?? state.selection.$from.marks();
      for (const mk of old) stored = mk.removeFromSet(stored);
      for (const mk of marks) stored = mk.addToSet(stored);
      tr.setStoredMarks(stored);
    } else {
      tr.removeMark(from, to, type);
      for (const mk of old) if (mk.type !== type) tr.removeMark(from, to, mk);
      for (const mk of marks) tr.addMark(from, to, mk);
    }
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Names a new character style after the selected text: it takes the style, its formatting stays (and becomes the style's). */
export function createCharStyle(name: string): Command {
  return (state, dispatch) => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 200) return false;
    const { from, to, empty } = state.selection;
    const mark = textSchema.marks.char_style!.create({ name: trimmed });
    if (dispatch) {
      const tr = state.tr;
      if (empty) tr.setStoredMarks(mark.addToSet(state.storedMarks ?? state.selection.$from.marks()));
      else tr.addMark(from, to, mark);
      dispatch(tr);
    }
    return true;
  };
}

/** What the style dialog sets beyond formatting, for a named paragraph style. */
export interface StyleRelations {
  /** The style it is based on; null: Normal. */
  readonly basedOn: string | null;
  /** The next paragraph's style: its own name (the same style), another, or null (Normal). */
  readonly next: string | null;
}

/** The relations of named paragraph style `name` in the sheet of `doc`. */
export function styleRelations(doc: PMNode, name: string): StyleRelations {
  const def = styleDef(styleSheetOf(doc), 'paragraph', name);
  return { basedOn: def?.basedOn ?? null, next: def ? def.next : name };
}

/** Styles `name` may be based on: the named paragraph styles but itself and those based on it (no loops). */
export function basedOnChoices(doc: PMNode, name: string): string[] {
  const below = new Set([name, ...derivedStyles(styleSheetOf(doc), 'paragraph', name)]);
  return paragraphStyleNames(doc).filter((n) => !below.has(n));
}

/**
 * Modifies style `key` (its formatting from `before` to `after`, and for a named style its
 * relations), in one transaction: the styles based on it follow what they do not set
 * themselves, and a new "based on" lays on its paragraphs what the new parent has and they do
 * not set.
 */
export function modifyStyleAndRelations(key: StyleKey, before: StyleProps, after: StyleProps, relations: StyleRelations | null): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    const sheet = styleSheetOf(state.doc);
    const name = key.kind === 'named' ? key.name : null;
    let changed = modifyStyleIn(tr, key, before, after, name === null ? [] : derivedStyles(sheet, 'paragraph', name));
    if (name !== null && relations) {
      const was = styleRelations(state.doc, name);
      if (relations.basedOn !== was.basedOn || relations.next !== was.next) {
        tr.setDocAttribute('styles', withStyleDef(sheet, 'paragraph', name, relations.basedOn, relations.next));
        changed = true;
      }
      if (relations.basedOn !== null && relations.basedOn !== was.basedOn) {
        const parent = styleProps(tr.doc, { kind: 'named', name: relations.basedOn });
        const own = styleProps(tr.doc, key);
        const inherited: Record<string, unknown> = { ...own };
        for (const k of Object.keys(own) as (keyof StyleProps)[]) if ((own[k] === null || own[k] === false) && parent[k] !== null && parent[k] !== false) inherited[k] = parent[k];
        if (modifyStyleIn(tr, key, own, inherited as unknown as StyleProps)) changed = true;
      }
    }
    if (!changed) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/**
 * Enter at the end of a paragraph of a named style: the new paragraph takes the style's next
 * style — the same one by default, with the paragraph's formatting, as in Word; another with
 * what that style's paragraphs share; Normal without formatting. Elsewhere it does nothing, and
 * the usual Enter runs.
 */
export const splitToNextStyle: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  const block = $from.parent;
  if (!empty || block.type !== textSchema.nodes.paragraph || $from.parentOffset !== block.content.size) return false;
  const name = block.attrs.styleName as string | null;
  if (name === null || name === QUOTE_STYLE_NAME) return false;
  const next = nextStyleOf(styleSheetOf(state.doc), name);
  if (!$from.node(-1).canReplaceWith($from.index(-1) + 1, $from.index(-1) + 1, textSchema.nodes.paragraph)) return false;
  if (dispatch) {
    const tr = state.tr.split($from.pos);
    const pos = tr.mapping.map($from.pos);
    const at = tr.doc.resolve(pos).before();
    if (next === name) tr.setStoredMarks(state.storedMarks ?? $from.marks());
    else if (next === null) tr.setNodeMarkup(at, textSchema.nodes.paragraph, null);
    else {
      const props = styleProps(state.doc, { kind: 'named', name: next });
      const attrs: Record<string, unknown> = { ...textSchema.nodes.paragraph.create().attrs, styleName: next };
      for (const k of BLOCK_KEYS) if (props[k] !== null) attrs[k] = props[k];
      tr.setNodeMarkup(at, textSchema.nodes.paragraph, attrs);
      const m = textSchema.marks;
      const marks: Mark[] = [];
      if (props.font) marks.push(m.font!.create({ family: props.font }));
      if (props.size) marks.push(m.font_size!.create({ size: props.size }));
      if (props.color) marks.push(m.color!.create({ color: props.color }));
      if (props.bold) marks.push(m.bold!.create());
      if (props.italic) marks.push(m.italic!.create());
      tr.setStoredMarks(marks);
    }
    const stored = tr.storedMarks;
    tr.setSelection(TextSelection.create(tr.doc, at + 1));
    tr.setStoredMarks(next === null ? [] : stored);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** How many paragraphs have named style `name`. */
export function namedStyleCount(doc: PMNode, name: string): number {
  return paragraphsOf(doc, { kind: 'named', name }).length;
}
