/**
 * The shapes inside groups, as the canvas reaches them: where each member shows on the slide
 * (its frame mapped through every enclosing group's child space, flips and rotation), the member
 * under a point, and a member replaced by id wherever it sits. A double-click on a group edits
 * the text or the chart of the member under the pointer, the group staying selected (it still
 * moves whole), as PowerPoint does. The frame mapping itself is `mapChildFrame` of `@ostal/model`.
 */
import { flattenShapes, mapChildFrame } from '@ostal/model';
import type { DeckShape, GroupShape, Transform } from '@ostal/model';
import { hitTest } from './shape-geometry.js';
import type { Point } from './shape-geometry.js';

/** A shape that is not a group, with its frame on the slide. */
export interface PlacedMember {
  readonly shape: Exclude<DeckShape, GroupShape>;
  readonly frame: Transform;
}

/** Every member of `group` (at `frame` on the slide) that is not itself a group, in z-order, placed on the slide. */
export function groupMembers(group: GroupShape, frame: Transform | undefined): PlacedMember[] {
  const out: PlacedMember[] = [];
  const space = group.childSpace ?? frame;
  for (const child of group.children) {
    const t = mapChildFrame(child.xfrm, frame, space);
    if (child.kind === 'group') out.push(...groupMembers(child, t));
    else if (t && !child.hidden) out.push({ shape: child, frame: t });
  }
  return out;
}

/** The topmost member of `group` under `p` (slide EMU), if any. */
export function memberAt(group: GroupShape, frame: Transform | undefined, p: Point): PlacedMember | undefined {
  const members = groupMembers(group, frame);
  for (let i = members.length - 1; i >= 0; i -= 1) {
    const m = members[i]!;
    if (hitTest(m.frame, p)) return m;
  }
  return undefined;
}

/** Shape `id` among `shapes` (frames on the slide alongside) or inside one of their groups, with its frame. */
export function findPlaced(shapes: readonly DeckShape[], frames: readonly (Transform | undefined)[], id: number | undefined): { shape: DeckShape; frame: Transform | undefined } | undefined {
  if (id === undefined) return undefined;
  const i = shapes.findIndex((s) => s.id === id);
  if (i >= 0) return { shape: shapes[i]!, frame: frames[i] };
  for (let g = 0; g < shapes.length; g += 1) {
    const group = shapes[g]!;
    if (group.kind !== 'group') continue;
    const m = groupMembers(group, frames[g]).find((x) => x.shape.id === id);
    if (m) return m;
  }
  return undefined;
}

/** `shapes` with shape `id` (at any depth) replaced by `change(shape)`; the same array when nothing changed. */
export function replaceShape(shapes: readonly DeckShape[], id: number, change: (shape: DeckShape) => DeckShape): DeckShape[] {
  let changed = false;
  const next = shapes.map((s): DeckShape => {
    if (s.id === id) {
      const r = change(s);
      if (r !== s) changed = true;
      return r;
    }
    if (s.kind !== 'group') return s;
    const children = replaceShape(s.children, id, change);
    if (children === s.children) return s;
    changed = true;
    return { ...s, children };
  });
  return changed ? next : (shapes as DeckShape[]);
}

/** Shape `id`, top-level or inside a group. */
export function findShape(shapes: readonly DeckShape[], id: number): DeckShape | undefined {
  return flattenShapes(shapes).find((s) => s.id === id);
}

/** The member a keyboard user edits with Enter on a selected group: its first member with text, else its first chart. */
export function firstEditableMember(group: GroupShape): DeckShape | undefined {
  const leaves = (g: GroupShape): DeckShape[] => g.children.flatMap((c) => (c.kind === 'group' ? leaves(c) : c.hidden ? [] : [c]));
  const members = leaves(group);
  return members.find((s) => s.kind === 'shape' && s.text !== undefined) ?? members.find((s) => s.kind === 'opaque' && s.chart !== undefined);
}
