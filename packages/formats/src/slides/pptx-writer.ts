/**
 * PresentationML writing (ECMA-376 Part 1, 19.2.1.26 p:presentation, 19.3.1.38 p:sld,
 * 19.3.1.26 p:notes; package structure per 13.3). A deck read from a file writes its own
 * masters, layouts and theme (`pptx-masters-write.ts`); a deck made in Ostal gets one master
 * and one layout. Every slide writes its shapes in z-order, the editor's title and body bound to
 * the placeholders (`slideShapes`). Element order follows the schema (xsd:sequence throughout).
 */
import { flattenShapes, slideNotesBody, slideShapes } from '@ostal/model';
import type { Deck, DeckLayout, KeptPart, OpaqueSource, OstalDocument, Slide, SlideTransition, TextBody } from '@ostal/model';
import { FormatError } from '../errors.js';
import { REL, corePropertiesXml, writeOpcPackage } from '../ooxml/opc-writer.js';
import { withMacroProject } from '../ooxml/macro-project.js';
import { relativeTarget } from '../ooxml/kept-parts.js';
import type { WriteOptions } from '../codec.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { writableMeta } from '../meta-fields.js';
import { levelStylesXml, textBodyXml } from './dml-write.js';
import type { PartRefs } from './dml-write.js';
import { backgroundXml, layoutXml, masterXml } from './pptx-masters-write.js';
import { PML_NAMESPACES, placeholderShape, spTreeHead } from './pptx-placeholders.js';
import { shapeTreeXml } from './pptx-shapes-write.js';
import {
  MASTER_ID,
  NOTES_SIZE,
  appPropertiesXml,
  notesMasterXml,
  presPropsXml,
  slideLayoutXml,
  slideMasterXml,
  tableStylesXml,
  viewPropsXml,
} from './pptx-templates.js';
import { themeXml } from './pptx-theme.js';
import { mediaFileName } from './slide-media.js';
import { sectionsExtLst } from './pptx-sections.js';
import { COMMENT_RELS, hasComments } from './pptx-comments.js';
import { MODERN_COMMENT_CONTENT_TYPES, ModernCommentAuthors, ModernCommentIds, UNDATED_CREATED, deckGuidSeed, commentRelExt, modernCommentsXml, pptxDate } from './pptx-modern-comments.js';
import { creationIdExt, slideCreationIds } from './pptx-creation-id.js';
import { CLASSIC_COMMENT_CONTENT_TYPES, CommentAuthors, needsModernComments, slideCommentsXml } from './pptx-classic-comments.js';
import { transitionalRelType } from '../ooxml/strict-namespaces.js';

const CT = 'application/vnd.openxmlformats-officedocument.presentationml.';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_MORE = {
  image: `${REL_BASE}image`,
  hyperlink: `${REL_BASE}hyperlink`,
  presProps: `${REL_BASE}presProps`,
  viewProps: `${REL_BASE}viewProps`,
  tableStyles: `${REL_BASE}tableStyles`,
  extendedProperties: `${REL_BASE}extended-properties`,
} as const;

/** First slide id (ST_SlideId: 256 to 2^31 - 1). */
const FIRST_SLIDE_ID = 256;

/** Relationships of one part being written: its pictures and links get ids after `first`. */
class PartRels implements PartRefs {
  readonly rels: OpcRelOut[] = [];
  private readonly byMedia = new Map<string, string>();
  private readonly byLink = new Map<string, string>();

  constructor(
    private readonly store: MediaParts,
    private next: number,
  ) {}

  private id(): string {
    const id = `rId${String(this.next)}`;
    this.next += 1;
    return id;
  }

  media(name: string): string | undefined {
    const known = this.byMedia.get(name);
    if (known) return known;
    const part = this.store.part(name);
    if (!part) return undefined;
    const id = this.id();
    this.rels.push({ id, type: REL_MORE.image, target: `../${part.slice('ppt/'.length)}` });
    this.byMedia.set(name, id);
    return id;
  }

