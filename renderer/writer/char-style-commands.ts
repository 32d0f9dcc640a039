/**
 * Character styles as their dialog sees them. The model keeps a run's character style as a
 * `char_style` mark with its formatting resolved on the run (ordinary marks), so a character
 * style's definition is what all its runs share; modifying it lays each changed property on
 * every run of the style (and on the runs of the styles based on it that had the style's value),
 * in one transaction. Renaming changes the mark and the style sheet; deleting takes the style and
 * the formatting it gave off its runs, and the styles based on it take its parent.
 */
import type { Command, Transaction } from 'prosemirror-state';
import type { Mark, MarkType, Node as PMNode } from 'prosemirror-model';
import { derivedStyles, isStyleName, styleDef, textSchema, withStyleDef } from '@ostal/model';
import type { TextStyleDef } from '@ostal/model';

const styleSheetOf = (doc: PMNode): readonly TextStyleDef[] | null => (doc.attrs.styles as readonly TextStyleDef[] | null | undefined) ?? null;

/** Capitals of a character style: all (upper case) or small capitals. */
export type CapsVariant = 'all' | 'small';

/** What the character style dialog edits; null / false: the style does not set it (or its runs differ). */
export interface CharStyleProps {
  readonly font: string | null;
  /** Points. */
  readonly size: number | null;
  /** `#rrggbb`. */
  readonly color: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly caps: CapsVariant | null;
  /** Points (negative condenses). */
  readonly letterSpacing: number | null;
  /** BCP 47 tag of Latin text. */
  readonly lang: string | null;
}

export const CHAR_STYLE_KEYS = ['font', 'size', 'color', 'bold', 'italic', 'underline', 'caps', 'letterSpacing', 'lang'] as const;
type Key = (typeof CHAR_STYLE_KEYS)[number];
const FLAGS: readonly Key[] = ['bold', 'italic', 'underline'];

const m = textSchema.marks;
const MARK_OF: Record<Key, { type: MarkType; attr: string | null }> = {
  font: { type: m.font!, attr: 'family' },
  size: { type: m.font_size!, attr: 'size' },
  color: { type: m.color!, attr: 'color' },
  bold: { type: m.bold!, attr: null },
  italic: { type: m.italic!, attr: null },
  underline: { type: m.underline!, attr: null },
  caps: { type: m.caps!, attr: 'variant' },
  letterSpacing: { type: m.letter_spacing!, attr: 'spacing' },
  lang: { type: m.language!, attr: 'lang' },
};

/** The value of property `k` on a run with `marks`. */
function valueOf(marks: readonly Mark[], k: Key): unknown {
  const { type, attr } = MARK_OF[k];
  const mark = type.isInSet(marks);
  if (attr === null) return mark !== undefined;
  return mark ? ((mark.attrs[attr] as unknown) ?? null) : null;
}

/** The text runs of character style `name` in the body, with their positions. */
export function charStyleRuns(doc: PMNode, name: string): { node: PMNode; pos: number }[] {
  const type = m.char_style!;
  const runs: { node: PMNode; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.isText && type.isInSet(node.marks)?.attrs.name === name) runs.push({ node, pos });
    return true;
  });
  return runs;
}

/** What `runs` share (none: nothing set). */
export function sharedCharProps(runs: readonly PMNode[]): CharStyleProps {
  const out: Record<string, unknown> = {};
  for (const k of CHAR_STYLE_KEYS) {
    const values = new Set(runs.map((r) => valueOf(r.marks, k)));
    const only = values.size === 1 ? [...values][0] : undefined;
    out[k] = only === undefined ? (FLAGS.includes(k) ? false : null) : only;
  }
  return out as unknown as CharStyleProps;
}

/** What every run of character style `name` shares. */
export function charStyleProps(doc: PMNode, name: string): CharStyleProps {
  return sharedCharProps(charStyleRuns(doc, name).map((r) => r.node));
}

/** Sets property `k` to `v` on [from, to) (null / false: takes it off); other languages of the text stay. */
function setCharProp(tr: Transaction, from: number, to: number, k: Key, v: unknown): void {
  const { type, attr } = MARK_OF[k];
  if (k === 'lang') {
    // The language mark also holds the East-Asian and complex-script languages: keep them per run.
    tr.doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isText) return true;
      const a = Math.max(from, pos);
      const b = Math.min(to, pos + node.nodeSize);
      const old = type.isInSet(node.marks);
      const rest = { eastAsia: (old?.attrs.eastAsia as string | null | undefined) ?? null, complex: (old?.attrs.complex as string | null | undefined) ?? null };
      tr.removeMark(a, b, type);
      if (v !== null || rest.eastAsia !== null || rest.complex !== null) tr.addMark(a, b, type.create({ lang: v, ...rest }));
      return false;
    });
    return;
  }
  tr.removeMark(from, to, type);
  if (v === null || v === false) return;
  tr.addMark(from, to, type.create(attr === null ? null : { [attr]: v }));
}

/**
 * Lays on `tr` the change of character style `name` from `before` to `after` on all its runs;
 * the runs of the styles based on it (`derived`) take a changed property where they had the
 * style's value. False when nothing changed.
 */
