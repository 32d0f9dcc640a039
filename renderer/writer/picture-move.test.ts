import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { NodeSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { apply } from './test-editor-state.js';
import { FINE_NUDGE_EMU, NUDGE_EMU, alignedOffset, anchorParagraphStart, movedPlacement, nudgePicture, offsetPlacement, pictureFrameOf, placePicture, placementOf } from './picture-move.js';
import type { PicturePlacement } from './picture-move.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);
const picture = (attrs: Record<string, unknown> = {}) => s.node('image', { src: 'media:a.png', width: 720000, height: 360000, placement: 'anchored', wrap: 'square', x: 100000, y: 50000, ...attrs });
/** A4 with 2.5 cm margins (the default frame). */
const A4 = pictureFrameOf(doc(p('x')));
const base: PicturePlacement = { x: 100000, y: 50000, xAlign: null, yAlign: null, xRelative: 'column', yRelative: 'paragraph', width: 720000, height: 360000 };

/** A writer state (with its undo history) of `node`, the node at `pos` selected. */
function selected(node: PMNode, pos: number): EditorState {
  const state = createWriterStateFor(node);
  return state.apply(state.tr.setSelection(NodeSelection.create(state.doc, pos)));
}

function pictures(state: EditorState): { pos: number; attrs: Record<string, unknown> }[] {
  const out: { pos: number; attrs: Record<string, unknown> }[] = [];
  state.doc.descendants((n, pos) => {
    if (n.type.name === 'image') out.push({ pos, attrs: n.attrs });
  });
  return out;
}

describe('offsets of a moved floating picture', () => {
  it('adds the move to offsets from the column, the margin and the page when the frame stays', () => {
    for (const relative of ['column', 'margin', 'page']) {
      const moved = movedPlacement({ ...base, xRelative: relative, yRelative: relative }, 36000, -20000, { x: 0, y: 0 }, A4);
      expect(moved, relative).toEqual({ x: 136000, y: 30000, xAlign: null, yAlign: null });
    }
  });

  it('takes off how far the anchor paragraph (or character, or page) moved: the picture lands where it was dropped', () => {
    // Dropped 2 cm lower, over a paragraph starting 1.5 cm below the old one: 0.5 cm more from it.
    expect(movedPlacement({ ...base, yRelative: 'paragraph' }, 0, 720000, { x: 0, y: 540000 }, A4)).toMatchObject({ x: 100000, y: 50000 + 180000 });
    expect(movedPlacement({ ...base, yRelative: 'line' }, 0, 720000, { x: 0, y: 540000 }, A4).y).toBe(230000);
    expect(movedPlacement({ ...base, xRelative: 'character' }, 360000, 0, { x: 300000, y: 0 }, A4).x).toBe(160000);
    // Onto the next sheet: the page's top moved by the sheet and its gap.
    expect(movedPlacement({ ...base, yRelative: 'page' }, 0, 10_000_000, { x: 0, y: 9_900_000 }, A4).y).toBe(150000);
  });

  it('keeps an alignment on an axis the picture did not move along, and turns it into an offset on the other', () => {
    const centred = { ...base, xAlign: 'center', yAlign: 'top', xRelative: 'margin', yRelative: 'page' };
    const textWidth = A4.pageWidth - A4.left - A4.right;
    expect(movedPlacement(centred, 36000, 0, { x: 0, y: 0 }, A4)).toEqual({ x: Math.round((textWidth - 720000) / 2) + 36000, y: 50000, xAlign: null, yAlign: 'top' });
    expect(movedPlacement({ ...centred, xAlign: 'right' }, 0, 36000, { x: 0, y: 0 }, A4)).toEqual({ x: 100000, y: 36000, xAlign: 'right', yAlign: null });
    expect(alignedOffset('right', 720000, A4.pageWidth)).toBe(A4.pageWidth - 720000);
    expect(alignedOffset('bottom', 360000, 1_000_000)).toBe(640000);
    expect(alignedOffset('inside', 360000, 1_000_000)).toBe(0);
  });
});

describe('moving a floating picture in the document', () => {
  const start = doc(p('Un ', picture(), 'deux'), p('trois'), p('quatre'));
  const at = 4;

  it('writes new offsets in place, selected, and one undo gives the old ones back', () => {
    const state = selected(start, at);
    const moved = apply(state, placePicture(at, { x: 5, y: 6, xAlign: null, yAlign: null }));
    expect(pictures(moved)).toEqual([{ pos: at, attrs: expect.objectContaining({ x: 5, y: 6, placement: 'anchored' }) as unknown }]);
    expect((moved.selection as NodeSelection).node.type.name).toBe('image');
    expect(apply(moved, undo).doc.eq(start)).toBe(true);
  });

  it('moves the anchor to the start of the paragraph it is dropped over, as one undo step', () => {
    const state = selected(start, at);
    const third = anchorParagraphStart(state.doc, state.doc.content.size - 2)!;
    const moved = apply(state, placePicture(at, { x: 7, y: 8, xAlign: null, yAlign: null }, third));
    expect(moved.doc.child(0).textContent).toBe('Un deux');
    expect(moved.doc.child(2).firstChild?.type.name).toBe('image');
    expect(placementOf(moved.doc.child(2).firstChild!)).toMatchObject({ x: 7, y: 8 });
    expect(pictures(moved)).toHaveLength(1);
    expect((moved.selection as NodeSelection).node.type.name).toBe('image');
    expect(apply(moved, undo).doc.eq(start)).toBe(true);
  });

  it('refuses inline pictures and places that cannot hold a picture', () => {
    const inline = doc(p('a', s.node('image', { src: 'media:a.png' }), 'b'));
    expect(placePicture(2, { x: 1, y: 1, xAlign: null, yAlign: null })(selected(inline, 2))).toBe(false);
    expect(anchorParagraphStart(start, 0)).toBeNull();
  });

  it('nudges the selected floating picture by 1 mm or 0.1 mm with the keyboard commands, each an undo step', () => {
    const state = selected(start, at);
    const right = apply(state, nudgePicture(NUDGE_EMU, 0));
    const down = apply(right, nudgePicture(0, FINE_NUDGE_EMU));
    expect(placementOf(down.doc.nodeAt(at)!)).toMatchObject({ x: 100000 + 36000, y: 50000 + 3600 });
    expect(placementOf(apply(down, undo).doc.nodeAt(at)!)).toMatchObject({ x: 136000, y: 50000 });
    // An inline picture or text: the keys are left to the editor.
    expect(nudgePicture(NUDGE_EMU, 0)(createWriterStateFor(start))).toBe(false);
  });
});

describe('where a floating picture placed by an offset shows', () => {
  it('sits at its offset in the column, the text on the wider side; an aligned or inline one is left to its class', () => {
    // A4, 2.5 cm margins: a 16 cm column (5 760 000 EMU); the picture is 2 cm wide, so it can sit 0..14 cm in.
    const room = A4.pageWidth - A4.left - A4.right - 720000;
    expect(offsetPlacement(picture({ x: 360000 }), A4)).toEqual({ side: 'left', from: 360000 });
    expect(offsetPlacement(picture({ x: 4680000 }), A4)).toEqual({ side: 'right', from: room - 4680000 });
    // From the page: less the left margin; never out of the column.
    expect(offsetPlacement(picture({ x: A4.left + 100000, xRelative: 'page' }), A4)).toEqual({ side: 'left', from: 100000 });
    expect(offsetPlacement(picture({ x: -500000 }), A4)).toEqual({ side: 'left', from: 0 });
    expect(offsetPlacement(picture({ x: 9000000 }), A4)).toEqual({ side: 'right', from: 0 });
    expect(offsetPlacement(picture({ xAlign: 'center' }), A4)).toBeUndefined();
    expect(offsetPlacement(picture({ placement: 'inline' }), A4)).toBeUndefined();
  });
});