  keep(type: string, path: string, parts: readonly KeptPart[], generator?: OpaqueSource['generator'], external?: boolean): string | undefined {
    if (external) {
      const id = this.id();
      this.rels.push({ id, type: transitionalRelType(type), target: path, external: true });
      return id;
    }
    if (!path.startsWith('ppt/') || !this.store.keep(parts, generator)) return undefined;
    const id = this.id();
    this.rels.push({ id, type: transitionalRelType(type), target: `../${path.slice('ppt/'.length)}` });
    return id;
  }

  link(target: string): string {
    const known = this.byLink.get(target);
    if (known) return known;
    const id = this.id();
    this.rels.push({ id, type: REL_MORE.hyperlink, target, external: true });
    this.byLink.set(target, id);
    return id;
  }
}

/** The media parts of the package, named once each from `deck.media`. */
class MediaParts {
  readonly parts: OpcPartOut[] = [];
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly kept = new Set<string>();
  /** The application that wrote the first kept markup that has one. */
  generator: OpaqueSource['generator'];

  constructor(private readonly deck: Deck) {}

  /** Adds kept parts once each (by part name); false when one would clash with a part Ostal writes. */
  keep(parts: readonly KeptPart[], generator?: OpaqueSource['generator']): boolean {
    for (const p of parts) {
      if (this.kept.has(p.path)) continue;
      // A chart's own theme (`c:chartSpace` → themeOverride, ECMA-376 Part 1, 14.2.8) sits beside the deck's themes.
      if (!/^ppt\/((charts|embeddings|diagrams|media|drawings|activeX|ink)\/|theme\/themeOverride\d*\.xml$)/.test(p.path) || this.taken.has(p.path.toLowerCase())) return false;
    }
    for (const p of parts) {
      if (this.kept.has(p.path)) continue;
      this.kept.add(p.path);
      this.taken.add(p.path.toLowerCase());
      const rels = (p.rels ?? []).map((r) => ({ id: r.id, type: r.type, target: r.external ? r.target : relativeTarget(p.path, r.target), ...(r.external ? { external: true } : {}) }));
      this.parts.push({ name: p.path, contentType: p.type, data: p.data, ...(rels.length > 0 ? { rels } : {}) });
    }
    this.generator ??= generator;
    return true;
  }

  part(name: string): string | undefined {
    const known = this.byName.get(name);
    if (known) return known;
    const media = this.deck.media?.[name];
    if (!media) return undefined;
    const part = mediaFileName('ppt/media/', name, media.type, this.taken);
    this.parts.push({ name: part, contentType: media.type, data: media.data });
    this.byName.set(name, part);
    return part;
  }
}

/** PresentationML transition kinds (19.3.1.50 p:transition children) and the attribute their direction goes in. */
const TRANSITIONS: Readonly<Record<string, 'dir' | 'orient' | null>> = {
  blinds: 'orient',
  checker: 'orient',
  circle: null,
  comb: 'orient',
  cover: 'dir',
  cut: null,
  diamond: null,
  dissolve: null,
  fade: null,
  newsflash: null,
  plus: null,
  pull: 'dir',
  push: 'dir',
  random: null,
  randomBar: 'orient',
  split: 'orient',
  strips: 'dir',
  wedge: null,
  wheel: null,
  wipe: 'dir',
  zoom: 'dir',
};

const DIRS: Readonly<Record<string, readonly string[]>> = {
  dir: ['l', 'r', 'u', 'd', 'in', 'out', 'lu', 'ru', 'ld', 'rd'],
  orient: ['horz', 'vert'],
};

