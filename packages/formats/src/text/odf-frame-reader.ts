/**
 * Pictures and bookmarks of ODF text (ODF 1.3 Part 3, 10.4.2 `draw:frame`, 10.4.4
 * `draw:image` with `xlink:href` into the package or 10.4.5 `office:binary-data`; 19.874
 * `text:anchor-type`, 19.539/19.540 `svg:height`/`svg:width`, 19.541/19.542 `svg:x`/`svg:y`,
 * 10.3.18 `svg:title`, 10.3.19 `svg:desc`; graphic styles 17.27 `style:wrap`, 20.343
 * `style:run-through`, 20.348 `style:horizontal-pos`, 20.349 `style:horizontal-rel`, 20.386/20.387
 * vertical position; 6.2.1 bookmarks) as `image` and `bookmark` nodes.
 *
 * A frame anchored `as-char` is an inline picture; any other anchor makes it anchored, with the
 * position and wrapping of its graphic style (parent chain resolved). Pictures come from the
 * package (`Pictures/...`) or from base64 data in the flat form; anything else is a link, kept
 * and never fetched.
 */
import { textSchema } from '@ostal/model';
import type { EmbeddedObject } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfStyleElements } from '../odf/odf-style-groups.js';
import { odfShape } from './odf-shape-reader.js';

/** Resolves a picture reference: package path → `src`, or base64 data → `src`. */
export interface OdfPictureSource {
  /** The `src` of the package part `path` (relative to the package root), or undefined when absent. */
  part(path: string): string | undefined;
  /** The `src` of inline base64 data, or undefined when it does not decode. */
  data(base64: string): string | undefined;
  /** The embedded object a frame holds beside its picture (`odf-object-reader.ts`), or null. */
  object?(frame: XmlElement): EmbeddedObject | null;
}

/** What reading a frame gave: a picture, or why not. */
export type FrameOutcome = { readonly image: PMNode; readonly linked: boolean } | { readonly image: null };

const UNIT_EMU: Readonly<Record<string, number>> = { cm: 360000, mm: 36000, in: 914400, inch: 914400, pt: 12700, pc: 152400, px: 9525 };
const MAX_EMU = 2 ** 40;

/** An ODF length in EMU (rounded), or undefined when it is not one. */
export function odfLengthToEmu(v: string | undefined): number | undefined {
  const m = /^\s*(-?(?:\d+\.?\d*|\.\d+))\s*(cm|mm|in|inch|pt|pc|px)\s*$/.exec(v ?? '');
  if (!m) return undefined;
  const n = Math.round(Number(m[1]) * UNIT_EMU[m[2]!]!);
  return Number.isFinite(n) ? Math.max(-MAX_EMU, Math.min(MAX_EMU, n)) : undefined;
}

const H_RELATIVE: Readonly<Record<string, string>> = {
  page: 'page',
  'page-content': 'margin',
  'page-start-margin': 'page',
  'page-end-margin': 'page',
  paragraph: 'column',
  'paragraph-content': 'column',
  'paragraph-start-margin': 'column',
  'paragraph-end-margin': 'column',
  frame: 'column',
  'frame-content': 'column',
  char: 'character',
};
const V_RELATIVE: Readonly<Record<string, string>> = {
  page: 'page',
  'page-content': 'margin',
  paragraph: 'paragraph',
  'paragraph-content': 'paragraph',
  frame: 'paragraph',
  'frame-content': 'paragraph',
  char: 'line',
  line: 'line',
  text: 'line',
  baseline: 'line',
};
const H_ALIGN: Readonly<Record<string, string>> = { left: 'left', center: 'center', right: 'right', inside: 'inside', outside: 'outside' };
const V_ALIGN: Readonly<Record<string, string>> = { top: 'top', middle: 'center', bottom: 'bottom', below: 'bottom' };

/** The graphic properties of a style and its parents, nearest first. */
export type GraphicProps = (ns: string, local: string) => string | undefined;

/** Reads frames and bookmarks of one document. */
export class OdfFrameReader {
  private readonly graphic = new Map<string, XmlElement>();
  private readonly bookmarks = new Set<string>();
  private readonly boxAttrs = new Map<XmlElement, Record<string, unknown>>();
  private readonly boxFrames = new Map<XmlElement, XmlElement>();

  /** `roots`: styles.xml then content.xml (or the flat document), for graphic styles. */
  constructor(
    roots: readonly (XmlElement | undefined)[],
    private readonly pictures: OdfPictureSource,
  ) {
    for (const el of odfStyleElements(roots)) {
      const name = attr(el, NS.style, 'name');
      if (name !== undefined && attr(el, NS.style, 'family') === 'graphic') this.graphic.set(name, el);
    }
  }

  /** The bookmark node of `text:bookmark`/`text:bookmark-start`, or null (no name, or a name already used). */
  bookmark(el: XmlElement): PMNode | null {
    const name = attr(el, NS.text, 'name');
    if (name === undefined || name === '' || this.bookmarks.has(name)) return null;
    this.bookmarks.add(name);
    return textSchema.nodes.bookmark!.create({ name });
  }

  /** The picture of a `draw:frame`, or null when it holds none. */
  frame(frame: XmlElement): FrameOutcome {
    if (frame.ns !== NS.draw || frame.local !== 'frame') return { image: null };
    let target: { src: string } | { link: string } | undefined;
    for (const image of childElements(frame, NS.draw, 'image')) {
      target = this.target(image);
      if (target) break;
    }
    if (!target) return { image: null };
    const title = childElement(frame, NS.svg, 'title');
    const desc = childElement(frame, NS.svg, 'desc');
    const text = (el: XmlElement | undefined): string | null => {
      const t = el ? textContent(el) : '';
      return t.trim() === '' ? null : t;
    };
    const attrs: Record<string, unknown> = { ...target, ...this.placement(frame), alt: text(desc), title: text(title), object: this.pictures.object?.(frame) ?? null };
    return { image: textSchema.nodes.image!.create(attrs), linked: 'link' in target };
  }

