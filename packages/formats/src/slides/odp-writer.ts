/**
 * ODF presentation writing (ODF 1.3 Part 3, 3.8 office:presentation, 10.2.4 draw:page, 16.9
 * style:master-page, 10.4.2 draw:frame with presentation:class, 16.3 presentation:notes), as a
 * package (.odp, Part 2, pictures under Pictures/) or a flat file (.fodp, Part 3, 2.2.1
 * office:document, pictures inline as office:binary-data). Each slide layout in use becomes a
 * master page holding its master's and its own shapes; slides keep every shape in z-order.
 */
import { resolveColor, resolvedTransform, slideLayoutAndMaster, slideNotesBody, slideShapes } from '@ostal/model';
import type { Chart, Deck, OpaqueSource, ParagraphStyle, DeckLayout, DeckMaster, Fill, LevelStyles, OstalDocument, Slide, Transform } from '@ostal/model';
import { FormatError } from '../errors.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { ODF_MIME } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfMetaElement } from '../odf/odf-meta.js';
import { OdpStyleCollector } from './odp-style-collector.js';
import { NamedStyles, fillAttrs, odpShapes, textBlocks } from './odp-shapes-write.js';
import { emuLength } from './odp-placement.js';
import type { DefaultFrames, OdpShapeContext } from './odp-shapes-write.js';
import { defaultGraphicStyle, masterTextStyles, overlaidLevels } from './odp-master-text.js';
import type { PageText } from './odp-master-text.js';
import { carriedStyles, withUncarriedPlaceholderStyles } from './odp-placeholder-text.js';
import { FONT, MASTER_NAME, NOTES_PAGE, ODP_NAMESPACES, commonStyles, defaultPageStyle, fontFaceDecls, masterAutomaticStyles, masterPage, pageFrames, rectAttrs } from './odp-styles.js';
import { smilOf } from './odp-transitions.js';
import { keptObjectXml } from './odp-objects.js';
import { inlineObjectXml } from './odp-inline-objects.js';
import type { ObjectFiles } from './odp-objects.js';
import { mediaFileName } from './slide-media.js';
import { CHART_MEDIA_TYPE, standaloneChartContentXml } from '../sheets/ods-charts.js';
import { inlineChartObject, linkedObject } from '../sheets/ods-chart-object.js';
import { chartWithThemeColors } from './chart-theme-colors.js';
import { FurnitureDecls, isPageFurniture, masterFurnitureFrames } from './odp-furniture.js';
import { NS } from '../xml/namespaces.js';

const VERSION = { 'office:version': '1.3' } as const;
const NAMESPACES = { ...ODP_NAMESPACES, 'xmlns:table': NS.table, 'xmlns:smil': NS.smil, 'xmlns:anim': NS.anim } as const;

/** A master page to write: a layout (or a master alone, or Ostal's default). */
interface MasterPageSpec {
  readonly name: string;
  readonly displayName?: string;
  readonly master?: DeckMaster;
  readonly layout?: DeckLayout;
}

