/**
 * Pictures of headers and footers (letterhead logos) as the page view draws them. Pure.
 *
 * An inline picture sits in its line, at its size, and makes its line (so its header) taller.
 * An anchored one is placed at its offset or alignment from its frame, as Word and LibreOffice
 * place it: from the paper's edges (`page`), from the margins (`margin`, `column`,
 * `character`), or from the story's top (`paragraph`, `line`: the story has one paragraph
 * the model can point to, its first); it floats and takes no room, as in Word, so it does not
 * push the body. The story's editor draws it the same way, out of its lines (`editorPlace`).
 */
import { EMU_PER_PX } from '@ostal/model';
import type { Geometry } from './sheet-geometry.js';

/** A picture of a story, sizes and offsets in CSS pixels. */
export interface StoryPicture {
  /** The image node's attributes, as the model has them (for `imageView`). */
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly width: number;
  readonly height: number;
  /** True for an anchored (floating) picture. */
  readonly anchored: boolean;
}

/** Where an anchored picture goes: on the sheet (from the paper's top-left) or in its story's zone (from the zone's top-left). */
export interface PicturePlace {
  readonly frame: 'sheet' | 'zone';
  readonly left: number;
  readonly top: number;
}

const px = (emu: unknown): number => (typeof emu === 'number' && Number.isFinite(emu) ? emu / EMU_PER_PX : 0);

/** The picture of an `image` node's attributes (JSON or a node's). */
export function storyPicture(attrs: Readonly<Record<string, unknown>> | undefined): StoryPicture {
  const a = attrs ?? {};
  return {
    attrs: a,
    width: Math.max(1, Math.round(px(a.width ?? 914400))),
    height: Math.max(1, Math.round(px(a.height ?? 914400))),
    anchored: a.placement === 'anchored',
  };
}

/** Start of a span of `size` aligned in [start, end] (`inside` as left/top, `outside` as right/bottom: one page, no facing pages). */
function aligned(align: unknown, start: number, end: number, size: number): number | null {
  if (align === 'left' || align === 'top' || align === 'inside') return start;
  if (align === 'center') return start + (end - start - size) / 2;
  if (align === 'right' || align === 'bottom' || align === 'outside') return end - size;
  return null;
}

/**
 * Where an anchored picture of a `kind` story sits on a sheet of geometry `g`: across from the
 * paper's or the margin's edge, down from the paper's or the margin's edge (on the sheet), or
 * from the story's top (in the zone, whose left edge is the left margin).
 */
export function anchoredPlace(picture: StoryPicture, g: Geometry): PicturePlace {
  const a = picture.attrs;
  const fromPage = a.xRelative === 'page';
  const [x0, x1] = fromPage ? [0, g.width] : [g.left, g.width - g.right];
  const left = aligned(a.xAlign, x0, x1, picture.width) ?? x0 + px(a.x);
  if (a.yRelative === 'page' || a.yRelative === 'margin') {
    const [y0, y1] = a.yRelative === 'page' ? [0, g.height] : [g.top, g.height - g.bottom];
    return { frame: 'sheet', left, top: aligned(a.yAlign, y0, y1, picture.height) ?? y0 + px(a.y) };
  }
  return { frame: 'zone', left: left - g.left, top: px(a.y) };
}

/** Where an anchored picture sits in its story's editor: from the left and the top of the story's text, or from its bottom. */
export type EditorPlace = { readonly left: number; readonly top: number } | { readonly left: number; readonly bottom: number };

/**
 * Where an anchored picture of a `kind` story on a sheet of geometry `g` is drawn in the story's
 * editor, from the story's text as it sits on the sheet: a header's text starts at its distance
 * from the paper's top, the left margin; a footer's ends at its distance from the paper's bottom
 * (so a picture placed on the sheet is given from that bottom, whatever the footer's height).
 */
export function editorPlace(picture: StoryPicture, g: Geometry, kind: 'header' | 'footer'): EditorPlace {
  const place = anchoredPlace(picture, g);
  if (place.frame === 'zone') return { left: place.left, top: place.top };
  const left = place.left - g.left;
  if (kind === 'header') return { left, top: place.top - g.header };
  return { left, bottom: g.height - g.footer - place.top - picture.height };
}

interface JsonNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly JsonNode[];
}

/** The anchored pictures of a story (as JSON), in order. */
export function anchoredPictures(story: JsonNode | undefined): StoryPicture[] {
  const out: StoryPicture[] = [];
  const walk = (n: JsonNode, depth: number): void => {
    if (depth > 32) return;
    if (n.type === 'image' && n.attrs?.placement === 'anchored') out.push(storyPicture(n.attrs));
    for (const c of n.content ?? []) walk(c, depth + 1);
  };
  if (story) walk(story, 0);
  return out;
}
