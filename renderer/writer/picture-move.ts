/**
 * Moving an anchored (floating) picture: the arithmetic of its offsets and the commands that
 * write them. Offsets are EMU from the frame `xRelative` / `yRelative` name (page, margin,
 * column, character across; page, margin, paragraph, line down), and a move keeps that frame:
 * the offset changes by the move, minus how far the frame itself moved (the anchor's paragraph
 * when the picture is dropped over another one, the page when it is dropped on another sheet).
 * An axis set by an alignment (`xAlign`, `yAlign`) keeps it unless the picture moves along it;
 * then the alignment becomes the offset it stood for, plus the move (as Word does).
 */
import { textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import { DEFAULT_MARGINS, PAPER_SIZES, firstSectionOf } from './page-setup.js';
import { selectedPicture } from './picture-commands.js';

/** EMU in one millimetre: Alt+arrow moves a selected floating picture by this much. */
export const NUDGE_EMU = 36000;
/** EMU in a tenth of a millimetre: Ctrl+Alt+arrow, the fine move. */
export const FINE_NUDGE_EMU = 3600;

/** EMU per twip (914400 / 1440). */
const EMU_PER_TWIP = 635;

/** The page a picture's offsets are measured on, in EMU. */
export interface PictureFrame {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where an anchored picture stands: the attributes a move changes or reads. */
export interface PicturePlacement {
  readonly x: number;
  readonly y: number;
  readonly xAlign: string | null;
  readonly yAlign: string | null;
  readonly xRelative: string;
  readonly yRelative: string;
  readonly width: number;
  readonly height: number;
}

/** The first section's paper and margins in EMU (A4 with 2.5 cm margins when undeclared). */
export function pictureFrameOf(doc: PMNode): PictureFrame {
  const section = firstSectionOf(doc);
  const page = section?.page ?? PAPER_SIZES.A4;
  const m = section?.margins ?? DEFAULT_MARGINS;
  return { pageWidth: page.width * EMU_PER_TWIP, pageHeight: page.height * EMU_PER_TWIP, left: m.left * EMU_PER_TWIP, right: m.right * EMU_PER_TWIP, top: m.top * EMU_PER_TWIP, bottom: m.bottom * EMU_PER_TWIP };
}

/** How long the frame `relative` is along an axis (0 for a paragraph, line or character: aligned to its start). */
function frameExtent(relative: string, across: boolean, frame: PictureFrame): number {
  if (relative === 'page') return across ? frame.pageWidth : frame.pageHeight;
  if (relative === 'margin' || relative === 'column') return across ? frame.pageWidth - frame.left - frame.right : frame.pageHeight - frame.top - frame.bottom;
  return 0;
}

/** The offset an alignment stands for: start (left, top, inside) 0, centre, end (right, bottom, outside). */
export function alignedOffset(align: string, size: number, extent: number): number {
  if (align === 'center') return Math.round((extent - size) / 2);
  if (align === 'right' || align === 'bottom' || align === 'outside') return extent - size;
  return 0;
}

/**
 * Offsets after a move of (`dx`, `dy`) EMU on screen, the frames having moved by `shift` (the new
 * anchor paragraph's or page's place minus the old one's, EMU; zero when they stay).
 */
export function movedPlacement(p: PicturePlacement, dx: number, dy: number, shift: { readonly x: number; readonly y: number }, frame: PictureFrame): Pick<PicturePlacement, 'x' | 'y' | 'xAlign' | 'yAlign'> {
  const axis = (offset: number, align: string | null, relative: string, across: boolean, move: number, size: number): [number, string | null] => {
    if (move === 0) return [offset, align];
    const start = align === null ? offset : alignedOffset(align, size, frameExtent(relative, across, frame));
    return [Math.round(start + move), null];
  };
  const [x, xAlign] = axis(p.x, p.xAlign, p.xRelative, true, dx - shift.x, p.width);
  const [y, yAlign] = axis(p.y, p.yAlign, p.yRelative, false, dy - shift.y, p.height);
  return { x, y, xAlign, yAlign };
}

/** The placement attributes of an image node. */
export function placementOf(node: PMNode): PicturePlacement {
  const a = node.attrs;
  return { x: Number(a.x), y: Number(a.y), xAlign: a.xAlign as string | null, yAlign: a.yAlign as string | null, xRelative: String(a.xRelative), yRelative: String(a.yRelative), width: Number(a.width), height: Number(a.height) };
}

/** Start of the content of the paragraph holding `pos` when it may hold a picture, or null. */
export function anchorParagraphStart(doc: PMNode, pos: number): number | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const block = $pos.node(depth);
    if (!block.isTextblock) continue;
    return block.type.contentMatch.matchType(textSchema.nodes.image!) ? $pos.start(depth) : null;
  }
  return null;
}

