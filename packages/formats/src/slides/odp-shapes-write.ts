/**
 * Deck shapes written as ODF drawing shapes (ODF 1.3 Part 3, 10.3.2 draw:line, 10.3.10
 * draw:connector, 10.3.12 draw:custom-shape with 10.6 draw:enhanced-geometry, 10.4 draw:frame
 * with draw:text-box, draw:image and table:table, 10.3.15 draw:g), with automatic graphic,
 * paragraph and text styles. Lengths are written in mm with six decimals: EMU read back exact.
 */
import { cellBorders, cellFill, cellText, mapChildFrame, resolveColor, resolvedTransform } from '@ostal/model';
import type { BodyProperties, Chart, DeckColor, OpaqueSource, ParagraphStyle, DeckShape, Deck, GeometryShape, Fill, Outline, Slide, TextBody, TextParagraph, TextRun, Transform } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfParagraphContent } from './odf-text.js';
import { levelStyleXml, listBlocks } from './odf-lists.js';
import type { ListedParagraph } from './odf-lists.js';
import { LINE_PRESETS, odfShapeType, odfTypeViewBox } from './odp-geometry.js';
import { presetGeometry } from '../odf/odf-preset-paths.js';
import type { OdpStyleCollector } from './odp-style-collector.js';
import { imageSizeEmu } from './image-size.js';
import { enhancedPath } from './custom-geometry.js';
import { odfShadowAttrs } from './shape-effects.js';
import { odfTileAttrs } from './odp-picture-tile.js';
import { emuLength, lineEnds, mirroredShapeBox, pictureBox, placeAttrs, unflippedFrame } from './odp-placement.js';

/** Everything shapes of one deck share while written. */
export interface OdpShapeContext {
  readonly deck: Deck;
  readonly styles: OdpStyleCollector;
  /** The picture's href (`Pictures/...`) or, for flat files, undefined with the data inlined. */
  readonly picture: (media: string) => { href?: string; base64?: string } | undefined;
  /** Named gradients, fill images, markers for office:styles. */
  readonly named: NamedStyles;
  /** The `draw:object` of a chart written from the model: naming its sub-document (`./Object 1`), or holding its `office:document` in flat files. */
  readonly chartObject?: (chart: Chart, t: Transform, fromPptx: boolean) => XmlOut | undefined;
  /** The object element for an object kept from an ODF file (its files added to the package). */
  readonly keptObject?: (source: OpaqueSource) => XmlOut | undefined;
  /**
   * The master's body paragraph style at a level (0-based): outline lists are written with the
   * master's bullets as their own list style, as LibreOffice shows no others.
   */
  readonly outlineLevel?: (level: number) => ParagraphStyle | undefined;
}

/** Named drawing styles (office:styles): gradients, fill images, line ends, dashes. */
export class NamedStyles {
  readonly elements: XmlOut[] = [];
  private readonly byKey = new Map<string, string>();

  add(key: string, make: (name: string) => XmlOut): string {
    const known = this.byKey.get(key);
    if (known) return known;
    const name = `Ostal_${String(this.byKey.size + 1)}`;
    this.byKey.set(key, name);
    this.elements.push(make(name));
    return name;
  }
}

function hex(c: DeckColor | undefined, ctx: OdpShapeContext, fallback = '#000000'): string {
  const rgb = resolveColor(c, ctx.deck.theme?.colors ?? DEFAULT_PALETTE);
  return rgb ? `#${rgb.toLowerCase()}` : fallback;
}

/** Colours used when a deck has no theme (Ostal's theme). */
const DEFAULT_PALETTE: Readonly<Record<string, string>> = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '1F3A5F',
  lt2: 'E8ECF1',
  accent1: '2F6DB5',
  accent2: 'D9822B',
  accent3: '7A8B99',
  accent4: 'E3B505',
  accent5: '4A90C2',
  accent6: '5B9A45',
  hlink: '0563C1',
  folHlink: '954F72',
};

