/**
 * PresentationML reading (ECMA-376 Part 1, 19.2.1.26 p:presentation: p:sldIdLst order and
 * p:sldSz; 19.3.1.38 p:sld with its layout 19.3.1.39 and master 19.3.1.42; 19.3.1.26 p:notes
 * reached by the notesSlide relationship, 13.3.5; transitions 19.3.1.50), Transitional or
 * Strict, into the model's Deck: every shape kept in z-order, placeholders keep their
 * references to the layout (positions and styles resolve through `resolvedTransform`).
 */
import { keptMacros } from '../ooxml/macro-project.js';
import { DECK_VERSION, FURNITURE_PLACEHOLDERS, flattenShapes, slideTextFromShapes, textBodyLines } from '@ostal/model';
import type { Deck, DeckLayout, DeckMaster, DeckMedia, DeckShape, DeckTheme, KeptPart, Slide, SlideTransition, TextBody } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import { OpcPackage } from '../ooxml/opc-package.js';
import { SLIDE_REL, keptPartsOf } from '../ooxml/kept-parts.js';
import type { Relationship } from '../ooxml/opc-package.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { readCoreProperties } from '../ooxml/core-properties.js';
import { intAttr } from './dml-properties.js';
import { isP, pChild, relAttr } from './ooxml-names.js';
import { isRoot, masterLayoutParts, readBackground, readLayout, readMaster, readTheme } from './pptx-masters-read.js';
import { themeEffectStyles, themeLineWidths } from './pptx-shape-style.js';
import { readColorMap, readColorMapOverride, remapSchemeColors } from './pptx-color-map.js';
import type { ColorMap } from './pptx-color-map.js';
import { readLevelStyles } from './dml-rich-text.js';
import { readShapeTree } from './pptx-shapes.js';
import { readTableStyleList } from './pptx-table-style.js';
import type { ShapeContext } from './pptx-shapes.js';
import { mediaTypeOf } from './slide-media.js';
import { reportOpaque } from './slide-reports.js';
import { readSections } from './pptx-sections.js';
import { readCreationId } from './pptx-creation-id.js';
import { COMMENT_RELS, readClassicComments, readCommentAuthors, readModernComments } from './pptx-comments.js';
import type { CommentAuthor } from './pptx-comments.js';

/** The relationship from the presentation to its table styles part (ppt/tableStyles.xml). */
const TABLE_STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles';
/** PowerPoint's default slide size (10 x 7.5 in) when p:sldSz is absent. */
const DEFAULT_SIZE_EMU = { cx: 9_144_000, cy: 6_858_000 };

/** Reasons a single part may fail without making the whole package unreadable. */
const PART_LEVEL = new Set(['malformed-xml', 'missing-part']);

/** Runs `fn` on one part, turning a part-level failure into an error diagnostic (returns undefined). */
function guarded<T>(part: string, ctx: ReadContext, what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FormatError && PART_LEVEL.has(err.reason)) {
      ctx.diagnostics.add('error', 'unreadable-part', `The ${what} "${part}" could not be read and was skipped: ${err.message}`, part);
      return undefined;
    }
    throw err;
  }
}

function partXml(pkg: OpcPackage, part: string, ctx: ReadContext, what: string): XmlElement | undefined {
  return guarded(part, ctx, what, () => pkg.xml(part));
}

function sizeOf(presentation: XmlElement): Deck['size'] {
  const sz = pChild(presentation, 'sldSz');
  const cx = intAttr(sz, 'cx');
  const cy = intAttr(sz, 'cy');
  const ok = (n: number | undefined): n is number => n !== undefined && n > 0;
  return { cx: ok(cx) ? cx : DEFAULT_SIZE_EMU.cx, cy: ok(cy) ? cy : DEFAULT_SIZE_EMU.cy };
}

