/** Shapes whose fill and line are theme colours (`a:schemeClr`) take the document theme's colours. */
import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { REL, writeOpcPackage } from '../ooxml/opc-writer.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const THEME = `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Corrèze"><a:themeElements><a:clrScheme name="Corrèze">
<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F2A44"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>
<a:accent1><a:srgbClr val="1F6E43"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>
<a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>
</a:clrScheme><a:fontScheme name="x"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
<a:fmtScheme name="x"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

/** An inline `wps:wsp` rectangle with this fill and line (colour elements). */
function shapeRun(id: number, fill: string, line: string): string {
  return (
    `<w:r><w:drawing><wp:inline><wp:extent cx="720000" cy="360000"/><wp:docPr id="${String(id)}" name="Forme ${String(id)}"/>` +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/>' +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>${fill}</a:solidFill><a:ln w="12700"><a:solidFill>${line}</a:solidFill></a:ln></wps:spPr>` +
    '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

function themedDocx(): Uint8Array {
  const ns = `xmlns:w="${W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`;
  const body =
    `<w:p><w:r><w:t xml:space="preserve">Formes : </w:t></w:r>${shapeRun(1, '<a:schemeClr val="accent1"/>', '<a:schemeClr val="accent2"><a:lumMod val="50000"/></a:schemeClr>')}` +
    `${shapeRun(2, '<a:schemeClr val="accent1"><a:lumMod val="20000"/><a:lumOff val="80000"/></a:schemeClr>', '<a:schemeClr val="tx1"/>')}` +
    `${shapeRun(3, '<a:schemeClr val="accent2"><a:tint val="60000"/></a:schemeClr>', '<a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr>')}</w:r></w:p>`.replace('</w:r></w:r></w:p>', '</w:r></w:p>');
  return writeOpcPackage(
    [
      {
        name: 'word/document.xml',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`,
        rels: [{ id: 'rId1', type: REL.theme, target: 'theme/theme1.xml' }],
      },
      { name: 'word/theme/theme1.xml', contentType: 'application/vnd.openxmlformats-officedocument.theme+xml', data: THEME },
    ],
    [{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }],
  );
}

function shapes(doc: TextDocument): PMNode[] {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'shape') out.push(n);
  });
  return out;
}

const colours = (doc: TextDocument): string[][] => shapes(doc).map((n) => [String(n.attrs.fill), String(n.attrs.line)]);

/**
 * accent1 1F6E43 as is; accent2 C0504D at half its lightness; accent1 at 20 % lightness + 80 %;
 * the theme's text colour; accent2 tinted 60 % (60 % colour, 40 % white); accent1 shaded 50 % (half toward
 * black), tints and shades mixed in linear light.
 */
const EXPECTED = [
  ['#1f6e43', '#632523'],
  ['#c5efd8', '#000000'],
  ['#dcb3b2', '#144f2f'],
];

describe('shapes in theme colours (a:schemeClr)', () => {
  it('read in the colours of the document theme, with lumMod / lumOff / tint / shade', async () => {
    const doc = (await read(themedDocx())).document as TextDocument;
    expect(colours(doc)).toEqual(EXPECTED);
  });

  it('keep their scheme colour references DOCX → DOCX, and are written to ODT as the resolved colours', async () => {
    const doc = (await read(themedDocx())).document as TextDocument;
    const docx = await write(doc, 'docx');
    const xml = ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/document.xml');
    expect(xml).toContain('<a:schemeClr val="accent2"><a:lumMod val="50000"/></a:schemeClr>');
    expect(xml).toContain('<a:schemeClr val="accent1"><a:lumMod val="20000"/><a:lumOff val="80000"/></a:schemeClr>');
    expect(xml).not.toMatch(/<a:srgbClr val="(1F6E43|632523)"/i);
    // With the theme they refer to, so that they show the same colours.
    expect(ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/theme/theme1.xml')).toMatch(/<a:accent1><a:srgbClr val="1F6E43"\/>/);
    expect(colours((await read(docx)).document as TextDocument)).toEqual(EXPECTED);
    const odt = await write(doc, 'odt');
    const styles = ZipArchive.open(odt, DEFAULT_LIMITS).readText('content.xml');
    for (const [fill, line] of EXPECTED) {
      expect(styles).toContain(`draw:fill-color="${fill!}"`);
      expect(styles).toContain(`svg:stroke-color="${line!}"`);
    }
    expect(colours((await read(odt)).document as TextDocument)).toEqual(EXPECTED);
  });

  it('resolve to the colours LibreOffice gives them (within 3 of 255 a channel: it rounds shades its own way)', () => {
    const odt = libreofficeConvertBytes(themedDocx(), 'formes.docx', 'odt');
    const content = ZipArchive.open(new Uint8Array(odt), DEFAULT_LIMITS).readText('content.xml');
    const theirs = [...content.matchAll(/(?:fill-color|stroke-color)="#([0-9a-fA-F]{6})"/g)].map((m) => m[1]!);
    const channels = (hex: string): number[] => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const near = (a: string, b: string): boolean => channels(a).every((c, i) => Math.abs(c - channels(b)[i]!) <= 3);
    for (const colour of EXPECTED.flat()) expect(theirs.some((t) => near(t, colour.slice(1))), colour).toBe(true);
  });
});