export function modifyCharStyleIn(tr: Transaction, name: string, before: CharStyleProps, after: CharStyleProps, derived: readonly string[] = []): boolean {
  const changed = CHAR_STYLE_KEYS.filter((k) => after[k] !== before[k]);
  const runs = charStyleRuns(tr.doc, name);
  if (changed.length === 0 || runs.length === 0) return false;
  for (const { node, pos } of runs) for (const k of changed) setCharProp(tr, pos, pos + node.nodeSize, k, after[k]);
  for (const child of derived) {
    for (const { node, pos } of charStyleRuns(tr.doc, child)) {
      for (const k of changed) if (valueOf(node.marks, k) === before[k]) setCharProp(tr, pos, pos + node.nodeSize, k, after[k]);
    }
  }
  return true;
}

/** The style sheet entry of character style `name`: what it is based on (null: no other style). */
export function charStyleBasedOn(doc: PMNode, name: string): string | null {
  return styleDef(styleSheetOf(doc), 'character', name)?.basedOn ?? null;
}

/** Character styles `name` may be based on: the others but those based on it (no loops). */
export function charBasedOnChoices(names: readonly string[], sheet: readonly TextStyleDef[] | null, name: string): string[] {
  const below = new Set([name, ...derivedStyles(sheet, 'character', name)]);
  return names.filter((n) => !below.has(n));
}

/** What the character style dialog gives back. */
export interface CharStyleChange {
  /** The style's name after the change (its former name: not renamed). */
  readonly name: string;
  readonly basedOn: string | null;
  readonly props: CharStyleProps;
}

/** `sheet` with character style `from` named `to` (its entry and the entries based on it). */
function renamedSheet(sheet: readonly TextStyleDef[] | null, from: string, to: string): TextStyleDef[] | null {
  let out: TextStyleDef[] | null = sheet ? [...sheet] : null;
  const own = styleDef(sheet, 'character', from);
  if (own) out = withStyleDef(withStyleDef(out, 'character', from, null, null), 'character', to, own.basedOn, null);
  for (const d of sheet ?? []) if (d.family === 'character' && d.basedOn === from && d.name !== from) out = withStyleDef(out, 'character', d.name, to, null);
  return out;
}

/** Renames the `char_style` marks of `from` to `to` in the body. */
function renameRuns(tr: Transaction, from: string, to: string): void {
  const type = m.char_style!;
  for (const { node, pos } of charStyleRuns(tr.doc, from)) tr.addMark(pos, pos + node.nodeSize, type.create({ name: to }));
}

/**
 * Modifies character style `name`: its formatting from `before` to the change's, what it is
 * based on (a new parent lays on its runs what the parent has and the style does not set), and
 * its name. One transaction; false when nothing changes or the new name is taken or invalid.
 */
export function modifyCharStyle(name: string, before: CharStyleProps, change: CharStyleChange, taken: (name: string) => boolean): Command {
  return (state, dispatch) => {
    const newName = change.name.trim();
    if (!isStyleName(newName) || (newName !== name && taken(newName))) return false;
    const tr = state.tr;
    const sheet = styleSheetOf(state.doc);
    let changed = modifyCharStyleIn(tr, name, before, change.props, derivedStyles(sheet, 'character', name));
    const wasBasedOn = charStyleBasedOn(state.doc, name);
    const basedOn = change.basedOn === name ? null : change.basedOn;
    if (basedOn !== wasBasedOn) {
      tr.setDocAttribute('styles', withStyleDef(sheet, 'character', name, basedOn, null));
      changed = true;
      if (basedOn !== null) {
        const parent = charStyleProps(tr.doc, basedOn);
        const own = charStyleProps(tr.doc, name);
        const inherited: Record<string, unknown> = { ...own };
        for (const k of CHAR_STYLE_KEYS) if ((own[k] === null || own[k] === false) && parent[k] !== null && parent[k] !== false) inherited[k] = parent[k];
        modifyCharStyleIn(tr, name, own, inherited as unknown as CharStyleProps);
      }
    }
    if (newName !== name) {
      renameRuns(tr, name, newName);
      tr.setDocAttribute('styles', renamedSheet(styleSheetOf(tr.doc), name, newName));
      changed = true;
    }
    if (!changed) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/**
 * Deletes character style `name`: its runs lose the style and the formatting it gave them (what
 * all its runs share), as in Word; the styles based on it are based on its parent. One
 * transaction.
 */
export function deleteCharStyle(name: string): Command {
  return (state, dispatch) => {
    const runs = charStyleRuns(state.doc, name);
    const sheet = styleSheetOf(state.doc);
    const own = styleDef(sheet, 'character', name);
    const children = (sheet ?? []).filter((d) => d.family === 'character' && d.basedOn === name);
    if (runs.length === 0 && !own && children.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      const props = sharedCharProps(runs.map((r) => r.node));
      for (const { node, pos } of runs) {
        tr.removeMark(pos, pos + node.nodeSize, m.char_style);
        for (const k of CHAR_STYLE_KEYS) if (props[k] !== null && props[k] !== false) setCharProp(tr, pos, pos + node.nodeSize, k, null);
      }
      let next: TextStyleDef[] | null = withStyleDef(sheet, 'character', name, null, null);
      for (const d of children) next = withStyleDef(next, 'character', d.name, own?.basedOn ?? null, null);
      if (next !== sheet) tr.setDocAttribute('styles', next);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** The marks that give a run `props` (a style's formatting, for a run or the cursor). */
export function charPropsMarks(props: CharStyleProps): Mark[] {
  const marks: Mark[] = [];
  for (const k of CHAR_STYLE_KEYS) {
    const v = props[k];
    if (v === null || v === false) continue;
    const { type, attr } = MARK_OF[k];
    marks.push(type.create(attr === null ? null : { [attr]: v }));
  }
  return marks;
}