/** `Application` and `AppVersion` of the extended properties part, when it names one. */
function readGenerator(pkg: OpcPackage, ctx: ReadContext): { application: string; appVersion?: string } | undefined {
  const rel = guarded('', ctx, 'package relationships', () => pkg.relationshipOfType('', 'extended-properties'));
  const root = rel && !rel.external && pkg.has(rel.target) ? partXml(pkg, rel.target, ctx, 'extended properties part') : undefined;
  const text = (local: string): string | undefined => {
    const el = root ? childElements(root).find((c) => c.ns === root.ns && c.local === local) : undefined;
    const t = el ? el.children.filter((c): c is string => typeof c === 'string').join('').trim() : '';
    return t === '' ? undefined : t.slice(0, 200);
  };
  const application = text('Application');
  const appVersion = text('AppVersion');
  return application ? { application, ...(appVersion ? { appVersion } : {}) } : undefined;
}

/** Everything one read shares: the package, the media found so far, parts already read. */
class PptxReading {
  readonly media: Record<string, DeckMedia> = {};
  private readonly mediaByPart = new Map<string, string>();
  readonly layouts = new Map<string, DeckLayout>();
  readonly masters = new Map<string, DeckMaster>();
  theme: DeckTheme | undefined;
  /** The colour mapping of each master and layout read, by part (`pptx-color-map.ts`). */
  readonly colorMaps = new Map<string, ColorMap>();
  /** The theme's line widths, for shapes whose style refers to them (`pptx-shape-style.ts`). */
  lineWidths: (number | undefined)[] | undefined;
  effectStyles: (XmlElement | undefined)[] | undefined;
  /** The table styles of ppt/tableStyles.xml by upper-case id (`pptx-table-style.ts`); set by readPptx. */
  tableStyles: ReadonlyMap<string, XmlElement> = new Map();
  /** The application that wrote the package (docProps/app.xml), given to markup kept as is. */
  readonly generator: { application: string; appVersion?: string } | undefined;
  /** Comment authors by id: classic (p:cmAuthorLst) and modern (p188:authorLst); set by readPptx. */
  commentAuthors: ReadonlyMap<string, CommentAuthor> = new Map();
  modernAuthors: ReadonlyMap<string, CommentAuthor> = new Map();

  constructor(
    readonly pkg: OpcPackage,
    readonly ctx: ReadContext,
  ) {
    this.generator = readGenerator(pkg, ctx);
  }

  relationships(part: string): Map<string, Relationship> {
    return new Map((guarded(part, this.ctx, 'relationships of part', () => this.pkg.relationships(part)) ?? []).map((r) => [r.id, r]));
  }

  private mediaName(target: string): string | undefined {
    const known = this.mediaByPart.get(target);
    if (known) return known;
    const data = guarded(target, this.ctx, 'picture', () => this.pkg.zip.read(target));
    if (!data) return undefined;
    const base = target.slice(target.lastIndexOf('/') + 1) || 'media';
    let name = base;
    for (let n = 2; name in this.media; n++) name = `${String(n)}-${base}`;
    this.media[name] = { type: this.pkg.contentType(target) ?? mediaTypeOf(name), data };
    this.mediaByPart.set(target, name);
    return name;
  }

  /**
   * Slide parts by their place in the deck (1-based), which is how the PPTX writer names them
   * (`ppt/slides/slide<n>.xml`).
   */
  slidePlaces = new Map<string, number>();

  /** A kept part's links to slides pointed at the slides as the writer names them; links to slides not in the deck dropped. */
  slideLinksRenamed(part: KeptPart): KeptPart {
    if (!part.rels?.some((r) => r.type.endsWith(SLIDE_REL))) return part;
    const rels = part.rels.flatMap((r) => {
      if (r.external || !r.type.endsWith(SLIDE_REL)) return [r];
      const place = this.slidePlaces.get(r.target);
      return place === undefined ? [] : [{ ...r, target: `ppt/slides/slide${String(place)}.xml` }];
    });
    return { ...part, rels };
  }

