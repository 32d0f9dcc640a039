import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { DEFAULT_TABLE_POSITION, MAX_TABLE_POSITION_TWIPS, textSchema as s } from '@ostal/model';
import type { TablePosition } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { createWriterStateFor } from './editor-state.js';
import { movedTablePosition, nudgeFloatingTable, setTablePosition } from './floating-table-move.js';
import { FINE_NUDGE_EMU, NUDGE_EMU, pictureFrameOf } from './picture-move.js';
import { apply, stateOf } from './test-editor-state.js';

const at = (props: Partial<TablePosition>): TablePosition => ({ ...DEFAULT_TABLE_POSITION, ...props });
const p = (text: string): PMNode => s.node('paragraph', null, [s.text(text)]);
const table = (position: TablePosition | null): PMNode => s.node('table', { position }, [s.node('table_row', null, [s.node('table_cell', null, [p('Service')])])]);
const doc = (...blocks: PMNode[]): PMNode => s.node('doc', null, blocks);
/** A4 with 2.5 cm margins (the default frame): a 9 638-twip text column, 11 906 twips of paper. */
const A4 = pictureFrameOf(doc(p('x')));
const size = { width: 3000, height: 600 };

describe('a floating table dragged by its handle', () => {
  it('adds the move to its offsets, in their own frames, keeping what text keeps from it', () => {
    const from = at({ xRelative: 'margin', yRelative: 'paragraph', x: 1134, y: 283, right: 180 });
    expect(movedTablePosition(from, 900, 450, size, A4)).toEqual({ ...from, x: 2034, y: 733 });
    expect(movedTablePosition(at({ xRelative: 'page', yRelative: 'page', x: 0, y: 0 }), -300, 150, size, A4)).toMatchObject({ x: -300, y: 150 });
  });

  it('turns an alignment into the offset it stood for only on the axis it moved along', () => {
    const centred = at({ xRelative: 'page', xAlign: 'center', yRelative: 'margin', yAlign: 'top', y: 0 });
    expect(movedTablePosition(centred, 150, 0, size, A4)).toMatchObject({ x: Math.round((11906 - 3000) / 2) + 150, xAlign: null, yAlign: 'top' });
    expect(movedTablePosition(at({ xRelative: 'column', xAlign: 'right' }), 0, 0, size, A4)).toMatchObject({ xAlign: 'right' });
  });

  it('stays within what a position keeps', () => {
    expect(movedTablePosition(at({ x: MAX_TABLE_POSITION_TWIPS }), 5000, 0, size, A4).x).toBe(MAX_TABLE_POSITION_TWIPS);
  });

  it('writes the position as one undo step, and leaves tables in the flow alone', () => {
    const start = doc(p('Avant'), table(at({ x: 100, y: 50 })), p('Après'));
    const state = createWriterStateFor(start);
    const pos = start.child(0).nodeSize;
    const moved = apply(state, setTablePosition(pos, at({ x: 1000, y: 500 })));
    expect(moved.doc.nodeAt(pos)?.attrs.position).toMatchObject({ x: 1000, y: 500 });
    expect(apply(moved, undo).doc.eq(start)).toBe(true);
    const inFlow = doc(p('Avant'), table(null));
    expect(setTablePosition(pos, at({ x: 1 }))(createWriterStateFor(inFlow))).toBe(false);
  });

  it('moves by 1 mm (57 twips) or 0.1 mm with the keyboard while the cursor is in its cells; not a table in the flow', () => {
    const start = doc(p('Avant'), table(at({ x: 100, y: 50 })), p('Après'));
    const pos = start.child(0).nodeSize;
    // The cursor in the cell's text.
    const inCell = stateOf(start, pos + 4);
    const right = apply(inCell, nudgeFloatingTable(NUDGE_EMU, 0));
    const up = apply(right, nudgeFloatingTable(0, -FINE_NUDGE_EMU));
    expect(up.doc.nodeAt(pos)?.attrs.position).toMatchObject({ x: 157, y: 44 });
    expect(nudgeFloatingTable(NUDGE_EMU, 0)(stateOf(start, 2))).toBe(false);
    const inFlow = doc(p('Avant'), table(null));
    expect(nudgeFloatingTable(NUDGE_EMU, 0)(stateOf(inFlow, pos + 4))).toBe(false);
  });
});
