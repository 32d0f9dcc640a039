/**
 * ODF presentation writing (ODF 1.3 Part 3, 3.8 office:presentation, 10.2.4 draw:page, 10.4.2
 * draw:frame with presentation:class, 16.3 presentation:notes), as a package (.odp, Part 2) or
 * a flat file (.fodp, Part 3, 2.2.1 office:document). Both share one body; the flat file merges
 * the automatic styles of styles.xml and content.xml, whose names do not collide.
 */
import type { Deck, OstalDocument, Slide } from '@ostal/model';
import { FormatError } from '../errors.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { ODF_MIME } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfMetaElement } from '../odf/odf-meta.js';
import { odfParagraphContent } from './odf-text.js';
import {
  MASTER_NAME,
  NOTES_PAGE,
  NOTES_STYLE,
  ODP_NAMESPACES,
  OUTLINE_STYLE,
  TITLE_STYLE,
  commonStyles,
  fontFaceDecls,
  masterAutomaticStyles,
  masterStyles,
  pageFrames,
  rectAttrs,
} from './odp-styles.js';
import type { MmRect } from './odp-styles.js';

const VERSION = { 'office:version': '1.3' } as const;

function paragraph(text: string): XmlOut {
  return x('text:p', {}, odfParagraphContent(text));
}

/** A placeholder frame; empty text makes it a placeholder the application prompts in. */
function frame(cls: string, style: string, rect: MmRect, blocks: readonly XmlOut[]): XmlOut {
  return x(
    'draw:frame',
    { 'presentation:style-name': style, ...rectAttrs(rect), 'presentation:class': cls, 'presentation:placeholder': blocks.length === 0 ? 'true' : undefined },
    x('draw:text-box', {}, blocks),
  );
}

function outlineBlocks(body: readonly string[]): XmlOut[] {
  if (body.length === 0) return [];
  return [x('text:list', {}, body.map((p) => x('text:list-item', {}, paragraph(p))))];
}

function page(slide: Slide, index: number, size: Deck['size']): XmlOut {
  const frames = pageFrames(size);
  return x(
    'draw:page',
    { 'draw:name': `page${String(index + 1)}`, 'draw:master-page-name': MASTER_NAME },
    frame('title', TITLE_STYLE, frames.title, slide.title === '' ? [] : [paragraph(slide.title)]),
    frame('outline', OUTLINE_STYLE, frames.outline, outlineBlocks(slide.body)),
    x(
      'presentation:notes',
      {},
      x('draw:page-thumbnail', { ...rectAttrs(NOTES_PAGE.thumbnail), 'draw:page-number': index + 1, 'presentation:class': 'page' }),
      frame('notes', NOTES_STYLE, NOTES_PAGE.text, slide.notes === '' ? [] : slide.notes.split('\n').map(paragraph)),
    ),
  );
}

function body(deck: Deck): XmlOut {
  return x('office:body', {}, x('office:presentation', {}, deck.slides.map((s, i) => page(s, i, deck.size))));
}

function asDeck(document: OstalDocument, format: string): Deck {
  if (document.kind !== 'deck') throw new FormatError('wrong-kind', `A ${document.kind} document cannot be saved as ${format}.`);
  return document;
}

/**
 * Writes a Deck as an .odp package (content.xml, styles.xml, meta.xml, manifest).
 * @throws FormatError `wrong-kind` when given another kind of document.
 */
export function writeOdp(document: OstalDocument): Uint8Array {
  const deck = asDeck(document, 'odp');
  const content = x('office:document-content', { ...ODP_NAMESPACES, ...VERSION }, fontFaceDecls(), body(deck));
  const styles = x(
    'office:document-styles',
    { ...ODP_NAMESPACES, ...VERSION },
    fontFaceDecls(),
    commonStyles(),
    x('office:automatic-styles', {}, masterAutomaticStyles(deck.size)),
    masterStyles(deck.size),
  );
  const meta = x('office:document-meta', { ...ODP_NAMESPACES, ...VERSION }, odfMetaElement(deck.meta));
  return writeOdfPackage(ODF_MIME.odp, [
    { name: 'content.xml', data: serializeXml(content) },
    { name: 'styles.xml', data: serializeXml(styles) },
    { name: 'meta.xml', data: serializeXml(meta) },
  ]);
}

/**
 * Writes a Deck as a flat .fodp file.
 * @throws FormatError `wrong-kind` when given another kind of document.
 */
export function writeFodp(document: OstalDocument): Uint8Array {
  const deck = asDeck(document, 'fodp');
  const root = x(
    'office:document',
    { ...ODP_NAMESPACES, ...VERSION, 'office:mimetype': ODF_MIME.odp },
    odfMetaElement(deck.meta),
    fontFaceDecls(),
    commonStyles(),
    x('office:automatic-styles', {}, masterAutomaticStyles(deck.size)),
    masterStyles(deck.size),
    body(deck),
  );
  return new TextEncoder().encode(serializeXml(root));
}
