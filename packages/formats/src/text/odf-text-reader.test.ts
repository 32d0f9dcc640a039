import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { Diagnostic, PMNodeJSON, TextDocument } from '@ostal/model';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { readFodt, readOdt } from './odf-text-reader.js';

const XMLNS = `xmlns:office="${NS.office}" xmlns:style="${NS.style}" xmlns:text="${NS.text}" xmlns:table="${NS.table}" xmlns:draw="${NS.draw}" xmlns:fo="${NS.fo}" xmlns:dc="${NS.dc}" xmlns:meta="${NS.meta}"`;

function odt(body: string, automatic = '', common = '', meta = ''): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${XMLNS} office:version="1.3"><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${XMLNS} office:version="1.3"><office:styles>${common}</office:styles></office:document-styles>`;
  const metaXml = `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${XMLNS} office:version="1.3"><office:meta>${meta}</office:meta></office:document-meta>`;
  return writeOdfPackage(ODF_MIME.odt, [
    { name: 'content.xml', data: content },
    { name: 'styles.xml', data: styles },
    { name: 'meta.xml', data: metaXml },
  ]);
}

function readBody(body: string, automatic = '', common = ''): { json: PMNodeJSON[]; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink();
  const doc = readOdt(odt(body, automatic, common), { limits: DEFAULT_LIMITS, diagnostics: sink });
  textDocumentToNode(doc);
  return { json: [...(doc.content.content ?? [])], diagnostics: sink.result() };
}

const text = (t: string, ...marks: string[]): PMNodeJSON => (marks.length ? { type: 'text', marks: marks.map((type) => ({ type })), text: t } : { type: 'text', text: t });
const para = (...content: PMNodeJSON[]): PMNodeJSON => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const item = (...blocks: PMNodeJSON[]): PMNodeJSON => ({ type: 'list_item', content: blocks });
const textStyle = (name: string, props: string, parent?: string): string =>
  `<style:style style:name="${name}" style:family="text"${parent ? ` style:parent-style-name="${parent}"` : ''}><style:text-properties ${props}/></style:style>`;

describe('readOdt', () => {
  it('collapses white space in character data and keeps text:s, text:tab and text:line-break', () => {
    const { json } = readBody('<text:p>\n   Hello    <text:span>big</text:span>\n world <text:s text:c="2"/>x<text:tab/>y<text:line-break/>z  </text:p>');
    expect(json).toEqual([para(text('Hello big world   x\ty'), { type: 'hard_break' }, text('z'))]);
  });

  it('resolves automatic and named text styles through parent chains, and paragraph styles', () => {
    const common = textStyle('Emphasis', 'fo:font-style="italic"') + '<style:style style:name="Loud" style:family="paragraph"><style:text-properties fo:font-weight="700"/></style:style>';
    const automatic = textStyle('T1', 'fo:font-weight="bold"', 'Emphasis') + textStyle('T2', 'style:text-underline-style="solid"') + textStyle('T3', 'fo:font-weight="normal"');
    const { json } = readBody(
      '<text:p>a<text:span text:style-name="T1">b<text:span text:style-name="T2">c</text:span></text:span></text:p><text:p text:style-name="Loud">d<text:span text:style-name="T3">e</text:span></text:p>',
      automatic,
      common,
    );
    // The named text style a span's style derives from is its character style, kept by name.
    const emphasis = { type: 'char_style', attrs: { name: 'Emphasis' } };
    const styled = (t: string, ...marks: string[]): PMNodeJSON => ({ type: 'text', marks: [...marks.map((type) => ({ type })), emphasis], text: t });
    expect(json).toEqual([para(text('a'), styled('b', 'bold', 'italic'), styled('c', 'bold', 'italic', 'underline')), { ...para(text('d', 'bold'), text('e')), attrs: { styleName: 'Loud' } }]);
  });

  it('reads headings with their outline level, without the heading style marks', () => {
    const common = '<style:style style:name="Heading_20_2" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>';
    const { json } = readBody('<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:number>1.1</text:number>Title</text:h><text:h>Default</text:h>', '', common);
    expect(json).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
      { type: 'heading', attrs: { level: 1 }, content: [text('Default')] },
    ]);
  });

  it('reads nested lists, their kind from the list style level, start values and multi-paragraph items', () => {
    const listStyle =
      '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/><text:list-level-style-number text:level="2" style:num-format="1" text:start-value="3"/></text:list-style>';
    const { json } = readBody(
      '<text:list text:style-name="L1"><text:list-item><text:p>a</text:p><text:list><text:list-item><text:p>a1</text:p></text:list-item><text:list-item><text:p>a2</text:p></text:list-item></text:list><text:p>a, more</text:p></text:list-item>' +
        '<text:list-item><text:h text:outline-level="1">b</text:h></text:list-item></text:list>',
      listStyle,
    );
    expect(json).toEqual([
      {
        type: 'bullet_list',
        content: [
          item(para(text('a')), { type: 'ordered_list', attrs: { order: 3, suffix: '' }, content: [item(para(text('a1'))), item(para(text('a2')))] }, para(text('a, more'))),
          item(para(text('b'))),
        ],
      },
    ]);
  });

  it('continues numbering where text:continue-numbering or text:continue-list asks for it', () => {
    const listStyle = '<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>';
    const list = (attrs: string, ...items: string[]): string => `<text:list text:style-name="N" ${attrs}>${items.map((i) => `<text:list-item><text:p>${i}</text:p></text:list-item>`).join('')}</text:list>`;
    const { json } = readBody(list('xml:id="first"', 'a', 'b') + '<text:p>break</text:p>' + list('text:continue-numbering="true"', 'c') + list('text:continue-list="first"', 'd') + list('', 'e'), listStyle);
    expect(json.filter((b) => b.type === 'ordered_list').map((b) => b.attrs?.order)).toEqual([1, 3, 3, 1]);
  });

  it('keeps deleted text with a deletion mark, and reads notes and annotations where they stand', () => {
    const body =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>removed</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p>kept<text:change text:change-id="c1"/> text<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>note</text:p></text:note-body></text:note><office:annotation><text:p>comment</text:p></office:annotation></text:p>';
    const { json, diagnostics } = readBody(body);
    const deletion = { type: 'deletion', attrs: { id: 'c1', author: null, date: null } };
    expect(json).toEqual([
      para(
        text('kept'),
        { type: 'text', marks: [deletion], text: 'removed' },
        text(' text'),
        { type: 'note', attrs: { kind: 'footnote', mark: null }, content: [para(text('note'))] },
        { type: 'comment', attrs: { id: '0', author: null, initials: null, date: null, resolved: false, parent: null }, content: [para(text('comment'))] },
      ),
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain('footnote-dropped');
    expect(diagnostics.map((d) => d.code)).not.toContain('comment-dropped');
  });

  it('reads tables, sections, tables of contents and index bodies but not their templates, and puts text boxes in a frame after their paragraph', () => {
    const body =
      '<table:table><table:table-column/><table:table-header-rows><table:table-row><table:table-cell><text:p>h</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>c</text:p></table:table-cell></table:table-row></table:table>' +
      '<text:section text:name="S"><text:p>in section</text:p></text:section>' +
      '<text:table-of-content text:name="TOC"><text:table-of-content-source><text:index-title-template>Template</text:index-title-template></text:table-of-content-source><text:index-body><text:p>Entry</text:p></text:index-body></text:table-of-content>' +
      '<text:p>frame<draw:frame><draw:text-box><text:p>boxed</text:p></draw:text-box></draw:frame></text:p><text:p><draw:frame><draw:image/></draw:frame></text:p>';
    const { json, diagnostics } = readBody(body);
    expect(json.slice(1, 4)).toEqual([
      para(text('in section')),
      { type: 'table_of_contents', attrs: { instruction: '', levels: 3 }, content: [para(text('Entry'))] },
      para(text('frame')),
    ]);
    expect(json[4]).toMatchObject({ type: 'text_frame', content: [para(text('boxed'))] });
    expect(json.slice(5)).toEqual([para()]);
    expect(json[0]!.content?.map((row) => [row.attrs?.header, row.content?.map((cell) => cell.type)])).toEqual([
      [true, ['table_header']],
      [false, ['table_cell']],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('image-dropped');
  });

  it('reads metadata, preferring the initial creator', () => {
    const sink = new DiagnosticSink();
    const meta =
      '<dc:title>Titre</dc:title><meta:initial-creator>Anne</meta:initial-creator><dc:creator>Bob</dc:creator><meta:creation-date>2020-01-01T00:00:00</meta:creation-date><dc:date>2021-01-01T00:00:00</dc:date><dc:language>fr-FR</dc:language>';
    const doc: TextDocument = readOdt(odt('<text:p/>', '', '', meta), { limits: DEFAULT_LIMITS, diagnostics: sink });
    expect(doc.meta).toEqual({ title: 'Titre', creator: 'Anne', created: '2020-01-01T00:00:00', modified: '2021-01-01T00:00:00', language: 'fr-FR' });
  });
});

describe('readFodt', () => {
  it('reads a flat document with its styles and metadata', () => {
    const flat = `<?xml version="1.0" encoding="UTF-8"?><office:document ${XMLNS} office:version="1.3" office:mimetype="${ODF_MIME.odt}"><office:meta><dc:title>Plat</dc:title></office:meta><office:automatic-styles>${textStyle('T1', 'fo:font-style="italic"')}</office:automatic-styles><office:body><office:text><text:p>x <text:span text:style-name="T1">y</text:span></text:p></office:text></office:body></office:document>`;
    const doc = readFodt(new TextEncoder().encode(flat), { limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() });
    expect(doc.meta).toEqual({ title: 'Plat' });
    expect(doc.content.content).toEqual([para(text('x '), text('y', 'italic'))]);
  });
});
