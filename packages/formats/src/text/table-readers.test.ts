import { describe, expect, it } from 'vitest';
import { TableMap } from 'prosemirror-tables';
import { textDocumentToNode } from '@ostal/model';
import type { Diagnostic, PMNodeJSON } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { REL, writeOpcPackage } from '../ooxml/opc-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { readDocx } from './docx-reader.js';
import { readOdt } from './odf-text-reader.js';

interface Read {
  readonly node: PMNode;
  readonly json: PMNodeJSON[];
  readonly diagnostics: Diagnostic[];
}

function finish(doc: ReturnType<typeof readDocx>, sink: DiagnosticSink): Read {
  const node = textDocumentToNode(doc);
  node.descendants((n) => {
    if (n.type.name === 'table') expect(TableMap.get(n).problems ?? null).toBeNull();
    return true;
  });
  return { node, json: [...(doc.content.content ?? [])], diagnostics: sink.result() };
}

/** A .docx around `body`, with external hyperlink relationships `links` (id → target). */
function docx(body: string, links: Record<string, string> = {}): Read {
  const data = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}</w:body></w:document>`;
  const rels = Object.entries(links).map(([id, target]) => ({ id, type: `${REL.styles.replace(/styles$/, 'hyperlink')}`, target, external: true }));
  const bytes = writeOpcPackage(
    [{ name: 'word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', data, rels }],
    [{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }],
  );
  const sink = new DiagnosticSink();
  return finish(readDocx(bytes, { limits: DEFAULT_LIMITS, diagnostics: sink }), sink);
}

const XMLNS = `xmlns:office="${NS.office}" xmlns:style="${NS.style}" xmlns:text="${NS.text}" xmlns:table="${NS.table}" xmlns:fo="${NS.fo}" xmlns:xlink="${NS.xlink}"`;

function odt(body: string, automatic = ''): Read {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${XMLNS} office:version="1.3"><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const sink = new DiagnosticSink();
  return finish(readOdt(writeOdfPackage(ODF_MIME.odt, [{ name: 'content.xml', data: content }]), { limits: DEFAULT_LIMITS, diagnostics: sink }), sink);
}

/** Rows of a table as `text[colspan x rowspan]` strings, for readable expectations. */
function shape(table: PMNode): string[][] {
  const rows: string[][] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => {
      const { colspan, rowspan } = cell.attrs as { colspan: number; rowspan: number };
      cells.push(`${cell.textContent}${colspan > 1 || rowspan > 1 ? `[${String(colspan)}x${String(rowspan)}]` : ''}`);
    });
    rows.push(cells);
  });
  return rows;
}

const wp = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const tc = (t: string, tcPr = ''): string => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${wp(t)}</w:tc>`;
const tcell = (t: string, attrs = ''): string => `<table:table-cell ${attrs}><text:p>${t}</text:p></table:table-cell>`;