  /** The `shape` node of a drawing shape without text or a group (`odf-shape-reader.ts`), or null. */
  shape(el: XmlElement): PMNode | null {
    return odfShape(el, this);
  }

  /** Records the frame or shape `el` that holds text boxes `boxes`, for {@link textFrame}. */
  noteTextBoxes(el: XmlElement, boxes: readonly XmlElement[]): void {
    const attrs = this.placement(el);
    for (const box of boxes) {
      this.boxFrames.set(box, el);
      if (attr(el, NS.svg, 'height') === undefined) {
        const min = odfLengthToEmu(attr(box, NS.fo, 'min-height'));
        if (min !== undefined) this.boxAttrs.set(box, { ...attrs, height: Math.max(1, min) });
        else this.boxAttrs.set(box, attrs);
      } else this.boxAttrs.set(box, attrs);
    }
  }

  /** The `text_frame` of text box `box` holding `blocks` (an empty paragraph when there are none). */
  textFrame(box: XmlElement, blocks: readonly PMNode[]): PMNode {
    const content = blocks.length > 0 ? blocks : [textSchema.nodes.paragraph!.create()];
    return textSchema.nodes.text_frame!.create(this.boxAttrs.get(box) ?? {}, content);
  }

  /** The frame or shape holding text box `box`, as {@link noteTextBoxes} recorded it. */
  frameOfBox(box: XmlElement): XmlElement | undefined {
    return this.boxFrames.get(box);
  }

  /** True when `frame`'s graphic style is, or derives from, the common style `name`. */
  derivesFrom(frame: XmlElement, name: string): boolean {
    const seen = new Set<string>();
    let style = attr(frame, NS.draw, 'style-name');
    while (style !== undefined && !seen.has(style) && seen.size < 32) {
      if (style === name) return true;
      seen.add(style);
      const el = this.graphic.get(style);
      style = el && attr(el, NS.style, 'parent-style-name');
    }
    return false;
  }

  /** The graphic properties of `frame`'s style, parent styles resolved. */
  graphicProps(frame: XmlElement): GraphicProps {
    return this.props(attr(frame, NS.draw, 'style-name'));
  }

  /** Size, name and placement of a frame or shape (an `as-char` one is inline). */
  placement(frame: XmlElement): Record<string, unknown> {
    const attrs: Record<string, unknown> = {
      width: Math.max(1, odfLengthToEmu(attr(frame, NS.svg, 'width')) ?? 914400),
      height: Math.max(1, odfLengthToEmu(attr(frame, NS.svg, 'height')) ?? 914400),
      name: attr(frame, NS.draw, 'name') ?? null,
    };
    const anchor = attr(frame, NS.text, 'anchor-type') ?? 'paragraph';
    if (anchor === 'as-char') return attrs;
    const props = this.props(attr(frame, NS.draw, 'style-name'));
    const hPos = props(NS.style, 'horizontal-pos');
    const vPos = props(NS.style, 'vertical-pos');
    const z = Number(attr(frame, NS.draw, 'z-index'));
    return {
      ...attrs,
      placement: 'anchored',
      xRelative: H_RELATIVE[props(NS.style, 'horizontal-rel') ?? ''] ?? (anchor === 'page' ? 'page' : 'column'),
      yRelative: V_RELATIVE[props(NS.style, 'vertical-rel') ?? ''] ?? (anchor === 'page' ? 'page' : 'paragraph'),
      x: odfLengthToEmu(attr(frame, NS.svg, 'x')) ?? 0,
      y: odfLengthToEmu(attr(frame, NS.svg, 'y')) ?? 0,
      xAlign: H_ALIGN[hPos ?? ''] ?? null,
      yAlign: V_ALIGN[vPos ?? ''] ?? null,
      wrap: this.wrap(props),
      z: Number.isInteger(z) && z >= 0 ? z : 0,
    };
  }

  private target(image: XmlElement): { src: string } | { link: string } | undefined {
    const data = childElement(image, NS.office, 'binary-data');
    if (data) {
      const src = this.pictures.data(textContent(data));
      return src === undefined ? undefined : { src };
    }
    const href = attr(image, NS.xlink, 'href');
    if (href === undefined || href === '') return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('../') || href.startsWith('/')) return { link: href };
    const src = this.pictures.part(href.replace(/^\.\//, ''));
    return src === undefined ? undefined : { src };
  }

  private wrap(props: GraphicProps): string {
    const wrap = props(NS.style, 'wrap');
    if (wrap === 'run-through') return props(NS.style, 'run-through') === 'background' ? 'behind' : 'in-front';
    if (wrap === undefined || wrap === 'none') return 'top-bottom';
    if (props(NS.style, 'wrap-contour') === 'true') return props(NS.style, 'wrap-contour-mode') === 'full' ? 'through' : 'tight';
    return 'square';
  }

  /** Looks up graphic properties along the style's parent chain. */
  private props(styleName: string | undefined): GraphicProps {
    const chain: XmlElement[] = [];
    const seen = new Set<string>();
    let name = styleName;
    while (name !== undefined && !seen.has(name) && chain.length < 32) {
      seen.add(name);
      const style = this.graphic.get(name);
      if (!style) break;
      const gp = childElement(style, NS.style, 'graphic-properties');
      if (gp) chain.push(gp);
      name = attr(style, NS.style, 'parent-style-name');
    }
    return (ns, local) => {
      for (const gp of chain) {
        const v = attr(gp, ns, local);
        if (v !== undefined) return v;
      }
      return undefined;
    };
  }
}
