/**
 * Writes pictures and bookmarks of the main document part (ECMA-376 Part 1, 20.4.2.8
 * `wp:inline`, 20.4.2.3 `wp:anchor` with its children in schema order, 20.2.2.5 `pic:pic`,
 * 20.1.8.13 `a:blip`; 17.13.6.2 `w:bookmarkStart`, 17.13.6.1 `w:bookmarkEnd`). Mirrors
 * `wml-drawing-reader.ts`: what it writes reads back to the same `image` node.
 *
 * Embedded pictures go to `word/media/<name>` with one relationship each; linked ones get an
 * external relationship and `a:blip r:link`. Every drawing gets its own `wp:docPr` id.
 */
import type { EmbeddedObject, TextMedia } from '@ostal/model';
import { MEDIA_SRC_PREFIX } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { usedPictures } from './text-media.js';
import { keptWmlShape, NS_WPG, wmlShapeGraphic } from './wml-shape-writer.js';
import { WmlChartParts, wmlChartGraphic } from './wml-chart-writer.js';
import { wmlEmbeddingPart, wmlObjectElement, wmlProgId } from './wml-object-writer.js';

export const NS_WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
export const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const NS_PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
export const NS_WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
export const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** A relationship of the main part a picture needs. */
export interface WmlPictureRel {
  readonly id: string;
  readonly target: string;
  readonly external: boolean;
  /** Relationship type when not `image` (an embedded object's part). */
  readonly type?: string;
}

/** A media part to store. */
export interface WmlMediaPart {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

const H_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'margin', column: 'column', character: 'character', paragraph: 'column', line: 'character' };
const V_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'margin', paragraph: 'paragraph', line: 'line', column: 'paragraph', character: 'line' };
const H_ALIGN = new Set(['left', 'center', 'right', 'inside', 'outside']);
const V_ALIGN = new Set(['top', 'center', 'bottom', 'inside', 'outside']);

/** A rectangle around the whole picture, in the 21600-unit square wrap polygons use. */
function wrapPolygon(): XmlOut {
  return x(
    'wp:wrapPolygon',
    { edited: 0 },
    x('wp:start', { x: 0, y: 0 }),
    x('wp:lineTo', { x: 0, y: 21600 }),
    x('wp:lineTo', { x: 21600, y: 21600 }),
    x('wp:lineTo', { x: 21600, y: 0 }),
    x('wp:lineTo', { x: 0, y: 0 }),
  );
}

function wrapElement(wrap: string): XmlOut {
  switch (wrap) {
    case 'square':
      return x('wp:wrapSquare', { wrapText: 'bothSides' });
    case 'tight':
      return x('wp:wrapTight', { wrapText: 'bothSides' }, wrapPolygon());
    case 'through':
      return x('wp:wrapThrough', { wrapText: 'bothSides' }, wrapPolygon());
    case 'top-bottom':
      return x('wp:wrapTopAndBottom');
    default:
      return x('wp:wrapNone');
  }
}

function position(tag: 'wp:positionH' | 'wp:positionV', relative: string, align: string | null, offset: number, aligns: ReadonlySet<string>): XmlOut {
  return x(tag, { relativeFrom: relative }, align !== null && aligns.has(align) ? x('wp:align', {}, align) : x('wp:posOffset', {}, String(offset)));
}

/** Allocates relationships, media parts, drawing ids and bookmark ids for one main part. */
export class WmlPictureWriter {
  /** Relationships the main part needs for pictures. */
  readonly rels: WmlPictureRel[] = [];
  /** Media parts (`word/media/...`), in order of first use. */
  readonly parts: WmlMediaPart[] = [];
  /** Chart parts (`word/charts/...`) and their relationships from the main part. */
  readonly charts = new WmlChartParts();
  private readonly relBySrc = new Map<string, string>();
  private readonly relByLink = new Map<string, string>();
  private readonly used;
  private readonly objectRels = new Map<string, string>();
  private nextDocPr = 1;
  private nextBookmark = 0;

  constructor(
    doc: PMNode,
    private readonly media: TextMedia | undefined,
  ) {
    this.used = usedPictures(doc, media);
  }

  /** What an `image` or `bookmark` node writes in a paragraph (runs and bookmark marks). */
  inline(node: PMNode): XmlOut[] {
    if (node.type.name === 'bookmark') return this.bookmark(node);
    if (node.type.name === 'shape') return [x('w:r', {}, this.shape(node))];
    if (node.type.name === 'chart') return [x('w:r', {}, this.chart(node))];
    const object = node.attrs.object ? this.object(node) : null;
    if (object) return [x('w:r', {}, object)];
    const drawing = this.drawing(node);
    return drawing ? [x('w:r', {}, drawing)] : [];
  }

