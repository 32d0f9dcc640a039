/**
 * Images (inline and anchored) and bookmarks: node specs of the text schema. Spread into
 * `textSchema` by `text-schema.ts`.
 *
 * `image` is an inline atom. Its picture is `src`, a reference into the document's media
 * (`media:<name>`, see {@link TextDocument.media}), never a remote address; a linked picture
 * (not stored in the file) keeps its target in `link` and is never fetched: it shows as a
 * placeholder.
 *
 * Units: `width`, `height`, `x` and `y` are **EMU** (English Metric Units, 914400 per inch,
 * 360000 per centimetre, 12700 per point, 9525 per CSS pixel), integers: DrawingML's own unit,
 * and ODF lengths written in centimetres with six decimals read back to the same integer.
 *
 * Placement: `inline` pictures sit in the line like a character. `anchored` ones float: their
 * position is `x`/`y` (or `xAlign`/`yAlign` when set) from the `xRelative`/`yRelative` frame
 * (`page`, `margin`, `column` or `character` across; `page`, `margin`, `paragraph` or `line`
 * down), text flows around them as `wrap` says, `z` orders overlapping ones (higher on top) and
 * `overlap` false keeps one clear of the others (Word's "allow overlap" off).
 *
 * `text_frame` is a text box: a block holding blocks, with the size and placement of a picture,
 * standing right after the paragraph that anchors it.
 *
 * `bookmark` is an inline point (an atom with no width) whose `name` internal links (`#name`)
 * target.
 */
import type { DOMOutputSpec, MarkSpec, NodeSpec } from 'prosemirror-model';
import { validEmbeddedObject } from './text-embedded-object.js';

/** EMU in one inch. */
export const EMU_PER_INCH = 914400;
/** EMU in one CSS pixel (96 per inch). */
export const EMU_PER_PX = 9525;
/** Prefix of `src` values that name an entry of the document's media. */
export const MEDIA_SRC_PREFIX = 'media:';

/** How text flows around an anchored picture. */
export const IMAGE_WRAPS = ['none', 'square', 'tight', 'through', 'top-bottom', 'behind', 'in-front'] as const;
export type ImageWrap = (typeof IMAGE_WRAPS)[number];
/** What an anchored picture's offsets are measured from. */
export const IMAGE_RELATIVES = ['page', 'margin', 'column', 'character', 'paragraph', 'line'] as const;
export type ImageRelative = (typeof IMAGE_RELATIVES)[number];
/** Alignments that replace an offset: across (`left`...) and down (`top`...). */
export const IMAGE_ALIGNS = ['left', 'center', 'right', 'top', 'bottom', 'inside', 'outside'] as const;

function oneOf(values: readonly string[], name: string, nullable = false): (v: unknown) => void {
  return (v) => {
    if (nullable && v === null) return;
    if (typeof v !== 'string' || !values.includes(v)) throw new RangeError(`${name} must be one of ${values.join(', ')}.`);
  };
}

function emu(name: string): (v: unknown) => void {
  return (v) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2 ** 40) throw new RangeError(`${name} must be an integer number of EMU.`);
  };
}

