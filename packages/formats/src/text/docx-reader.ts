/**
 * Reads a WordprocessingML package (ECMA-376 Part 1, 11.3.10 main document part, 17.2 document
 * body; Part 2 (OPC) relationships, 17.16.22 hyperlink targets; core properties Part 2, 11) into
 * a text document. Reads
 * Transitional and ISO/IEC 29500 Strict documents.
 */
import { keptMacros } from '../ooxml/macro-project.js';
import { textDocumentFromNode, textSchema } from '@ostal/model';
import type { DocumentMeta, PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { ReadContext } from '../codec.js';
import { readThemePalette } from './dml-theme-colours.js';
import { FormatError } from '../errors.js';
import { readCoreProperties } from '../ooxml/core-properties.js';
import { OpcPackage } from '../ooxml/opc-package.js';
import { optionalPartXml as optionalXml } from '../optional-part.js';
import { attr, childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { DOCX_APPLICATION } from './docx-writer.js';
import { FlowBuilder } from './flow-builder.js';
import { ReadTally } from './read-tally.js';
import { MediaCollector } from './text-media.js';
import { WmlBodyReader, defineOutlineLevels } from './wml-body-reader.js';
import { WmlDrawingReader } from './wml-drawing-reader.js';
import type { WmlPictures } from './wml-drawing-reader.js';
import { docxChartTargets } from './wml-chart-reader.js';
import { wmlObjectTargets } from './wml-object-reader.js';
import type { WmlBodyContext } from './wml-body-reader.js';
import { WmlNumbering } from './wml-numbering.js';
import { onOff, wmlNamespaceOf } from './wml-run-properties.js';
import type { ThemeFonts, WmlNs } from './wml-run-properties.js';
import { WmlSectionReader, withoutEmptySections } from './wml-section-reader.js';
import { OutlineTracker, withOutline } from './outline-numbering.js';
import { withStyleSheet } from './style-sheet.js';
import type { StoryResolver } from './wml-section-reader.js';
import { isDefaultSection } from './wml-section-writer.js';
import { keptSection } from './section-columns.js';
import { WmlStyles } from './wml-styles.js';
import { withTextBase } from './text-base.js';
import { withHeadingLooks } from './heading-looks.js';
import { WORD_HEADING_LEVELS } from './wml-document-writer.js';
import { WmlStories } from './wml-notes-reader.js';
import { readWmlNoteSettings, readWmlSectionNotes } from './wml-note-settings.js';
import { withNoteSettings } from './note-settings.js';
import type { WmlStoryPart } from './wml-notes-reader.js';

/**
 * Theme fonts (ECMA-376 Part 1, 20.1.4.1.16 `a:majorFont`, 20.1.4.1.24 `a:minorFont`): the
 * Latin typeface of each, for `w:rFonts` theme attributes (`minorHAnsi`, `majorAscii`...).
 */
function readThemeFonts(root: XmlElement | undefined): ThemeFonts | undefined {
  if (!root) return undefined;
  const ns = root.ns;
  const scheme = childElement(childElement(root, ns, 'themeElements') ?? root, ns, 'fontScheme');
  const latin = (local: string): string | undefined => {
    const font = scheme && childElement(scheme, ns, local);
    const el = font && childElement(font, ns, 'latin');
    const face = el && attr(el, '', 'typeface');
    return face === '' ? undefined : face;
  };
  const major = latin('majorFont');
  const minor = latin('minorFont');
  return (theme) => (theme.startsWith('major') ? major : theme.startsWith('minor') ? minor : undefined);
}

/** True when the extended properties name Ostal as the application that wrote the package. */
function writtenByOstal(pkg: OpcPackage, ctx: ReadContext): boolean {
  const root = optionalXml(pkg, pkg.relationshipOfType('', 'extended-properties')?.target, ctx);
  const app = root && childElement(root, root.ns, 'Application');
  return app !== undefined && textContent(app).trim() === DOCX_APPLICATION;
}

/** Title, creator, dates and language from the core properties part. */
function documentMeta(pkg: OpcPackage, ctx: ReadContext, fallbackLanguage: string | undefined): DocumentMeta {
  const part = pkg.relationshipOfType('', 'metadata/core-properties')?.target ?? 'docProps/core.xml';
  const root = optionalXml(pkg, part, ctx);
  const meta = root ? readCoreProperties(root) : {};
  return meta.language === undefined && fallbackLanguage !== undefined ? { ...meta, language: fallbackLanguage } : meta;
}

/** Picture relationships of `part`: embedded ones become media entries (read on first use), linked ones keep their target. */
function pictureTargets(pkg: OpcPackage, part: string, media: MediaCollector): WmlPictures {
  const rels = new Map(pkg.relationships(part).map((rel) => [rel.id, rel]));
  return (id) => {
    const rel = rels.get(id);
    if (!rel) return undefined;
    if (rel.external) return { link: rel.target };
    const src = media.add(rel.target, () => (pkg.has(rel.target) ? pkg.zip.read(rel.target) : undefined));
    return src === undefined ? undefined : { src };
  };
}

/** External targets of a part's hyperlink relationships. */
function partLinks(pkg: OpcPackage, part: string): (id: string) => string | undefined {
  const links = new Map(pkg.relationships(part).filter((rel) => rel.external && rel.type.endsWith('/hyperlink')).map((rel) => [rel.id, rel.target]));
  return (id) => links.get(id);
}

/** `w:evenAndOddHeaders` of the settings part (17.15.1.35). */
function evenAndOddHeaders(settings: XmlElement | null | undefined, ns: WmlNs): boolean {
  return onOff((settings && childElement(settings, ns.w, 'evenAndOddHeaders')) ?? undefined, ns) === true;
}

/**
 * Reads header and footer parts (`w:hdr`/`w:ftr`, 17.10.3/17.10.4) named by the main part's
 * relationships, each once, into `doc` JSON with the body reader.
 */
function storyResolver(pkg: OpcPackage, main: string, shared: Pick<WmlBodyContext, 'ns' | 'styles' | 'numbering' | 'tally'>, ctx: ReadContext, drawingsOf: (part: string) => WmlDrawingReader): StoryResolver {
  const rels = new Map(pkg.relationships(main).filter((rel) => !rel.external && (rel.type.endsWith('/header') || rel.type.endsWith('/footer'))).map((rel) => [rel.id, rel.target]));
  const read = new Map<string, PMNodeJSON | undefined>();
  return (id) => {
    const part = rels.get(id);
    if (part === undefined) return undefined;
    if (read.has(part)) return read.get(part);
    read.set(part, undefined); // a part naming itself cannot loop
    const root = optionalXml(pkg, part, ctx);
    let story: PMNodeJSON | undefined;
    if (root) {
      const builder = new FlowBuilder();
      // Pictures (a logo, mostly) are named by the header or footer part's own relationships.
      const reader = new WmlBodyReader({ ...shared, builder, part, rootName: root.qname, hyperlinks: partLinks(pkg, part), drawings: drawingsOf(part) });
      reader.readBlocks(root);
      reader.flush();
      story = textDocumentFromNode(builder.finish()).content;
    }
    read.set(part, story);
    return story;
  };
}

/**
 * Reads a .docx (or .docm/.dotx) package.
 * @throws FormatError for an unreadable container or a missing/malformed main document part.
 */
export function readDocx(bytes: Uint8Array, ctx: ReadContext): TextDocument {
  const pkg = OpcPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged, ctx.inflated);
  const main = pkg.relationshipOfType('', 'officeDocument')?.target ?? 'word/document.xml';
  if (!pkg.has(main)) throw new FormatError('missing-part', 'The package has no main document part (word/document.xml).', main);
  const root = pkg.xml(main);
  const ns = wmlNamespaceOf(root);
  const themeRoot = optionalXml(pkg, pkg.relationshipOfType(main, 'theme')?.target, ctx);
  const theme = readThemeFonts(themeRoot);
  const palette = readThemePalette(themeRoot);
  const styles = new WmlStyles(optionalXml(pkg, pkg.relationshipOfType(main, 'styles')?.target, ctx), ns, theme, writtenByOstal(pkg, ctx));
  const numbering = new WmlNumbering(optionalXml(pkg, pkg.relationshipOfType(main, 'numbering')?.target, ctx), ns, styles);
  const tally = new ReadTally(ctx.diagnostics);
  const builder = new FlowBuilder();
  const media = new MediaCollector();
  const body = childElement(root, ns.w, 'body');
  let lastSection: SectionProps | null = null;
  const settingsRoot = optionalXml(pkg, pkg.relationshipOfType(main, 'settings')?.target, ctx);
  const notes = readWmlNoteSettings(settingsRoot, body ? childElement(body, ns.w, 'sectPr') : undefined, ns);
  const outline = new OutlineTracker();
  if (body) {
    const drawings = new WmlDrawingReader(pictureTargets(pkg, main, media), ns.r, palette, docxChartTargets(pkg, main), wmlObjectTargets(pkg, main, media));
    // Pictures of a note or comment part are named by that part's relationships.
    const drawingsOf = (part: string): WmlDrawingReader => new WmlDrawingReader(pictureTargets(pkg, part, media), ns.r, palette, docxChartTargets(pkg, part), wmlObjectTargets(pkg, part, media));
    const storyDrawings = new Map<string, WmlDrawingReader>();
    const storyPart = (type: string): WmlStoryPart | undefined => {
      const part = pkg.relationshipOfType(main, type)?.target;
      if (part === undefined) return undefined;
      storyDrawings.set(part, drawingsOf(part));
      return { part, root: optionalXml(pkg, part, ctx), hyperlinks: partLinks(pkg, part) };
    };
    const stories = WmlStories.create(
      ns,
      { footnotes: storyPart('footnotes'), endnotes: storyPart('endnotes'), comments: storyPart('comments'), commentsExtended: optionalXml(pkg, pkg.relationshipOfType(main, 'commentsExtended')?.target, ctx) },
      (container, storyBuilder, part, hyperlinks, inner) => {
        const storyReader = new WmlBodyReader({ ns, styles, numbering, tally, builder: storyBuilder, part, rootName: container.qname, hyperlinks, stories: inner, drawings: storyDrawings.get(part) ?? drawings });
        storyReader.readBlocks(container);
        storyReader.flush();
      },
    );
    const resolver = storyResolver(pkg, main, { ns, styles, numbering, tally }, ctx, drawingsOf);
    const sections = new WmlSectionReader(ns, resolver, evenAndOddHeaders(settingsRoot, ns));
    // A section without properties, or with those the writer writes for none, reads as none.
    const ostal = writtenByOstal(pkg, ctx);
    const kept = (sectPr: XmlElement, from = sections): SectionProps | null => {
      const section = keptSection(from.read(sectPr), ostal, isDefaultSection);
      // A section's own note settings (those that differ from the document's).
      const own = readWmlSectionNotes(sectPr, ns, notes);
      return own ? { ...(section ?? {}), notes: own } : section;
    };
    const sectionBreak = (sectPr: XmlElement): PMNode => textSchema.nodes.section_break!.create({ section: kept(sectPr) });
    const reader = new WmlBodyReader({ ns, styles, numbering, tally, builder, part: main, rootName: root.qname, hyperlinks: partLinks(pkg, main), stories, drawings, sectionBreak, outline });
    const cut = ctx.onFirstBlocks ? previewCut(body, ns) : 0;
    if (ctx.onFirstBlocks && cut > 0) {
      // A long document: its first blocks are shown while the rest is read (the same reader goes on).
      reader.readBlocks({ ...body, children: body.children.slice(0, cut) });
      const last = childElement(body, ns.w, 'sectPr');
      // The last section read apart (its headers are read once, the resolver keeps them).
      const section = last ? kept(last, new WmlSectionReader(ns, resolver, evenAndOddHeaders(settingsRoot, ns))) : null;
      const first = textSchema.nodes.doc!.create(section === null ? null : { section }, builder.doneBlocks());
      ctx.onFirstBlocks(finishedDocument(first, { outline, styles, notes, media }, documentMeta(pkg, ctx, styles.language)));
      reader.readBlocks({ ...body, children: body.children.slice(cut) });
    } else reader.readBlocks(body);
    reader.flush();
    // Heading styles numbered although no heading uses them yet keep their outline.
    for (let level = 1; level <= WORD_HEADING_LEVELS; level++) {
      const ref = outline.level(level) === undefined ? styles.headingNumbering(level) : undefined;
      if (ref && ref.numId !== '0') defineOutlineLevels(outline, numbering, ref.numId);
    }
    const sectPr = childElement(body, ns.w, 'sectPr');
    if (sectPr) lastSection = kept(sectPr);
  } else {
    ctx.diagnostics.warn('missing-body', 'The main document part has no w:body; the document is empty.', main, `/${root.qname}`);
  }
  tally.flush();
  const document = finishedDocument(builder.finish(lastSection), { outline, styles, notes, media }, documentMeta(pkg, ctx, styles.language));
  return { ...document, ...keptMacros(pkg, main, ctx.diagnostics) };
}

/** A body long enough for a preview has more top-level elements than this. */
const PREVIEW_FROM_ELEMENTS = 200;
/** About how many top-level elements a preview holds. */
const PREVIEW_ELEMENTS = 40;

/**
 * Where a long body is cut for its preview (`ReadOptions.onFirstBlocks`): before a plain
 * paragraph (not framed, no section end) after the first PREVIEW_ELEMENTS elements; 0 for none.
 */
function previewCut(body: XmlElement, ns: WmlNs): number {
  const kids = body.children;
  let elements = 0;
  for (const k of kids) if (typeof k === 'object') elements++;
  if (elements <= PREVIEW_FROM_ELEMENTS) return 0;
  let seen = 0;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (typeof k !== 'object') continue;
    seen++;
    if (seen <= PREVIEW_ELEMENTS || k.ns !== ns.w || k.local !== 'p') continue;
    const pPr = childElement(k, ns.w, 'pPr');
    if (pPr && (childElement(pPr, ns.w, 'framePr') || childElement(pPr, ns.w, 'sectPr'))) continue;
    return i;
  }
  return 0;
}

/** The document's node with what the whole read found (outline, styles used, note settings, base text, heading looks) and its pictures. */
function finishedDocument(
  root: PMNode,
  read: { readonly outline: OutlineTracker; readonly styles: WmlStyles; readonly notes: ReturnType<typeof readWmlNoteSettings>; readonly media: MediaCollector },
  meta: DocumentMeta,
): TextDocument {
  const { outline, styles, notes, media } = read;
  return textDocumentFromNode(withHeadingLooks(withTextBase(withNoteSettings(withStyleSheet(withOutline(withoutEmptySections(root), outline.outline()), styles.used.sheet(styles)), notes), styles.textBase), styles.headingLooks()), meta, media.media());
}