  /** `w:bookmarkStart` and `w:bookmarkEnd` of a bookmark node (a point: both at the same place). */
  bookmark(node: PMNode): XmlOut[] {
    const id = this.nextBookmark++;
    return [x('w:bookmarkStart', { 'w:id': id, 'w:name': String(node.attrs.name) }), x('w:bookmarkEnd', { 'w:id': id })];
  }

  /** The `w:drawing` of an image node, or null when it has no picture to show (missing media, no link). */
  drawing(node: PMNode): XmlOut | null {
    const a = node.attrs;
    const blip = this.blip(String(a.src), (a.link as string | null) ?? null);
    if (!blip) return null;
    const id = this.nextDocPr++;
    // An empty name reads back as none.
    const name = (a.name as string | null) ?? '';
    const cx = Math.max(1, Number(a.width));
    const cy = Math.max(1, Number(a.height));
    const docPr = x('wp:docPr', { id, name, descr: (a.alt as string | null) ?? undefined, title: (a.title as string | null) ?? undefined });
    const graphic = x(
      'a:graphic',
      { 'xmlns:a': NS_A },
      x(
        'a:graphicData',
        { uri: NS_PIC },
        x(
          'pic:pic',
          { 'xmlns:pic': NS_PIC },
          x('pic:nvPicPr', {}, x('pic:cNvPr', { id: 0, name, descr: (a.alt as string | null) ?? undefined }), x('pic:cNvPicPr')),
          x('pic:blipFill', {}, blip, x('a:stretch', {}, x('a:fillRect'))),
          x('pic:spPr', {}, x('a:xfrm', {}, x('a:off', { x: 0, y: 0 }), x('a:ext', { cx, cy })), x('a:prstGeom', { prst: 'rect' }, x('a:avLst'))),
        ),
      ),
    );
    return this.frame(a, docPr, graphic, true);
  }

  /**
   * The paragraph that anchors a `text_frame`: a `wps:wsp` text box (in an `mc:AlternateContent`
   * choice requiring `wps`, as Word writes them) holding `blocks` in `w:txbxContent`.
   */
  textFrame(node: PMNode, blocks: readonly XmlOut[]): XmlOut {
    const a = node.attrs;
    const id = this.nextDocPr++;
    const cx = Math.max(1, Number(a.width));
    const cy = Math.max(1, Number(a.height));
    const docPr = x('wp:docPr', { id, name: (a.name as string | null) ?? '' });
    const content = blocks.length > 0 && blocks[blocks.length - 1]!.name === 'w:tbl' ? [...blocks, x('w:p')] : blocks.length > 0 ? blocks : [x('w:p')];
    const graphic = x(
      'a:graphic',
      { 'xmlns:a': NS_A },
      x(
        'a:graphicData',
        { uri: NS_WPS },
        x(
          'wps:wsp',
          {},
          x('wps:cNvSpPr', { txBox: 1 }),
          x(
            'wps:spPr',
            {},
            x('a:xfrm', {}, x('a:off', { x: 0, y: 0 }), x('a:ext', { cx, cy })),
            x('a:prstGeom', { prst: 'rect' }, x('a:avLst')),
            x('a:ln', { w: 6350 }, x('a:solidFill', {}, x('a:srgbClr', { val: '000000' }))),
          ),
          x('wps:txbx', {}, x('w:txbxContent', {}, content)),
          x('wps:bodyPr', { rot: 0, vert: 'horz', wrap: 'square', lIns: 91440, tIns: 45720, rIns: 91440, bIns: 45720, anchor: 't', anchorCtr: 0 }, x('a:noAutofit')),
        ),
      ),
    );
    const drawing = this.frame(a, docPr, graphic, false);
    return x('w:p', {}, x('w:r', {}, x('mc:AlternateContent', {}, x('mc:Choice', { Requires: 'wps' }, drawing))));
  }

  /**
   * A `shape` node: its kept DOCX source while it still describes it, else a `wps:wsp` or
   * `wpg:wgp` drawing in an `mc:AlternateContent` choice (`wml-shape-writer.ts`).
   */
  shape(node: PMNode): XmlOut {
    const a = node.attrs;
    const id = this.nextDocPr++;
    const kept = keptWmlShape(a, id);
    if (kept) return kept;
    const docPr = x('wp:docPr', { id, name: (a.name as string | null) ?? '', descr: (a.alt as string | null) ?? undefined, title: (a.title as string | null) ?? undefined });
    const { graphic, requires } = wmlShapeGraphic(a);
    const drawing = this.frame(a, docPr, graphic, false);
    return x('mc:AlternateContent', {}, x('mc:Choice', requires === 'wpg' ? { Requires: 'wpg', 'xmlns:wpg': NS_WPG } : { Requires: 'wps' }, drawing));
  }

