/**
 * ODF presentation reading (ODF 1.3 Part 3, 3.8 office:presentation; 10.2.4 draw:page;
 * 10.3 shapes and 10.4 frames with 19.418 presentation:class; 16.3 presentation:notes;
 * page size from 16.9 style:master-page and 17.2 style:page-layout-properties), for packages
 * (.odp) and flat files (.fodp) alike, into the model's Deck.
 */
import { DECK_VERSION, WIDESCREEN, slideTextFromShapes } from '@ostal/model';
import type { Deck, DeckLayout, DeckMaster, DeckMedia, Fill, Slide, SlideTransition, TextBody } from '@ostal/model';
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
import { odfLengthToEmu } from './odf-lengths.js';
import { readOdfShapes } from './odp-shapes-read.js';
import { readOdfText } from './odp-text-read.js';
import type { ShapeReading } from './odp-shapes-read.js';
import type { OdpReadContext } from './odp-text-read.js';
import { transitionOfSmil } from './odp-transitions.js';
import { mediaTypeOf } from './slide-media.js';
import { reportOpaque } from './slide-reports.js';
import { chartOfDrawObject } from './odp-charts.js';
import { readDefaultText, readMasterText } from './odp-master-text.js';
import { keptObjectSource } from './odp-objects.js';
import { inlineObjectSource } from './odp-inline-objects.js';
import type { FolderReader, PackageFile } from './odp-objects.js';
import { elementXml } from './xml-fragment.js';
import { pageFurniture, readFurnitureDecls } from './odp-furniture-read.js';
import { readOdpComments } from './odp-comments.js';
import { readOdfTile } from './odp-picture-tile.js';

/** Notes: the text of the notes frames (else of the other frames of the notes page), plain and rich. */
function readNotes(page: XmlElement, ctx: OdpReadContext): { notes: string; notesBody?: TextBody } {
  const notesPage = childElement(page, NS.presentation, 'notes');
  if (!notesPage) return { notes: '' };
  const bodies: { lines: string[]; box: XmlElement }[] = [];
  const others: { lines: string[]; box: XmlElement }[] = [];
  for (const frame of childElements(notesPage, NS.draw, 'frame')) {
    const box = childElement(frame, NS.draw, 'text-box');
    if (!box) continue;
    const lines = readOdfBlocks(box).paragraphs;
    if (lines.length > 0) (attr(frame, NS.presentation, 'class') === 'notes' ? bodies : others).push({ lines, box });
  }
  const chosen = bodies.length > 0 ? bodies : others;
  const notes = chosen.flatMap((c) => c.lines).join('\n');
  if (notes === '') return { notes };
  return { notes, notesBody: { paragraphs: chosen.flatMap((c) => readOdfText(c.box, ctx, false).paragraphs) } };
}

/** Page size from the page layout of `masterName` (or the first master page), in EMU. */
function pageSize(styles: XmlElement | undefined, masterName: string | undefined, ctx: ReadContext): Deck['size'] {
  const masters = styles ? childElements(childElement(styles, NS.office, 'master-styles') ?? styles, NS.style, 'master-page') : [];
  const master = masters.find((m) => attr(m, NS.style, 'name') === masterName) ?? masters[0];
  const layoutName = master ? attr(master, NS.style, 'page-layout-name') : undefined;
  const layouts = styles
    ? [childElement(styles, NS.office, 'automatic-styles'), childElement(styles, NS.office, 'styles')].flatMap((s) => (s ? childElements(s, NS.style, 'page-layout') : []))
    : [];
  const layout = layouts.find((l) => attr(l, NS.style, 'name') === layoutName);
  const props = layout ? childElement(layout, NS.style, 'page-layout-properties') : undefined;
  const w = odfLengthToEmu(props ? attr(props, NS.fo, 'page-width') : undefined);
  const h = odfLengthToEmu(props ? attr(props, NS.fo, 'page-height') : undefined);
  if (w !== undefined && h !== undefined && w > 0 && h > 0) return { cx: w, cy: h };
  ctx.diagnostics.add('info', 'default-page-size', 'The presentation does not state its page size; the 16:9 default was used.', 'styles.xml');
  return WIDESCREEN;
}

