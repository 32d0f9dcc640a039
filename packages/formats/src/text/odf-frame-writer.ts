/**
 * Writes pictures, charts and bookmarks of ODF text (ODF 1.3 Part 3, 10.4.2 `draw:frame`, 10.4.4
 * `draw:image`, 10.4.5 `office:binary-data`, 6.2.1.2 `text:bookmark`; graphic styles 16.2 with
 * 17.27 `style:graphic-properties`). Mirrors `odf-frame-reader.ts`: what it writes reads back to
 * the same `image` node.
 *
 * Inline pictures are `as-char` frames; anchored ones `char` frames with their offsets in
 * `svg:x`/`svg:y` and position, relation and wrapping in an automatic graphic style (`fr1`,
 * `fr2`... one per distinct set of properties). Lengths are written in centimetres with six
 * decimals, which read back to the same EMU. The packaged form stores pictures as
 * `Pictures/<name>` parts, the flat form as base64 `office:binary-data`.
 */
import { keptChartParts, MEDIA_SRC_PREFIX } from '@ostal/model';
import type { Chart, ChartSource, EmbeddedObject, ShapeChild, ShapeLook, TablePosition, TextMedia } from '@ostal/model';
import { odfObjectElement } from './odf-object-writer.js';
import type { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { encodeBase64, usedPictures } from './text-media.js';
import { FRAME_STYLE, tableFrameAttrs, tableFrameGraphicProps } from './odf-table-frame.js';
import { keptOdfGeometry, odfShapeElement, shapeGraphicProps } from './odf-shape-writer.js';
import type { OdfObjectWriter } from './odf-opaque.js';
import { keptChartObject } from './odf-chart-source.js';
import { patchedOdfChartParts } from './odf-chart-patch.js';
import { standaloneChartContentXml } from '../sheets/ods-charts.js';
import { inlineChartObject, linkedObject } from '../sheets/ods-chart-object.js';

/** A picture part of the package. */
export interface OdfPicturePart {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

const H_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'page-content', column: 'paragraph', paragraph: 'paragraph', character: 'char', line: 'char' };
const V_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'page-content', paragraph: 'paragraph', column: 'paragraph', line: 'line', character: 'char' };
const H_POS: Readonly<Record<string, string>> = { left: 'left', center: 'center', right: 'right', inside: 'inside', outside: 'outside' };
const V_POS: Readonly<Record<string, string>> = { top: 'top', center: 'middle', bottom: 'bottom' };

/** An EMU length as ODF centimetres (six decimals: exact back to EMU). */
export function emuToCm(emu: number): string {
  return `${String(Number((emu / 360000).toFixed(6)))}cm`;
}

function wrapProps(wrap: string): Record<string, string> {
  switch (wrap) {
    case 'square':
      return { 'style:wrap': 'parallel' };
    case 'tight':
      return { 'style:wrap': 'parallel', 'style:wrap-contour': 'true', 'style:wrap-contour-mode': 'outside' };
    case 'through':
      return { 'style:wrap': 'parallel', 'style:wrap-contour': 'true', 'style:wrap-contour-mode': 'full' };
    case 'behind':
      return { 'style:wrap': 'run-through', 'style:run-through': 'background' };
    case 'in-front':
      return { 'style:wrap': 'run-through', 'style:run-through': 'foreground' };
    default:
      return { 'style:wrap': 'none' };
  }
}

/** Collects frames, their graphic styles and picture parts for one document. */
export class OdfFrameWriter {
  /** Picture parts to store (packaged form only), in order of first use. */
  readonly parts: OdfPicturePart[] = [];
  private readonly styles = new Map<string, { name: string; props: Record<string, string>; parent?: string }>();
  private readonly used;
  private readonly stored = new Set<string>();

  /** @param flat true for the flat form: pictures go inline as base64. */
  constructor(
    doc: PMNode,
    private readonly media: TextMedia | undefined,
    private readonly flat: boolean,
  ) {
    this.used = usedPictures(doc, media);
  }

  /** What an `image` or `bookmark` node writes in a paragraph; `objects` stores embedded objects' files (packaged form). */
  inline(node: PMNode, objects?: OdfObjectWriter): XmlOut[] {
    if (node.type.name === 'bookmark') return [x('text:bookmark', { 'text:name': String(node.attrs.name) })];
    if (node.type.name === 'shape') return [this.shape(node)];
    const frame = this.frame(node, objects);
    return frame ? [frame] : [];
  }