/** A `src` the model accepts: empty (a linked or missing picture) or `media:<name>`. */
export function validImageSrc(v: unknown): boolean {
  return typeof v === 'string' && (v === '' || (v.startsWith(MEDIA_SRC_PREFIX) && v.length > MEDIA_SRC_PREFIX.length && !/[\s"<>]/.test(v)));
}

/** CSS size of a picture from its EMU size (at least one pixel). */
function cssSize(attrs: Record<string, unknown>): string {
  const px = (v: unknown): string => `${String(Math.max(1, Math.round(Number(v) / EMU_PER_PX)))}px`;
  return `width: ${px(attrs.width)}; height: ${px(attrs.height)}`;
}

/** Placement attributes shared by pictures and text frames (see the module comment). */
export const placementAttrs = {
  placement: { default: 'inline', validate: oneOf(['inline', 'anchored'], 'placement') },
  xRelative: { default: 'column', validate: oneOf(IMAGE_RELATIVES, 'xRelative') },
  yRelative: { default: 'paragraph', validate: oneOf(IMAGE_RELATIVES, 'yRelative') },
  x: { default: 0, validate: emu('x') },
  y: { default: 0, validate: emu('y') },
  /** Alignment across, replacing `x` (`left`, `center`, `right`, `inside`, `outside`), or null. */
  xAlign: { default: null, validate: oneOf(IMAGE_ALIGNS, 'xAlign', true) },
  /** Alignment down, replacing `y` (`top`, `center`, `bottom`, `inside`, `outside`), or null. */
  yAlign: { default: null, validate: oneOf(IMAGE_ALIGNS, 'yAlign', true) },
  wrap: { default: 'none', validate: oneOf(IMAGE_WRAPS, 'wrap') },
  /** Stacking order among anchored pictures (higher on top). */
  z: { default: 0, validate: 'number' },
  /** Whether the object may overlap other floating objects (Word's `allowOverlap`, on unless a file says no). */
  overlap: { default: true, validate: 'boolean' },
} as const;

export const imageNodeSpecs: Record<string, NodeSpec> = {
  image: {
    inline: true,
    group: 'inline',
    atom: true,
    draggable: true,
    attrs: {
      /** `media:<name>`, or '' when the picture is linked or missing. */
      src: { default: '', validate: (v: unknown) => { if (!validImageSrc(v)) throw new RangeError('Image sources must be media:<name> references.'); } },
      /** Target of a linked picture (kept, never fetched), or null. */
      link: { default: null, validate: 'string|null' },
      width: { default: 914400, validate: emu('width') },
      height: { default: 914400, validate: emu('height') },
      /** Alternative text (description). */
      alt: { default: null, validate: 'string|null' },
      title: { default: null, validate: 'string|null' },
      /** Name of the drawing object in the file, or null. */
      name: { default: null, validate: 'string|null' },
      /** The embedded object this picture shows (text-embedded-object.ts), or null for a plain picture. */
      object: { default: null, validate: (v: unknown) => { if (v !== null && !validEmbeddedObject(v)) throw new RangeError('An embedded object needs a kind, media:<name> data, a ProgID or null and an icon flag.'); } },
      ...placementAttrs,
    },
    parseDOM: [
      {
        tag: 'img[data-src]',
        getAttrs: (dom) => {
          const src = dom.getAttribute('data-src') ?? '';
          if (!validImageSrc(src)) return false;
          const n = (name: string, fallback: number): number => {
            const v = Number.parseInt(dom.getAttribute(name) ?? '', 10);
            return Number.isFinite(v) && v > 0 ? v : fallback;
          };
          return { src, width: n('data-width', 914400), height: n('data-height', 914400), alt: dom.getAttribute('alt'), title: dom.getAttribute('title') };
        },
      },
    ],
    // The editor's node view loads the picture from the document's media; this is the plain form.
    toDOM: (node): DOMOutputSpec => [
      'img',
      {
        'data-src': node.attrs.src as string,
        'data-width': String(node.attrs.width),
        'data-height': String(node.attrs.height),
        'data-placement': node.attrs.placement as string,
        alt: (node.attrs.alt as string | null) ?? '',
        title: node.attrs.title as string | null,
        style: cssSize(node.attrs),
      },
    ],
  },
  /**
   * A text box: block content in a frame of its own, anchored (or inline) like a picture. It
   * stands as a block right after the paragraph that anchors it.
   */
  text_frame: {
    group: 'block',
    content: 'block+',
    isolating: true,
    attrs: {
      width: { default: 914400, validate: emu('width') },
      height: { default: 914400, validate: emu('height') },
      name: { default: null, validate: 'string|null' },
      ...placementAttrs,
    },
    parseDOM: [{ tag: 'div.text-frame' }],
    toDOM: (node): DOMOutputSpec => [
      'div',
      { class: 'text-frame', 'data-placement': node.attrs.placement as string, style: `width: ${String(Math.max(1, Math.round(Number(node.attrs.width) / EMU_PER_PX)))}px` },
      0,
    ],
  },
  bookmark: {
    inline: true,
    group: 'inline',
    atom: true,
    selectable: false,
    attrs: { name: { validate: 'string' } },
    parseDOM: [{ tag: 'a[data-bookmark]', getAttrs: (dom) => ({ name: dom.getAttribute('data-bookmark') ?? '' }) }],
    toDOM: (node): DOMOutputSpec => ['a', { 'data-bookmark': node.attrs.name as string, class: 'bookmark' }],
  },
};
export const imageMarkSpecs: Record<string, MarkSpec> = {};
