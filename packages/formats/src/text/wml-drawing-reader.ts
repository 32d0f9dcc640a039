/**
 * Pictures of WordprocessingML (ECMA-376 Part 1, 20.4 DrawingML WordprocessingML drawing:
 * 20.4.2.8 `wp:inline`, 20.4.2.3 `wp:anchor` with 20.4.2.10/11 `wp:positionH`/`wp:positionV`,
 * 20.4.2.7 `wp:extent`, 20.4.2.5 `wp:docPr`, 20.4.2.15-19 wrapping; 20.2.2.5 `pic:pic`, 20.1.8.13
 * `a:blip` `r:embed`/`r:link`; VML fallback 14.1.2.19 `v:shape` with 14.1.2.11 `v:imagedata`)
 * as `image` nodes, and bookmarks (17.13.6.2 `w:bookmarkStart`) as `bookmark` points.
 *
 * Element names are matched by local name in any namespace, so Strict documents read the same.
 * Embedded pictures become media entries (bytes read through the package, under its limits);
 * linked ones keep their target and are never fetched.
 */
import { textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { wmlDrawingShape, wmlVmlShape } from './wml-shape-reader.js';
import { groupedTextBoxes } from './wml-text-box-boxes.js';
import { DEFAULT_THEME_PALETTE } from './dml-theme-colours.js';
import type { ThemePalette } from './dml-theme-colours.js';
import type { WmlCharts } from './wml-chart-reader.js';
import { wmlEmbeddedObject } from './wml-object-reader.js';
import { NS_W10, vmlPlacement } from './wml-vml-placement.js';
import type { WmlObjects } from './wml-object-reader.js';

/** What a relationship id of the part names: an embedded picture (`src`) or a link target. */
export type WmlPictureTarget = { readonly src: string } | { readonly link: string };

/** Resolves a picture relationship id of the part. */
export type WmlPictures = (relId: string) => WmlPictureTarget | undefined;

/** What the drawing reader reports about one drawing. */
export type DrawingOutcome = { readonly image: PMNode; readonly linked: boolean } | { readonly image: null; readonly reason: 'not-a-picture' | 'missing' };

const EMU_PER_PT = 12700;
/** Largest size or offset kept, in EMU (about 1.1 km): anything beyond is damage. */
const MAX_EMU = 2 ** 40;

function kid(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c === 'object' && c.local === local) return c;
  return undefined;
}

function find(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (c.local === local) return c;
    const f = find(c, local);
    if (f) return f;
  }
  return undefined;
}

/** An unqualified attribute (DrawingML and VML attributes are). */
function at(el: XmlElement | undefined, local: string): string | undefined {
  return el ? attr(el, '', local) : undefined;
}

function emuOf(v: string | undefined, fallback = 0): number {
  const n = Number(v);
  return Number.isFinite(n) ? Math.max(-MAX_EMU, Math.min(MAX_EMU, Math.round(n))) : fallback;
}

function text(v: string | undefined): string | null {
  return v === undefined || v.trim() === '' ? null : v;
}

const H_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'margin', column: 'column', character: 'character', leftMargin: 'page', rightMargin: 'page', insideMargin: 'page', outsideMargin: 'page' };
const V_RELATIVE: Readonly<Record<string, string>> = { page: 'page', margin: 'margin', paragraph: 'paragraph', line: 'line', topMargin: 'page', bottomMargin: 'page', insideMargin: 'page', outsideMargin: 'page' };
const ALIGNS = new Set(['left', 'center', 'right', 'top', 'bottom', 'inside', 'outside']);

/**
 * The `mc:Choice` of an `mc:AlternateContent` to read instead of the usual branch: one whose
 * `w:drawing` is a DrawingML picture, a single shape (`wps:wsp`, with or without a text box)
 * or a group of shapes (`wpg:wgp`, its text boxes placed by `wml-text-box-boxes.ts`), richer than its VML fallback (alternative text, position, wrapping). Undefined otherwise;
 * exactly one branch is still read.
 */
export function pictureChoice(el: XmlElement): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c !== 'object' || c.ns !== NS.mc || c.local !== 'Choice') continue;
    const drawing = kid(c, 'drawing');
    const frame = kid(drawing, 'inline') ?? kid(drawing, 'anchor');
    const data = kid(kid(frame, 'graphic'), 'graphicData');
    const shape = kid(data, 'wsp');
    if (kid(data, 'pic') || kid(data, 'chart') || shape || kid(data, 'wgp')) return c;
  }
  return undefined;
}