  /** The `w:drawing` of a chart node (its parts written by {@link WmlChartParts}). */
  chart(node: PMNode): XmlOut {
    const a = node.attrs;
    const id = this.nextDocPr++;
    const docPr = x('wp:docPr', { id, name: (a.name as string | null) ?? '', descr: (a.alt as string | null) ?? undefined, title: (a.title as string | null) ?? undefined });
    return this.frame(a, docPr, wmlChartGraphic(this.charts.add(a)), false);
  }

  /** `w:drawing` with `wp:inline` or `wp:anchor` around a graphic. */
  private frame(a: Readonly<Record<string, unknown>>, docPr: XmlOut, graphic: XmlOut, picture: boolean): XmlOut {
    const cx = Math.max(1, Number(a.width));
    const cy = Math.max(1, Number(a.height));
    const extent = x('wp:extent', { cx, cy });
    const effect = x('wp:effectExtent', { l: 0, t: 0, r: 0, b: 0 });
    const frameLocks = picture ? x('wp:cNvGraphicFramePr', {}, x('a:graphicFrameLocks', { 'xmlns:a': NS_A, noChangeAspect: 1 })) : x('wp:cNvGraphicFramePr');
    if (a.placement !== 'anchored') {
      return x('w:drawing', {}, x('wp:inline', { distT: 0, distB: 0, distL: 0, distR: 0 }, extent, effect, docPr, frameLocks, graphic));
    }
    const wrap = String(a.wrap);
    const z = Number.isInteger(a.z) && Number(a.z) >= 0 ? Math.min(Number(a.z), 0xffffffff) : 0;
    return x(
      'w:drawing',
      {},
      x(
        'wp:anchor',
        { distT: 0, distB: 0, distL: 114300, distR: 114300, simplePos: 0, relativeHeight: z, behindDoc: wrap === 'behind' ? 1 : 0, locked: 0, layoutInCell: 1, allowOverlap: a.overlap === false ? 0 : 1 },
        x('wp:simplePos', { x: 0, y: 0 }),
        position('wp:positionH', H_RELATIVE[String(a.xRelative)] ?? 'column', a.xAlign as string | null, Number(a.x), H_ALIGN),
        position('wp:positionV', V_RELATIVE[String(a.yRelative)] ?? 'paragraph', a.yAlign as string | null, Number(a.y), V_ALIGN),
        extent,
        effect,
        wrapElement(wrap),
        docPr,
        frameLocks,
        graphic,
      ),
    );
  }

  /**
   * The `w:object` of an image carrying an embedded object (wml-object-writer.ts), or null when
   * Word could not open it (no ProgID, no bytes, no embedded picture): the picture is written alone.
   */
  private object(node: PMNode): XmlOut | null {
    const a = node.attrs;
    const object = a.object as EmbeddedObject;
    const key = object.data.slice(MEDIA_SRC_PREFIX.length);
    const item = this.media && Object.prototype.hasOwnProperty.call(this.media, key) ? this.media[key] : undefined;
    const progId = wmlProgId(object, item);
    const imageRel = this.pictureRel(String(a.src));
    if (!item || progId === null || imageRel === undefined) return null;
    let objectRel = this.objectRels.get(object.data);
    if (objectRel === undefined) {
      const index = this.objectRels.size + 1;
      const part = wmlEmbeddingPart(object, item, index);
      objectRel = `rIdObj${String(index)}`;
      this.objectRels.set(object.data, objectRel);
      this.rels.push({ id: objectRel, target: part.name.slice('word/'.length), external: false, type: part.relType });
      this.parts.push({ name: part.name, mime: part.contentType, bytes: item.bytes });
    }
    const index = this.nextDocPr++;
    const placement = a.placement === 'anchored' ? a : undefined;
    return wmlObjectElement({ width: Number(a.width), height: Number(a.height), alt: (a.alt as string | null) ?? null, title: (a.title as string | null) ?? null, progId, icon: object.icon, imageRel, objectRel, index, placement });
  }

  /** The relationship id of embedded picture `src` (its media part stored on first use), or undefined. */
  private pictureRel(src: string): string | undefined {
    const picture = this.used.get(src);
    if (!picture) return undefined;
    let id = this.relBySrc.get(src);
    if (!id) {
      id = `rIdImg${String(this.relBySrc.size + 1)}`;
      this.relBySrc.set(src, id);
      this.rels.push({ id, target: `media/${picture.name}`, external: false });
      this.parts.push({ name: `word/media/${picture.name}`, mime: picture.item.mime, bytes: picture.item.bytes });
    }
    return id;
  }

  private blip(src: string, link: string | null): XmlOut | null {
    const embedded = this.pictureRel(src);
    if (embedded !== undefined) return x('a:blip', { 'r:embed': embedded });
    if (link === null || link === '') return null;
    let id = this.relByLink.get(link);
    if (!id) {
      id = `rIdImgLink${String(this.relByLink.size + 1)}`;
      this.relByLink.set(link, id);
      this.rels.push({ id, target: link, external: true });
    }
    return x('a:blip', { 'r:link': id });
  }
}
