/**
 * ODF presentation reading (ODF 1.3 Part 3, 3.8 office:presentation; 10.2.4 draw:page;
 * 10.3 shapes and 10.4 frames with 19.418 presentation:class; 16.3 presentation:notes;
 * page size from 16.9 style:master-page and 17.2 style:page-layout-properties), for packages
 * (.odp) and flat files (.fodp) alike, into the model's Deck.
 */
import { DECK_VERSION, WIDESCREEN_MM } from '@ostal/model';
import type { Deck, Slide } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import { OdfPackage } from '../odf/odf-package.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { decodeText } from '../container/zip-reader.js';
import { readOdfMeta } from '../odf/odf-meta.js';
import { readOdfBlocks } from './odf-text.js';
import { composeSlide, countDropped, emptyContent, joinAsLine, notesText, reportDropped } from './slide-content.js';
import type { DroppedKind, SlideContent } from './slide-content.js';
import { odfLengthToMm } from './slide-units.js';

/** presentation:class values that repeat master furniture or belong to other views. */
const FURNITURE = new Set(['header', 'footer', 'date-time', 'page-number', 'page', 'handout', 'notes']);
const BODY_CLASSES = new Set(['subtitle', 'outline', 'text']);

/** Shapes that may carry text directly (ODF 1.3 Part 3, 10.3). */
const TEXT_SHAPES = new Set(['custom-shape', 'rect', 'ellipse', 'circle', 'polygon', 'regular-polygon', 'path', 'polyline', 'line', 'connector', 'caption', 'measure']);

interface PageWalk {
  readonly content: SlideContent;
  nested: boolean;
}

function readTableRows(table: XmlElement, walk: PageWalk): void {
  const rows: XmlElement[] = [];
  const collect = (el: XmlElement): void => {
    for (const c of childElements(el, NS.table)) {
      if (c.local === 'table-row') rows.push(c);
      else if (c.local === 'table-rows' || c.local === 'table-header-rows' || c.local === 'table-row-group') collect(c);
    }
  };
  collect(table);
  for (const row of rows) {
    const cells = childElements(row, NS.table, 'table-cell').map((cell) => joinAsLine(readOdfBlocks(cell).paragraphs));
    if (cells.some((c) => c !== '')) walk.content.tableRows.push(cells.join('\t'));
  }
}

function addText(paragraphsOf: XmlElement, role: 'title' | 'body' | 'other', walk: PageWalk): void {
  const blocks = readOdfBlocks(paragraphsOf);
  if (blocks.nested) walk.nested = true;
  if (role === 'title') walk.content.titles.push(blocks.paragraphs);
  else if (blocks.paragraphs.length === 0) return;
  else if (role === 'body') walk.content.bodies.push(blocks.paragraphs);
  else walk.content.others.push(blocks.paragraphs);
}

function readFrame(frame: XmlElement, walk: PageWalk): void {
  const cls = attr(frame, NS.presentation, 'class') ?? '';
  if (FURNITURE.has(cls)) return;
  const role = cls === 'title' ? 'title' : BODY_CLASSES.has(cls) ? 'body' : 'other';
  // A frame holds alternative representations of one object; the first one Ostal knows wins.
  for (const c of childElements(frame)) {
    if (c.ns === NS.draw && c.local === 'text-box') return addText(c, role, walk);
    if (c.ns === NS.table && c.local === 'table') return readTableRows(c, walk);
    if (c.ns === NS.draw && (c.local === 'object' || c.local === 'object-ole')) {
      return countDropped(walk.content.dropped, cls === 'chart' ? 'chart' : 'ole-object');
    }
    if (c.ns === NS.draw && c.local === 'plugin') return countDropped(walk.content.dropped, 'media');
    if (c.ns === NS.draw && c.local === 'image') return countDropped(walk.content.dropped, 'picture');
  }
  if (role === 'title') walk.content.titles.push([]);
}

function readShapes(parent: XmlElement, walk: PageWalk): void {
  for (const el of childElements(parent)) {
    if (el.ns === NS.draw) {
      if (el.local === 'frame') readFrame(el, walk);
      else if (el.local === 'g' || el.local === 'a') readShapes(el, walk);
      else if (TEXT_SHAPES.has(el.local)) addText(el, 'other', walk);
      else if (el.local === 'control') countDropped(walk.content.dropped, 'graphic');
    } else if (el.local === 'scene') {
      countDropped(walk.content.dropped, 'graphic');
    }
  }
}

function readNotes(page: XmlElement): string {
  const notes = childElement(page, NS.presentation, 'notes');
  if (!notes) return '';
  const walk: PageWalk = { content: emptyContent(), nested: false };
  for (const frame of childElements(notes, NS.draw, 'frame')) {
    const box = childElement(frame, NS.draw, 'text-box');
    if (!box) continue;
    addText(box, attr(frame, NS.presentation, 'class') === 'notes' ? 'body' : 'other', walk);
  }
  return notesText(walk.content);
}