function transitionXml(t: SlideTransition | undefined): XmlOut | null {
  if (!t) return null;
  const kind = t.kind in TRANSITIONS ? t.kind : 'fade';
  const where = TRANSITIONS[kind] ?? null;
  const dirOk = where !== null && t.direction !== undefined && (DIRS[where] ?? []).includes(t.direction) && !(kind === 'zoom' && !['in', 'out'].includes(t.direction));
  const pushLike = ['push', 'wipe', 'cover', 'pull'].includes(kind) && dirOk && ['l', 'r', 'u', 'd', 'lu', 'ru', 'ld', 'rd'].includes(t.direction ?? '');
  const effect = x(`p:${kind}`, where && (kind === 'zoom' ? dirOk : pushLike || (where === 'orient' && dirOk)) ? { [where]: t.direction } : {});
  const ms = t.durationMs;
  const spd = ms === undefined ? undefined : ms <= 500 ? 'fast' : ms <= 750 ? 'med' : 'slow';
  const plain = x('p:transition', { spd, advTm: t.advanceAfterMs }, effect);
  if (ms === undefined) return plain;
  // The exact duration is PowerPoint 2010's p14:dur, offered as an mc:Choice with the plain transition as fallback.
  return x(
    'mc:AlternateContent',
    { 'xmlns:mc': MC_NS },
    x('mc:Choice', { 'xmlns:p14': P14_NS, Requires: 'p14' }, x('p:transition', { spd, 'p14:dur': Math.round(ms), advTm: t.advanceAfterMs }, effect)),
    x('mc:Fallback', {}, plain),
  );
}

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const P14_NS = 'http://schemas.microsoft.com/office/powerpoint/2010/main';

/** A slide part; its p:extLst names its modern comments part (`commentsRelId`) and holds its creation id. */
function slideXml(slide: Slide, refs: PartRefs, lang: string | undefined, creationId: number, commentsRelId?: string): string {
  return serializeXml(
    x(
      'p:sld',
      { ...PML_NAMESPACES, showMasterSp: slide.hideMasterShapes ? 0 : undefined, show: slide.hidden ? 0 : undefined },
      x('p:cSld', {}, backgroundXml(slide.background, refs, false), x('p:spTree', {}, spTreeHead(), shapeTreeXml(slideShapes(slide), refs, lang))),
      x('p:clrMapOvr', {}, x('a:masterClrMapping')),
      transitionXml(slide.transition),
      x('p:extLst', {}, commentsRelId ? commentRelExt(commentsRelId) : null, creationIdExt(creationId)),
    ),
  );
}

function notesXml(notes: TextBody, refs: PartRefs, lang: string | undefined): string {
  const body = x(
    'p:sp',
    {},
    x('p:nvSpPr', {}, x('p:cNvPr', { id: 3, name: 'Notes Placeholder 2' }), x('p:cNvSpPr', {}, x('a:spLocks', { noGrp: 1 })), x('p:nvPr', {}, x('p:ph', { type: 'body', idx: 1 }))),
    x('p:spPr'),
    x('p:txBody', {}, textBodyXml(notes, refs, lang)),
  );
  return serializeXml(
    x(
      'p:notes',
      PML_NAMESPACES,
      x(
        'p:cSld',
        {},
        x(
          'p:spTree',
          {},
          spTreeHead(),
          placeholderShape({ id: 2, name: 'Slide Image Placeholder 1', type: 'sldImg', idx: 2, imageLocks: true }),
          body,
        ),
      ),
      x('p:clrMapOvr', {}, x('a:masterClrMapping')),
    ),
  );
}

function presentationXml(deck: Deck, masterRelIds: readonly string[], notesRelId: string | undefined, slideRelIds: readonly string[]): string {
  return serializeXml(
    x(
      'p:presentation',
      { ...PML_NAMESPACES, saveSubsetFonts: 1 },
      x('p:sldMasterIdLst', {}, masterRelIds.map((rid, i) => x('p:sldMasterId', { id: MASTER_ID + i * 1000, 'r:id': rid }))),
      notesRelId ? x('p:notesMasterIdLst', {}, x('p:notesMasterId', { 'r:id': notesRelId })) : null,
      slideRelIds.length > 0 ? x('p:sldIdLst', {}, slideRelIds.map((rid, i) => x('p:sldId', { id: FIRST_SLIDE_ID + i, 'r:id': rid }))) : null,
      x('p:sldSz', { cx: slideEmu(deck.size.cx), cy: slideEmu(deck.size.cy) }),
      x('p:notesSz', { cx: NOTES_SIZE.cx, cy: NOTES_SIZE.cy }),
      x(
        'p:defaultTextStyle',
        {},
        x('a:defPPr', {}, x('a:defRPr', { lang: deck.meta.language ?? 'en-US' })),
        ...(deck.defaultTextStyle && deck.defaultTextStyle.length > 0
          ? levelStylesXml(deck.defaultTextStyle)
          : [x('a:lvl1pPr', { marL: 0, algn: 'l', rtl: 0 }, x('a:defRPr', { sz: 1800, kern: 1200 }, x('a:latin', { typeface: '+mn-lt' })))]),
      ),
      sectionsExtLst(deck.sections, slideRelIds.map((_, i) => FIRST_SLIDE_ID + i)),
    ),
  );
}

