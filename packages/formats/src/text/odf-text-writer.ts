/**
 * Writes ODF text documents (ODF 1.3 Part 3, 3.1 document roots `office:document-content`,
 * `office:document-styles`, `office:document-meta` and, for flat files, `office:document`;
 * Part 2, 3 packages), all declaring `office:version="1.3"`. Body and styles come from
 * `odf-body-writer.ts` and `odf-styles-writer.ts`, so packaged and flat files are identical in
 * content.
 */
import { documentHeadingLooks } from './heading-looks.js';
import { namedCharStyleProps, namedStyleProps } from './named-style-props.js';
import { parentStyles } from './style-sheet.js';
import { styleDef, textBaseOf, textDocumentToNode } from '@ostal/model';
import type { TextDocument, TextStyleDef } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfOutlineStyle } from './outline-numbering.js';
import { documentLineNumbering, odfLineNumberingXml } from './section-columns.js';
import { odfPt } from './odf-section-writer.js';
import { OdfBodyWriter } from './odf-body-writer.js';
import { OdfFrameWriter } from './odf-frame-writer.js';
import { odfShapeDefinitions } from './odf-shape-writer.js';
import { odfMetaElement } from '../odf/odf-meta.js';
import { odfAutomaticStyles, odfCommonStyles, odfFontFaceDecls } from './odf-styles-writer.js';
import { odfNotesConfigurations } from './note-settings.js';
import type { NoteSettings } from '@ostal/model';

const VERSION = '1.3';

const XMLNS = {
  'xmlns:office': NS.office,
  'xmlns:style': NS.style,
  'xmlns:text': NS.text,
  'xmlns:table': NS.table,
  'xmlns:number': NS.number,
  'xmlns:xlink': NS.xlink,
  'xmlns:fo': NS.fo,
  'xmlns:svg': NS.svg,
  'xmlns:draw': NS.draw,
  'xmlns:dc': NS.dc,
  'xmlns:meta': NS.meta,
} as const;

/**
 * `office:styles`: the named paragraph styles paragraphs use and those the style sheet names
 * (with their parent and next style), and the text styles of the character styles.
 */
function commonStyles(node: PMNode, body: OdfBodyWriter, language: string | undefined): XmlOut {
  const sheet = (node.attrs.styles as readonly TextStyleDef[] | null) ?? [];
  const styleProps = namedStyleProps(node);
  const charProps = namedCharStyleProps(node);
  // Styles the sheet names are written even when nothing uses them, so references resolve.
  for (const d of sheet) {
    if (d.family === 'paragraph') for (const name of [d.name, d.basedOn, d.next]) body.namedStyle(name);
    else for (const name of [d.name, d.basedOn]) if (name !== null) body.namedTextStyle(name);
  }
  for (const name of charProps.keys()) body.namedTextStyle(name);
  // A parent's properties would reach the text of the styles based on it: parents are written without.
  const parents = parentStyles(sheet, 'paragraph');
  const charParents = parentStyles(sheet, 'character');
  const paragraphs = [...body.namedStyles.values()].map((s) => {
    const def = styleDef(sheet, 'paragraph', s.displayName);
    const sheetAttrs = def ? { parent: body.namedStyle(def.basedOn), next: body.namedStyle(def.next) } : {};
    return { ...s, props: parents.has(s.displayName) ? undefined : styleProps.get(s.displayName), ...sheetAttrs };
  });
  const characters = [...body.namedTextStyles.values()].map((s) => {
    const basedOn = styleDef(sheet, 'character', s.displayName)?.basedOn ?? null;
    return { ...s, parent: basedOn === null ? undefined : body.namedTextStyle(basedOn), run: charParents.has(s.displayName) ? undefined : charProps.get(s.displayName) };
  });
  const common = odfCommonStyles(language, paragraphs, odfOutlineStyle(node), characters, odfLineNumberingXml(documentLineNumbering(node), odfPt), body.tableStyles.templates.styles(), odfNotesConfigurations(node.attrs.notes as NoteSettings | null), textBaseOf(node.attrs), documentHeadingLooks(node));
  // Markers and dashes of drawing shapes are common styles (ODF 1.3 Part 3, 16.40/16.41).
  return { ...common, children: [...common.children, ...odfShapeDefinitions(node)] };
}

/** Declares the base and heading fonts (written in the default and heading styles) beside those the text uses. */
function addBaseFonts(body: OdfBodyWriter, node: PMNode): void {
  const base = textBaseOf(node.attrs);
  if (base.font) body.fonts.add(base.font);
  if (base.fontEastAsia) body.fonts.add(base.fontEastAsia);
  for (const look of documentHeadingLooks(node)) if (look.font) body.fonts.add(look.font);
}

/**
 * Writes `doc` as .odt bytes (content.xml, styles.xml, meta.xml and the manifest).
 * @throws RangeError when the document content does not fit the text schema.
 */
export function writeOdt(doc: TextDocument): Uint8Array {
  const node = textDocumentToNode(doc);
  const frames = new OdfFrameWriter(node, doc.media, false);
  const body = new OdfBodyWriter(node, frames);
  addBaseFonts(body, node);
  // Headers and footers first: the styles they use join the body's.
  const masters = body.sections.masterStyles((story) => body.story(story));
  const content = x(
    'office:document-content',
    { ...XMLNS, ...Object.fromEntries(body.changes.usedNamespaces), 'office:version': VERSION },
    odfFontFaceDecls(body.fonts),
    x('office:automatic-styles', {}, odfAutomaticStyles(body)),
    x('office:body', {}, x('office:text', {}, body.changes.trackedChanges(), body.blocks)),
  );
  // styles.xml repeats the automatic styles, for the headers and footers of its master pages.
  const styles = x(
    'office:document-styles',
    { ...XMLNS, 'office:version': VERSION },
    odfFontFaceDecls(body.fonts),
    commonStyles(node, body, doc.meta.language),
    masters ? x('office:automatic-styles', {}, body.sections.pageLayouts(), odfAutomaticStyles(body)) : null,
    masters,
  );
  const meta = x('office:document-meta', { ...XMLNS, 'office:version': VERSION }, odfMetaElement(doc.meta));
  return writeOdfPackage(ODF_MIME.odt, [
    { name: 'content.xml', data: serializeXml(content) },
    { name: 'styles.xml', data: serializeXml(styles) },
    { name: 'meta.xml', data: serializeXml(meta) },
    ...body.changes.objects.parts(),
    ...frames.parts.map((part) => ({ name: part.name, data: part.bytes, mediaType: part.mime })),
  ], body.changes.objects.folders());
}

/**
 * Writes `doc` as a flat .fodt document.
 * @throws RangeError when the document content does not fit the text schema.
 */
export function writeFodt(doc: TextDocument): Uint8Array {
  const node = textDocumentToNode(doc);
  const body = new OdfBodyWriter(node, new OdfFrameWriter(node, doc.media, true));
  addBaseFonts(body, node);
  body.changes.objects.inline();
  const masters = body.sections.masterStyles((story) => body.story(story));
  const root = x(
    'office:document',
    { ...XMLNS, ...Object.fromEntries(body.changes.usedNamespaces), 'office:version': VERSION, 'office:mimetype': ODF_MIME.odt },
    odfMetaElement(doc.meta),
    odfFontFaceDecls(body.fonts),
    commonStyles(node, body, doc.meta.language),
    x('office:automatic-styles', {}, body.sections.pageLayouts(), odfAutomaticStyles(body)),
    masters,
    x('office:body', {}, x('office:text', {}, body.changes.trackedChanges(), body.blocks)),
  );
  return new TextEncoder().encode(serializeXml(root));
}