/** Page size from the page layout of `masterName` (or the first master page). */
function pageSize(styles: XmlElement | undefined, masterName: string | undefined, ctx: ReadContext): Deck['size'] {
  const masters = styles ? childElements(childElement(styles, NS.office, 'master-styles') ?? styles, NS.style, 'master-page') : [];
  const master = masters.find((m) => attr(m, NS.style, 'name') === masterName) ?? masters[0];
  const layoutName = master ? attr(master, NS.style, 'page-layout-name') : undefined;
  const layouts = styles
    ? [childElement(styles, NS.office, 'automatic-styles'), childElement(styles, NS.office, 'styles')].flatMap((s) => (s ? childElements(s, NS.style, 'page-layout') : []))
    : [];
  const layout = layouts.find((l) => attr(l, NS.style, 'name') === layoutName);
  const props = layout ? childElement(layout, NS.style, 'page-layout-properties') : undefined;
  const w = odfLengthToMm(props ? attr(props, NS.fo, 'page-width') : undefined);
  const h = odfLengthToMm(props ? attr(props, NS.fo, 'page-height') : undefined);
  if (w !== undefined && h !== undefined && w > 0 && h > 0) return { widthMm: w, heightMm: h };
  ctx.diagnostics.add('info', 'default-page-size', 'The presentation does not state its page size; the 16:9 default was used.', 'styles.xml');
  return WIDESCREEN_MM;
}

/** The parts of an ODF presentation, from a package or a flat file. */
export interface OdpParts {
  readonly content: XmlElement;
  readonly styles: XmlElement | undefined;
  readonly meta: XmlElement | undefined;
  /** Name of the content part for diagnostics (`content.xml`, or the flat file). */
  readonly contentPart: string;
}

/** Maps the parts of an ODF presentation to a Deck. */
export function readOdpParts(parts: OdpParts, ctx: ReadContext): Deck {
  const body = childElement(parts.content, NS.office, 'body');
  const presentation = body ? childElement(body, NS.office, 'presentation') : undefined;
  if (!presentation) throw new FormatError('missing-part', 'The document has no office:presentation body: it is not a presentation.', parts.contentPart);
  const pages = childElements(presentation, NS.draw, 'page');
  const dropped = new Map<DroppedKind, number>();
  const slides: Slide[] = [];
  let nested = false;
  pages.forEach((page, i) => {
    const walk: PageWalk = { content: emptyContent(), nested: false };
    readShapes(page, walk);
    nested ||= walk.nested;
    for (const [kind, n] of walk.content.dropped) countDropped(dropped, kind, n);
    const path = `/office:document-content/office:body/office:presentation/draw:page[${String(i + 1)}]`;
    slides.push(composeSlide(walk.content, readNotes(page), ctx.diagnostics, { part: parts.contentPart, path }));
  });
  if (nested) ctx.diagnostics.add('info', 'list-flattened', 'Nested list levels were imported as plain body lines.', parts.contentPart);
  reportDropped(dropped, ctx.diagnostics);
  const firstMaster = pages[0] ? attr(pages[0], NS.draw, 'master-page-name') : undefined;
  return { kind: 'deck', version: DECK_VERSION, meta: readOdfMeta(parts.meta), size: pageSize(parts.styles, firstMaster, ctx), slides };
}

/**
 * Reads an .odp package.
 * @throws FormatError when the package or content.xml is unreadable, or it holds no presentation.
 */
export function readOdp(bytes: Uint8Array, ctx: ReadContext): Deck {
  const pkg = OdfPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged);
  const optional = (part: string): XmlElement | undefined => {
    if (!pkg.has(part)) return undefined;
    try {
      return pkg.xml(part);
    } catch (err) {
      if (!(err instanceof FormatError) || err.reason !== 'malformed-xml') throw err;
      ctx.diagnostics.add('error', 'unreadable-part', `The part "${part}" could not be read: ${err.message}`, part);
      return undefined;
    }
  };
  const styles = optional('styles.xml');
  const metaRoot = optional('meta.xml');
  return readOdpParts(
    { content: pkg.xml('content.xml'), styles, meta: metaRoot ? childElement(metaRoot, NS.office, 'meta') : undefined, contentPart: 'content.xml' },
    ctx,
  );
}

/**
 * Reads a flat .fodp file (one office:document holding styles, meta and content).
 * @throws FormatError when the XML is hostile or ill-formed, or it holds no presentation.
 */
export function readFodp(bytes: Uint8Array, ctx: ReadContext): Deck {
  const root = parseXml(decodeText(bytes), { part: 'flat presentation', maxDepth: ctx.limits.maxXmlDepth });
  return readOdpParts({ content: root, styles: root, meta: childElement(root, NS.office, 'meta'), contentPart: 'flat presentation' }, ctx);
}