  shapeContext(part: string): ShapeContext {
    const rels = this.relationships(part);
    return {
      media: (id) => {
        const rel = id === undefined ? undefined : rels.get(id);
        return rel && !rel.external && this.pkg.has(rel.target) ? this.mediaName(rel.target) : undefined;
      },
      links: (id) => {
        const rel = rels.get(id);
        return rel?.external ? rel.target : undefined;
      },
      keep: (id) => {
        const rel = rels.get(id);
        // A linked target (a video's address) is kept as a link; the package holds nothing of it.
        if (rel?.external) return { type: rel.type, path: rel.target, parts: [], external: true };
        if (!rel || !this.pkg.has(rel.target)) return undefined;
        const parts = keptPartsOf(this.pkg, rel.target, (part, what, fn) => guarded(part, this.ctx, what, fn)).map((p) => this.slideLinksRenamed(p));
        return parts.length > 0 ? { type: rel.type, path: rel.target, parts } : undefined;
      },
      ...(this.generator ? { generator: this.generator } : {}),
      ...(this.lineWidths ? { lineWidths: this.lineWidths } : {}),
      ...(this.effectStyles ? { effectStyles: this.effectStyles } : {}),
      ...(this.tableStyles.size > 0 ? { tableStyles: this.tableStyles } : {}),
    };
  }

  master(part: string): DeckMaster | undefined {
    const known = this.masters.get(part);
    if (known) return known;
    const root = partXml(this.pkg, part, this.ctx, 'slide master');
    if (!isRoot(root, 'sldMaster')) return undefined;
    // The theme first: the master's shapes may refer to its line styles.
    if (!this.theme) {
      const themeRel = guarded(part, this.ctx, 'relationships of master', () => this.pkg.relationshipOfType(part, 'theme'));
      const themeRoot = themeRel && !themeRel.external && this.pkg.has(themeRel.target) ? partXml(this.pkg, themeRel.target, this.ctx, 'theme') : undefined;
      if (themeRoot) {
        this.theme = readTheme(themeRoot);
        this.lineWidths = themeLineWidths(themeRoot);
        this.effectStyles = themeEffectStyles(themeRoot);
      }
    }
    // Colours go through the master's mapping as they are read (Ostal writes the identity one).
    const map = readColorMap(pChild(root, 'clrMap'));
    this.colorMaps.set(part, map);
    const master = remapSchemeColors(readMaster(root, part, this.shapeContext(part)), map);
    this.masters.set(part, master);
    for (const layoutPart of masterLayoutParts(this.pkg, part, root)) this.layout(layoutPart);
    return master;
  }

  layout(part: string): DeckLayout | undefined {
    const known = this.layouts.get(part);
    if (known) return known;
    const root = partXml(this.pkg, part, this.ctx, 'slide layout');
    if (!isRoot(root, 'sldLayout')) return undefined;
    const masterRel = guarded(part, this.ctx, 'relationships of layout', () => this.pkg.relationshipOfType(part, 'slideMaster'));
    const masterPart = masterRel && !masterRel.external ? masterRel.target : '';
    const read = readLayout(root, part, masterPart, this.shapeContext(part));
    this.layouts.set(part, read);
    if (masterPart !== '' && !this.masters.has(masterPart)) this.master(masterPart);
    const map = readColorMapOverride(root) ?? this.colorMaps.get(masterPart) ?? {};
    this.colorMaps.set(part, map);
    const layout = remapSchemeColors(read, map);
    this.layouts.set(part, layout);
    return layout;
  }
}

/** Notes: the notes placeholder's paragraphs, else the other text on the notes page; plain and rich. */
function notesOf(shapes: readonly DeckShape[]): { notes: string; notesBody?: TextBody } {
  const all = flattenShapes(shapes).filter((s) => s.kind === 'shape' && !(s.placeholder && FURNITURE_PLACEHOLDERS.has(s.placeholder.type)));
  const bodies = all.filter((s) => s.placeholder?.type === 'body');
  const chosen = (bodies.length > 0 ? bodies : all).flatMap((s) => (s.kind === 'shape' && textBodyLines(s.text).length > 0 && s.text ? [s.text] : []));
  const notes = chosen.flatMap((t) => textBodyLines(t)).join('\n');
  if (notes === '') return { notes };
  const first = chosen[0];
  const notesBody: TextBody = { paragraphs: chosen.flatMap((t) => t.paragraphs), ...(first?.props ? { props: first.props } : {}) };
  return { notes, notesBody };
}

