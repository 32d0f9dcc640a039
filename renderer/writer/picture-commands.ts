/**
 * Pictures the user adds and edits: reading a picture file's type and pixel size from its bytes,
 * naming it in the document's media, inserting it at the cursor (fitted to the text width), and
 * the commands on a selected picture (size, alternative text, wrapping). Sizes are EMU, as in the
 * model (`text-image-schema.ts`).
 */
import { EMU_PER_PX, MEDIA_SRC_PREFIX, readPictureHeader, textSchema } from '@ostal/model';
import type { PictureHeader, TextMedia } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import { DEFAULT_MARGINS, PAPER_SIZES, firstSectionOf } from './page-setup.js';

/** What a picture file is: its media type, the extension its media name gets, its size in pixels. */
export type PictureInfo = PictureHeader;

/** Largest side accepted, in pixels (a header announcing more is not a picture we insert). */
const MAX_SIDE = 100_000;

/**
 * The type and pixel size of a picture file (PNG, JPEG, GIF, BMP, WebP), from its bytes; null
 * for anything else (the name's extension is never trusted).
 */
export function pictureInfo(b: Uint8Array): PictureInfo | null {
  return readPictureHeader(b, MAX_SIDE);
}

/** A media name not used yet: `image<n>.<ext>` (the readers' own naming). */
export function newMediaName(media: TextMedia, ext: string): string {
  for (let n = Object.keys(media).length + 1; ; n += 1) {
    const name = `image${String(n)}.${ext}`;
    if (!Object.prototype.hasOwnProperty.call(media, name)) return name;
  }
}

/** EMU per twip (914400 / 1440). */
const EMU_PER_TWIP = 635;

/** Width of the text column of the first section, in EMU (A4 with 2.5 cm margins when undeclared). */
export function textWidthEmu(doc: PMNode): number {
  const section = firstSectionOf(doc);
  const page = section?.page ?? PAPER_SIZES.A4;
  const m = section?.margins ?? DEFAULT_MARGINS;
  return Math.max(EMU_PER_TWIP * 1440, (page.width - m.left - m.right) * EMU_PER_TWIP);
}

/** A picture's size in EMU: its pixels at 96 per inch, scaled down (keeping proportions) to fit `maxWidth`. */
export function fittedSize(info: Pick<PictureInfo, 'widthPx' | 'heightPx'>, maxWidth: number): { width: number; height: number } {
  const width = info.widthPx * EMU_PER_PX;
  const height = info.heightPx * EMU_PER_PX;
  if (width <= maxWidth) return { width, height };
  return { width: Math.round(maxWidth), height: Math.max(1, Math.round((height * maxWidth) / width)) };
}

/** Inserts an inline picture of `media:<name>` at the selection (replacing it) and selects it. */
export function insertPicture(name: string, size: { width: number; height: number }, alt: string | null = null): Command {
  return insertInlineObject(textSchema.nodes.image!.create({ src: `${MEDIA_SRC_PREFIX}${name}`, width: size.width, height: size.height, alt }));
}

/** Inserts an inline object (picture, chart) at the selection, selected, as an undo step of its own. */
export function insertInlineObject(node: PMNode): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if (!$from.parent.inlineContent && !(state.selection instanceof NodeSelection && state.selection.node.isInline)) return false;
    if (dispatch) {
      const tr = state.tr.replaceSelectionWith(node, false);
      const pos = tr.mapping.map(state.selection.from, -1);
      const placed = tr.doc.nodeAt(pos)?.type === node.type ? pos : pos - 1;
      if (tr.doc.nodeAt(placed)?.type === node.type) tr.setSelection(NodeSelection.create(tr.doc, placed));
      // An object inserted is an undo step of its own, not part of the typing before it.
      dispatch(closeHistory(tr.scrollIntoView()));
    }
    return true;
  };
}

/** The selected picture and its position, or null. */
export function selectedPicture(state: EditorState): { pos: number; node: PMNode } | null {
  const sel = state.selection;
  if (sel instanceof NodeSelection && sel.node.type.name === 'image') return { pos: sel.from, node: sel.node };
  return null;
}

