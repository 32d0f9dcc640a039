/**
 * Paragraph styles as the style editor sees them. The model keeps a paragraph's style as a name
 * (`styleName`; headings by level, `Normal` for paragraphs without one) with its formatting
 * resolved on the paragraph, so a style's definition is what every paragraph of that style has
 * in common, and modifying a style lays the changed properties on every one of them — in one
 * transaction (one undo step), keeping what a paragraph sets differently on its own.
 */
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { textSchema } from '@ostal/model';
import type { TextAlign } from '@ostal/model';
import { QUOTE_STYLE_NAME } from './commands.js';

/** Which paragraphs a style covers. */
export type StyleKey = { readonly kind: 'normal' } | { readonly kind: 'heading'; readonly level: number } | { readonly kind: 'named'; readonly name: string };

/** What the style editor edits; null: the style does not set it (or its paragraphs differ). */
export interface StyleProps {
  readonly font: string | null;
  /** Points. */
  readonly size: number | null;
  /** `#rrggbb`. */
  readonly color: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly align: TextAlign | null;
  /** Twips. */
  readonly spaceBefore: number | null;
  readonly spaceAfter: number | null;
  readonly indentLeft: number | null;
  readonly indentRight: number | null;
  readonly indentFirstLine: number | null;
}

const BLOCK_KEYS = ['align', 'spaceBefore', 'spaceAfter', 'indentLeft', 'indentRight', 'indentFirstLine'] as const;

/** The style of the paragraph at the cursor. */
export function styleKeyAt(state: EditorState): StyleKey {
  const block = state.selection.$from.parent;
  if (block.type === textSchema.nodes.heading) return { kind: 'heading', level: Number(block.attrs.level) };
  const name = block.attrs.styleName as string | null | undefined;
  return name ? { kind: 'named', name } : { kind: 'normal' };
}

/** True when `node` is a paragraph of style `key`. */
export function hasStyle(node: PMNode, key: StyleKey): boolean {
  const { heading, paragraph } = textSchema.nodes;
  if (key.kind === 'heading') return node.type === heading && Number(node.attrs.level) === key.level;
  if (node.type !== paragraph) return false;
  const name = (node.attrs.styleName as string | null | undefined) ?? null;
  return key.kind === 'named' ? name === key.name : name === null;
}

/** Every paragraph of style `key`, with its position. */
export function paragraphsOf(doc: PMNode, key: StyleKey): { node: PMNode; pos: number }[] {
  const found: { node: PMNode; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (hasStyle(node, key)) found.push({ node, pos });
      return false;
    }
    return true;
  });
  return found;
}

function markValue(marks: readonly Mark[], name: string, attr: string): unknown {
  const mark = marks.find((m) => m.type.name === name);
  return mark ? mark.attrs[attr] : null;
}

/** The properties every paragraph of style `key` shares (its text included); a style without paragraphs sets nothing. */
export function styleProps(doc: PMNode, key: StyleKey): StyleProps {
  return sharedProps(paragraphsOf(doc, key).map((p) => p.node));
}

/** The properties `paragraphs` share (their text included); none: nothing set. */
export function sharedProps(paragraphs: readonly PMNode[]): StyleProps {
  const common = new Map<string, unknown>();
  const differ = new Set<string>();
  const meet = (k: string, v: unknown) => {
    if (differ.has(k)) return;
    if (!common.has(k)) common.set(k, v);
    else if (common.get(k) !== v) {
      common.delete(k);
      differ.add(k);
    }
  };
  for (const node of paragraphs) {
    for (const k of BLOCK_KEYS) meet(k, node.attrs[k] ?? null);
    node.forEach((child) => {
      if (!child.isText) return;
      meet('font', markValue(child.marks, 'font', 'family'));
      meet('size', markValue(child.marks, 'font_size', 'size'));
      meet('color', markValue(child.marks, 'color', 'color'));
      meet('bold', child.marks.some((m) => m.type.name === 'bold'));
      meet('italic', child.marks.some((m) => m.type.name === 'italic'));
    });
  }
  const get = <T>(k: string, fallback: T): T => (common.has(k) ? (common.get(k) as T) : fallback);
  return {
    font: get<string | null>('font', null),
    size: get<number | null>('size', null),
    color: get<string | null>('color', null),
    bold: get('bold', false),
    italic: get('italic', false),
    align: get<TextAlign | null>('align', null),
    spaceBefore: get<number | null>('spaceBefore', null),
    spaceAfter: get<number | null>('spaceAfter', null),
    indentLeft: get<number | null>('indentLeft', null),
    indentRight: get<number | null>('indentRight', null),
    indentFirstLine: get<number | null>('indentFirstLine', null),
  };
}