function readNotes(reading: PptxReading, slidePart: string): { notes: string; notesBody?: TextBody } {
  const { pkg, ctx } = reading;
  const rel = guarded(slidePart, ctx, 'relationships of slide', () => pkg.relationshipOfType(slidePart, 'notesSlide'));
  if (!rel || rel.external || !pkg.has(rel.target)) return { notes: '' };
  const root = partXml(pkg, rel.target, ctx, 'notes slide');
  if (!root) return { notes: '' };
  const links = (id: string): string | undefined => {
    const r = guarded(rel.target, ctx, 'relationships of notes slide', () => pkg.relationships(rel.target).find((l) => l.id === id));
    return r?.external ? r.target : undefined;
  };
  return notesOf(readShapeTree(pChild(root, 'cSld'), { media: () => undefined, links }));
}

const SPEED_MS: Readonly<Record<string, number>> = { fast: 500, med: 750, slow: 1000 };

function readTransition(sld: XmlElement): SlideTransition | undefined {
  let el = pChild(sld, 'transition');
  let durationMs: number | undefined;
  if (!el) {
    // PowerPoint 2010 writes its transitions (with p14:dur) in mc:Choice and a simpler one in mc:Fallback.
    for (const ac of childElements(sld, NS.mc, 'AlternateContent')) {
      for (const branch of childElements(ac)) {
        const t = pChild(branch, 'transition');
        if (!t) continue;
        const dur = Number(t.attrs.get('{http://schemas.microsoft.com/office/powerpoint/2010/main}dur'));
        if (Number.isFinite(dur) && durationMs === undefined) durationMs = dur;
        el ??= t;
      }
    }
  }
  if (!el) return undefined;
  const effect = childElements(el)[0];
  const speed = attr(el, '', 'spd');
  durationMs ??= speed ? SPEED_MS[speed] : undefined;
  const advance = intAttr(el, 'advTm');
  const direction = effect ? (attr(effect, '', 'dir') ?? attr(effect, '', 'orient')) : undefined;
  return {
    kind: effect?.local ?? 'cut',
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(direction ? { direction } : {}),
    ...(advance !== undefined ? { advanceAfterMs: advance } : {}),
  };
}

/** A part reached from `part` by a relationship of `type` (Transitional, or Strict for the classic types), as XML (undefined when absent or unreadable). */
function relatedXml(reading: PptxReading, part: string, type: string, what: string): XmlElement | undefined {
  const { pkg, ctx } = reading;
  const strict = type.replace('http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/');
  const rel = guarded(part, ctx, 'relationships of part', () => pkg.relationships(part).find((r) => r.type === type || r.type === strict));
  return rel && !rel.external && pkg.has(rel.target) ? partXml(pkg, rel.target, ctx, what) : undefined;
}

/** The slide's comments: classic comments part, else modern comments. */
function readComments(reading: PptxReading, part: string): Slide['comments'] {
  const classic = readClassicComments(relatedXml(reading, part, COMMENT_RELS.comments, 'comments part'), reading.commentAuthors);
  if (classic.length > 0) return classic;
  const modern = readModernComments(relatedXml(reading, part, COMMENT_RELS.modernComments, 'comments part'), reading.modernAuthors);
  return modern.length > 0 ? modern : undefined;
}

