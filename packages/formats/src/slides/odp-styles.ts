/**
 * The styles of an ODF presentation Ostal writes (ODF 1.3 Part 3, 16.2 style:page-layout with
 * 17.2 style:page-layout-properties; 16.9 style:master-page; 16.2 style:style of family
 * "presentation" for placeholders, named "<master>-title", "<master>-outline1" and
 * "<master>-notes" as consumers link them to the master page by name).
 */
import type { Deck, Transform } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { emuLength } from './odp-placement.js';
import type { DefaultFrames } from './odp-shapes-write.js';
import { mmLength } from './slide-units.js';

/** The one master page Ostal writes. */
export const MASTER_NAME = 'Default';
/** Presentation style of the title placeholder. */
export const TITLE_STYLE = `${MASTER_NAME}-title`;
/** Presentation style of the outline (body) placeholder, first level. */
export const OUTLINE_STYLE = `${MASTER_NAME}-outline1`;
/** Presentation style of the speaker notes placeholder. */
export const NOTES_STYLE = `${MASTER_NAME}-notes`;
/** The typeface of text that names none. */
export const FONT = 'Liberation Sans';

/** Namespace declarations of every ODF part Ostal writes for presentations. */
export const ODP_NAMESPACES = {
  'xmlns:office': NS.office,
  'xmlns:style': NS.style,
  'xmlns:text': NS.text,
  'xmlns:draw': NS.draw,
  'xmlns:fo': NS.fo,
  'xmlns:svg': NS.svg,
  'xmlns:presentation': NS.presentation,
  'xmlns:xlink': NS.xlink,
  'xmlns:meta': NS.meta,
  'xmlns:dc': NS.dc,
} as const;

/** A rectangle in millimetres. */
export interface MmRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** svg:x/y/width/height attributes for a rectangle. */
export function rectAttrs(r: MmRect): Record<string, string> {
  return { 'svg:width': mmLength(r.width), 'svg:height': mmLength(r.height), 'svg:x': mmLength(r.x), 'svg:y': mmLength(r.y) };
}

/** Title and outline frames for a page of this size (EMU), in the proportions of the PPTX writer. */
export function pageFrames(size: Deck['size']): DefaultFrames {
  const { cx: w, cy: h } = size;
  const left = Math.round(w * 0.06875);
  return {
    title: { x: left, y: Math.round(h * 0.0532), cx: w - 2 * left, cy: Math.round(h * 0.1933) },
    body: { x: left, y: Math.round(h * 0.2662), cx: w - 2 * left, cy: Math.round(h * 0.6345) },
  };
}

/** svg:x/y/width/height attributes for an EMU rectangle. */
export function emuRectAttrs(r: Transform): Record<string, string> {
  return { 'svg:width': emuLength(r.cx), 'svg:height': emuLength(r.cy), 'svg:x': emuLength(r.x), 'svg:y': emuLength(r.y) };
}

/** The notes page (A4 portrait): slide thumbnail above, notes text below. */
export const NOTES_PAGE = {
  size: { widthMm: 210, heightMm: 297 },
  thumbnail: { x: 21, y: 37, width: 168, height: 94.5 },
  text: { x: 21, y: 142, width: 168, height: 130 },
} as const;

/** `office:font-face-decls`. */
export function fontFaceDecls(): XmlOut {
  return x(
    'office:font-face-decls',
    {},
    x('style:font-face', { 'style:name': FONT, 'svg:font-family': `'${FONT}'`, 'style:font-family-generic': 'swiss', 'style:font-pitch': 'variable' }),
  );
}

/** `office:styles`: default graphic style, named drawing styles and the placeholder styles of each master page (`masterTextStyles`). */
export function commonStyles(masters: readonly XmlOut[][], named: readonly XmlOut[] = [], defaultStyle?: XmlOut): XmlOut {
  return x(
    'office:styles',
    {},
    named,
    defaultStyle ?? x('style:default-style', { 'style:family': 'graphic' }, x('style:text-properties', { 'style:font-name': FONT, 'fo:font-size': '18pt' })),
    masters.flat(),
  );
}

/** Automatic styles of styles.xml: the slide and notes page layouts and the master pages' page styles. */
export function masterAutomaticStyles(size: Deck['size'], pageStyles: readonly XmlOut[] = [defaultPageStyle()]): XmlOut[] {
  const layout = (name: string, w: string, h: string, orientation: string): XmlOut =>
    x(
      'style:page-layout',
      { 'style:name': name },
      x('style:page-layout-properties', {
        'fo:margin-top': '0mm',
        'fo:margin-bottom': '0mm',
        'fo:margin-left': '0mm',
        'fo:margin-right': '0mm',
        'fo:page-width': w,
        'fo:page-height': h,
        'style:print-orientation': orientation,
      }),
    );
  return [
    layout('PM1', emuLength(size.cx), emuLength(size.cy), size.cx >= size.cy ? 'landscape' : 'portrait'),
    layout('PM2', mmLength(NOTES_PAGE.size.widthMm), mmLength(NOTES_PAGE.size.heightMm), 'portrait'),
    ...pageStyles,
  ];
}

/** The page style of Ostal's default master: white. */
export function defaultPageStyle(name = 'Mdp1'): XmlOut {
  return x('style:style', { 'style:name': name, 'style:family': 'drawing-page' }, x('style:drawing-page-properties', { 'draw:fill': 'solid', 'draw:fill-color': '#ffffff' }));
}

/** One master page: its own shapes, then title and outline placeholders, then the notes page. */
export function masterPage(name: string, pageStyle: string, frames: DefaultFrames, shapes: readonly XmlOut[]): XmlOut {
  const placeholder = (cls: string, style: string, attrs: Record<string, string>): XmlOut =>
    x('draw:frame', { 'presentation:style-name': style, ...attrs, 'presentation:class': cls, 'presentation:placeholder': 'true' }, x('draw:text-box'));
  return x(
    'style:master-page',
    { 'style:name': name, 'style:page-layout-name': 'PM1', 'draw:style-name': pageStyle },
    shapes,
    placeholder('title', `${name}-title`, emuRectAttrs(frames.title)),
    placeholder('outline', `${name}-outline1`, emuRectAttrs(frames.body)),
    x(
      'presentation:notes',
      { 'style:page-layout-name': 'PM2' },
      x('draw:page-thumbnail', { ...rectAttrs(NOTES_PAGE.thumbnail), 'presentation:class': 'page' }),
      placeholder('notes', `${name}-notes`, rectAttrs(NOTES_PAGE.text)),
    ),
  );
}
