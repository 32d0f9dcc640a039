import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { REL, writeOpcPackage } from '../ooxml/opc-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { readDocx } from './docx-reader.js';
import { readFodt } from './odf-text-reader.js';

function blocks(doc: TextDocument): PMNodeJSON[] {
  textDocumentToNode(doc);
  return [...(doc.content.content ?? [])];
}
const ctx = () => ({ limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() });

function docx(body: string, styles: string, theme?: string): TextDocument {
  const w = (name: string, inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:${name} xmlns:w="${NS.w}">${inner}</w:${name}>`;
  const bytes = writeOpcPackage(
    [
      {
        name: 'word/document.xml',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        data: w('document', `<w:body>${body}</w:body>`),
        rels: [{ id: 'rId1', type: REL.styles, target: 'styles.xml' }, ...(theme ? [{ id: 'rId2', type: REL.theme, target: 'theme/theme1.xml' }] : [])],
      },
      { name: 'word/styles.xml', contentType: 'application/xml', data: w('styles', styles) },
      ...(theme ? [{ name: 'word/theme/theme1.xml', contentType: 'application/xml', data: theme }] : []),
    ],
    [{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }],
  );
  return readDocx(bytes, ctx());
}

describe('DOCX style inheritance', () => {
  const styles = `
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
      <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:color w:val="333333"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base Style"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:spacing w:before="100"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi"/><w:color w:val="0000FF"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child Style"/><w:basedOn w:val="Base"/><w:pPr><w:jc w:val="both"/><w:ind w:left="360" w:hanging="180"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
    <w:style w:type="character" w:styleId="Red"><w:name w:val="Red"/><w:rPr><w:color w:val="FF0000"/><w:strike/></w:rPr></w:style>
    <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>`;
  const theme = `<a:theme xmlns:a="${NS.a}"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

  it('resolves docDefaults → basedOn chain → character style → direct, storing what is not the baseline', () => {
    const body = `<w:p><w:pPr><w:pStyle w:val="Child"/><w:spacing w:after="0"/></w:pPr>
      <w:r><w:t>a</w:t></w:r>
      <w:r><w:rPr><w:rStyle w:val="Red"/></w:rPr><w:t>b</w:t></w:r>
      <w:r><w:rPr><w:rStyle w:val="Red"/><w:color w:val="auto"/><w:vertAlign w:val="superscript"/><w:highlight w:val="yellow"/></w:rPr><w:t>c</w:t></w:r></w:p>
      <w:p><w:r><w:t>plain</w:t></w:r></w:p>
      <w:p><w:pPr><w:bidi/><w:jc w:val="start"/></w:pPr><w:r><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/><w:sz w:val="19"/><w:shd w:val="clear" w:fill="FDE9D9"/></w:rPr><w:t>rtl</w:t></w:r></w:p>`;
    const [first, plain, rtl] = blocks(docx(body, styles, theme));
    expect(first!.attrs).toEqual({ align: 'justify', indentLeft: 360, indentFirstLine: -180, spaceBefore: 100, spaceAfter: 0, styleName: 'Child Style' });
    const base = [{ type: 'font', attrs: { family: 'Calibri Light' } }, { type: 'font_size', attrs: { size: 14 } }];
    const red = { type: 'char_style', attrs: { name: 'Red' } };
    expect(first!.content).toEqual([
      { type: 'text', marks: [...base, { type: 'color', attrs: { color: '#0000ff' } }], text: 'a' },
      // The character style is kept by name beside what it gives.
      { type: 'text', marks: [{ type: 'strike' }, ...base, { type: 'color', attrs: { color: '#ff0000' } }, red], text: 'b' },
      { type: 'text', marks: [{ type: 'strike' }, { type: 'superscript' }, ...base, { type: 'highlight', attrs: { color: '#ffff00' } }, red], text: 'c' },
    ]);
    // Normal (the default style) and the document defaults are the baseline: nothing stored.
    expect(plain).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'plain' }] });
    expect(rtl).toEqual({
      type: 'paragraph',
      // w:bidi makes the paragraph right-to-left: its left alignment shows on the right.
      attrs: { align: 'right', direction: 'rtl' },
      // Calibri is the baseline font (the minor theme font of the defaults): not stored.
      content: [{ type: 'text', marks: [{ type: 'font_size', attrs: { size: 9.5 } }, { type: 'highlight', attrs: { color: '#fde9d9' } }], text: 'rtl' }],
    });
  });

  it('keeps values equal to the baseline in files Ostal wrote (its baseline is its own)', () => {
    const app = `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Ostal</Application></Properties>`;
    const w = (name: string, inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:${name} xmlns:w="${NS.w}">${inner}</w:${name}>`;
    const bytes = writeOpcPackage(
      [
        { name: 'word/document.xml', contentType: 'application/xml', data: w('document', '<w:body><w:p><w:pPr><w:spacing w:after="160"/></w:pPr><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t>x</w:t></w:r></w:p></w:body>'), rels: [{ id: 'rId1', type: REL.styles, target: 'styles.xml' }] },
        { name: 'word/styles.xml', contentType: 'application/xml', data: w('styles', styles) },
        { name: 'docProps/app.xml', contentType: 'application/xml', data: app },
      ],
      [
        { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
        { id: 'rId2', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', target: 'docProps/app.xml' },
      ],
    );
    const [p] = blocks(readDocx(bytes, ctx()));
    expect(p).toEqual({ type: 'paragraph', attrs: { spaceAfter: 160 }, content: [{ type: 'text', marks: [{ type: 'font_size', attrs: { size: 11 } }], text: 'x' }] });
  });

  it('reads line spacing multiples and keep-with-next; a link keeps no colour from the Hyperlink style', () => {
    const body = `<w:p><w:pPr><w:keepNext/><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:hyperlink w:anchor="x"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>lien</w:t></w:r></w:hyperlink></w:p>
      <w:p><w:pPr><w:spacing w:line="300" w:lineRule="exact"/></w:pPr><w:r><w:t>exact</w:t></w:r></w:p>`;
    const [a, b] = blocks(docx(body, styles));
    expect(a!.attrs).toEqual({ lineHeight: 1.5, keepWithNext: true });
    expect(a!.content![0]!.marks?.map((x) => x.type)).toEqual(['link', 'underline']);
    expect(b!.attrs).toBeUndefined();
  });
});

describe('ODF style inheritance', () => {
  const fodt = (fonts: string, common: string, automatic: string, body: string): TextDocument => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="${NS.office}" xmlns:style="${NS.style}" xmlns:text="${NS.text}" xmlns:fo="${NS.fo}" xmlns:svg="${NS.svg}" office:version="1.3" office:mimetype="${ODF_MIME.odt}">
      <office:font-face-decls>${fonts}</office:font-face-decls><office:styles>${common}</office:styles><office:automatic-styles>${automatic}</office:automatic-styles>
      <office:body><office:text>${body}</office:text></office:body></office:document>`;
    return readFodt(new TextEncoder().encode(xml), ctx());
  };

  it('resolves default style → Standard → named parents → automatic style, and span styles', () => {
    const fonts = `<style:font-face style:name="Lib Serif" svg:font-family="'Liberation Serif'"/>`;
    const common = `<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="10pt" style:font-name="Lib Serif"/></style:default-style>
      <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:color="#333333"/></style:style>
      <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:line-height="115%"/><style:text-properties fo:font-size="150%"/></style:style>
      <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="justify" fo:text-indent="-0.5cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Lib Serif" fo:background-color="#ffff00"/></style:style>
      <style:style style:name="Heading_20_1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="12pt"/></style:style>`;
    const automatic = `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quote"><style:paragraph-properties fo:margin-top="6pt" fo:text-align="end"/></style:style>
      <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:keep-with-next="always"/></style:style>
      <style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid" style:text-position="sub 58%" fo:color="#FF0000"/></style:style>
      <style:style style:name="T2" style:family="text"><style:text-properties fo:font-size="200%" fo:background-color="transparent"/></style:style>`;
    const body = `<text:p text:style-name="P1">a<text:span text:style-name="T1">b</text:span><text:span text:style-name="T2">c</text:span></text:p>
      <text:p text:style-name="Standard">plain</text:p><text:h text:style-name="P2" text:outline-level="1">Titre</text:h>`;
    const [quote, plain, heading] = blocks(fodt(fonts, common, automatic, body));
    expect(quote!.attrs).toEqual({ align: 'right', indentLeft: 567, indentFirstLine: -283, spaceBefore: 120, lineHeight: 1.15, styleName: 'Quote', keepWithNext: true });
    // Liberation Serif is the default style's font (the baseline): not stored.
    const base = [{ type: 'font_size', attrs: { size: 15 } }];
    expect(quote!.content).toEqual([
      { type: 'text', marks: [...base, { type: 'highlight', attrs: { color: '#ffff00' } }], text: 'a' },
      { type: 'text', marks: [{ type: 'strike' }, { type: 'subscript' }, ...base, { type: 'color', attrs: { color: '#ff0000' } }, { type: 'highlight', attrs: { color: '#ffff00' } }], text: 'b' },
      // 200 % of the paragraph's 15 pt; the transparent background clears the highlight.
      { type: 'text', marks: [{ type: 'font_size', attrs: { size: 30 } }], text: 'c' },
    ]);
    expect(plain).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'plain' }] });
    // Headings keep what their automatic style says, not what the heading style says.
    expect(heading!.attrs).toEqual({ level: 1, keepWithNext: true });
  });
});