/** draw:fill and companion attributes for a fill. */
export function fillAttrs(fill: Fill | undefined, ctx: OdpShapeContext): Record<string, string | undefined> {
  if (!fill) return {};
  switch (fill.kind) {
    case 'none':
      return { 'draw:fill': 'none' };
    case 'solid': {
      const alpha = fill.color.alpha;
      return { 'draw:fill': 'solid', 'draw:fill-color': hex(fill.color, ctx), 'draw:opacity': alpha !== undefined && alpha < 100_000 ? `${String(Math.round(alpha / 1000))}%` : undefined };
    }
    case 'gradient': {
      const first = fill.stops[0];
      const last = fill.stops[fill.stops.length - 1];
      if (!first || !last) return {};
      const start = hex(first.color, ctx);
      const end = hex(last.color, ctx);
      const angle = (((90 - Math.round((fill.angle ?? 0) / 60_000)) % 360) + 360) % 360;
      const style = fill.path === 'circle' ? 'radial' : fill.path ? 'rectangular' : 'linear';
      const name = ctx.named.add(`g|${start}|${end}|${String(angle)}|${style}`, (n) =>
        x('draw:gradient', { 'draw:name': n, 'draw:style': style, 'draw:start-color': start, 'draw:end-color': end, 'draw:start-intensity': '100%', 'draw:end-intensity': '100%', 'draw:angle': `${String(angle)}deg`, 'draw:border': '0%' }),
      );
      return { 'draw:fill': 'gradient', 'draw:fill-gradient-name': name };
    }
    case 'picture': {
      const pic = ctx.picture(fill.media);
      if (!pic) return {};
      const name = ctx.named.add(`i|${fill.media}`, (n) =>
        x(
          'draw:fill-image',
          { 'draw:name': n, 'xlink:href': pic.href, 'xlink:type': pic.href ? 'simple' : undefined, 'xlink:show': pic.href ? 'embed' : undefined, 'xlink:actuate': pic.href ? 'onLoad' : undefined },
          pic.base64 !== undefined ? x('office:binary-data', {}, pic.base64) : null,
        ),
      );
      const tiled = fill.tile ? odfTileAttrs(fill.tile, ctx.deck.media?.[fill.media]?.data) : { 'style:repeat': 'stretch' };
      return { 'draw:fill': 'bitmap', 'draw:fill-image-name': name, ...tiled };
    }
  }
}

const ARROW_PATH = 'M10 0l-10 30h20z';

function strokeAttrs(line: Outline | undefined, ctx: OdpShapeContext): Record<string, string | undefined> {
  if (!line) return {};
  if (line.fill?.kind === 'none') return { 'draw:stroke': 'none' };
  const color = line.fill?.kind === 'solid' ? hex(line.fill.color, ctx) : line.fill?.kind === 'gradient' && line.fill.stops[0] ? hex(line.fill.stops[0].color, ctx) : undefined;
  const dashed = line.dash !== undefined && line.dash !== 'solid';
  const dashName = dashed
    ? ctx.named.add(`d|${line.dash ?? ''}`, (n) =>
        x('draw:stroke-dash', { 'draw:name': n, 'draw:style': 'rect', 'draw:dots1': 1, 'draw:dots1-length': /dot/i.test(line.dash ?? '') ? '100%' : '300%', 'draw:distance': '100%' }),
      )
    : undefined;
  const marker = (): string => ctx.named.add('m|arrow', (n) => x('draw:marker', { 'draw:name': n, 'svg:viewBox': '0 0 20 30', 'svg:d': ARROW_PATH }));
  const width = line.width !== undefined ? emuLength(line.width) : undefined;
  const endWidth = emuLength(Math.max(3 * (line.width ?? 12_700), 76_200));
  return {
    'draw:stroke': dashed ? 'dash' : 'solid',
    'draw:stroke-dash': dashName,
    'svg:stroke-color': color,
    'svg:stroke-width': width,
    'draw:marker-start': line.head ? marker() : undefined,
    'draw:marker-start-width': line.head ? endWidth : undefined,
    'draw:marker-end': line.tail ? marker() : undefined,
    'draw:marker-end-width': line.tail ? endWidth : undefined,
  };
}

/**
 * DrawingML's turned text (a:bodyPr vert) as ODF's draw:text-rotate-angle, in degrees counter-clockwise
 * as LibreOffice writes it: `vert` and East Asian `eaVert` read downwards (-90), `vert270` upwards
 * (-270). Stacked letters (`wordArtVert`) have no ODF form and stay upright.
 */
