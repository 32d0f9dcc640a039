/**
 * Moving a floating (positioned) table by the handle at its top-left corner
 * (`.writer-table-move`, shown while the pointer is over the table): the table's outline
 * follows the pointer (`drag-outline.ts`), Escape cancels, the release changes its `w:tblpPr`
 * offsets (`position.x` / `position.y`, twips, in their own frame: an alignment becomes the
 * offset it stood for, as for pictures in `picture-move.ts`) as one undo step. The table keeps
 * its place among the blocks. From the keyboard, Alt+arrows in its cells move it by 1 mm
 * (Ctrl+Alt+arrows 0.1 mm), as for a floating picture.
 */
import { clampPositionTwips } from '@ostal/model';
import type { TablePosition, TableXAlign, TableYAlign } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { followOutline } from './drag-outline.js';
import { tableWidthOf } from './floating-table.js';
import { movedPlacement, pictureFrameOf } from './picture-move.js';
import type { PictureFrame } from './picture-move.js';

/** EMU per twip (914400 / 1440). */
const EMU_PER_TWIP = 635;
/** Twips per CSS pixel (1440 / 96). */
const TWIPS_PER_PX = 15;

/**
 * The position of a floating table of `size` (twips) moved by (`dx`, `dy`) twips: offsets in the
 * same frames, an alignment kept on an axis it did not move along.
 */
export function movedTablePosition(position: TablePosition, dx: number, dy: number, size: { readonly width: number; readonly height: number }, frame: PictureFrame): TablePosition {
  const e = (twips: number): number => twips * EMU_PER_TWIP;
  const moved = movedPlacement(
    { x: e(position.x), y: e(position.y), xAlign: position.xAlign, yAlign: position.yAlign, xRelative: position.xRelative, yRelative: position.yRelative, width: e(size.width), height: e(size.height) },
    e(dx),
    e(dy),
    { x: 0, y: 0 },
    frame,
  );
  return {
    ...position,
    x: clampPositionTwips(moved.x / EMU_PER_TWIP, true),
    y: clampPositionTwips(moved.y / EMU_PER_TWIP, true),
    xAlign: moved.xAlign as TableXAlign | null,
    yAlign: moved.yAlign as TableYAlign | null,
  };
}

/** The floating table holding the selection (the innermost one), or null. */
function floatingTableAtSelection(state: EditorState): { pos: number; node: PMNode; position: TablePosition } | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name !== 'table') continue;
    const position = node.attrs.position as TablePosition | null;
    return position ? { pos: $from.before(depth), node, position } : null;
  }
  return null;
}

/**
 * Moves the floating table holding the cursor by (`dx`, `dy`) EMU (Alt+arrows, as for a floating
 * picture), as an undo step; false outside a floating table. Its width is its columns'; an
 * alignment down turns into an offset as if the table had no height.
 */
export function nudgeFloatingTable(dx: number, dy: number): Command {
  return (state, dispatch) => {
    const found = floatingTableAtSelection(state);
    if (!found) return false;
    const size = { width: tableWidthOf(found.node) * TWIPS_PER_PX, height: 0 };
    const moved = movedTablePosition(found.position, dx / EMU_PER_TWIP, dy / EMU_PER_TWIP, size, pictureFrameOf(state.doc));
    return setTablePosition(found.pos, moved)(state, dispatch);
  };
}

/** Sets the position of the floating table at `pos`, as an undo step of its own. */
export function setTablePosition(pos: number, position: TablePosition): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'table' || !node.attrs.position) return false;
    if (dispatch) dispatch(closeHistory(state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, position })));
    return true;
  };
}

const labelKey = new PluginKey<() => string>('tableMoveLabel');

/** Gives the tables' move handles their tooltip ("Faire glisser pour déplacer le tableau"), read when shown. */
export function tableMoveLabelPlugin(label: () => string): Plugin<() => string> {
  return new Plugin({ key: labelKey, state: { init: () => label, apply: (_tr, value) => value } });
}

/** Position of the table whose `<table>` element is `table`, or null. */
function tablePosOf(view: EditorView, table: HTMLElement): number | null {
  const $pos = view.state.doc.resolve(view.posAtDOM(table, 0));
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type.name === 'table') return $pos.before(depth);
  return null;
}

/** Drags the floating table drawn by `wrapper` / `table` from a press on its handle. */
function dragTable(event: PointerEvent, view: EditorView, wrapper: HTMLElement, table: HTMLElement): void {
  if (event.button !== 0 || !view.editable) return;
  event.preventDefault();
  event.stopPropagation();
  followOutline(event, table, ({ dx, dy }) => {
    const pos = tablePosOf(view, table);
    const node = pos === null ? null : view.state.doc.nodeAt(pos);
    const position = node?.attrs.position as TablePosition | null | undefined;
    if (pos === null || !node || !position) return;
    // Screen pixels per CSS pixel of the page (its zoom).
    const zoom = (wrapper as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const twips = (px: number): number => Math.round((px / zoom) * TWIPS_PER_PX);
    const box = table.getBoundingClientRect();
    const state: EditorState = view.state;
    const moved = movedTablePosition(position, twips(dx), twips(dy), { width: twips(box.width), height: twips(box.height) }, pictureFrameOf(state.doc));
    setTablePosition(pos, moved)(state, view.dispatch);
    view.focus();
  });
}

/** Adds the move handle to a floating table's view (or takes it away when the table is in the flow). */
export function syncTableMoveHandle(wrapper: HTMLElement, table: HTMLElement, node: PMNode, view: EditorView | undefined): void {
  const existing = wrapper.querySelector(':scope > .writer-table-move');
  if (!node.attrs.position || !view) {
    existing?.remove();
    return;
  }
  if (existing) return;
  const handle = document.createElement('span');
  handle.className = 'writer-table-move';
  handle.contentEditable = 'false';
  handle.setAttribute('aria-hidden', 'true');
  handle.addEventListener('pointerenter', () => {
    handle.title = labelKey.getState(view.state)?.() ?? '';
  });
  handle.addEventListener('pointerdown', (event) => dragTable(event, view, wrapper, table));
  wrapper.prepend(handle);
}
