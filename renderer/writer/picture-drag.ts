/**
 * Dragging an anchored (floating) picture with the mouse: a press selects it, a move of a few
 * pixels starts the drag, its outline follows the pointer (`drag-outline.ts`), Escape cancels,
 * and the release writes the new offsets (`picture-move.ts`) — and moves the anchor to the
 * paragraph under the pointer when that is another one — as one undo step. Inline pictures
 * are dragged by ProseMirror itself (the node is `draggable`; `drop-cursor.ts` shows where).
 */
import { EMU_PER_PX } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NodeSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { followOutline } from './drag-outline.js';
import type { OutlineDrop } from './drag-outline.js';
import { anchorParagraphStart, movedPlacement, pictureFrameOf, placePicture, placementOf } from './picture-move.js';

/** Top (viewport px) of the page-view sheet at viewport height `y`, or null in the draft view. */
function sheetTopAt(view: EditorView, y: number): number | null {
  let box: HTMLElement | null = view.dom.parentElement;
  while (box && !box.querySelector('.writer-sheet[data-page]')) box = box.parentElement;
  if (!box) return null;
  let top: number | null = null;
  for (const sheet of box.querySelectorAll('.writer-sheet[data-page]')) {
    const t = sheet.getBoundingClientRect().top;
    if (t <= y && (top === null || t > top)) top = t;
  }
  return top;
}

/** Viewport box of the paragraph whose content starts at `start`. */
function paragraphBox(view: EditorView, start: number): DOMRect | null {
  const dom = view.nodeDOM(start - 1);
  return dom instanceof HTMLElement ? dom.getBoundingClientRect() : null;
}

/**
 * Starts moving the anchored picture `node` shown by `dom` from a primary-button press; returns
 * false (doing nothing) when it cannot be moved.
 */
export function startPictureDrag(event: PointerEvent, dom: HTMLElement, node: PMNode, view: EditorView, getPos: () => number | undefined): boolean {
  const pos = getPos();
  if (pos === undefined || event.button !== 0 || !view.editable || node.attrs.placement !== 'anchored') return false;
  event.preventDefault();
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
  view.focus();
  const widthPx = Math.max(1, Math.round(Number(node.attrs.width) / EMU_PER_PX));
  // Screen pixels per CSS pixel of the page (its zoom).
  const shown = dom.getBoundingClientRect().width;
  const scale = shown > 0 ? shown / widthPx : 1;
  const onDrop = ({ event: up, dx, dy, box }: OutlineDrop): void => {
    const at = getPos();
    if (at === undefined || view.isDestroyed) return;
    // The picture lets the pointer through while moving, so the paragraph under it is found.
    const target = view.posAtCoords({ left: up.clientX, top: up.clientY });
    const state = view.state;
    const current = state.doc.nodeAt(at);
    if (!current) return;
    const oldAnchor = anchorParagraphStart(state.doc, at);
    const newAnchor = target ? anchorParagraphStart(state.doc, target.pos) : null;
    const anchor = newAnchor !== null && newAnchor !== oldAnchor ? newAnchor : null;
    const p = placementOf(current);
    // How far the frames moved on screen: the anchor's paragraph, or the sheet.
    let shiftX = 0;
    let shiftY = 0;
    if (anchor !== null && oldAnchor !== null) {
      const from = paragraphBox(view, oldAnchor);
      const to = paragraphBox(view, anchor);
      if (from && to) {
        if (p.xRelative === 'character') shiftX = to.left - from.left;
        if (p.yRelative === 'paragraph' || p.yRelative === 'line') shiftY = to.top - from.top;
      }
    }
    if (p.yRelative === 'page' || p.yRelative === 'margin') {
      const from = sheetTopAt(view, box.top);
      const to = sheetTopAt(view, box.top + dy);
      if (from !== null && to !== null) shiftY = to - from;
    }
    const emu = (px: number): number => Math.round((px / scale) * EMU_PER_PX);
    const offsets = movedPlacement(p, emu(dx), emu(dy), { x: emu(shiftX), y: emu(shiftY) }, pictureFrameOf(state.doc));
    placePicture(at, offsets, anchor)(state, view.dispatch);
    view.focus();
  };
  followOutline(event, dom, onDrop, { onStart: () => dom.classList.add('writer-image--moving'), onEnd: () => dom.classList.remove('writer-image--moving') });
  return true;
}
