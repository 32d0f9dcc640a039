import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { Diagnostic, PMNodeJSON, TextDocument } from '@ostal/model';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { REL, writeOpcPackage } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { readDocx } from './docx-reader.js';

const W = NS.w;
const MC = NS.mc;

interface Parts {
  styles?: string;
  numbering?: string;
  ns?: string;
}

/** A minimal package around a body; `styles`/`numbering` are the inner XML of their roots. */
function docx(body: string, parts: Parts = {}): Uint8Array {
  const w = parts.ns ?? W;
  const root = (name: string, inner: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><w:${name} xmlns:w="${w}" xmlns:mc="${MC}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">${inner}</w:${name}>`;
  return writeOpcPackage(
    [
      {
        name: 'word/document.xml',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        data: root('document', `<w:body>${body}</w:body>`),
        rels: [
          { id: 'rId1', type: REL.styles, target: 'styles.xml' },
          { id: 'rId2', type: REL.numbering, target: 'numbering.xml' },
        ],
      },
      { name: 'word/styles.xml', contentType: 'application/xml', data: root('styles', parts.styles ?? '') },
      { name: 'word/numbering.xml', contentType: 'application/xml', data: root('numbering', parts.numbering ?? '') },
    ],
    [{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }],
  );
}

function readBody(body: string, parts?: Parts): { doc: TextDocument; json: PMNodeJSON[]; diagnostics: Diagnostic[] } {
  const diagnostics = new DiagnosticSink();
  const doc = readDocx(docx(body, parts), { limits: DEFAULT_LIMITS, diagnostics });
  textDocumentToNode(doc);
  return { doc, json: [...(doc.content.content ?? [])], diagnostics: diagnostics.result() };
}

const p = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const text = (t: string, ...marks: string[]): PMNodeJSON => (marks.length ? { type: 'text', marks: marks.map((type) => ({ type })), text: t } : { type: 'text', text: t });
const para = (...content: PMNodeJSON[]): PMNodeJSON => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });

const NUMBERING = `
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`;
const numPr = (numId: number, ilvl = 0): string => `<w:numPr><w:ilvl w:val="${String(ilvl)}"/><w:numId w:val="${String(numId)}"/></w:numPr>`;

describe('readDocx', () => {
  it('reads direct run properties, including explicit off values', () => {
    const { json } = readBody(p(r('a', '<w:b/>') + r('b', '<w:b w:val="0"/><w:i w:val="true"/>') + r('c', '<w:u w:val="double"/>') + r('d', '<w:u w:val="none"/><w:i w:val="false"/>')));
    expect(json).toEqual([para(text('a', 'bold'), text('b', 'italic'), text('c', 'underline'), text('d'))]);
  });

  it('keeps what styles are based on and followed by, and reads tangled style sheets without failing', () => {
    const styles = `
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Corps"><w:name w:val="Corps"/><w:basedOn w:val="Normal"/><w:next w:val="Suite"/></w:style>
      <w:style w:type="paragraph" w:styleId="Suite"><w:name w:val="Suite"/><w:basedOn w:val="Corps"/></w:style>
      <w:style w:type="paragraph" w:styleId="A"><w:name w:val="Boucle"/><w:basedOn w:val="B"/><w:next w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="B"><w:name w:val="Boucle"/><w:basedOn w:val="A"/></w:style>
      <w:style w:type="paragraph" w:styleId="Self"><w:name w:val="Soi"/><w:basedOn w:val="Self"/></w:style>
      <w:style w:type="paragraph" w:styleId="Blank"><w:name w:val=" "/><w:basedOn w:val="Corps"/></w:style>
      <w:style w:type="character" w:styleId="Fort"><w:name w:val="Fort"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="TresFort"><w:name w:val="Très fort"/><w:basedOn w:val="Fort"/></w:style>`;
    const { doc } = readBody(p(r('a'), '<w:pStyle w:val="Suite"/>') + p(r('b'), '<w:pStyle w:val="A"/>') + p(r('c', '<w:rStyle w:val="TresFort"/>')), { styles });
    expect(doc.content.attrs?.styles).toEqual([
      { name: 'Très fort', family: 'character', basedOn: 'Fort', next: null },
      // A blank name reads as the style's id.
      { name: 'Blank', family: 'paragraph', basedOn: 'Corps', next: 'Blank' },
      // Two styles of one name based on each other: the first is kept, based on nothing.
      { name: 'Boucle', family: 'paragraph', basedOn: null, next: null },
      { name: 'Corps', family: 'paragraph', basedOn: null, next: 'Suite' },
      { name: 'Suite', family: 'paragraph', basedOn: 'Corps', next: 'Suite' },
    ]);
  });

  it('inherits marks from paragraph and character styles, and lets the run switch them off', () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="LoudQuote"><w:name w:val="Loud"/><w:basedOn w:val="Quote"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`;
    const { json } = readBody(p(r('x') + r('y', '<w:i w:val="0"/>'), '<w:pStyle w:val="LoudQuote"/>') + p(r('z', '<w:rStyle w:val="Strong"/>')), { styles });
    // The run's character style is kept by name beside its formatting.
    expect(json).toEqual([{ ...para(text('x', 'bold', 'italic'), text('y', 'bold')), attrs: { styleName: 'Loud' } }, para({ type: 'text', marks: [{ type: 'bold' }, { type: 'char_style', attrs: { name: 'Strong' } }], text: 'z' })]);
  });

  it('finds headings by outline level, built-in name, localized id or direct outline level', () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="Mon titre"/></w:style>
      <w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/><w:basedOn w:val="Custom"/></w:style>`;
    const { json } = readBody(
      p(r('A'), '<w:pStyle w:val="Heading1"/>') + p(r('B'), '<w:pStyle w:val="Titre2"/>') + p(r('C'), '<w:pStyle w:val="Derived"/>') + p(r('D'), '<w:outlineLvl w:val="3"/>') + p(r('E'), '<w:outlineLvl w:val="9"/>'),
      { styles },
    );
    expect(json.map((b) => [b.type, b.attrs?.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['heading', 3],
      ['heading', 4],
      ['paragraph', undefined],
    ]);
    // The heading style's bold belongs to the heading, not to its text.
    expect(json[0]!.content).toEqual([text('A')]);
  });

  it('builds bullet and ordered lists from numbering, nested by level, with start overrides', () => {
    const { json } = readBody(p(r('one'), numPr(1)) + p(r('one.a'), numPr(1, 1)) + p(r('two'), numPr(1)) + p(r('four'), numPr(2)) + p(r('five'), numPr(2)) + p(r('after')), {
      numbering: NUMBERING,
    });
    const item = (...blocks: PMNodeJSON[]): PMNodeJSON => ({ type: 'list_item', content: blocks });
    expect(json).toEqual([
      { type: 'bullet_list', content: [item(para(text('one')), { type: 'ordered_list', attrs: { order: 1, format: 'lower-letter' }, content: [item(para(text('one.a')))] }), item(para(text('two')))] },
      { type: 'ordered_list', attrs: { order: 4 }, content: [item(para(text('four'))), item(para(text('five')))] },
      para(text('after')),
    ]);
  });

  it('turns a numbered heading into a heading, and numId 0 into a plain paragraph', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const { json } = readBody(p(r('H'), '<w:pStyle w:val="Heading1"/>') + p(r('x'), numPr(0)), { styles, numbering: NUMBERING });
    expect(json.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });

  it('reads tabs, breaks, symbols and special hyphens; splits paragraphs at page and column breaks', () => {
    const { json, diagnostics } = readBody(
      p('<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type="page"/><w:t>d</w:t><w:br w:type="column"/><w:sym w:font="Symbol" w:char="03A9"/><w:noBreakHyphen/><w:cr/></w:r>'),
    );
    expect(json).toEqual([para(text('a\tb'), { type: 'hard_break' }, text('c')), { type: 'page_break' }, para(text('d')), { type: 'column_break' }, para(text('Ω\u2011'), { type: 'hard_break' })]);
    expect(diagnostics.map((d) => d.code)).not.toContain('page-break-dropped');
  });

  it('reads through hyperlinks, smart tags, custom XML and content controls', () => {
    const body = p(
      `<w:hyperlink><w:r><w:t>link </w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>tag </w:t></w:r></w:smartTag><w:customXml><w:r><w:t>xml </w:t></w:r></w:customXml>` +
        `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>sdt </w:t></w:r></w:sdtContent></w:sdt>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    );
    const blockSdt = '<w:sdt><w:sdtContent><w:p><w:r><w:t>block control</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    const { json } = readBody(body + blockSdt);
    expect(json).toEqual([para(text('link tag xml sdt '), { type: 'field', attrs: { kind: 'page-number', instruction: '', result: '7' } }), para(text('block control'))]);
  });

  it('keeps a paragraph whose mark was deleted apart, ending with the deleted mark', () => {
    const { json } = readBody(p(r('first '), '<w:rPr><w:del w:id="1" w:author="a"/></w:rPr>') + p(r('second')));
    expect(json).toEqual([
      para(text('first '), { type: 'paragraph_change', attrs: { kind: 'deletion', id: '1', author: 'a', date: null, before: null } }),
      para(text('second')),
    ]);
  });

  it('reads one branch of mc:AlternateContent and places text boxes in a frame after their paragraph', () => {
    const box = (t: string): string => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const alt = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><x:box xmlns:x="urn:test">${box('boxed')}</x:box></w:drawing></mc:Choice><mc:Fallback><w:pict>${box('boxed')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const { json } = readBody(p(r('before ') + alt + r('after')));
    expect(json).toHaveLength(2);
    expect(json[0]).toEqual(para(text('before after')));
    expect(json[1]).toMatchObject({ type: 'text_frame', content: [para(text('boxed'))] });
  });

  it('reads tables with their deleted rows marked deleted, and reports notes, comments and images once per kind', () => {
    const cell = (t: string): string => `<w:tc><w:tcPr/><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl><w:tblPr/><w:tr>${cell('a')}${cell('b')}</w:tr><w:tr><w:trPr><w:del w:id="3" w:author="x"/></w:trPr>${cell('gone')}</w:tr></w:tbl>`;
    const refs = '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:commentReference w:id="0"/></w:r><w:r><w:drawing/></w:r>';
    const { json, diagnostics } = readBody(table + table + p(r('x') + refs));
    expect(json.map((b) => b.type)).toEqual(['table', 'table', 'paragraph']);
    expect(json[0]!.content?.map((row) => row.content?.map((cell) => cell.content?.[0]?.content?.[0]?.text))).toEqual([['a', 'b'], ['gone', undefined]]);
    expect(json[0]!.content?.[1]?.content?.[0]?.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'deletion', attrs: { id: '3', author: 'x', date: null } }]);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).not.toContain('table-flattened');
    expect(codes.filter((c) => c === 'footnote-dropped')).toHaveLength(1);
    expect(diagnostics.find((d) => d.code === 'footnote-dropped')?.message).toMatch(/\(2 found\)/);
    expect(codes).toEqual(expect.arrayContaining(['comment-dropped', 'image-dropped']));
  });

  it('keeps equations as opaque OMML with their text as fallback', () => {
    const { json } = readBody(p(r('x = ') + '<m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath>'));
    const math = json[0]?.content?.[1];
    expect(math?.type).toBe('opaque');
    expect(math?.attrs).toMatchObject({ family: 'ooxml', kind: 'math', fallback: 'a+b' });
    expect(String(math?.attrs?.xml)).toBe('<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>a+b</m:t></m:r></m:oMath>');
  });

  it('reads ISO Strict documents', () => {
    const { json } = readBody(p(r('strict', '<w:b w:val="true"/>')), { ns: NS.strictW });
    expect(json).toEqual([para(text('strict', 'bold'))]);
  });

  it('reads an empty body as one empty paragraph', () => {
    expect(readBody('<w:sectPr/>').json).toEqual([para()]);
  });

  it('opens a list at a deeper level without inventing empty items', () => {
    const { json } = readBody(p(r('deep'), numPr(1, 1)) + p(r('top'), numPr(1)), { numbering: NUMBERING });
    expect(json.map((b) => b.type)).toEqual(['ordered_list', 'bullet_list']);
  });
});