/** Bounds of ST_SlideSizeCoordinate (ECMA-376 Part 1, 19.7.15): 1 inch to 56 inches. */
function slideEmu(emu: number): number {
  return Math.min(51_206_400, Math.max(914_400, Math.round(emu)));
}

function rel(id: string, type: string, target: string): OpcRelOut {
  return { id, type, target };
}

const THEME_CT = 'application/vnd.openxmlformats-officedocument.theme+xml';

/** Masters and layouts written; slide layout part by layout id. */
interface MasterParts {
  readonly parts: OpcPartOut[];
  /** Master part names relative to ppt/. */
  readonly masters: string[];
  readonly layoutOf: (slide: Slide) => string;
}

/** The deck's own masters and layouts (ids of masters and layouts share one range from 2^31). */
function ownMasters(deck: Deck, media: MediaParts): MasterParts {
  const parts: OpcPartOut[] = [];
  const masters: string[] = [];
  const layoutPart = new Map<string, string>();
  let layoutN = 0;
  (deck.masters ?? []).forEach((master, m) => {
    const n = m + 1;
    const layouts = (deck.layouts ?? []).filter((l) => l.master === master.id || (m === 0 && !deck.masters?.some((mm) => mm.id === l.master)));
    const chosen: DeckLayout[] = layouts.length > 0 ? layouts : [{ id: `${master.id}#layout`, master: master.id, shapes: [] }];
    const refs = new PartRels(media, chosen.length + 2);
    const layoutIds: [number, string][] = [];
    chosen.forEach((layout, i) => {
      layoutN += 1;
      const name = `slideLayouts/slideLayout${String(layoutN)}.xml`;
      layoutPart.set(layout.id, name);
      const lrefs = new PartRels(media, 2);
      const data = layoutXml(layout, lrefs);
      parts.push({ name: `ppt/${name}`, contentType: `${CT}slideLayout+xml`, data, rels: [rel('rId1', REL.slideMaster, `../slideMasters/slideMaster${String(n)}.xml`), ...lrefs.rels] });
      layoutIds.push([MASTER_ID + m * 1000 + i + 1, `rId${String(i + 1)}`]);
    });
    const data = masterXml(master, layoutIds, refs);
    const masterRels = [
      ...chosen.map((l, i) => rel(`rId${String(i + 1)}`, REL.slideLayout, `../${layoutPart.get(l.id) ?? ''}`)),
      rel(`rId${String(chosen.length + 1)}`, REL.theme, `../theme/theme${String(n)}.xml`),
      ...refs.rels,
    ];
    parts.push(
      { name: `ppt/slideMasters/slideMaster${String(n)}.xml`, contentType: `${CT}slideMaster+xml`, data, rels: masterRels },
      { name: `ppt/theme/theme${String(n)}.xml`, contentType: THEME_CT, data: themeXml(deck.theme) },
    );
    masters.push(`slideMasters/slideMaster${String(n)}.xml`);
  });
  const first = [...layoutPart.values()][0] ?? '';
  return { parts, masters, layoutOf: (slide) => (slide.layout !== undefined ? layoutPart.get(slide.layout) : undefined) ?? first };
}

/** Ostal's own master and layout, for decks made in Ostal. */
function templateMasters(deck: Deck): MasterParts {
  return {
    parts: [
      {
        name: 'ppt/slideMasters/slideMaster1.xml',
        contentType: `${CT}slideMaster+xml`,
        data: slideMasterXml(slideEmu(deck.size.cx), slideEmu(deck.size.cy)),
        rels: [rel('rId1', REL.slideLayout, '../slideLayouts/slideLayout1.xml'), rel('rId2', REL.theme, '../theme/theme1.xml')],
      },
      { name: 'ppt/slideLayouts/slideLayout1.xml', contentType: `${CT}slideLayout+xml`, data: slideLayoutXml(), rels: [rel('rId1', REL.slideMaster, '../slideMasters/slideMaster1.xml')] },
      { name: 'ppt/theme/theme1.xml', contentType: THEME_CT, data: themeXml(deck.theme) },
    ],
    masters: ['slideMasters/slideMaster1.xml'],
    layoutOf: () => 'slideLayouts/slideLayout1.xml',
  };
}