function textTurnAngle(vertical: string | undefined): string | undefined {
  if (vertical === 'vert' || vertical === 'eaVert' || vertical === 'mongolianVert') return '-90';
  if (vertical === 'vert270') return '-270';
  return undefined;
}

function textAreaAttrs(text: TextBody | undefined, fixedSize = false): Record<string, string | undefined> {
  return bodyPropsAttrs(text?.props, fixedSize);
}

/**
 * Graphic properties of a text body's properties (a:bodyPr): draw:textarea-vertical-align, growth
 * and shrinking, fo:padding-* and fo:wrap-option (ODF 1.3 Part 3, 20.2 graphic properties).
 */
export function bodyPropsAttrs(p: BodyProperties | undefined, fixedSize = false): Record<string, string | undefined> {
  // Shapes keep their size unless their text says otherwise (LibreOffice grows them by default).
  if (!p) return fixedSize ? { 'draw:auto-grow-height': 'false', 'draw:auto-grow-width': 'false' } : {};
  return {
    'draw:textarea-vertical-align': p.anchor,
    'draw:auto-grow-height': p.autofit === 'resize' ? 'true' : p.autofit || fixedSize ? 'false' : undefined,
    'draw:auto-grow-width': fixedSize ? 'false' : undefined,
    'style:shrink-to-fit': p.autofit === 'shrink' ? 'true' : undefined,
    'fo:padding-left': p.insets ? emuLength(p.insets.left) : undefined,
    'fo:padding-top': p.insets ? emuLength(p.insets.top) : undefined,
    'fo:padding-right': p.insets ? emuLength(p.insets.right) : undefined,
    'fo:padding-bottom': p.insets ? emuLength(p.insets.bottom) : undefined,
    'fo:wrap-option': p.wrap === undefined ? undefined : p.wrap ? 'wrap' : 'no-wrap',
  };
}

function spanStyle(run: TextRun, ctx: OdpShapeContext): string | undefined {
  const s = run.style;
  if (!s) return undefined;
  const font = s.font === '+mj-lt' ? ctx.deck.theme?.majorFont : s.font === '+mn-lt' ? ctx.deck.theme?.minorFont : s.font?.startsWith('+') ? undefined : s.font;
  const props = x('style:text-properties', {
    'fo:font-family': font ? `'${font.replace(/'/g, '')}'` : undefined,
    'fo:font-size': s.size !== undefined ? `${String(s.size / 100)}pt` : undefined,
    'fo:font-weight': s.bold === undefined ? undefined : s.bold ? 'bold' : 'normal',
    'fo:font-style': s.italic === undefined ? undefined : s.italic ? 'italic' : 'normal',
    'style:text-underline-style': s.underline === undefined ? undefined : s.underline ? 'solid' : 'none',
    'style:text-underline-width': s.underline ? 'auto' : undefined,
    'style:text-underline-color': s.underline ? 'font-color' : undefined,
    'style:text-line-through-style': s.strike === undefined ? undefined : s.strike ? 'solid' : 'none',
    'fo:color': s.color ? hex(s.color, ctx) : undefined,
  });
  if (Object.values(props.attrs).every((v) => v === undefined)) return undefined;
  return ctx.styles.style('text', [props]);
}

const ALIGN = { left: 'start', center: 'center', right: 'end', justify: 'justify' } as const;

function spacing(s: { pct: number } | { pts: number } | undefined): string | undefined {
  return s && 'pts' in s ? `${String(s.pts / 100)}pt` : undefined;
}

function paragraphStyle(p: TextParagraph, ctx: OdpShapeContext): string | undefined {
  const s = p.style;
  if (!s) return undefined;
  const line = s.lineSpacing;
  const props = x('style:paragraph-properties', {
    'fo:text-align': s.align ? ALIGN[s.align] : undefined,
    'fo:margin-top': spacing(s.spaceBefore),
    'fo:margin-bottom': spacing(s.spaceAfter),
    'fo:line-height': line && 'pct' in line ? `${String(Math.round(line.pct / 1000))}%` : undefined,
    'style:line-height-at-least': line && 'pts' in line ? `${String(line.pts / 100)}pt` : undefined,
  });
  if (Object.values(props.attrs).every((v) => v === undefined)) return undefined;
  return ctx.styles.style('paragraph', [props]);
}

