/**
 * Reads ODF text documents (ODF 1.3 Part 3, 3.4 `office:text`; Part 2, 3 packages): the
 * packaged form (.odt: content.xml, styles.xml, meta.xml) and the flat form (.fodt: one
 * `office:document`, Part 3, 2.2.2), through the same body reader.
 */
import { textDocumentFromNode } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { decodeText } from '../container/zip-reader.js';
import { OdfPackage } from '../odf/odf-package.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { FlowBuilder } from './flow-builder.js';
import { OdfBodyReader } from './odf-body-reader.js';
import { OdfStories } from './odf-notes-reader.js';
import { OdfFrameReader } from './odf-frame-reader.js';
import { MediaCollector, decodeBase64 } from './text-media.js';
import { OdfObjectBytes } from './odf-object-reader.js';
import type { OdfObjectParts } from './odf-object-reader.js';
import { OdfPageStyles, OdfSectionTracker } from './odf-section-reader.js';
import { withoutEmptySections } from './wml-section-reader.js';
import { readOdfMeta } from '../odf/odf-meta.js';
import { optionalPartXml as optionalXml } from '../optional-part.js';
import { OdfStyles } from './odf-styles.js';
import { withTextBase } from './text-base.js';
import { withHeadingLooks } from './heading-looks.js';
import { OutlineTracker, withOutline } from './outline-numbering.js';
import { readOdfNoteSettings, withNoteSettings } from './note-settings.js';
import { withStyleSheet } from './style-sheet.js';
import { OdfChangeRegions } from './odf-changes.js';
import { OdfObjectReader } from './odf-opaque.js';
import { OdfChartReader } from './odf-chart-reader.js';
import { OdfTableStyles } from './odf-table-styles.js';
import { ReadTally } from './read-tally.js';
import { readOdfLineNumbering, withLineNumbering } from './section-columns.js';

interface OdfTextParts {
  readonly content: XmlElement;
  readonly styles: XmlElement | undefined;
  readonly meta: XmlElement | undefined;
  readonly contentPart: string;
  /** Reads formula objects; from the package's sub-documents, or inline for flat files. */
  readonly objects: OdfObjectReader;
  /** Reads chart objects; from the package's sub-documents, or inline for flat files. */
  readonly charts: OdfChartReader;
  /** Bytes of a package part (pictures), or undefined when absent; none in the flat form. */
  readonly readPart?: (path: string) => Uint8Array | undefined;
  /** The package's files and manifest, for embedded objects; none in the flat form. */
  readonly objectParts?: OdfObjectParts;
}

/** True when `meta:generator` names Ostal (ODF 1.3 Part 3, 4.3.2.1): the styles' baseline is then Ostal's own. */
function writtenByOstal(meta: XmlElement | undefined): boolean {
  const office = meta && childElement(meta, NS.office, 'meta');
  const generator = office && childElement(office, NS.meta, 'generator');
  return generator !== undefined && /^Ostal\b/.test(textContent(generator).trim());
}