  /**
   * A `shape` node (`odf-shape-writer.ts`): a `draw:custom-shape` or `draw:line` with its fill,
   * line and placement in its graphic style, or a `draw:g` placed like a frame whose shapes
   * have styles of their own.
   */
  shape(node: PMNode): XmlOut {
    const a = node.attrs;
    const anchored = a.placement === 'anchored';
    const bx = anchored ? Number(a.x) : 0;
    const by = anchored ? Number(a.y) : 0;
    const title = (a.title as string | null) ?? null;
    const alt = (a.alt as string | null) ?? null;
    const described = [title !== null ? x('svg:title', {}, title) : null, alt !== null ? x('svg:desc', {}, alt) : null].filter((d): d is XmlOut => d !== null);
    if (a.geometry === 'group') {
      const base = this.frameAttrs(a, {});
      const children = ((a.children as ShapeChild[] | null) ?? []).map((c) => odfShapeElement(c, bx + c.x, by + c.y, c.width, c.height, { 'draw:style-name': this.styleName(shapeGraphicProps(c)) }, null, []));
      return x('draw:g', { 'draw:style-name': base['draw:style-name'], 'draw:name': base['draw:name'], 'text:anchor-type': base['text:anchor-type'], 'draw:z-index': base['draw:z-index'] }, described, children);
    }
    const look = a as unknown as ShapeLook;
    return odfShapeElement(look, bx, by, Number(a.width), Number(a.height), this.frameAttrs(a, shapeGraphicProps(look)), keptOdfGeometry(a), described);
  }

  /**
   * A `chart` node (`odf-chart-reader.ts` reads it back): a frame placed as a picture holding a
   * `draw:object` — in the packaged form naming the chart sub-document `objects` stores, in the
   * flat form holding the chart's `office:document`. The chart carries its values in its own
   * table (`sheets/ods-charts.ts`); no replacement picture is written (readers draw the chart).
   * An unchanged chart read from ODF in the same form writes its kept object back instead, with
   * its replacement picture (`odf-chart-source.ts`).
   */
  chart(node: PMNode, objects: OdfObjectWriter): XmlOut {
    const a = node.attrs;
    const chart = a.chart as Chart;
    const wPt = Math.max(1, Number(a.width)) / 12_700;
    const hPt = Math.max(1, Number(a.height)) / 12_700;
    const source = a.source as ChartSource | null;
    // Unchanged: the kept object; edited: the kept object patched when the patch can say the edit.
    const parts = keptChartParts(a, 'odf') ?? (source?.family === 'odf' ? patchedOdfChartParts(source, chart) : undefined);
    const kept = parts ? keptChartObject(parts, this.flat, objects) : undefined;
    let object: XmlOut;
    if (kept) object = kept.object;
    else if (this.flat) object = inlineChartObject(chart, wPt, hPt);
    else object = linkedObject(objects.chart(standaloneChartContentXml(chart, wPt, hPt)));
    const alt = (a.alt as string | null) ?? null;
    const title = (a.title as string | null) ?? null;
    return x('draw:frame', this.frameAttrs(a, {}), object, kept?.image ?? null, title !== null ? x('svg:title', {}, title) : null, alt !== null ? x('svg:desc', {}, alt) : null);
  }

  /** The automatic graphic styles the frames use. */
  graphicStyles(): XmlOut[] {
    return [...this.styles.values()].map((s) => x('style:style', { 'style:name': s.name, 'style:family': 'graphic', 'style:parent-style-name': s.parent }, x('style:graphic-properties', s.props)));
  }

  /**
   * The `draw:frame` holding a `draw:text-box` with `blocks`, for a `text_frame` (its paragraph
   * is the caller's); the height is the box's `fo:min-height`, so the frame grows with its text.
   */
  textFrame(node: PMNode, blocks: readonly XmlOut[]): XmlOut {
    const a = node.attrs;
    return x(
      'draw:frame',
      { ...this.frameAttrs(a, { 'fo:border': '0.5pt solid #000000', 'fo:padding': '0.1cm' }), 'svg:height': undefined },
      x('draw:text-box', { 'fo:min-height': emuToCm(Math.max(1, Number(a.height))) }, blocks),
    );
  }