/**
 * Moves the anchored picture at `pos` to `offsets`; with `anchor` (the start of another
 * paragraph's content) its anchor goes there too. One transaction, one undo step; the picture
 * stays selected.
 */
export function placePicture(pos: number, offsets: Pick<PicturePlacement, 'x' | 'y' | 'xAlign' | 'yAlign'>, anchor: number | null = null): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'image' || node.attrs.placement !== 'anchored') return false;
    const attrs = { ...node.attrs, ...offsets };
    const sameParagraph = anchor === null || anchorParagraphStart(state.doc, pos) === anchor;
    if (!sameParagraph && anchorParagraphStart(state.doc, anchor) !== anchor) return false;
    if (dispatch) {
      const tr = state.tr;
      let at = pos;
      if (sameParagraph) tr.setNodeMarkup(pos, undefined, attrs);
      else {
        tr.delete(pos, pos + node.nodeSize);
        at = tr.mapping.map(anchor, -1);
        tr.insert(at, node.type.create(attrs, null, node.marks));
      }
      tr.setSelection(NodeSelection.create(tr.doc, at));
      dispatch(closeHistory(tr.scrollIntoView()));
    }
    return true;
  };
}

/** Moves the selected anchored picture by (`dx`, `dy`) EMU (the keyboard's nudge); false for anything else. */
export function nudgePicture(dx: number, dy: number): Command {
  return (state: EditorState, dispatch) => {
    const picture = selectedPicture(state);
    if (!picture || picture.node.attrs.placement !== 'anchored') return false;
    const offsets = movedPlacement(placementOf(picture.node), dx, dy, { x: 0, y: 0 }, pictureFrameOf(state.doc));
    return placePicture(picture.pos, offsets)(state, dispatch);
  };
}

/**
 * Alt+arrows (1 mm) and Ctrl+Alt+arrows (0.1 mm) bound to `nudge(dx, dy)` (EMU): the keys of a
 * selected floating picture or the floating table holding the cursor.
 */
export function nudgeKeys(nudge: (dx: number, dy: number) => Command): Record<string, Command> {
  const keys: Record<string, Command> = {};
  for (const [prefix, step] of [['Alt-', NUDGE_EMU], ['Ctrl-Alt-', FINE_NUDGE_EMU]] as const) {
    keys[`${prefix}ArrowLeft`] = nudge(-step, 0);
    keys[`${prefix}ArrowRight`] = nudge(step, 0);
    keys[`${prefix}ArrowUp`] = nudge(0, -step);
    keys[`${prefix}ArrowDown`] = nudge(0, step);
  }
  return keys;
}

/**
 * Where a floating picture placed by an offset across (no alignment) shows in its column: how far
 * (EMU) from the column's left edge, and on which side the text flows — the wider one, as for
 * floating tables. Undefined for an aligned or inline picture (its layout class places it).
 */
export function offsetPlacement(node: PMNode, frame: PictureFrame): { readonly side: 'left' | 'right'; readonly from: number } | undefined {
  if (node.attrs.placement !== 'anchored' || node.attrs.xAlign) return undefined;
  const x = Number(node.attrs.x) || 0;
  const fromColumn = node.attrs.xRelative === 'page' ? x - frame.left : x;
  const room = Math.max(0, frame.pageWidth - frame.left - frame.right - (Number(node.attrs.width) || 0));
  const at = Math.max(0, Math.min(fromColumn, room));
  // Text beside it on its right when the picture sits in the column's left half, else on its left.
  return at <= room / 2 ? { side: 'left', from: at } : { side: 'right', from: room - at };
}