/** Styles by family and name, list styles and named drawing styles, from content and styles. */
function styleIndex(parts: OdpParts): { style: OdpReadContext['style']; named: OdpReadContext['named'] } {
  const byName = new Map<string, XmlElement>();
  const named = new Map<string, XmlElement>();
  const containers = [parts.content, parts.styles].flatMap((root) => (root ? [childElement(root, NS.office, 'automatic-styles'), childElement(root, NS.office, 'styles')] : []));
  for (const c of containers) {
    if (!c) continue;
    for (const el of childElements(c)) {
      if (el.ns === NS.style && el.local === 'style') byName.set(`${attr(el, NS.style, 'family') ?? ''}|${attr(el, NS.style, 'name') ?? ''}`, el);
      else if (el.ns === NS.text && el.local === 'list-style') byName.set(`list|${attr(el, NS.style, 'name') ?? ''}`, el);
      else if (el.ns === NS.draw) named.set(`${el.local}|${attr(el, NS.draw, 'name') ?? ''}`, el);
    }
  }
  return {
    style: (family, name) => (name === undefined ? undefined : byName.get(`${family}|${name}`)),
    named: (local, name) => (name === undefined ? undefined : named.get(`${local}|${name}`)),
  };
}

function base64ToBytes(text: string): Uint8Array | undefined {
  try {
    const bin = atob(text.replace(/\s+/g, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** The parts of an ODF presentation, from a package or a flat file. */
export interface OdpParts {
  readonly content: XmlElement;
  readonly styles: XmlElement | undefined;
  readonly meta: XmlElement | undefined;
  /** Name of the content part for diagnostics (`content.xml`, or the flat file). */
  readonly contentPart: string;
  /** Bytes of a file of the package (pictures), when reading a package. */
  readonly file?: (path: string) => Uint8Array | undefined;
  /** The files of a sub-document folder or OLE file, when reading a package. */
  readonly folder?: FolderReader;
}

/** Maps the parts of an ODF presentation to a Deck. */
export function readOdpParts(parts: OdpParts, ctx: ReadContext): Deck {
  const body = childElement(parts.content, NS.office, 'body');
  const presentation = body ? childElement(body, NS.office, 'presentation') : undefined;
  if (!presentation) throw new FormatError('missing-part', 'The document has no office:presentation body: it is not a presentation.', parts.contentPart);
  const media: Record<string, DeckMedia> = {};
  const mediaByRef = new Map<string, string>();
  const addMedia = (key: string, baseName: string, load: () => Uint8Array | undefined): string | undefined => {
    const known = mediaByRef.get(key);
    if (known) return known;
    const data = load();
    if (!data) return undefined;
    let name = baseName || 'picture';
    for (let n = 2; name in media; n++) name = `${String(n)}-${baseName}`;
    media[name] = { type: mediaTypeOf(name), data };
    mediaByRef.set(key, name);
    return name;
  };
  const index = styleIndex(parts);
  let inlineObjects = 0;
  const readCtx: OdpReadContext = {
    ...index,
    mediaData: (name) => media[name]?.data,
    chart: (obj) => chartOfDrawObject(obj, parts.file, ctx.limits.maxXmlDepth),
    // A flat file's object holds its document inline: kept as the folder a package would hold.
    keep: (obj) => (parts.folder ? keptObjectSource(obj, parts.folder, elementXml) : inlineObjectSource(obj, `Object ${String((inlineObjects += 1))}`, elementXml)),
    picture: (el) => {
      const href = attr(el, NS.xlink, 'href');
      if (href && parts.file) {
        const path = href.replace(/^\.\//, '');
        const file = parts.file;
        return addMedia(path, path.slice(path.lastIndexOf('/') + 1), () => file(path));
      }
      const bin = childElement(el, NS.office, 'binary-data');
      if (bin) {
        const text = bin.children.filter((c): c is string => typeof c === 'string').join('');
        return addMedia(`inline:${String(mediaByRef.size)}`, `image${String(mediaByRef.size + 1)}.png`, () => base64ToBytes(text));
      }
      return undefined;
    },
  };
  const dropped = new Map<string, number>();
  const masterPages = parts.styles ? childElements(childElement(parts.styles, NS.office, 'master-styles') ?? parts.styles, NS.style, 'master-page') : [];
  const masters: DeckMaster[] = [];
  const layouts: DeckLayout[] = [];
  for (const mp of masterPages) {
    const name = attr(mp, NS.style, 'name') ?? `Master${String(masters.length + 1)}`;
    const display = attr(mp, NS.style, 'display-name') ?? name;
    const reading: ShapeReading = { nextId: 1, ctx: readCtx, dropped };
    const background = pageFill(readCtx, attr(mp, NS.draw, 'style-name'));
    const text = readMasterText((family, n) => readCtx.style(family, n), name);
    masters.push({
      id: name,
      name: display,
      shapes: readOdfShapes(mp, reading),
      ...(background ? { background } : {}),
      ...text,
    });
    layouts.push({ id: `${name}/layout`, master: name, name: display, shapes: [] });
  }
  const pages = childElements(presentation, NS.draw, 'page');
  const decls = readFurnitureDecls(presentation);
  const meta = readOdfMeta(parts.meta);
  const firstMaster = pages[0] ? attr(pages[0], NS.draw, 'master-page-name') : undefined;
  const size = pageSize(parts.styles, firstMaster, ctx);
  const slideOf = (page: XmlElement, i: number): Slide => {
    const body = masters.find((m) => m.id === attr(page, NS.draw, 'master-page-name'))?.bodyStyle;
    const pageCtx: OdpReadContext = body ? { ...readCtx, outlineLevel: (level) => body[Math.min(level, body.length - 1)]?.paragraph } : readCtx;
    const reading: ShapeReading = { nextId: 1, ctx: pageCtx, dropped };
    const masterName = attr(page, NS.draw, 'master-page-name');
    const styleName = attr(page, NS.draw, 'style-name');
    const get = (ns: string, local: string): string | undefined => {
      const st = readCtx.style('drawing-page', styleName);
      const p = st ? childElement(st, NS.style, 'drawing-page-properties') : undefined;
      return p ? attr(p, ns, local) : undefined;
    };
    const own = readOdfShapes(page, reading);
    const furniture = pageFurniture(page, (local) => get(NS.presentation, local), masters.find((m) => m.id === masterName), decls, () => ++reading.nextId, i + 1);
    const shapes = [...own, ...furniture];
    const { title, body: bodyLines } = slideTextFromShapes(shapes);
    const background = pageFill(readCtx, styleName);
    const transition = readTransition(page, get);
    const comments = readOdpComments(page);
    return {
      id: `s${String(i + 1)}-${Date.now().toString(36)}`,
      title,
      body: bodyLines,
      ...readNotes(page, pageCtx),
      shapes,
      ...(masterName && masters.some((m) => m.id === masterName) ? { layout: `${masterName}/layout` } : {}),
      ...(background ? { background } : {}),
      ...(get(NS.presentation, 'visibility') === 'hidden' ? { hidden: true } : {}),
      ...(get(NS.presentation, 'background-objects-visible') === 'false' ? { hideMasterShapes: true } : {}),
      ...(transition ? { transition } : {}),
      ...(comments ? { comments } : {}),
    };
  };
  const slides: Slide[] = [];
  for (const page of pages) {
    slides.push(slideOf(page, slides.length));
    // content.xml is parsed whole, but the slides (and the pictures they read) come one by one.
    if (slides.length === 1 && ctx.onFirstSlide) ctx.onFirstSlide(firstSlidePreview({ meta, size, slides, masters, layouts, media }));
  }
  reportOpaque(slides.map((s) => s.shapes ?? []), ctx.diagnostics);
  for (const [kind, n] of dropped) {
    if (kind === 'free-shape') ctx.diagnostics.warn('shape-geometry-approximated', `${String(n)} free-form shape(s) (polygons, paths) were kept as rectangles.`, parts.contentPart);
    else if (kind.startsWith('free-shape-formula:'))
      ctx.diagnostics.warn('shape-formula-invalid', `${String(n)} free-form shape(s) were kept as rectangles, their outline formulas could not be evaluated: ${kind.slice('free-shape-formula:'.length)}`, parts.contentPart);
    else if (kind === 'free-shape-handles')
      ctx.diagnostics.warn('shape-handles-dropped', `${String(n)} shape(s) drawn from formulas keep their outline but not their handles (draw:handle): saved, they cannot be reshaped by their handles.`, parts.contentPart);
  }
  const defaultTextStyle = readDefaultText(textBoxStyles(parts.styles));
  return {
    kind: 'deck',
    version: DECK_VERSION,
    meta,
    size,
    slides,
    ...(masters.length > 0 ? { masters, layouts } : {}),
    ...(defaultTextStyle ? { defaultTextStyle } : {}),
    ...(Object.keys(media).length > 0 ? { media } : {}),
  };
}

/** The graphic styles a text box without its own text properties takes: LibreOffice's "standard", then the default one. */
function textBoxStyles(root: XmlElement | undefined): (XmlElement | undefined)[] {
  const styles = root ? childElement(root, NS.office, 'styles') : undefined;
  const family = (el: XmlElement) => attr(el, NS.style, 'family') === 'graphic';
  return [
    styles ? childElements(styles, NS.style, 'style').find((st) => family(st) && attr(st, NS.style, 'name') === 'standard') : undefined,
    styles ? childElements(styles, NS.style, 'default-style').find(family) : undefined,
  ];
}

/**
 * The deck cut to its first slide, with the masters and the pictures read so far (those of the
 * masters and the first slide), copied so that handing the preview to another thread copies only
 * them (see `ReadOptions.onFirstSlide`).
 */
function firstSlidePreview(read: { meta: Deck['meta']; size: Deck['size']; slides: readonly Slide[]; masters: readonly DeckMaster[]; layouts: readonly DeckLayout[]; media: Readonly<Record<string, DeckMedia>> }): Deck {
  const media = Object.fromEntries(Object.entries(read.media).map(([name, m]) => [name, { ...m, data: m.data.slice() }]));
  return {
    kind: 'deck',
    version: DECK_VERSION,
    meta: read.meta,
    size: read.size,
    slides: read.slides.slice(0, 1),
    ...(read.masters.length > 0 ? { masters: [...read.masters], layouts: [...read.layouts] } : {}),
    ...(Object.keys(media).length > 0 ? { media } : {}),
  };
}

function pageFill(ctx: OdpReadContext, styleName: string | undefined): Fill | undefined {
  const st = ctx.style('drawing-page', styleName);
  const p = st ? childElement(st, NS.style, 'drawing-page-properties') : undefined;
  if (!p) return undefined;
  const kind = attr(p, NS.draw, 'fill');
  const color = attr(p, NS.draw, 'fill-color');
  if (kind === 'solid' && color && /^#[0-9a-fA-F]{6}$/.test(color)) return { kind: 'solid', color: { rgb: color.slice(1).toUpperCase() } };
  if (kind === 'bitmap') {
    const img = ctx.named('fill-image', attr(p, NS.draw, 'fill-image-name'));
    const media = img ? ctx.picture(img) : undefined;
    const tile = media ? readOdfTile((ns, local) => attr(p, ns, local), ctx.mediaData(media)) : undefined;
    if (media) return { kind: 'picture', media, ...(tile ? { tile } : {}) };
  }
  return undefined;
}

const SPEED_MS: Readonly<Record<string, number>> = { fast: 500, medium: 750, slow: 1000 };

function readTransition(page: XmlElement, get: (ns: string, local: string) => string | undefined): SlideTransition | undefined {
  const filter = childElements(page, NS.anim).flatMap((par) => childElements(par, NS.anim, 'transitionFilter'))[0];
  const type = get(NS.smil, 'type') ?? (filter ? attr(filter, NS.smil, 'type') : undefined);
  if (!type) return undefined;
  const subtype = get(NS.smil, 'subtype') ?? (filter ? attr(filter, NS.smil, 'subtype') : undefined);
  const reverse = (get(NS.smil, 'direction') ?? (filter ? attr(filter, NS.smil, 'direction') : undefined)) === 'reverse';
  const dur = filter ? attr(filter, NS.smil, 'dur') : undefined;
  const m = dur ? /^([\d.]+)(ms|s)?$/.exec(dur) : null;
  const fromDur = m ? Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000)) : undefined;
  const speed = get(NS.presentation, 'transition-speed');
  const durationMs = fromDur ?? (speed ? SPEED_MS[speed] : undefined);
  const advance = get(NS.presentation, 'duration');
  const am = advance && get(NS.presentation, 'transition-type') === 'automatic' ? /^PT(?:(\d+)M)?([\d.]+)S$/.exec(advance) : null;
  const advanceAfterMs = am ? Math.round((Number(am[1] ?? 0) * 60 + Number(am[2])) * 1000) : undefined;
  return { ...transitionOfSmil(type, subtype, reverse), ...(durationMs !== undefined ? { durationMs } : {}), ...(advanceAfterMs !== undefined ? { advanceAfterMs } : {}) };
}

/** Media types of the manifest's file entries by path (folders end with `/`). */
function manifestTypes(pkg: OdfPackage, ctx: ReadContext): Map<string, string> {
  const types = new Map<string, string>();
  if (!pkg.has('META-INF/manifest.xml')) return types;
  let root: XmlElement;
  try {
    root = parseXml(pkg.zip.readText('META-INF/manifest.xml').replace(/<!DOCTYPE[^>[]*>/, ''), { part: 'META-INF/manifest.xml', maxDepth: ctx.limits.maxXmlDepth });
  } catch {
    return types;
  }
  for (const e of childElements(root, NS.manifest, 'file-entry')) {
    const path = attr(e, NS.manifest, 'full-path');
    const type = attr(e, NS.manifest, 'media-type');
    if (path !== undefined && type !== undefined) types.set(path, type);
  }
  return types;
}

/**
 * Reads an .odp package.
 * @throws FormatError when the package or content.xml is unreadable, or it holds no presentation.
 */
export function readOdp(bytes: Uint8Array, ctx: ReadContext): Deck {
  const pkg = OdfPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged, ctx.inflated);
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
  const types = manifestTypes(pkg, ctx);
  const folder: FolderReader = (path) => {
    const names = pkg.has(path) ? [path] : pkg.zip.names().filter((n) => n.startsWith(`${path}/`));
    if (names.length === 0 || names.length > 256) return undefined;
    const files: PackageFile[] = [];
    for (const name of names) {
      try {
        const mediaType = types.get(name);
        files.push({ path: name, data: pkg.zip.read(name), ...(mediaType !== undefined ? { mediaType } : {}) });
      } catch (err) {
        if (!(err instanceof FormatError)) throw err;
        ctx.diagnostics.add('warning', 'unreadable-part', `The embedded object file "${name}" could not be read: ${err.message}`, name);
        return undefined;
      }
    }
    const mediaType = types.get(`${path}/`) ?? types.get(path);
    return { files, ...(mediaType !== undefined ? { mediaType } : {}) };
  };
  return readOdpParts(
    {
      content: pkg.xml('content.xml'),
      styles,
      meta: metaRoot ? childElement(metaRoot, NS.office, 'meta') : undefined,
      contentPart: 'content.xml',
      file: (path) => {
        if (!pkg.has(path)) return undefined;
        try {
          return pkg.zip.read(path);
        } catch (err) {
          if (!(err instanceof FormatError)) throw err;
          ctx.diagnostics.add('warning', 'unreadable-part', `The picture "${path}" could not be read: ${err.message}`, path);
          return undefined;
        }
      },
      folder,
    },
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