  /**
   * The `draw:frame` of a floating table at `position` (`odf-table-frame.ts`), `width` twips
   * wide, holding `table` in its text box; its paragraph is the caller's.
   */
  tableFrame(position: TablePosition, width: number, table: XmlOut): XmlOut {
    const style = this.styleName(tableFrameGraphicProps(position), FRAME_STYLE);
    return x('draw:frame', { 'draw:style-name': style, ...tableFrameAttrs(position, width) }, x('draw:text-box', { 'fo:min-height': '0pt' }, table));
  }

  /** The name of the automatic graphic style with `props` (and `parent`), allocated on first use. */
  private styleName(props: Record<string, string>, parent?: string): string {
    const key = JSON.stringify([props, parent ?? null]);
    let style = this.styles.get(key);
    if (!style) {
      style = { name: `fr${String(this.styles.size + 1)}`, props, ...(parent === undefined ? {} : { parent }) };
      this.styles.set(key, style);
    }
    return style.name;
  }

  private frame(node: PMNode, objects: OdfObjectWriter | undefined): XmlOut | null {
    const a = node.attrs;
    const image = this.image(String(a.src), (a.link as string | null) ?? null);
    if (!image) return null;
    const alt = (a.alt as string | null) ?? null;
    const title = (a.title as string | null) ?? null;
    // An embedded object goes first, its picture after as the replacement (odf-object-writer.ts).
    const object = a.object as EmbeddedObject | null;
    const key = object ? object.data.slice(MEDIA_SRC_PREFIX.length) : '';
    const item = object && this.media && Object.prototype.hasOwnProperty.call(this.media, key) ? this.media[key] : undefined;
    const kept = object && item ? odfObjectElement(object, item, this.flat, objects) : null;
    return x('draw:frame', this.frameAttrs(a, {}), kept, image, title !== null ? x('svg:title', {}, title) : null, alt !== null ? x('svg:desc', {}, alt) : null);
  }

  /** Attributes of a frame: its graphic style (allocated on first use), anchor, position and size. */
  private frameAttrs(a: Readonly<Record<string, unknown>>, extra: Record<string, string>): Record<string, string | number | undefined> {
    const anchored = a.placement === 'anchored';
    const xAlign = anchored && typeof a.xAlign === 'string' ? H_POS[a.xAlign] : undefined;
    const yAlign = anchored && typeof a.yAlign === 'string' ? V_POS[a.yAlign] : undefined;
    const props: Record<string, string> = anchored
      ? {
          ...wrapProps(String(a.wrap)),
          'style:vertical-pos': yAlign ?? 'from-top',
          'style:vertical-rel': V_RELATIVE[String(a.yRelative)] ?? 'paragraph',
          'style:horizontal-pos': xAlign ?? 'from-left',
          'style:horizontal-rel': H_RELATIVE[String(a.xRelative)] ?? 'paragraph',
          ...extra,
        }
      : { 'style:vertical-pos': 'top', 'style:vertical-rel': 'baseline', 'style:horizontal-pos': 'center', 'style:horizontal-rel': 'paragraph', ...extra };
    return {
      'draw:style-name': this.styleName(props),
      'draw:name': (a.name as string | null) ?? undefined,
      'text:anchor-type': anchored ? 'char' : 'as-char',
      'svg:x': anchored && xAlign === undefined ? emuToCm(Number(a.x)) : undefined,
      'svg:y': anchored && yAlign === undefined ? emuToCm(Number(a.y)) : undefined,
      'svg:width': emuToCm(Math.max(1, Number(a.width))),
      'svg:height': emuToCm(Math.max(1, Number(a.height))),
      'draw:z-index': anchored && Number.isInteger(a.z) && Number(a.z) >= 0 ? Number(a.z) : undefined,
    };
  }

  private image(src: string, link: string | null): XmlOut | null {
    const picture = this.used.get(src);
    if (picture) {
      if (this.flat) return x('draw:image', { 'draw:mime-type': picture.item.mime }, x('office:binary-data', {}, encodeBase64(picture.item.bytes)));
      const path = `Pictures/${picture.name}`;
      if (!this.stored.has(path)) {
        this.stored.add(path);
        this.parts.push({ name: path, mime: picture.item.mime, bytes: picture.item.bytes });
      }
      return x('draw:image', { 'xlink:href': path, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad', 'draw:mime-type': picture.item.mime });
    }
    if (link === null || link === '') return null;
    return x('draw:image', { 'xlink:href': link, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' });
  }
}
