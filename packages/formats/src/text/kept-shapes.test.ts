import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { miniDocx } from '../../../../test/support/text-docs.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const NSS =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** A blue rectangle floating in the page, as Word writes one (no text). */
const rect = (fill: string): string =>
  `<w:drawing ${NSS}><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
  '<wp:extent cx="1828800" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="7" name="Rectangle 7"/><wp:cNvGraphicFramePr/>' +
  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/></a:xfrm>' +
  `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}<a:ln w="12700"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
const body = (drawing: string): string => `<w:p><w:r><w:t>Avant</w:t></w:r><w:r>${drawing}</w:r><w:r><w:t>après</w:t></w:r></w:p>`;

const opaqueKinds = (doc: TextDocument): string[] => {
  const kinds: string[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'opaque') kinds.push(String(n.attrs.kind));
    return true;
  });
  return kinds;
};

describe('shapes without text in DOCX', () => {
  it('are kept where they stand and written back to DOCX, where LibreOffice draws them', async () => {
    const result = await read(miniDocx(body(rect('<a:solidFill><a:srgbClr val="4472C4"/></a:solidFill>'))));
    const doc = result.document as TextDocument;
    expect(opaqueKinds(doc)).toEqual(['shape']);
    expect(result.diagnostics.map((d) => d.code)).toContain('shape-kept-same-format');
    const docx = await write(doc, 'docx');
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toContain('<a:prstGeom prst="rect">');
    expect(xml).toContain('<a:srgbClr val="4472C4"/>');
    expect(opaqueKinds((await read(docx)).document as TextDocument)).toEqual(['shape']);
    const fodt = libreofficeConvert(docx, 'forme.docx', 'fodt');
    expect(fodt).toMatch(/<draw:custom-shape[^>]*draw:name="Rectangle 7"[\s\S]*draw:type="ooxml-rect"/);
    expect(fodt).toContain('Avant');
  }, 120_000);

  it('are dropped as before when they reference another part (a picture fill)', async () => {
    const result = await read(miniDocx(body(rect('<a:blipFill><a:blip r:embed="rId9"/></a:blipFill>'))));
    expect(opaqueKinds(result.document as TextDocument)).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain('image-dropped');
  });

  it('leave nothing in their place in ODF, which stays valid', async () => {
    const doc = (await read(miniDocx(body(rect(''))))).document as TextDocument;
    const odt = await write(doc, 'odt');
    const back = (await read(odt)).document as TextDocument;
    expect(opaqueKinds(back)).toEqual([]);
    expect(textDocumentToNode(back).textContent).toBe('Avantaprès');
  });
});