function paragraphXml(p: TextParagraph, ctx: OdpShapeContext): XmlOut {
  const content: (XmlOut | string)[] = [];
  for (const run of p.runs) {
    const style = spanStyle(run, ctx);
    if (run.field) {
      const field = run.field === 'slidenum' ? x('text:page-number', { 'text:select-page': 'current' }, run.text) : x('text:date', {}, run.text);
      content.push(style ? x('text:span', { 'text:style-name': style }, field) : field);
      continue;
    }
    const link = run.style?.link;
    // The link goes inside the span: LibreOffice drops the text of a text:a that holds a text:span.
    let inner: (XmlOut | string)[] = odfParagraphContent(run.text);
    if (link && /^(https?|mailto|ftp):/i.test(link)) {
      // Leading spaces go before the link: LibreOffice drops a text:s that opens a text:a.
      const lead = /^ */.exec(run.text)![0];
      inner = [...odfParagraphContent(lead), x('text:a', { 'xlink:type': 'simple', 'xlink:href': link }, odfParagraphContent(run.text.slice(lead.length)))];
    }
    content.push(...(style ? [x('text:span', { 'text:style-name': style }, inner)] : inner));
  }
  return x('text:p', { 'text:style-name': paragraphStyle(p, ctx) }, content);
}

function listStyle(levels: readonly (ListedParagraph | undefined)[], asOutline: boolean, ctx: OdpShapeContext): string | undefined {
  const master = asOutline ? ctx.outlineLevel : undefined;
  // Outline paragraphs without a bullet of their own take the master's outline list style.
  if (asOutline && !master && levels.every((l) => l?.bullet === undefined)) return undefined;
  const fallback = levels.find((l) => l?.bullet)?.bullet;
  const styles = Array.from({ length: 10 }, (_, i) => {
    const given = levels[i];
    const inherited = master?.(i);
    const style = given?.paragraph.style;
    const marginLeft = style?.marginLeft ?? inherited?.marginLeft;
    const indent = style?.indent ?? inherited?.indent;
    const indents = { ...(marginLeft !== undefined ? { marginLeft } : {}), ...(indent !== undefined ? { indent } : {}) };
    return levelStyleXml(i, given?.bullet ?? inherited?.bullet ?? fallback, indents, (c) => hex(c, ctx), emuLength, (media) => ctx.picture(media));
  });
  return ctx.styles.style('list', styles);
}

/** Paragraphs as ODF blocks: outline placeholders and bulleted text as lists by level, one list while numbering runs on. */
export function textBlocks(text: TextBody | undefined, asOutline: boolean, ctx: OdpShapeContext): XmlOut[] {
  const out: XmlOut[] = [];
  let pending: ListedParagraph[] = [];
  const flush = (): void => {
    if (pending.length > 0) out.push(...listBlocks(pending, (levels) => listStyle(levels, asOutline, ctx)));
    pending = [];
  };
  for (const p of text?.paragraphs ?? []) {
    const bullet = p.style?.bullet;
    const bulleted = bullet !== undefined && bullet.kind !== 'none';
    if (!asOutline && !bulleted) {
      flush();
      out.push(paragraphXml(p, ctx));
      continue;
    }
    pending.push({ paragraph: p, xml: paragraphXml(p, ctx), level: Math.min(8, Math.max(0, p.style?.level ?? 0)), bullet });
  }
  flush();
  return out;
}

/** ODF presentation:class for a placeholder type. */
export function presentationClass(type: string): string {
  switch (type) {
    case 'title':
    case 'ctrTitle':
      return 'title';
    case 'subTitle':
      return 'subtitle';
    case 'dt':
      return 'date-time';
    case 'ftr':
      return 'footer';
    case 'sldNum':
      return 'page-number';
    case 'hdr':
      return 'header';
    case 'pic':
      return 'graphic';
    case 'chart':
      return 'chart';
    case 'tbl':
      return 'table';
    case 'sldImg':
      return 'page';
    default:
      return 'outline';
  }
}

/** Where new placeholders go when neither slide, layout nor master says. */
export interface DefaultFrames {
  readonly title: Transform;
  readonly body: Transform;
}