describe('DOCX tables', () => {
  it('resolves vertical merges by scanning rows, grid spans, shading, header rows and grid widths', () => {
    const { node } = docx(
      '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid>' +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('h1')}${tc('h2', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc('a', '<w:vMerge w:val="restart"/><w:shd w:val="clear" w:fill="FF0000"/>')}${tc('b')}${tc('c')}</w:tr>` +
        `<w:tr>${tc('ignored', '<w:vMerge/>')}${tc('d')}${tc('e')}</w:tr></w:tbl>`,
    );
    const table = node.firstChild!;
    expect(shape(table)).toEqual([['h1', 'h2[2x1]'], ['a[1x2]', 'b', 'c'], ['d', 'e']]);
    expect(table.attrs).toEqual({ columnWidths: [1000, 2000, 3000], bordered: true, position: null, template: null, wordStyle: null });
    expect(table.firstChild!.attrs.header).toBe(true);
    expect(table.firstChild!.firstChild!.type.name).toBe('table_header');
    expect(table.child(1).firstChild!.attrs.background).toBe('#ff0000');
  });

  it('normalises malformed tables: short rows, spans past the grid, merges without a start', () => {
    const { node } = docx(
      '<w:tbl><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>' +
        `<w:tr>${tc('a')}${tc('wide', '<w:gridSpan w:val="5"/>')}</w:tr>` +
        `<w:tr>${tc('orphan', '<w:vMerge/>')}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('late')}</w:tr>` +
        '<w:tr></w:tr></w:tbl>',
    );
    expect(shape(node.firstChild!)).toEqual([['a', 'wide[5x1]'], ['orphan', '', '', '', '', ''], ['', 'late', '', '', '', ''], ['', '', '', '', '', '']]);
  });

  it('reads nested tables and drops the empty paragraph Word puts after them', () => {
    const inner = `<w:tbl><w:tr>${tc('in')}</w:tr></w:tbl>`;
    const { node } = docx(`<w:tbl><w:tr><w:tc>${wp('out')}${inner}<w:p/></w:tc></w:tr></w:tbl>`);
    const cell = node.firstChild!.firstChild!.firstChild!;
    expect(cell.content.content.map((b) => b.type.name)).toEqual(['paragraph', 'table']);
  });

  it('reads hyperlinks (relationship, anchor, field) as links and keeps unsafe ones as plain text', () => {
    const { json, diagnostics } = docx(
      '<w:p><w:hyperlink r:id="rId5" w:tooltip="Site"><w:r><w:t>site</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> </w:t></w:r>' +
        '<w:hyperlink w:anchor="_Toc1"><w:r><w:t>plus loin</w:t></w:r></w:hyperlink><w:hyperlink r:id="rId6"><w:r><w:t>piège</w:t></w:r></w:hyperlink>' +
        '<w:fldSimple w:instr=" HYPERLINK &quot;https://exemple.fr&quot; "><w:r><w:t>champ</w:t></w:r></w:fldSimple></w:p>',
      { rId5: 'https://www.service-public.fr/', rId6: 'javascript:alert(1)' },
    );
    expect(json[0]!.content).toEqual([
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://www.service-public.fr/', title: 'Site' } }], text: 'site' },
      { type: 'text', text: ' ' },
      { type: 'text', marks: [{ type: 'link', attrs: { href: '#_Toc1', title: null } }], text: 'plus loin' },
      { type: 'text', text: 'piège' },
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://exemple.fr', title: null } }], text: 'champ' },
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('link-dropped');
  });

  it('turns w:pageBreakBefore and a paragraph holding only a page break into page breaks', () => {
    const { json } = docx(`${wp('un')}<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>deux</w:t></w:r></w:p>`);
    expect(json.map((b) => b.type)).toEqual(['paragraph', 'page_break', 'page_break', 'paragraph']);
  });
});

describe('ODT tables', () => {
  const styles =
    '<style:style style:name="T" style:family="table"><style:table-properties style:width="6000pt" fo:break-before="page"/></style:style>' +
    '<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="1in"/></style:style>' +
    '<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="2.54cm"/></style:style>' +
    '<style:style style:name="B" style:family="table-cell"><style:table-cell-properties fo:border="0.06pt solid #000000" fo:background-color="#00FF00"/></style:style>' +
    '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>';

  it('reads spans with covered cells, repeated columns, header rows, cell styles and a table break', () => {
    const { json, node } = odt(
      '<table:table table:style-name="T"><table:table-column table:style-name="C1" table:number-columns-repeated="2"/><table:table-column table:style-name="C2"/>' +
        `<table:table-header-rows><table:table-row>${tcell('h', 'table:number-columns-spanned="3"')}<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row></table:table-header-rows>` +
        `<table:table-row>${tcell('a', 'table:number-rows-spanned="2" table:style-name="B"')}${tcell('b')}${tcell('c')}</table:table-row>` +
        `<table:table-row><table:covered-table-cell/>${tcell('d', 'table:number-columns-repeated="2"')}</table:table-row></table:table>`,
      styles,
    );
    expect(json[0]!.type).toBe('page_break');
    const table = node.child(1);
    expect(shape(table)).toEqual([['h[3x1]'], ['a[1x2]', 'b', 'c'], ['d', 'd']]);
    expect(table.attrs).toEqual({ columnWidths: [1440, 1440, 1440], bordered: true, position: null, template: null, wordStyle: null });
    expect(table.child(1).firstChild!.attrs.background).toBe('#00ff00');
    expect(table.firstChild!.attrs.header).toBe(true);
  });

  it('normalises rows of different lengths and spans past the end', () => {
    const { node } = odt(`<table:table><table:table-row>${tcell('a')}</table:table-row><table:table-row>${tcell('b', 'table:number-columns-spanned="3" table:number-rows-spanned="9"')}</table:table-row></table:table>`);
    expect(shape(node.firstChild!)).toEqual([['a', '', ''], ['b[3x1]']]);
  });

  it('ignores the page break of a paragraph with text inside a cell, as LibreOffice does, and keeps an empty break paragraph', () => {
    const { node } = odt(
      `<table:table><table:table-row><table:table-cell><text:p text:style-name="PB">un</text:p></table:table-cell><table:table-cell><text:p text:style-name="PB"/><text:p>deux</text:p></table:table-cell></table:table-row></table:table>`,
      styles,
    );
    const cells: string[][] = [];
    node.firstChild!.firstChild!.forEach((cell) => {
      const blocks: string[] = [];
      cell.forEach((b) => blocks.push(b.type.name));
      cells.push(blocks);
    });
    expect(cells).toEqual([['paragraph'], ['page_break', 'paragraph']]);
  });

  it('reads text:a as links, refusing unsafe targets, and paragraph page breaks', () => {
    const { json, diagnostics } = odt(
      '<text:p>un</text:p><text:p text:style-name="PB"/><text:p text:style-name="PB">deux <text:a xlink:href="https://exemple.fr" office:title="Ex">lien</text:a> <text:a xlink:href="file:///etc/passwd">fichier</text:a></text:p>',
      styles,
    );
    expect(json.map((b) => b.type)).toEqual(['paragraph', 'page_break', 'page_break', 'paragraph']);
    expect(json[3]!.content).toEqual([
      { type: 'text', text: 'deux ' },
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://exemple.fr', title: 'Ex' } }], text: 'lien' },
      { type: 'text', text: ' fichier' },
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('link-dropped');
  });
});