/** Lays run property `k` = `v` on the text of [from, to). */
export function setRunProp(tr: Transaction, from: number, to: number, k: 'font' | 'size' | 'color' | 'bold' | 'italic', v: unknown): void {
  const m = textSchema.marks;
  const type = { font: m.font, size: m.font_size, color: m.color, bold: m.bold, italic: m.italic }[k];
  if (!type) return;
  tr.removeMark(from, to, type);
  if (v === null || v === false) return;
  const attrs = k === 'font' ? { family: v } : k === 'size' ? { size: v } : k === 'color' ? { color: v } : null;
  tr.addMark(from, to, type.create(attrs));
}

/**
 * Lays on `tr` the change of style `key` from `before` to `after`: every property that changed
 * goes on every paragraph of the style; the others stay as each paragraph has them. Paragraphs of
 * the styles based on it (`derived`, by name) take a changed property too where they had the
 * style's value, as a style inherits what it does not set itself. False when nothing changed.
 */
export function modifyStyleIn(tr: Transaction, key: StyleKey, before: StyleProps, after: StyleProps, derived: readonly string[] = []): boolean {
  const changed = (Object.keys(after) as (keyof StyleProps)[]).filter((k) => after[k] !== before[k]);
  const paragraphs = paragraphsOf(tr.doc, key);
  if (changed.length === 0 || paragraphs.length === 0) return false;
  const lay = (node: PMNode, pos: number, keys: readonly (keyof StyleProps)[]) => {
    const block: Record<string, unknown> = {};
    for (const k of keys) if ((BLOCK_KEYS as readonly string[]).includes(k)) block[k] = after[k];
    if (Object.keys(block).length > 0) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...block });
    for (const k of keys) {
      if (k === 'font' || k === 'size' || k === 'color' || k === 'bold' || k === 'italic') setRunProp(tr, pos + 1, pos + node.nodeSize - 1, k, after[k]);
    }
  };
  for (const { node, pos } of paragraphs) lay(node, pos, changed);
  for (const name of derived) {
    for (const { node, pos } of paragraphsOf(tr.doc, { kind: 'named', name })) {
      const own = sharedProps([node]);
      const keys = changed.filter((k) => own[k] === before[k]);
      if (keys.length > 0) lay(node, pos, keys);
    }
  }
  return true;
}

/** {@link modifyStyleIn} as a command: one transaction. */
export function modifyStyle(key: StyleKey, before: StyleProps, after: StyleProps, derived: readonly string[] = []): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    if (!modifyStyleIn(tr, key, before, after, derived)) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Gives the paragraphs of the selection the new style `name` (their formatting stays: it becomes the style's). */
export function createStyle(name: string): Command {
  return (state, dispatch) => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 200) return false;
    const { from, to } = state.selection;
    const tr = state.tr;
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.type === textSchema.nodes.paragraph) tr.setNodeMarkup(pos, undefined, { ...node.attrs, styleName: trimmed });
      return !node.isTextblock;
    });
    if (!tr.docChanged) return false;
    dispatch?.(tr);
    return true;
  };
}

/** Named styles the document's paragraphs use, sorted. */
export function namedStyles(doc: PMNode): string[] {
  const names = new Set<string>();
  doc.descendants((node) => {
    if (node.isTextblock) {
      const n = node.attrs.styleName as string | null | undefined;
      if (n) names.add(n);
      return false;
    }
    return true;
  });
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** How many paragraphs have style `key`. */
export function styleParagraphCount(doc: PMNode, key: StyleKey): number {
  return paragraphsOf(doc, key).length;
}

/** The name the user knows style `key` by (Normal, Titre 1, Citation, or its own name). */
export function styleDisplayName(key: StyleKey, labels: { readonly styles: Readonly<Record<string, string>> }): string {
  if (key.kind === 'normal') return labels.styles.paragraph ?? 'Normal';
  if (key.kind === 'heading') return labels.styles[`heading${String(key.level)}`] ?? `Heading ${String(key.level)}`;
  return key.name === QUOTE_STYLE_NAME ? (labels.styles.quote ?? key.name) : key.name;
}
