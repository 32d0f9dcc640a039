/**
 * One level of a list definition as both writers emit it (a DOCX `w:lvl`, an ODF list level
 * style), built from a list node's format attributes (`text-list-format.ts` in the model).
 */
import { listNumberingOf } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';

/** What one level of a written list definition shows. */
export interface ListLevelDef {
  readonly ordered: boolean;
  /** Ordered lists: `format`/`prefix`/`suffix`/`levels`; bullet lists: `bullet`/`bulletFont`. */
  readonly attrs: Readonly<Record<string, unknown>>;
  /** The level's start value. */
  readonly start: number;
}

/** A key identifying a level definition: equal keys write the same level. */
export function levelKey(def: ListLevelDef): string {
  if (!def.ordered) return `b|${(def.attrs.bullet as string | null | undefined) ?? ''}|${(def.attrs.bulletFont as string | null | undefined) ?? ''}`;
  const n = listNumberingOf(def.attrs);
  return `n|${n.format}|${n.prefix}|${n.suffix}|${String(n.levels)}|${String(def.start)}`;
}

/**
 * The definition a list node asks for at its level. `root` lists start at 1 in the definition
 * (their start is written where the list starts: a DOCX start override, an ODF item start value).
 */
export function levelDefOf(list: PMNode, root: boolean): ListLevelDef {
  const ordered = list.type.name === 'ordered_list';
  if (!ordered) return { ordered, attrs: { bullet: list.attrs.bullet ?? null, bulletFont: list.attrs.bulletFont ?? null }, start: 1 };
  const n = listNumberingOf(list.attrs);
  return { ordered, attrs: { format: n.format, prefix: n.prefix, suffix: n.suffix, levels: n.levels }, start: root ? 1 : Number(list.attrs.order) };
}