function readSlide(reading: PptxReading, part: string): Slide | undefined {
  const { pkg, ctx } = reading;
  const root = partXml(pkg, part, ctx, 'slide');
  if (!root) return undefined;
  if (!isP(root, 'sld')) {
    ctx.diagnostics.add('error', 'unreadable-part', `The part "${part}" is not a slide (root element ${root.qname}); skipped.`, part);
    return undefined;
  }
  const shapeCtx = reading.shapeContext(part);
  const cSld = pChild(root, 'cSld');
  const layoutRel = guarded(part, ctx, 'relationships of slide', () => pkg.relationshipOfType(part, 'slideLayout'));
  const layout = layoutRel && !layoutRel.external && pkg.has(layoutRel.target) ? reading.layout(layoutRel.target) : undefined;
  // The slide's colours go through its own mapping, else its layout's (`pptx-color-map.ts`).
  const map = readColorMapOverride(root) ?? (layout ? reading.colorMaps.get(layout.id) : undefined) ?? {};
  const shapes = remapSchemeColors(readShapeTree(cSld, shapeCtx), map);
  const background = remapSchemeColors(readBackground(cSld, shapeCtx.media), map);
  const transition = readTransition(root);
  const show = attr(root, '', 'show');
  const { title, body } = slideTextFromShapes(shapes);
  const comments = readComments(reading, part);
  const creationId = readCreationId(root);
  return {
    id: `s${String(Date.now().toString(36))}${part}`,
    title,
    body,
    ...readNotes(reading, part),
    shapes,
    ...(layout ? { layout: layout.id } : {}),
    ...(background ? { background } : {}),
    ...(show === '0' || show === 'false' ? { hidden: true } : {}),
    ...(['0', 'false'].includes(attr(root, '', 'showMasterSp') ?? '') ? { hideMasterShapes: true } : {}),
    ...(transition ? { transition } : {}),
    ...(comments ? { comments } : {}),
    ...(creationId !== undefined ? { creationId } : {}),
  };
}

function slideRelationship(rels: ReadonlyMap<string, Relationship>, sldId: XmlElement): Relationship | undefined {
  const id = relAttr(sldId);
  return id === undefined ? undefined : rels.get(id);
}

/**
 * The deck as far as it is read: its first slide, the theme, masters and layouts, and the pictures
 * read so far (those of the masters, layouts and first slide), copied out of the package's buffer
 * so that handing the preview to another thread copies only them.
 */
function firstSlidePreview(reading: PptxReading, presentation: XmlElement, slides: readonly Slide[]): Deck {
  const media = Object.fromEntries(Object.entries(reading.media).map(([name, m]) => [name, { ...m, data: m.data.slice() }]));
  return {
    kind: 'deck',
    version: DECK_VERSION,
    meta: {},
    size: sizeOf(presentation),
    slides: slides.slice(0, 1),
    ...(reading.theme ? { theme: reading.theme } : {}),
    ...(reading.masters.size > 0 ? { masters: [...reading.masters.values()] } : {}),
    ...(reading.layouts.size > 0 ? { layouts: [...reading.layouts.values()] } : {}),
    ...(Object.keys(media).length > 0 ? { media } : {}),
  };
}

/**
 * Reads a .pptx (or .potx/.ppsx/.pptm) package into a Deck: slide order from p:sldIdLst,
 * hidden slides kept and flagged, notes from notes slides, masters, layouts and theme,
 * metadata from the core properties.
 * @throws FormatError when the package or its presentation part is unreadable.
 */