function readParts(parts: OdfTextParts, ctx: ReadContext): TextDocument {
  const roots = [parts.styles === parts.content ? undefined : parts.styles, parts.content];
  const ownFile = writtenByOstal(parts.meta);
  const styles = new OdfStyles(roots, ownFile);
  const tableStyles = new OdfTableStyles(roots);
  const tally = new ReadTally(ctx.diagnostics);
  const builder = new FlowBuilder();
  const media = new MediaCollector();
  const readPart = parts.readPart;
  const objectBytes = new OdfObjectBytes(parts.objectParts, media);
  const pictures = {
    object: (frame: XmlElement) => objectBytes.of(frame),
    part: (path: string) => (readPart ? media.add(path, () => readPart(path)) : undefined),
    data: (base64: string) => {
      const bytes = decodeBase64(base64);
      return bytes && bytes.length > 0 ? media.addBytes(bytes) : undefined;
    },
  };
  const frames = new OdfFrameReader(roots, pictures);
  // Headers and footers live in styles.xml and use its automatic styles only.
  const storyStyles = parts.styles && parts.styles !== parts.content ? new OdfStyles([parts.styles], ownFile, styles.used) : styles;
  const storyTables = parts.styles && parts.styles !== parts.content ? new OdfTableStyles([parts.styles]) : tableStyles;
  const stylesPart = parts.contentPart === 'document' ? 'document' : 'styles.xml';
  // Pictures in headers and footers (logos) use the frame styles of styles.xml. Each story has
  // its own bookmark names, as each DOCX header part has: a name the first-page and the default
  // header both carry is kept in both.
  const storyRoots = parts.styles && parts.styles !== parts.content ? [parts.styles] : roots;
  const readStory = (container: XmlElement): PMNodeJSON => {
    const story = new FlowBuilder();
    const storyFrames = new OdfFrameReader(storyRoots, pictures);
    // A header or footer declares its own tracked changes (ODF 1.3 Part 3, 16.11).
    new OdfBodyReader({ styles: storyStyles, tableStyles: storyTables, tally, builder: story, part: stylesPart, frames: storyFrames, charts: parts.charts, changes: new OdfChangeRegions() }).readBlocks(container);
    return textDocumentFromNode(story.finish()).content;
  };
  const officeStyles = parts.styles && childElement(parts.styles, NS.office, 'styles');
  const notes = readOdfNoteSettings(officeStyles);
  const pages = new OdfPageStyles([parts.styles, parts.content === parts.styles ? undefined : parts.content], readStory, ownFile, notes);
  const sections = pages.hasPages ? new OdfSectionTracker(pages) : undefined;
  const outline = new OutlineTracker(styles.outline);
  const body = childElement(parts.content, NS.office, 'body');
  const text = body && childElement(body, NS.office, 'text');
  if (text) {
    const context = { styles, tableStyles, tally, part: parts.contentPart, changes: new OdfChangeRegions(), objects: parts.objects, charts: parts.charts, frames };
    const stories = OdfStories.create(text, (container, storyBuilder, inner) => new OdfBodyReader({ ...context, builder: storyBuilder, stories: inner }).readBlocks(container));
    new OdfBodyReader({ ...context, builder, stories, sections, outline }).readBlocks(text);
  }
  else ctx.diagnostics.warn('missing-body', 'The document has no office:body/office:text; it is read as empty.', parts.contentPart, `/${parts.content.qname}`);
  tally.flush();
  const lineNumbering = readOdfLineNumbering(officeStyles && childElement(officeStyles, NS.text, 'linenumbering-configuration'));
  const doc = withLineNumbering(withoutEmptySections(builder.finish(sections?.finish() ?? null)), lineNumbering);
  return textDocumentFromNode(withHeadingLooks(withTextBase(withNoteSettings(withStyleSheet(withOutline(doc, outline.outline()), styles.used.sheet(styles)), notes), styles.textBase), styles.headingLooks()), readOdfMeta(parts.meta), media.media());
}


/**
 * Reads an .odt (or .ott) package.
 * @throws FormatError for an unreadable or encrypted package, or a missing/malformed content.xml.
 */
export function readOdt(bytes: Uint8Array, ctx: ReadContext): TextDocument {
  const pkg = OdfPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged, ctx.inflated);
  return readParts(
    {
      content: pkg.xml('content.xml'),
      styles: optionalXml(pkg, 'styles.xml', ctx),
      meta: optionalXml(pkg, 'meta.xml', ctx),
      contentPart: 'content.xml',
      objects: new OdfObjectReader((part) => (pkg.has(part) ? pkg.text(part) : undefined)),
      charts: new OdfChartReader((path) => (pkg.has(path) ? pkg.zip.read(path) : undefined), () => pkg.zip.names()),
      readPart: (path) => (pkg.has(path) ? pkg.zip.read(path) : undefined),
      objectParts: { file: (path) => (pkg.has(path) ? pkg.zip.read(path) : undefined), names: () => pkg.zip.names(), type: (path) => pkg.manifestType(path) },
    },
    ctx,
  );
}

/**
 * Reads a flat .fodt document.
 * @throws FormatError when the XML is malformed or hostile.
 */
export function readFodt(bytes: Uint8Array, ctx: ReadContext): TextDocument {
  const root = parseXml(decodeText(bytes), { part: 'document', maxDepth: ctx.limits.maxXmlDepth });
  return readParts({ content: root, styles: root, meta: root, contentPart: 'document', objects: new OdfObjectReader(null), charts: new OdfChartReader(undefined) }, ctx);
}