/** Reads `w:drawing` and `w:pict` elements of one part into `image` nodes. */
export class WmlDrawingReader {
  private readonly bookmarks = new Set<string>();
  /** Size and placement of the text boxes seen, by their `w:txbxContent`. */
  private readonly boxes = new Map<XmlElement, Record<string, unknown>>();

  constructor(
    private readonly pictures: WmlPictures,
    /** The `r` namespace of the document (Transitional or Strict). */
    private readonly rNs: string,
    /** The theme's colours, for shapes' scheme colours (dml-theme-colours.ts). */
    private readonly palette: ThemePalette = DEFAULT_THEME_PALETTE,
    /** The part's charts (wml-chart-reader.ts); none read without. */
    private readonly charts?: WmlCharts,
    /** The part's embedded objects (wml-object-reader.ts); without, objects are their picture alone. */
    private readonly objects?: WmlObjects,
  ) {}

  /**
   * The bookmark node of a `w:bookmarkStart` name (17.13.6.2), or null for none, Word's
   * `_GoBack` (its last edit position) and names already used in the document.
   */
  bookmark(name: string | undefined): PMNode | null {
    if (name === undefined || name === '' || name === '_GoBack' || this.bookmarks.has(name)) return null;
    this.bookmarks.add(name);
    return textSchema.nodes.bookmark!.create({ name });
  }

  /** The picture of a `w:drawing` (DrawingML) or `w:pict` (VML). */
  read(el: XmlElement): DrawingOutcome {
    if (el.local === 'pict') return this.vml(el);
    const frame = kid(el, 'inline') ?? kid(el, 'anchor');
    const chartRef = kid(kid(kid(frame, 'graphic'), 'graphicData'), 'chart');
    if (frame && chartRef) return this.chart(frame, chartRef);
    const pic = frame && find(kid(frame, 'graphic'), 'pic');
    if (!frame || !pic) return { image: null, reason: 'not-a-picture' };
    const blip = find(kid(pic, 'blipFill'), 'blip');
    const target = this.target(blip && (this.relAttr(blip, 'embed') ?? ''), blip && this.relAttr(blip, 'link'));
    if (!target) return { image: null, reason: 'missing' };
    const extent = kid(frame, 'extent');
    const docPr = kid(frame, 'docPr');
    const cNvPr = find(kid(pic, 'nvPicPr'), 'cNvPr');
    const attrs: Record<string, unknown> = {
      ...('src' in target ? { src: target.src } : { link: target.link }),
      width: Math.max(1, emuOf(at(extent, 'cx'), 914400)),
      height: Math.max(1, emuOf(at(extent, 'cy'), 914400)),
      alt: text(at(docPr, 'descr')) ?? text(at(cNvPr, 'descr')),
      title: text(at(docPr, 'title')) ?? text(at(cNvPr, 'title')),
      name: text(at(docPr, 'name')),
    };
    if (frame.local === 'anchor') Object.assign(attrs, this.anchor(frame));
    return { image: textSchema.nodes.image!.create(attrs), linked: !('src' in target) };
  }

  /** The `chart` node of a drawing whose graphic is a chart, or none when its part cannot be read. */
  private chart(frame: XmlElement, ref: XmlElement): DrawingOutcome {
    const id = this.relAttr(ref, 'id');
    const target = id ? this.charts?.(id) : undefined;
    if (!target) return { image: null, reason: 'missing' };
    const docPr = kid(frame, 'docPr');
    const attrs: Record<string, unknown> = {
      chart: target.chart,
      source: target.source,
      width: Math.max(1, emuOf(at(kid(frame, 'extent'), 'cx'), 4572000)),
      height: Math.max(1, emuOf(at(kid(frame, 'extent'), 'cy'), 2743200)),
      alt: text(at(docPr, 'descr')),
      title: text(at(docPr, 'title')),
      name: text(at(docPr, 'name')),
    };
    if (frame.local === 'anchor') Object.assign(attrs, this.anchor(frame));
    return { image: textSchema.nodes.chart!.create(attrs), linked: false };
  }

  private relAttr(el: XmlElement, local: string): string | undefined {
    return attr(el, this.rNs, local) ?? attr(el, NS.r, local) ?? attr(el, NS.strictR, local);
  }

  private target(embed: string | undefined, link: string | undefined): WmlPictureTarget | undefined {
    const fromEmbed = embed ? this.pictures(embed) : undefined;
    if (fromEmbed) return fromEmbed;
    const fromLink = link ? this.pictures(link) : undefined;
    if (fromLink && 'link' in fromLink) return fromLink;
    return undefined;
  }