function styleName(raw: string, taken: Set<string>): string {
  let base = raw.replace(/[^A-Za-z0-9_.-]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = `M_${base}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${String(n)}`;
  taken.add(name);
  return name;
}

function masterPageSpecs(deck: Deck): { specs: MasterPageSpec[]; of: (slide: Slide) => string } {
  if (!deck.masters || deck.masters.length === 0) return { specs: [{ name: MASTER_NAME }], of: () => MASTER_NAME };
  const taken = new Set<string>();
  const byLayout = new Map<string, MasterPageSpec>();
  // LibreOffice finds a master page's presentation styles by its display name, which must be its own.
  const displays = new Set<string>();
  const uniqueDisplay = (raw: string): string => {
    let display = raw;
    for (let n = 2; displays.has(display); n++) display = `${raw} ${String(n)}`;
    displays.add(display);
    return display;
  };
  const specs: MasterPageSpec[] = [];
  const add = (layout: DeckLayout | undefined, master: DeckMaster | undefined): MasterPageSpec => {
    const key = layout?.id ?? `master:${master?.id ?? ''}`;
    const known = byLayout.get(key);
    if (known) return known;
    const display = uniqueDisplay(layout?.name ?? master?.name ?? 'Master');
    const spec: MasterPageSpec = { name: styleName(display, taken), displayName: display, ...(master ? { master } : {}), ...(layout ? { layout } : {}) };
    byLayout.set(key, spec);
    specs.push(spec);
    return spec;
  };
  for (const slide of deck.slides) {
    const { layout, master } = slideLayoutAndMaster(deck, slide);
    add(layout, master);
  }
  if (specs.length === 0) add(deck.layouts?.[0], deck.masters[0]);
  return {
    specs,
    of: (slide) => {
      const { layout, master } = slideLayoutAndMaster(deck, slide);
      return (byLayout.get(layout?.id ?? `master:${master?.id ?? ''}`) ?? specs[0])?.name ?? MASTER_NAME;
    },
  };
}

/** Where a master page puts title and outline: its layout's placeholders, its master's, else the defaults. */
function framesOf(deck: Deck, spec: MasterPageSpec): DefaultFrames {
  const defaults = pageFrames(deck.size);
  const probe: Slide = { id: '', title: '', body: [], notes: '', ...(spec.layout ? { layout: spec.layout.id } : {}) };
  const title = resolvedTransform(deck, probe, { kind: 'shape', id: 0, geometry: 'rect', placeholder: { type: 'title' } });
  const body = resolvedTransform(deck, probe, { kind: 'shape', id: 0, geometry: 'rect', placeholder: { type: 'body', idx: 1 } });
  return { title: title ?? defaults.title, body: body ?? defaults.body };
}

function backgroundAttrs(fill: Fill | undefined, ctx: OdpShapeContext): Record<string, string | undefined> {
  const attrs = fillAttrs(fill, ctx);
  return attrs['draw:fill'] === 'bitmap' && attrs['style:repeat'] !== 'repeat' ? { ...attrs, 'draw:fill-image-width': '100%', 'draw:fill-image-height': '100%', 'style:repeat': 'stretch' } : attrs;
}

interface Written {
  readonly stylesAutomatic: XmlOut[];
  readonly stylesCommon: XmlOut;
  readonly masterStyles: XmlOut;
  readonly contentAutomatic: XmlOut[];
  readonly body: XmlOut;
  readonly pictures: { name: string; data: Uint8Array; mediaType: string }[];
  /** Chart sub-documents (`Object N/content.xml`), zip form only. */
  readonly objects: { name: string; data: string }[];
  /** Files of objects kept from an ODF file, under their new names, and their folders. */
  readonly objectFiles: { name: string; data: Uint8Array; mediaType: string }[];
  readonly objectFolders: { path: string; mediaType: string; version: string | null }[];
}

function compose(deck: Deck, flat: boolean): Written {
  const pictures: { name: string; data: Uint8Array; mediaType: string }[] = [];
  const byMedia = new Map<string, string>();
  const taken = new Set<string>();
  const picture = (media: string): { href?: string; base64?: string } | undefined => {
    const m = deck.media?.[media];
    if (!m) return undefined;
    if (flat) return { base64: toBase64(m.data) };
    let href = byMedia.get(media);
    if (!href) {
      href = mediaFileName('Pictures/', media, m.type, taken);
      pictures.push({ name: href, data: m.data, mediaType: m.type });
      byMedia.set(media, href);
    }
    return { href };
  };
  const named = new NamedStyles();
  const objects: { name: string; data: string }[] = [];
  const chartObject = (chart: Chart, t: Transform, fromPptx: boolean): XmlOut => {
    const drawn = fromPptx ? chartWithThemeColors(chart, deck.theme) : chart;
    // A flat file holds the chart's own document in the object (ODF 1.3 Part 3, 10.4.7).
    if (flat) return inlineChartObject(drawn, t.cx / 12_700, t.cy / 12_700);
    const name = `Object ${String(objects.length + keptCount + 1)}`;
    objects.push({ name, data: standaloneChartContentXml(drawn, t.cx / 12_700, t.cy / 12_700) });
    return linkedObject(`./${name}`);
  };
  const objectFiles: { name: string; data: Uint8Array; mediaType: string }[] = [];
  const objectFolders: { path: string; mediaType: string; version: string | null }[] = [];
  let keptCount = 0;
  const files: ObjectFiles = {
    name: () => {
      keptCount += 1;
      return `Object ${String(objects.length + keptCount)}`;
    },
    add: (f) => objectFiles.push(f),
    folder: (path, mediaType, version) => objectFolders.push({ path, mediaType, version }),
  };
  const keptObject = (source: OpaqueSource): XmlOut | undefined => (flat ? inlineObjectXml(source) : keptObjectXml(source, files));
  const shared = { picture, named, keptObject, chartObject };
  const masterCtx: OdpShapeContext = { deck, styles: new OdpStyleCollector('M'), ...shared };
  const ctx: OdpShapeContext = { deck, styles: new OdpStyleCollector(), ...shared };
  const { specs, of } = masterPageSpecs(deck);
  const decls = new FurnitureDecls();
  const pages = specs.map((spec, i) => {
    const frames = framesOf(deck, spec);
    const shapes = [
      ...(spec.master && !spec.layout?.hideMasterShapes ? spec.master.shapes : []),
      ...(spec.layout?.shapes ?? []),
    ].filter((s) => !s.placeholder);
    const fill = spec.layout?.background ?? spec.master?.background;
    const pageStyle = `Mdp${String(i + 1)}`;
    const style = fill
      ? x('style:style', { 'style:name': pageStyle, 'style:family': 'drawing-page' }, x('style:drawing-page-properties', backgroundAttrs(fill, masterCtx)))
      : defaultPageStyle(pageStyle);
    const furniture = masterFurnitureFrames(deck, spec.layout?.id, masterCtx.styles);
    const page = masterPage(spec.name, pageStyle, frames, [...odpShapes(shapes, undefined, frames, `${spec.name}-title`, `${spec.name}-outline1`, masterCtx), ...furniture]);
    const withDisplay = spec.displayName ? { ...page, attrs: { ...page.attrs, 'style:display-name': spec.displayName } } : page;
    return { spec, frames, style, page: withDisplay, text: pageText(deck, spec) };
  });
  const framesByName = new Map(pages.map((p) => [p.spec.name, p.frames]));
  const bodyByName = new Map(pages.map((p) => [p.spec.name, p.text.bodyStyle]));
  const textWriting = { deck, emu: emuLength, defaultFont: FONT };
  const drawPages = deck.slides.map((slide, index) => {
    const master = of(slide);
    const frames = framesByName.get(master) ?? pageFrames(deck.size);
    const t = slide.transition;
    const smil = t ? smilOf(t) : undefined;
    const shown = decls.forSlide(slide);
    const pageProps = x('style:drawing-page-properties', {
      ...backgroundAttrs(slide.background, ctx),
      'presentation:visibility': slide.hidden ? 'hidden' : undefined,
      'presentation:background-objects-visible': slide.hideMasterShapes ? 'false' : undefined,
      'smil:type': smil?.type,
      'smil:subtype': smil?.subtype,
      'smil:direction': smil?.direction,
      'presentation:transition-type': t?.advanceAfterMs !== undefined ? 'automatic' : undefined,
      'presentation:duration': t?.advanceAfterMs !== undefined ? `PT${String(t.advanceAfterMs / 1000)}S` : undefined,
      'presentation:transition-speed': t?.durationMs === undefined ? undefined : t.durationMs <= 500 ? 'fast' : t.durationMs <= 750 ? 'medium' : 'slow',
      ...shown.display,
    });
    const hasProps = Object.values(pageProps.attrs).some((v) => v !== undefined);
    const anim =
      t && smil
        ? x(
            'anim:par',
            { 'presentation:node-type': 'timing-root' },
            x('anim:transitionFilter', { 'smil:type': smil.type, 'smil:subtype': smil.subtype, 'smil:direction': smil.direction, 'smil:dur': t.durationMs !== undefined ? `${String(t.durationMs / 1000)}s` : undefined }),
          )
        : null;
    return x(
      'draw:page',
      { 'draw:name': `page${String(index + 1)}`, 'draw:style-name': hasProps ? ctx.styles.style('drawing-page', [pageProps]) : undefined, 'draw:master-page-name': master, ...shown.pageAttrs },
      odpShapes(withUncarriedPlaceholderStyles(deck, slide, slideShapes(slide).filter((s) => !isPageFurniture(s))), slide, frames, `${master}-title`, `${master}-outline1`, withOutlineLevels(ctx, bodyByName.get(master))),
      anim,
      x(
        'presentation:notes',
        {},
        x('draw:page-thumbnail', { ...rectAttrs(NOTES_PAGE.thumbnail), 'draw:page-number': index + 1, 'presentation:class': 'page' }),
        x(
          'draw:frame',
          { 'presentation:style-name': `${master}-notes`, ...rectAttrs(NOTES_PAGE.text), 'presentation:class': 'notes', 'presentation:placeholder': slide.notes === '' ? 'true' : undefined },
          x('draw:text-box', {}, textBlocks(slideNotesBody(slide), false, ctx)),
        ),
      ),
    );
  });
  return {
    stylesAutomatic: [...masterAutomaticStyles(deck.size, pages.map((p) => p.style)), ...masterCtx.styles.styles],
    stylesCommon: commonStyles(
      pages.map((p) => masterTextStyles(p.spec.name, p.text, textWriting, (c) => `#${(resolveColor(c, deck.theme?.colors) ?? '000000').toLowerCase()}`, p.spec.displayName)),
      named.elements,
      defaultGraphicStyle(textWriting),
    ),
    masterStyles: x('office:master-styles', {}, pages.map((p) => p.page)),
    contentAutomatic: ctx.styles.styles,
    body: x('office:body', {}, x('office:presentation', {}, decls.elements, drawPages)),
    pictures,
    objects,
    objectFiles,
    objectFolders,
  };
}

/**
 * The text styles of a master page's title and outline: its master's (p:txStyles) with the list
 * styles of the master's and then the layout's title and body placeholders laid over them, as
 * LibreOffice keeps a PPTX layout's placeholder styles in the presentation styles of its master
 * page; and those placeholders' body properties (anchor, insets, wrap, autofit), layout over master.
 */
function pageText(deck: Deck, spec: MasterPageSpec): PageText {
  const probe: Slide = { id: '', title: '', body: [], notes: '', ...(spec.layout ? { layout: spec.layout.id } : {}) };
  const carried = carriedStyles(deck, probe);
  const over = (base: LevelStyles | undefined, lists: readonly LevelStyles[]): LevelStyles | undefined => lists.reduce<LevelStyles | undefined>((acc, list) => overlaidLevels(acc, list), base);
  const titleStyle = over(spec.master?.titleStyle, carried.title);
  const bodyStyle = over(spec.master?.bodyStyle, carried.body);
  return {
    ...(titleStyle ? { titleStyle } : {}),
    ...(bodyStyle ? { bodyStyle } : {}),
    ...(carried.titleProps ? { titleProps: carried.titleProps } : {}),
    ...(carried.bodyProps ? { bodyProps: carried.bodyProps } : {}),
  };
}

/** The context for a slide's shapes: outline lists take their master page's bullets by level. */
function withOutlineLevels(ctx: OdpShapeContext, body: LevelStyles | undefined): OdpShapeContext {
  if (!body?.some((l) => l.paragraph?.bullet)) return ctx;
  return { ...ctx, outlineLevel: (level: number): ParagraphStyle | undefined => body[Math.min(level, body.length - 1)]?.paragraph };
}

function toBase64(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(s);
}

function asDeck(document: OstalDocument, format: string): Deck {
  if (document.kind !== 'deck') throw new FormatError('wrong-kind', `A ${document.kind} document cannot be saved as ${format}.`);
  return document;
}

/**
 * Writes a Deck as an .odp package (content.xml, styles.xml, meta.xml, pictures, manifest).
 * @throws FormatError `wrong-kind` when given another kind of document.
 */
export function writeOdp(document: OstalDocument): Uint8Array {
  const deck = asDeck(document, 'odp');
  const w = compose(deck, false);
  const content = x('office:document-content', { ...NAMESPACES, ...VERSION }, fontFaceDecls(), x('office:automatic-styles', {}, w.contentAutomatic), w.body);
  const styles = x('office:document-styles', { ...NAMESPACES, ...VERSION }, fontFaceDecls(), w.stylesCommon, x('office:automatic-styles', {}, w.stylesAutomatic), w.masterStyles);
  const meta = x('office:document-meta', { ...NAMESPACES, ...VERSION }, odfMetaElement(deck.meta));
  return writeOdfPackage(ODF_MIME.odp, [
    { name: 'content.xml', data: serializeXml(content) },
    { name: 'styles.xml', data: serializeXml(styles) },
    { name: 'meta.xml', data: serializeXml(meta) },
    ...w.pictures,
    ...w.objects.map((o) => ({ name: `${o.name}/content.xml`, data: o.data })),
    ...w.objectFiles,
  ], [...w.objects.map((o) => ({ path: `${o.name}/`, mediaType: CHART_MEDIA_TYPE })), ...w.objectFolders]);
}

/**
 * Writes a Deck as a flat .fodp file.
 * @throws FormatError `wrong-kind` when given another kind of document.
 */
export function writeFodp(document: OstalDocument): Uint8Array {
  const deck = asDeck(document, 'fodp');
  const w = compose(deck, true);
  const root = x(
    'office:document',
    { ...NAMESPACES, ...VERSION, 'office:mimetype': ODF_MIME.odp },
    odfMetaElement(deck.meta),
    fontFaceDecls(),
    w.stylesCommon,
    x('office:automatic-styles', {}, w.stylesAutomatic, w.contentAutomatic),
    w.masterStyles,
    w.body,
  );
  return new TextEncoder().encode(serializeXml(root));
}
