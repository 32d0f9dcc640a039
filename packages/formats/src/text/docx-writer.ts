/**
 * Writes a text document as a WordprocessingML package (ECMA-376 Part 1, 11.3.10 main document
 * part with its styles 11.3.12, numbering 11.3.11 and settings 11.3.3 parts; Part 2 core
 * properties; 15.2.12.3 extended properties, whose `Application` names Ostal so the reader
 * knows the baseline is its own, see CONTEXT.md). Own code rather than the `docx` library, to control every element for lossless
 * round trips later.
 */
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { REL, corePropertiesXml, writeOpcPackage } from '../ooxml/opc-writer.js';
import { serializeXml } from '../xml/xml-writer.js';
import { WmlDocumentWriter } from './wml-document-writer.js';
import { wmlNumberingXml, wmlSettingsXml, wmlStylesXml } from './wml-parts-writer.js';

const CT = {
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
} as const;
/** `Application` of the extended properties part of files Ostal writes. */
export const DOCX_APPLICATION = 'Ostal';
const REL_APP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';
const APP_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${DOCX_APPLICATION}</Application></Properties>`;
const REL_SETTINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings';
const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const REL_HEADER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const REL_FOOTER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';

/**
 * Writes `doc` as .docx bytes.
 * @throws RangeError when the document content does not fit the text schema.
 */
export function writeDocx(doc: TextDocument): Uint8Array {
  const writer = new WmlDocumentWriter(textDocumentToNode(doc));
  const documentXml = serializeXml(writer.document());
  const links = writer.hyperlinks.map((h) => ({ id: h.id, type: REL_HYPERLINK, target: h.target, external: true }));
  const stories = writer.sections.parts.map((p) => ({ name: `word/${p.name}`, contentType: CT[p.kind], data: serializeXml(p.xml), rels: links }));
  return writeOpcPackage(
    [
      {
        name: 'word/document.xml',
        contentType: CT.main,
        data: documentXml,
        rels: [
          { id: 'rId1', type: REL.styles, target: 'styles.xml' },
          { id: 'rId2', type: REL.numbering, target: 'numbering.xml' },
          { id: 'rId3', type: REL_SETTINGS, target: 'settings.xml' },
          ...links,
          ...writer.sections.parts.map((p) => ({ id: p.id, type: p.kind === 'header' ? REL_HEADER : REL_FOOTER, target: p.name })),
        ],
      },
      ...stories,
      { name: 'word/styles.xml', contentType: CT.styles, data: wmlStylesXml(doc.meta.language, writer.paragraphStyles) },
      { name: 'word/numbering.xml', contentType: CT.numbering, data: wmlNumberingXml(writer.lists) },
      { name: 'word/settings.xml', contentType: CT.settings, data: wmlSettingsXml(writer.sections.evenAndOddHeaders) },
      { name: 'docProps/core.xml', contentType: CT.core, data: corePropertiesXml(doc.meta) },
      { name: 'docProps/app.xml', contentType: CT.app, data: APP_XML },
    ],
    [
      { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
      { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
      { id: 'rId3', type: REL_APP, target: 'docProps/app.xml' },
    ],
  );
}