  /** Position, wrapping and stacking of a `wp:anchor`. */
  private anchor(frame: XmlElement): Record<string, unknown> {
    const out: Record<string, unknown> = { placement: 'anchored' };
    const axis = (el: XmlElement | undefined, relatives: Readonly<Record<string, string>>, key: 'x' | 'y'): void => {
      if (!el) return;
      const rel = relatives[at(el, 'relativeFrom') ?? ''];
      if (rel) out[key === 'x' ? 'xRelative' : 'yRelative'] = rel;
      const align = kid(el, 'align');
      const alignText = align ? align.children.filter((c) => typeof c === 'string').join('').trim() : '';
      if (ALIGNS.has(alignText)) out[key === 'x' ? 'xAlign' : 'yAlign'] = alignText;
      const offset = kid(el, 'posOffset');
      if (offset) out[key] = emuOf(offset.children.filter((c) => typeof c === 'string').join('').trim());
    };
    axis(kid(frame, 'positionH'), H_RELATIVE, 'x');
    axis(kid(frame, 'positionV'), V_RELATIVE, 'y');
    const behind = at(frame, 'behindDoc');
    let wrap = 'in-front';
    if (kid(frame, 'wrapSquare')) wrap = 'square';
    else if (kid(frame, 'wrapTight')) wrap = 'tight';
    else if (kid(frame, 'wrapThrough')) wrap = 'through';
    else if (kid(frame, 'wrapTopAndBottom')) wrap = 'top-bottom';
    else if (behind === '1' || behind === 'true' || behind === 'on') wrap = 'behind';
    out.wrap = wrap;
    const z = Number(at(frame, 'relativeHeight'));
    if (Number.isInteger(z) && z >= 0 && z <= 0xffffffff) out.z = z;
    // ST_OnOff (ECMA-376 Part 1, 20.4.2.3 anchor): "0", "false" or "off" keeps the object clear of others.
    const overlap = at(frame, 'allowOverlap');
    if (overlap === '0' || overlap === 'false' || overlap === 'off') out.overlap = false;
    return out;
  }

  /**
   * Records the drawing (or VML shape) that holds text boxes `boxes`, for {@link textFrame}: a
   * box inside a group takes its own size and, when the group is anchored, its place in it.
   */
  noteTextBoxes(el: XmlElement, boxes: readonly XmlElement[]): void {
    const attrs = this.frameAttrs(el);
    const grouped = groupedTextBoxes(el);
    for (const box of boxes) {
      const inGroup = grouped.get(box);
      if (!inGroup) {
        this.boxes.set(box, attrs);
        continue;
      }
      const own: Record<string, unknown> = { ...attrs, width: inGroup.w, height: inGroup.h };
      if (attrs.placement === 'anchored') Object.assign(own, { x: Number(attrs.x ?? 0) + inGroup.x, y: Number(attrs.y ?? 0) + inGroup.y });
      // The group's alignment places the group: a box away from its edge keeps its offset instead.
      if (attrs.xAlign != null && inGroup.x !== 0) own.xAlign = null;
      if (attrs.yAlign != null && inGroup.y !== 0) own.yAlign = null;
      this.boxes.set(box, own);
    }
  }

  /**
   * The shapes without text of an anchored group that holds text boxes (its boxes become text
   * frames over them), or null: none, or the group is inline, where frames and shapes would
   * stand side by side instead of on top of each other.
   */
  groupShapes(el: XmlElement): PMNode | null {
    const attrs = this.frameAttrs(el);
    if (attrs.placement !== 'anchored') return null;
    const shape = el.local === 'pict' ? wmlVmlShape(el, true) : this.shape(el);
    if (!shape || shape.attrs.geometry !== 'group') return null;
    const children = shape.attrs.children as readonly { fill?: unknown; line?: unknown }[] | undefined;
    return children?.some((c) => c.fill !== null || c.line !== null) ? shape : null;
  }

  /** The `text_frame` of text box `box` holding `blocks` (an empty paragraph when there are none). */
  textFrame(box: XmlElement, blocks: readonly PMNode[]): PMNode {
    const content = blocks.length > 0 ? blocks : [textSchema.nodes.paragraph!.create()];
    return textSchema.nodes.text_frame!.create(this.boxes.get(box) ?? {}, content);
  }

