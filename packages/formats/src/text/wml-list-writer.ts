/**
 * Allocates the WordprocessingML numbering of a document's lists (ECMA-376 Part 1, 17.9.1
 * `w:abstractNum`, 17.9.15 `w:num`, 17.9.8 `w:lvlOverride`, 17.9.26 `w:startOverride`).
 *
 * A top-level list and the lists nested in it form one *nest*, written as one `w:num`, so that a
 * label showing parent levels ("1.1.") counts like Word does. Each nest records the format of
 * each level as its lists use it; a nested list whose format differs from what its level already
 * holds starts a nest of its own. Nests with the same level formats share one `w:abstractNum`
 * (one definition per distinct list format). A nest restarts at its first list's `order` through
 * a `w:startOverride`; a list that `continues` the previous nest of the same format, at the number
 * that nest reached, reuses its `w:num` instead, which is how Word continues numbering.
 */
import { defaultBullet } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { levelDefOf, levelKey } from './list-level-def.js';
import type { ListLevelDef as WmlLevelDef } from './list-level-def.js';

/** Levels of an abstract numbering definition (`w:ilvl` 0-8). */
export const WML_LEVELS = 9;

/** One nest of lists: one `w:num`. */
export interface WmlListNest {
  readonly numId: number;
  /** Level where the nest's first list sits, which the start override applies to. */
  readonly ilvl: number;
  readonly start: number;
  /** Level definitions used so far (the first list at each level decides). */
  readonly levels: (WmlLevelDef | undefined)[];
  /** The numbers the reader will have counted at each level so far (17.9: a level's item restarts the levels below it). */
  readonly counts: (number | undefined)[];
  abstractId: number;
}

/** The nests of a document and the abstract definitions they share. */
export class WmlListAllocator {
  readonly nests: WmlListNest[] = [];
  /** Abstract definitions, each 9 level definitions, in id order (filled by {@link finish}). */
  readonly abstracts: WmlLevelDef[][] = [];

  /** @param firstNumId the `w:numId` of the first nest (ids before it are the heading outline's). */
  constructor(private readonly firstNumId = 1) {}

  /**
   * The nest a list at `ilvl` is written in: `parent` (the nest of the enclosing list) when its
   * level has the same definition there and would count from the list's `order`; the previous
   * nest of the same format when the list `continues` it at the number it reached; otherwise a
   * new nest, restarting at `order`.
   */
  place(list: PMNode, ilvl: number, parent: WmlListNest | null): WmlListNest {
    const ordered = list.type.name === 'ordered_list';
    const order = ordered ? Number(list.attrs.order) : 1;
    if (parent) {
      const def = levelDefOf(list, false);
      const known = parent.levels[ilvl];
      const next = parent.counts[ilvl] !== undefined ? parent.counts[ilvl] + 1 : (known ?? def).start;
      if (!known && next === order) {
        // A level that only counted as skipped (from 1, see `item`) keeps that start.
        parent.levels[ilvl] = parent.counts[ilvl] !== undefined ? { ...def, start: 1 } : def;
        return parent;
      }
      if (known && levelKey(known) === levelKey(def) && (!ordered || next === order)) return parent;
    }
    const def = levelDefOf(list, true);
    if (ordered && list.attrs.continues === true) {
      const previous = [...this.nests].reverse().find((n) => n.levels[ilvl] !== undefined && levelKey(n.levels[ilvl]) === levelKey(def));
      if (previous && previous.counts[ilvl] !== undefined && previous.counts[ilvl] + 1 === order) return previous;
    }
    const levels: (WmlLevelDef | undefined)[] = Array.from({ length: WML_LEVELS }, () => undefined);
    levels[ilvl] = def;
    const nest: WmlListNest = { numId: this.nests.length + this.firstNumId, ilvl, start: order, levels, counts: [], abstractId: -1 };
    this.nests.push(nest);
    return nest;
  }

  /** Counts one item at `ilvl` of `nest`, as the reader will. */
  item(nest: WmlListNest, ilvl: number): void {
    // Levels above it that have not counted yet (skipped levels) count from their start, as the reader does.
    for (let l = nest.ilvl; l < ilvl; l++) nest.counts[l] ??= l === nest.ilvl ? nest.start : (nest.levels[l]?.start ?? 1);
    const start = ilvl === nest.ilvl && nest.counts[ilvl] === undefined ? nest.start : (nest.levels[ilvl]?.start ?? 1);
    nest.counts[ilvl] = (nest.counts[ilvl] ?? start - 1) + 1;
    nest.counts.length = ilvl + 1;
  }

  /** Fills unused levels with defaults and shares abstract definitions between equal nests. */
  finish(): void {
    const byKey = new Map<string, number>();
    for (const nest of this.nests) {
      const rootOrdered = nest.levels[nest.ilvl]?.ordered ?? false;
      const full = nest.levels.map(
        (def, ilvl): WmlLevelDef =>
          def && !def.ordered && def.attrs.bullet == null ? { ...def, attrs: { bullet: defaultBullet(ilvl), bulletFont: null } } : def ?? (rootOrdered ? { ordered: true, attrs: {}, start: 1 } : { ordered: false, attrs: { bullet: defaultBullet(ilvl), bulletFont: null }, start: 1 }),
      );
      const key = full.map(levelKey).join('\n');
      let id = byKey.get(key);
      if (id === undefined) {
        id = this.abstracts.length;
        this.abstracts.push(full);
        byKey.set(key, id);
      }
      nest.abstractId = id;
    }
  }
}