/** Changes attributes of the picture at `pos`, keeping it selected. */
function setPictureAttrs(pos: number, attrs: Record<string, unknown>): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'image') return false;
    if (dispatch) {
      const tr = state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
      tr.setSelection(NodeSelection.create(tr.doc, pos));
      // Each resize or change is an undo step of its own, however quickly they follow.
      dispatch(closeHistory(tr));
    }
    return true;
  };
}

/** Smallest picture side, in EMU (about 4 px). */
export const MIN_PICTURE_EMU = 4 * EMU_PER_PX;

/** Resizes the picture at `pos` (EMU, at least {@link MIN_PICTURE_EMU} a side). */
export function setPictureSize(pos: number, width: number, height: number): Command {
  return setPictureAttrs(pos, { width: Math.max(MIN_PICTURE_EMU, Math.round(width)), height: Math.max(MIN_PICTURE_EMU, Math.round(height)) });
}

/** Sets the alternative text (description) and title of the picture at `pos`; empty strings clear them. */
export function setPictureAlt(pos: number, alt: string, title: string): Command {
  const clean = (s: string): string | null => (s.trim() === '' ? null : s.trim());
  return setPictureAttrs(pos, { alt: clean(alt), title: clean(title) });
}

/** How a picture sits among the text, as the "Habillage" choice offers it. */
export const PICTURE_WRAPS = ['inline', 'square', 'top-bottom', 'behind', 'in-front'] as const;
export type PictureWrap = (typeof PICTURE_WRAPS)[number];

/** The wrap choice of a picture (anchored pictures with tight/through/none wrapping count as square). */
export function pictureWrapOf(node: PMNode): PictureWrap {
  if (node.attrs.placement !== 'anchored') return 'inline';
  const wrap = node.attrs.wrap as string;
  return wrap === 'top-bottom' || wrap === 'behind' || wrap === 'in-front' ? wrap : 'square';
}

/**
 * Sets how the picture at `pos` sits: inline in the line, or anchored to its paragraph at the
 * column's left (an anchored picture keeps its position when only its wrapping changes).
 */
export function setPictureWrap(pos: number, wrap: PictureWrap): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'image') return false;
    if (wrap === 'inline') return setPictureAttrs(pos, { placement: 'inline', wrap: 'none', x: 0, y: 0, xAlign: null, yAlign: null, xRelative: 'column', yRelative: 'paragraph' })(state, dispatch);
    if (node.attrs.placement === 'anchored') return setPictureAttrs(pos, { wrap })(state, dispatch);
    return setPictureAttrs(pos, { placement: 'anchored', wrap, xRelative: 'column', yRelative: 'paragraph', x: 0, y: 0, xAlign: null, yAlign: null })(state, dispatch);
  };
}

/**
 * New size of a picture dragged by a handle. `dx`/`dy` are the pointer's move in EMU; `edge`
 * says which sides the handle moves (`n`, `se`...). Corner handles keep the proportions unless
 * `free` (Shift held); side handles change one dimension.
 */
export function resizedSize(start: { width: number; height: number }, edge: string, dx: number, dy: number, free: boolean): { width: number; height: number } {
  const sx = edge.includes('e') ? 1 : edge.includes('w') ? -1 : 0;
  const sy = edge.includes('s') ? 1 : edge.includes('n') ? -1 : 0;
  let width = Math.max(MIN_PICTURE_EMU, start.width + sx * dx);
  let height = Math.max(MIN_PICTURE_EMU, start.height + sy * dy);
  if (sx !== 0 && sy !== 0 && !free) {
    const ratio = start.width / start.height;
    // The larger relative move leads.
    if (Math.abs(width / start.width - 1) >= Math.abs(height / start.height - 1)) height = Math.max(MIN_PICTURE_EMU, width / ratio);
    else width = Math.max(MIN_PICTURE_EMU, height * ratio);
  }
  return { width: Math.round(width), height: Math.round(height) };
}