interface Placing {
  readonly slide: Slide | undefined;
  readonly defaults: DefaultFrames;
  /** Presentation style names of the master's title and outline. */
  readonly titleStyle: string;
  readonly outlineStyle: string;
}

function where(shape: DeckShape, placing: Placing, ctx: OdpShapeContext): Transform | undefined {
  const own = placing.slide ? resolvedTransform(ctx.deck, placing.slide, shape) : shape.xfrm;
  if (own) return own;
  if (!shape.placeholder) return undefined;
  return presentationClass(shape.placeholder.type) === 'title' ? placing.defaults.title : placing.defaults.body;
}

function imageXml(media: string, ctx: OdpShapeContext): XmlOut | null {
  const pic = ctx.picture(media);
  if (!pic) return null;
  return x(
    'draw:image',
    pic.href ? { 'xlink:href': pic.href, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' } : {},
    pic.base64 !== undefined ? x('office:binary-data', {}, pic.base64) : null,
  );
}

function clipAttr(media: string, crop: { left: number; top: number; right: number; bottom: number } | undefined, ctx: OdpShapeContext): string | undefined {
  const data = ctx.deck.media?.[media]?.data;
  const size = crop && data ? imageSizeEmu(data) : undefined;
  if (!crop || !size) return undefined;
  const len = (pct: number, total: number): string => emuLength(Math.round((pct / 100_000) * total));
  return `rect(${len(crop.top, size.cy)}, ${len(crop.right, size.cx)}, ${len(crop.bottom, size.cy)}, ${len(crop.left, size.cx)})`;
}

/**
 * A preset's draw:type in the 21600 box, or a custom shape's own path (draw:type non-primitive).
 * A preset ODF has no type of its own for is written as LibreOffice writes imported presets,
 * draw:type `ooxml-<preset>`, its adjust values as draw:modifiers in a:avLst order. A preset
 * written as an ODF type of its own gets that type's modifiers, converted with the shape's size
 * (`odf/odf-type-modifiers.ts`), or its defaults when the conversion is not known (LibreOffice 7.4
 * draws no `ooxml-` shape that has no path of its own).
 */
function enhancedGeometryAttrs(shape: GeometryShape, t: Transform): Record<string, string> {
  const custom = shape.geometry === 'custom' && shape.paths ? enhancedPath(shape.paths) : undefined;
  if (custom) return { 'svg:viewBox': custom.viewBox, 'draw:type': 'non-primitive', 'draw:enhanced-path': custom.path };
  const type = odfShapeType(shape.geometry);
  return { ...presetGeometry(shape.geometry, type, shape.adjust, t.cx, t.cy, odfTypeViewBox(type)).attrs };
}

/** The equations of a preset written with a path of its own (`odf/odf-preset-paths.ts`). */
function presetEquations(shape: GeometryShape, t: Transform): XmlOut[] {
  if (shape.geometry === 'custom') return [];
  return presetGeometry(shape.geometry, odfShapeType(shape.geometry), shape.adjust, t.cx, t.cy, '').equations.map(([name, formula]) => x('draw:equation', { 'draw:name': name, 'draw:formula': formula }));
}

function shapeXml(shape: DeckShape, t: Transform | undefined, placing: Placing, ctx: OdpShapeContext): XmlOut | null {
  const name = shape.name;
  const desc = shape.description ? x('svg:desc', {}, shape.description) : null;
  switch (shape.kind) {
    case 'shape': {
      if (!t) return null;
      const ph = shape.placeholder;
      const cls = ph ? presentationClass(ph.type) : undefined;
      // Turned text is a custom shape's draw:text-rotate-angle: a plain text box turned becomes one.
      const turned = textTurnAngle(shape.text?.props?.vertical);
      const plainBox = shape.geometry === 'rect' && !shape.fill && !shape.line && shape.text && turned === undefined;
      const custom = !ph && !plainBox;
      // A shape without fill or line has none: said outright, as LibreOffice fills and strokes a
      // shape whose styles are silent with its own defaults (a blue box).
      const none = ph ? {} : { 'draw:fill': shape.fill ? undefined : 'none', 'draw:stroke': shape.line ? undefined : 'none' };
      const graphic = x('style:graphic-properties', { ...none, ...fillAttrs(shape.fill, ctx), ...strokeAttrs(shape.line, ctx), ...odfShadowAttrs(shape.shadow, (c) => hex(c, ctx)), ...textAreaAttrs(shape.text, custom) });
      if (LINE_PRESETS.has(shape.geometry) && !ph) {
        const style = ctx.styles.style('graphic', [graphic]);
        return x('draw:line', { 'draw:name': name, 'draw:style-name': style, ...lineEnds(t) }, desc, textBlocks(shape.text, false, ctx));
      }
      if (ph || plainBox) {
        const parent = cls === 'title' ? placing.titleStyle : cls === 'outline' ? placing.outlineStyle : undefined;
        const style = ph ? ctx.styles.style('presentation', [graphic], { 'style:parent-style-name': parent }) : ctx.styles.style('graphic', [graphic]);
        const empty = (shape.text?.paragraphs ?? []).every((p) => p.runs.every((r) => r.text === ''));
        return x(
          'draw:frame',
          { 'draw:name': name, [ph ? 'presentation:style-name' : 'draw:style-name']: style, ...placeAttrs(unflippedFrame(t)), 'presentation:class': cls, 'presentation:placeholder': ph && empty ? 'true' : undefined },
          x('draw:text-box', {}, empty ? [] : textBlocks(shape.text, cls === 'outline', ctx)),
          desc,
        );
      }
      const style = ctx.styles.style('graphic', [graphic]);
      return x(
        'draw:custom-shape',
        { 'draw:name': name, 'draw:style-name': style, ...placeAttrs(mirroredShapeBox(t)) },
        desc,
        textBlocks(shape.text, false, ctx),
        x(
          'draw:enhanced-geometry',
          {
            ...enhancedGeometryAttrs(shape, t),
            'draw:mirror-horizontal': t.flipH ? 'true' : undefined,
            'draw:mirror-vertical': t.flipV ? 'true' : undefined,
            'draw:text-rotate-angle': turned,
          },
          presetEquations(shape, t),
        ),
      );
    }
    case 'picture': {
      if (!t) return null;
      const image = imageXml(shape.media, ctx);
      if (!image) return null;
      const { box, mirror } = pictureBox(t);
      const style = ctx.styles.style('graphic', [x('style:graphic-properties', { 'draw:stroke': shape.line ? undefined : 'none', 'draw:fill': 'none', ...strokeAttrs(shape.line, ctx), 'fo:clip': clipAttr(shape.media, shape.crop, ctx), 'style:mirror': mirror })]);
      return x('draw:frame', { 'draw:name': name, 'draw:style-name': style, ...placeAttrs(box), 'presentation:class': shape.placeholder ? 'graphic' : undefined }, image, desc);
    }
    case 'opaque': {
      const kept = t && shape.source ? ctx.keptObject?.(shape.source) : undefined;
      if (t && kept) {
        const replacement = shape.fallback ? imageXml(shape.fallback, ctx) : null;
        return x('draw:frame', { 'draw:name': name ?? shape.what, ...placeAttrs(t), 'presentation:class': shape.placeholder ? presentationClass(shape.placeholder.type) : undefined }, kept, replacement, desc);
      }
      const object = t && shape.chart ? ctx.chartObject?.(shape.chart, t, shape.source?.format === 'pptx') : undefined;
      if (t && object) {
        // The chart object, with its picture as the replacement image for readers without charts.
        const replacement = shape.fallback ? imageXml(shape.fallback, ctx) : null;
        return x('draw:frame', { 'draw:name': name ?? shape.what, ...placeAttrs(t) }, object, replacement, desc);
      }
      if (t && !shape.fallback && shape.drawing) {
        // A SmartArt diagram without a picture: its shapes as last drawn, as a group in its frame.
        const group: DeckShape = { kind: 'group', id: shape.id, ...(shape.name ? { name: shape.name } : {}), xfrm: t, childSpace: { x: 0, y: 0, cx: t.cx, cy: t.cy }, children: shape.drawing };
        return shapeXml(group, t, placing, ctx);
      }
      if (!t || !shape.fallback) return null;
      const image = imageXml(shape.fallback, ctx);
      return image ? x('draw:frame', { 'draw:name': name ?? shape.what, ...placeAttrs(t) }, image, desc) : null;
    }
    case 'connector': {
      if (!t) return null;
      const style = ctx.styles.style('graphic', [x('style:graphic-properties', strokeAttrs(shape.line ?? { width: 12_700 }, ctx))]);
      const type = /bent/.test(shape.geometry) ? 'standard' : /curved/.test(shape.geometry) ? 'curve' : 'line';
      const viewBox = `0 0 ${String(Math.max(1, Math.round(t.cx / 360)))} ${String(Math.max(1, Math.round(t.cy / 360)))}`;
      return x('draw:connector', { 'draw:name': name, 'draw:style-name': style, 'draw:type': type, ...lineEnds(t), 'svg:viewBox': viewBox }, desc);
    }
    case 'group': {
      // ODF has no group transform: each member is written at its frame on the page, the group's
      // child space, flips and turn composed into it (nested groups compose in turn).
      const children = shape.children.map((c) => shapeXml(c, mapChildFrame(c.xfrm, t, shape.childSpace ?? t), placing, ctx)).filter((e): e is XmlOut => e !== null);
      return children.length > 0 ? x('draw:g', { 'draw:name': name }, children) : null;
    }
    case 'table': {
      if (!t) return null;
      const columns = shape.columns.map((w) => x('table:table-column', { 'table:style-name': ctx.styles.style('table-column', [x('style:table-column-properties', { 'style:column-width': w > 0 ? emuLength(w) : undefined })]) }));
      const cover = new Set<string>();
      shape.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          if (cell.merged) return;
          for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) if (dr > 0 || dc > 0) cover.add(`${String(r + dr)},${String(c + dc)}`);
        }),
      );
      const border = (o: Outline | undefined): string | undefined => {
        if (!o) return undefined;
        if (o.fill?.kind === 'none') return 'none';
        const color = o.fill?.kind === 'solid' ? hex(o.fill.color, ctx) : '#000000';
        return `${emuLength(o.width ?? 12_700)} solid ${color}`;
      };
      const rows = shape.rows.map((row, r) =>
        x(
          'table:table-row',
          { 'table:style-name': ctx.styles.style('table-row', [x('style:table-row-properties', { 'style:row-height': row.height > 0 ? emuLength(row.height) : undefined })]) },
          shape.columns.map((_, c) => {
            if (cover.has(`${String(r)},${String(c)}`)) return x('table:covered-table-cell');
            // The cell's own formatting, else what its table style gives it (`TableCell.styled`).
            const cell = row.cells[c];
            const shown = cellFill(cell);
            const fill = shown?.kind === 'solid' ? hex(shown.color, ctx) : undefined;
            const borders = cellBorders(cell);
            const props = x('style:table-cell-properties', {
              'fo:background-color': fill,
              'fo:border-left': border(borders.left),
              'fo:border-right': border(borders.right),
              'fo:border-top': border(borders.top),
              'fo:border-bottom': border(borders.bottom),
            });
            const hasProps = Object.values(props.attrs).some((v) => v !== undefined);
            return x(
              'table:table-cell',
              {
                'table:style-name': hasProps ? ctx.styles.style('table-cell', [props]) : undefined,
                'table:number-columns-spanned': cell?.colSpan,
                'table:number-rows-spanned': cell?.rowSpan,
              },
              textBlocks(cellText(cell), false, ctx),
            );
          }),
        ),
      );
      return x('draw:frame', { 'draw:name': name, ...placeAttrs(t) }, x('table:table', { 'table:use-first-row-styles': shape.headerRow ? 'true' : undefined }, columns, rows), desc);
    }
  }
}

/** ODF shapes for deck shapes of a slide (placeholders placed through layout and master) or of a master. */
export function odpShapes(shapes: readonly DeckShape[], slide: Slide | undefined, defaults: DefaultFrames, titleStyle: string, outlineStyle: string, ctx: OdpShapeContext): XmlOut[] {
  const placing: Placing = { slide, defaults, titleStyle, outlineStyle };
  return shapes.map((s) => shapeXml(s, where(s, placing, ctx), placing, ctx)).filter((e): e is XmlOut => e !== null);
}