/**
 * Writes a Deck as a .pptx package.
 * @throws FormatError `wrong-kind` when given another kind of document.
 */
/** The table style definitions the deck's tables kept (one per style id), for ppt/tableStyles.xml. */
function keptTableStyles(deck: Deck): string[] {
  const byId = new Map<string, string>();
  const shapes = [...deck.slides.flatMap((s) => s.shapes ?? []), ...(deck.layouts ?? []).flatMap((l) => l.shapes), ...(deck.masters ?? []).flatMap((m) => m.shapes)];
  for (const sh of flattenShapes(shapes)) {
    const style = sh.kind === 'table' ? sh.style : undefined;
    if (style?.definitionXml && !byId.has(style.id.toUpperCase())) byId.set(style.id.toUpperCase(), style.definitionXml);
  }
  return [...byId.values()];
}

export function writePptx(document: OstalDocument, options?: WriteOptions): Uint8Array {
  if (document.kind !== 'deck') throw new FormatError('wrong-kind', `A ${document.kind} document cannot be saved as pptx.`);
  const deck = document;
  const meta = writableMeta(deck.meta);
  const lang = meta.language;
  const hasNotes = deck.slides.some((s) => s.notes !== '');
  const media = new MediaParts(deck);
  const masterParts = (deck.masters?.length ?? 0) > 0 ? ownMasters(deck, media) : templateMasters(deck);
  const parts: OpcPartOut[] = [];
  const presRels: OpcRelOut[] = masterParts.masters.map((m, i) => rel(`rId${String(i + 1)}`, REL.slideMaster, m));
  let nextRel = presRels.length + 1;
  const relId = (): string => `rId${String(nextRel++)}`;
  const notesRelId = hasNotes ? relId() : undefined;
  if (notesRelId) presRels.push(rel(notesRelId, REL.notesMaster, 'notesMasters/notesMaster1.xml'));
  presRels.push(rel(relId(), REL_MORE.presProps, 'presProps.xml'), rel(relId(), REL_MORE.viewProps, 'viewProps.xml'), rel(relId(), REL_MORE.tableStyles, 'tableStyles.xml'));
  const notesTheme = `theme/theme${String(masterParts.masters.length + 1)}.xml`;
  const slideRelIds: string[] = [];
  // Classic comments, which PowerPoint and LibreOffice both read, unless one is resolved, which
  // only PowerPoint 365's modern comments can say.
  const modernComments = needsModernComments(deck.slides);
  const commentAuthors = new ModernCommentAuthors();
  const commentIds = new ModernCommentIds(deckGuidSeed(deck.meta));
  const creationIds = slideCreationIds(deck.slides);
  // p188:cm requires `created`: an undated comment gets a value the deck holds, never the time of
  // saving, so that saving again writes the same part and the model keeps it undated.
  const undated = pptxDate(deck.meta.created) ?? UNDATED_CREATED;
  const classicAuthors = new CommentAuthors();
  let notesCount = 0;
  deck.slides.forEach((slide, i) => {
    const n = i + 1;
    const rid = relId();
    slideRelIds.push(rid);
    presRels.push(rel(rid, REL.slide, `slides/slide${String(n)}.xml`));
    const refs = new PartRels(media, 3);
    const commentsRelId = modernComments && hasComments(slide) ? 'rIdCm' : undefined;
    const creationId = creationIds[i] ?? 1;
    const data = slideXml(slide, refs, lang, creationId, commentsRelId);
    const slideRels = [rel('rId1', REL.slideLayout, `../${masterParts.layoutOf(slide)}`)];
    const notes = slideNotesBody(slide);
    if (notes) {
      notesCount += 1;
      const notesRefs = new PartRels(media, 3);
      slideRels.push(rel('rId2', REL.notesSlide, `../notesSlides/notesSlide${String(n)}.xml`));
      parts.push({
        name: `ppt/notesSlides/notesSlide${String(n)}.xml`,
        contentType: `${CT}notesSlide+xml`,
        data: notesXml(notes, notesRefs, lang),
        rels: [rel('rId1', REL.notesMaster, '../notesMasters/notesMaster1.xml'), rel('rId2', REL.slide, `../slides/slide${String(n)}.xml`), ...notesRefs.rels],
      });
    }
    if (!modernComments && hasComments(slide)) {
      slideRels.push(rel('rIdCm', COMMENT_RELS.comments, `../comments/comment${String(n)}.xml`));
      parts.push({ name: `ppt/comments/comment${String(n)}.xml`, contentType: CLASSIC_COMMENT_CONTENT_TYPES.comments, data: slideCommentsXml(slide.comments ?? [], classicAuthors) });
    }
    if (commentsRelId) {
      const sldId = FIRST_SLIDE_ID + i;
      const part = `comments/modernComment_${sldId.toString(16).toUpperCase()}.xml`;
      slideRels.push(rel(commentsRelId, COMMENT_RELS.modernComments, `../${part}`));
      parts.push({ name: `ppt/${part}`, contentType: MODERN_COMMENT_CONTENT_TYPES.comments, data: modernCommentsXml(slide.comments ?? [], commentAuthors, commentIds, { sldId, creationId, index: i, undated }) });
    }
    parts.push({ name: `ppt/slides/slide${String(n)}.xml`, contentType: `${CT}slide+xml`, data, rels: [...slideRels, ...refs.rels] });
  });
  if (classicAuthors.size > 0) {
    presRels.push(rel(relId(), COMMENT_RELS.authors, 'commentAuthors.xml'));
    parts.push({ name: 'ppt/commentAuthors.xml', contentType: CLASSIC_COMMENT_CONTENT_TYPES.authors, data: classicAuthors.xml() });
  }
  if (commentAuthors.size > 0) {
    presRels.push(rel(relId(), COMMENT_RELS.modernAuthors, 'authors.xml'));
    parts.push({ name: 'ppt/authors.xml', contentType: MODERN_COMMENT_CONTENT_TYPES.authors, data: commentAuthors.xml() });
  }
  parts.unshift(
    { name: 'ppt/presentation.xml', contentType: `${CT}presentation.main+xml`, data: presentationXml(deck, presRels.filter((r) => r.type === REL.slideMaster).map((r) => r.id), notesRelId, slideRelIds), rels: presRels },
    ...masterParts.parts,
    { name: 'ppt/presProps.xml', contentType: `${CT}presProps+xml`, data: presPropsXml() },
    { name: 'ppt/viewProps.xml', contentType: `${CT}viewProps+xml`, data: viewPropsXml() },
    { name: 'ppt/tableStyles.xml', contentType: `${CT}tableStyles+xml`, data: tableStylesXml(keptTableStyles(deck)) },
  );
  if (hasNotes) {
    parts.push(
      { name: 'ppt/notesMasters/notesMaster1.xml', contentType: `${CT}notesMaster+xml`, data: notesMasterXml(), rels: [rel('rId1', REL.theme, `../${notesTheme}`)] },
      { name: `ppt/${notesTheme}`, contentType: THEME_CT, data: themeXml(deck.theme) },
    );
  }
  parts.push(
    ...media.parts,
    { name: 'docProps/core.xml', contentType: 'application/vnd.openxmlformats-package.core-properties+xml', data: corePropertiesXml(meta) },
    { name: 'docProps/app.xml', contentType: 'application/vnd.openxmlformats-officedocument.extended-properties+xml', data: appPropertiesXml(deck.slides.length, notesCount, media.generator) },
  );
  return writeOpcPackage(withMacroProject(parts, deck.macros, options), [
    rel('rId1', REL.officeDocument, 'ppt/presentation.xml'),
    rel('rId2', REL.coreProperties, 'docProps/core.xml'),
    rel('rId3', REL_MORE.extendedProperties, 'docProps/app.xml'),
  ]);
}