  /**
   * Size and placement of the drawing (`w:drawing`) or VML shape (`w:pict`) that holds text
   * boxes, for the `text_frame` they become.
   */
  frameAttrs(el: XmlElement): Record<string, unknown> {
    if (el.local === 'pict') {
      const { attrs } = vmlShape(el);
      return attrs;
    }
    const frame = kid(el, 'inline') ?? kid(el, 'anchor');
    if (!frame) return {};
    const extent = kid(frame, 'extent');
    const attrs: Record<string, unknown> = {
      width: Math.max(1, emuOf(at(extent, 'cx'), 914400)),
      height: Math.max(1, emuOf(at(extent, 'cy'), 914400)),
      name: text(at(kid(frame, 'docPr'), 'name')),
    };
    if (frame.local === 'anchor') Object.assign(attrs, this.anchor(frame));
    return attrs;
  }

  /** The `shape` node of a drawing or VML shape without text that is not a picture, or null. */
  shape(el: XmlElement): PMNode | null {
    if (el.local === 'pict') return wmlVmlShape(el);
    const docPr = kid(kid(el, 'inline') ?? kid(el, 'anchor'), 'docPr');
    return wmlDrawingShape(el, this.frameAttrs(el), { alt: text(at(docPr, 'descr')), title: text(at(docPr, 'title')) }, this.palette);
  }

  /** The picture shown for an embedded object (`w:object`): its VML shape's image. */
  objectPicture(el: XmlElement): DrawingOutcome {
    let outcome = this.vml(el);
    if (!outcome.image) return outcome;
    const object = wmlEmbeddedObject(find(el, 'OLEObject'), this.objects, (ole) => this.relAttr(ole, 'id'));
    if (object) outcome = { ...outcome, image: outcome.image.type.create({ ...outcome.image.attrs, object }) };
    // Word's "original size" of the object (twips) when the shape gives none.
    const style = at(find(el, 'shape'), 'style') ?? '';
    if (/(^|;)\s*width\s*:/.test(style)) return outcome;
    const twips = (v: string | undefined): number | null => (v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 635) : null);
    const w = twips(attr(el, el.ns, 'dxaOrig'));
    const h = twips(attr(el, el.ns, 'dyaOrig'));
    return w && h ? { ...outcome, image: outcome.image.type.create({ ...outcome.image.attrs, width: w, height: h }) } : outcome;
  }

  /** VML: the first `v:imagedata` of the picture, its size from the shape's `style`. */
  private vml(pict: XmlElement): DrawingOutcome {
    const data = find(pict, 'imagedata');
    if (!data) return { image: null, reason: 'not-a-picture' };
    const target = this.target(this.relAttr(data, 'id'), undefined) ?? this.target(this.relAttr(data, 'pict'), this.relAttr(data, 'href'));
    if (!target) return { image: null, reason: 'missing' };
    const { shape, attrs: placed } = vmlShape(pict);
    const attrs: Record<string, unknown> = {
      ...('src' in target ? { src: target.src } : { link: target.link }),
      ...placed,
      alt: text(at(shape, 'alt')),
      title: text(at(data, 'title')),
    };
    return { image: textSchema.nodes.image!.create(attrs), linked: !('src' in target) };
  }
}

/** The first VML shape of a `w:pict` and its size and placement, from its CSS-like `style`. */
function vmlShape(pict: XmlElement): { shape: XmlElement | undefined; attrs: Record<string, unknown> } {
  // A group's own style places it; its children's are in the group's coordinates.
  const group = pict.children.find((c): c is XmlElement => typeof c === 'object' && c.local === 'group' && c.ns === 'urn:schemas-microsoft-com:vml');
  const shape = group ?? find(pict, 'shape') ?? find(pict, 'rect') ?? find(pict, 'roundrect');
  const style = new Map<string, string>();
  for (const decl of (at(shape, 'style') ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0) style.set(decl.slice(0, colon).trim().toLowerCase(), decl.slice(colon + 1).trim());
  }
  const len = (v: string | undefined, fallback: number): number => {
    const m = /^(-?[\d.]+)(pt|in|cm|mm|px)?$/.exec(v ?? '');
    if (!m) return fallback;
    const factor = { pt: EMU_PER_PT, in: 914400, cm: 360000, mm: 36000, px: 9525 }[m[2] ?? 'px'] ?? 9525;
    return emuOf(String(Number(m[1]) * factor), fallback);
  };
  const attrs: Record<string, unknown> = {
    width: Math.max(1, len(style.get('width'), 914400)),
    height: Math.max(1, len(style.get('height'), 914400)),
  };
  if (style.get('position') === 'absolute') {
    const wrap = shape?.children.find((c): c is XmlElement => typeof c === 'object' && c.local === 'wrap' && c.ns === NS_W10);
    Object.assign(attrs, vmlPlacement(style, wrap && at(wrap, 'type'), len));
  }
  return { shape, attrs };
}
