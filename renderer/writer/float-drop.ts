/**
 * How far down from its anchor a floating picture or table shows (pure): its offset down, read
 * from the frame its `yRelative` names, turned into CSS pixels below the place the object would
 * take in its paragraph (the anchor's top, where the view floats it).
 *
 * - From the paragraph (or line): the offset itself; no page needed.
 * - From the page or the margin: the page view measures where the anchor stands on its sheet
 *   (`onPage`, CSS pixels from the paper's top); the drop is the target height on that sheet
 *   minus that. An alignment (top, centre, bottom) stands for the offset it means in that frame.
 *   In the draft view (no sheets) there is no such place: null, the object stays at its anchor.
 *
 * A drop never lifts the object above its sheet's paper (a negative offset is clamped at the page
 * top), nor takes it past the paper's bottom: an offset that would is pinned there, the object
 * whole on its anchor's sheet, as LibreOffice lays it out (measured: a 100 px picture 27 cm below
 * a paragraph at the top margin of an A4 page ends at the page's bottom edge, none of it on the
 * next page). With no sheet, never above the anchor.
 */
import { EMU_PER_PX, TWIPS_PER_PX } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { TablePosition } from '@ostal/model';
import { pictureFrameOf } from './picture-move.js';

/**
 * Class of a picture shown below its anchor: its paragraph, in a long document, is painted whole
 * (writer.css), else the picture would be cut at the paragraph's end.
 */
export const DROPPED_CLASS = 'writer-float--dropped';

/** The page a drop is measured on, in CSS pixels. */
export interface DropPage {
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
}

/** The vertical placement of a floating object, in CSS pixels. */
export interface VerticalPlace {
  readonly y: number;
  readonly yAlign: string | null;
  readonly yRelative: string;
  /** The object's height. */
  readonly height: number;
}

/** True when the offset down is from the anchor's paragraph (or line): shown without measuring a page. */
export const fromParagraph = (relative: string): boolean => relative === 'paragraph' || relative === 'line';

/** Where an alignment puts an object of `size` in a frame `extent` long: top 0, centre, bottom. */
function aligned(align: string, size: number, extent: number): number {
  if (align === 'center') return (extent - size) / 2;
  if (align === 'bottom' || align === 'outside') return extent - size;
  return 0;
}

/**
 * CSS pixels between the object's place at its anchor and where it shows, or null when the view
 * cannot tell (an offset from the page or the margin without a measured sheet).
 * @param onPage the anchor's top on its sheet (CSS px from the paper's top), null in the draft view
 * @example floatDrop({ y: 113, yAlign: null, yRelative: 'paragraph', height: 50 }, page, null) // 113
 */
export function floatDrop(place: VerticalPlace, page: DropPage, onPage: number | null): number | null {
  let drop: number;
  if (fromParagraph(place.yRelative)) drop = place.yAlign === null ? place.y : 0;
  else if (onPage === null) return null;
  else {
    const margin = place.yRelative === 'margin';
    const start = margin ? page.marginTop : 0;
    const extent = margin ? page.height - page.marginTop - page.marginBottom : page.height;
    drop = start + (place.yAlign === null ? place.y : aligned(place.yAlign, place.height, extent)) - onPage;
  }
  if (onPage !== null) drop = Math.min(drop, page.height - place.height - onPage);
  const lowest = onPage === null ? 0 : -onPage;
  return Math.round(Math.max(drop, lowest) * 100) / 100;
}

/** A sheet of the page view as drawn: its top on screen and its screen pixels per CSS pixel (the zoom). */
export interface DrawnSheet {
  readonly top: number;
  readonly scale: number;
}

/**
 * Where a floating object's anchor stands in the page view: the sheet it is on (index in `sheets`,
 * sorted top down: the last one starting at or above it) and its top on that sheet, CSS pixels.
 * The anchor's top on screen is `anchorTop` when given — a floating table's anchor is the paragraph
 * after it, which a page starting there puts on the next sheet while the table's box, out of the
 * flow, could still be measured on the sheet before — else the object's own top (`objectTop`,
 * screen pixels) less the `drop` (CSS pixels) it is shown with.
 * @example anchorOnSheet([{ top: 0, scale: 1 }, { top: 1150, scale: 1 }], 600, 0, 1226) // { sheet: 1, onPage: 76 }
 */
export function anchorOnSheet(sheets: readonly DrawnSheet[], objectTop: number, drop: number, anchorTop: number | null): { sheet: number; onPage: number } {
  let sheet = 0;
  const natural = anchorTop ?? objectTop - drop * (sheets[0]?.scale ?? 1);
  sheets.forEach((s, i) => {
    if (s.top <= natural + 0.5) sheet = i;
  });
  const on = sheets[sheet] ?? { top: 0, scale: 1 };
  return { sheet, onPage: (natural - on.top) / on.scale };
}

/** The drop a floating picture's node view gives it by itself: its offset below its paragraph (`picture-box.ts`), else 0. */
export function ownDrop(place: VerticalPlace): number {
  return fromParagraph(place.yRelative) && place.yAlign === null && place.y > 0 ? (floatDrop(place, { height: 0, marginTop: 0, marginBottom: 0 }, null) ?? 0) : 0;
}

/** The first section's page in CSS pixels (A4 with 2.5 cm margins when undeclared). */
export function dropPageOf(doc: PMNode): DropPage {
  const f = pictureFrameOf(doc);
  return { height: f.pageHeight / EMU_PER_PX, marginTop: f.top / EMU_PER_PX, marginBottom: f.bottom / EMU_PER_PX };
}

/** The vertical placement of an anchored picture (EMU attributes) in CSS pixels. */
export function pictureVertical(node: PMNode): VerticalPlace {
  const a = node.attrs;
  return { y: (Number(a.y) || 0) / EMU_PER_PX, yAlign: (a.yAlign as string | null) ?? null, yRelative: String(a.yRelative), height: (Number(a.height) || 0) / EMU_PER_PX };
}

/** The vertical placement of a floating table (twips) in CSS pixels; its height is measured by the view (`height`). */
export function tableVertical(position: TablePosition, height: number): VerticalPlace {
  return { y: position.y / TWIPS_PER_PX, yAlign: position.yAlign, yRelative: position.yRelative, height };
}

/** True for a picture the view floats (square, tight, through, top and bottom): the ones a drop moves. */
export function isFloatingPicture(node: PMNode): boolean {
  if (node.type.name !== 'image' || node.attrs.placement !== 'anchored') return false;
  const wrap = node.attrs.wrap as string;
  return wrap === 'square' || wrap === 'tight' || wrap === 'through' || wrap === 'top-bottom';
}

/**
 * The inline style that shows a float `drop` CSS pixels down: its top margin, and a wrap shape
 * starting at its border box (a float's margin would otherwise keep the lines beside it short).
 */
export function dropStyle(drop: number): { readonly marginTop: string; readonly shapeOutside: string } {
  const px = `${String(drop)}px`;
  return { marginTop: px, shapeOutside: drop > 0 ? `inset(${px} 0 0 0)` : '' };
}