export function readPptx(bytes: Uint8Array, ctx: ReadContext): Deck {
  const pkg = OpcPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged, ctx.inflated);
  const mainRel = pkg.relationshipOfType('', 'officeDocument');
  const main = mainRel && !mainRel.external && pkg.has(mainRel.target) ? mainRel.target : 'ppt/presentation.xml';
  if (!pkg.has(main)) throw new FormatError('missing-part', 'The package has no presentation part (ppt/presentation.xml).', main);
  const presentation = pkg.xml(main);
  if (!isP(presentation, 'presentation')) {
    throw new FormatError('missing-part', `The main part "${main}" is not a PresentationML presentation.`, main);
  }
  const reading = new PptxReading(pkg, ctx);
  const rels = reading.relationships(main);
  reading.commentAuthors = readCommentAuthors(relatedXml(reading, main, COMMENT_RELS.authors, 'comment authors part'));
  reading.modernAuthors = readCommentAuthors(relatedXml(reading, main, COMMENT_RELS.modernAuthors, 'comment authors part'));
  reading.tableStyles = readTableStyleList(relatedXml(reading, main, TABLE_STYLES_REL, 'table styles part'));
  const masterList = pChild(presentation, 'sldMasterIdLst');
  for (const m of masterList ? childElements(masterList).filter((e) => isP(e, 'sldMasterId')) : []) {
    const rel = slideRelationship(rels, m);
    if (rel && !rel.external && pkg.has(rel.target)) reading.master(rel.target);
  }
  const slides: Slide[] = [];
  const slideIds: (number | undefined)[] = [];
  const list = pChild(presentation, 'sldIdLst');
  for (const sldId of list ? childElements(list).filter((e) => isP(e, 'sldId')) : []) {
    const rel = slideRelationship(rels, sldId);
    if (rel && !rel.external && pkg.has(rel.target) && !reading.slidePlaces.has(rel.target)) reading.slidePlaces.set(rel.target, reading.slidePlaces.size + 1);
  }
  for (const sldId of list ? childElements(list).filter((e) => isP(e, 'sldId')) : []) {
    const rel = slideRelationship(rels, sldId);
    if (!rel || rel.external || !pkg.has(rel.target)) {
      const what = rel ? `its part "${rel.target}" is missing` : `relationship "${relAttr(sldId) ?? ''}" is missing`;
      ctx.diagnostics.add('error', 'missing-slide', `Slide ${String(slides.length + 1)} could not be read: ${what}.`, main, '/p:presentation/p:sldIdLst/p:sldId');
      continue;
    }
    const slide = readSlide(reading, rel.target);
    if (slide) {
      slides.push({ ...slide, id: `s${String(slides.length + 1)}-${Date.now().toString(36)}` });
      slideIds.push(intAttr(sldId, 'id'));
      if (slides.length === 1 && ctx.onFirstSlide) ctx.onFirstSlide(firstSlidePreview(reading, presentation, slides));
    }
  }
  const sections = readSections(presentation, slideIds, ctx.diagnostics, main);
  reportOpaque(slides.map((s) => s.shapes ?? []), ctx.diagnostics);
  const coreRel = pkg.relationshipOfType('', 'core-properties');
  const corePart = coreRel && !coreRel.external && pkg.has(coreRel.target) ? coreRel.target : 'docProps/core.xml';
  const core = pkg.has(corePart) ? partXml(pkg, corePart, ctx, 'core properties part') : undefined;
  const furniture = new Set(slides.flatMap((s) => (s.shapes ?? []).flatMap((sh) => (sh.placeholder ? [sh.placeholder.type] : []))));
  // Text boxes' defaults, through the first master's colour mapping.
  const firstMap = reading.colorMaps.values().next().value ?? {};
  const defaultTextStyle = remapSchemeColors(readLevelStyles(pChild(presentation, 'defaultTextStyle'), reading.shapeContext(main).media), firstMap);
  return {
    kind: 'deck',
    version: DECK_VERSION,
    meta: core ? readCoreProperties(core) : {},
    size: sizeOf(presentation),
    slides,
    ...(reading.theme ? { theme: reading.theme } : {}),
    ...(reading.masters.size > 0 ? { masters: [...reading.masters.values()] } : {}),
    ...(reading.layouts.size > 0 ? { layouts: [...reading.layouts.values()] } : {}),
    ...(defaultTextStyle && defaultTextStyle.length > 0 ? { defaultTextStyle } : {}),
    ...(Object.keys(reading.media).length > 0 ? { media: reading.media } : {}),
    headerFooter: { footer: furniture.has('ftr'), slideNumber: furniture.has('sldNum'), dateTime: furniture.has('dt') },
    ...(sections ? { sections } : {}),
    ...keptMacros(pkg, main, ctx.diagnostics),
  };
}
