/**
 * The box a floating picture takes beside the text (pure): its layout class (floating left or
 * right, a block of its own, or a float as wide as the column for a "top and bottom" picture
 * shown below its anchor's top), its side margins (an offset across) and its drop (an offset
 * down from its paragraph). `picture-view.ts` puts it on the picture; `float-anchor.ts` puts the
 * same box, empty, at the start of the paragraph when the picture stands further in it.
 */
import { EMU_PER_PX } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { alignedOffset, offsetPlacement, pictureFrameOf } from './picture-move.js';
import { dropPageOf, dropStyle, floatDrop, fromParagraph, pictureVertical } from './float-drop.js';

/** Where an anchored picture stands beside the text, in CSS terms. */
export interface PictureBox {
  /** `writer-image--float-left`, `--float-right`, `--block` or `--float-block`. */
  readonly layout: string;
  /** Inline margins across ('' leaves the stylesheet's). */
  readonly marginLeft: string;
  readonly marginRight: string;
  /** CSS pixels below its paragraph's place (an offset down from the paragraph; 0 otherwise). */
  readonly drop: number;
}

/** Layout class of an anchored picture from its wrapping (inline pictures have none). */
export function pictureLayoutClass(node: PMNode): string | null {
  if (node.attrs.placement !== 'anchored') return null;
  const wrap = node.attrs.wrap as string;
  if (wrap === 'top-bottom') return 'writer-image--block';
  if (wrap === 'square' || wrap === 'tight' || wrap === 'through') return node.attrs.xAlign === 'right' || node.attrs.xAlign === 'outside' ? 'writer-image--float-right' : 'writer-image--float-left';
  return null;
}

const pxOf = (emu: number): string => `${String(Math.round(emu / EMU_PER_PX))}px`;

/**
 * The box of an anchored picture in document `doc`, or null for one the text does not flow
 * around (inline, behind or in front of the text).
 * Placed by an offset across, it floats on the side of the column it sits in (the text beside it
 * on the wider side); a "top and bottom" picture shown anywhere but at its anchor's top becomes
 * a float as wide as the column, so the text fills the room above it and resumes below.
 */
export function pictureBox(node: PMNode, doc: PMNode): PictureBox | null {
  let layout = pictureLayoutClass(node);
  if (!layout) return null;
  const frame = pictureFrameOf(doc);
  let marginLeft = '';
  let marginRight = '';
  const placed = offsetPlacement(node, frame);
  if (placed) {
    if (layout === 'writer-image--block') marginLeft = pxOf(placed.from);
    else {
      layout = placed.side === 'left' ? 'writer-image--float-left' : 'writer-image--float-right';
      if (placed.side === 'left') marginLeft = pxOf(placed.from);
      else marginRight = pxOf(placed.from);
    }
  }
  const place = pictureVertical(node);
  const atTop = fromParagraph(place.yRelative) && place.yAlign === null && place.y === 0;
  if (layout === 'writer-image--block' && !atTop) {
    const width = Number(node.attrs.width) || 0;
    const column = frame.pageWidth - frame.left - frame.right;
    const xAlign = node.attrs.xAlign as string | null;
    const fromPage = node.attrs.xRelative === 'page';
    const left = xAlign ? alignedOffset(xAlign, width, fromPage ? frame.pageWidth : column) - (fromPage ? frame.left : 0) : (placed?.from ?? 0);
    const leftPx = Math.max(0, Math.round(left / EMU_PER_PX));
    layout = 'writer-image--float-block';
    marginLeft = `${String(leftPx)}px`;
    marginRight = `calc(100% - ${String(leftPx + Math.round(width / EMU_PER_PX))}px)`;
  }
  // From the paragraph, here (a positive offset; a negative one is the page view's, clamped at the sheet's top).
  const drop = fromParagraph(place.yRelative) && place.yAlign === null && place.y > 0 ? (floatDrop(place, dropPageOf(doc), null) ?? 0) : 0;
  return { layout, marginLeft, marginRight, drop };
}

/** Gives `dom` the box: its layout class, margins and drop (with its wrap shape). */
export function applyPictureBox(dom: HTMLElement, box: PictureBox): void {
  dom.classList.add(box.layout);
  if (box.marginLeft) dom.style.marginLeft = box.marginLeft;
  if (box.marginRight) dom.style.marginRight = box.marginRight;
  if (box.drop > 0) Object.assign(dom.style, dropStyle(box.drop));
}
