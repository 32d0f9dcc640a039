/** XLSX reader details (ECMA-376 Part 1, 18.3.1 worksheet cells, 18.4 shared strings, Strict namespaces). */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Workbook } from '@ostal/model';
import { REL, writeOpcPackage } from '../ooxml/opc-writer.js';
import type { OpcPartOut } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { read, write } from '../api.js';
import { FormatError } from '../errors.js';

const CT_WB = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const CT_WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

interface Options {
  readonly strict?: boolean;
  readonly sst?: string;
  readonly workbookPr?: string;
  readonly chartsheet?: boolean;
  /** The body of a `styleSheet` part. */
  readonly styles?: string;
}

/** A package with one worksheet per `sheetData` body, built with the OPC writer. */
function xlsx(sheetBodies: readonly string[], o: Options = {}): Uint8Array {
  const s = o.strict ? NS.strictS : NS.s;
  const r = o.strict ? NS.strictR : NS.r;
  const relBase = o.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
  const sheets = sheetBodies.map((_, i) => `<sheet name="S${String(i + 1)}" sheetId="${String(i + 1)}" r:id="rId${String(i + 1)}"/>`);
  const rels = sheetBodies.map((_, i) => ({ id: `rId${String(i + 1)}`, type: relBase + 'worksheet', target: `worksheets/sheet${String(i + 1)}.xml` }));
  const parts: OpcPartOut[] = sheetBodies.map((body, i) => ({
    name: `xl/worksheets/sheet${String(i + 1)}.xml`,
    contentType: CT_WS,
    data: `<worksheet xmlns="${s}" xmlns:r="${r}"><dimension ref="A1:XFD1048576"/><sheetData>${body}</sheetData></worksheet>`,
  }));
  if (o.chartsheet) {
    sheets.push('<sheet name="Chart" sheetId="99" r:id="rIdC"/>');
    rels.push({ id: 'rIdC', type: relBase + 'chartsheet', target: 'chartsheets/sheet1.xml' });
    parts.push({ name: 'xl/chartsheets/sheet1.xml', contentType: 'application/xml', data: `<chartsheet xmlns="${s}"/>` });
  }
  if (o.styles !== undefined) {
    rels.push({ id: 'rIdY', type: relBase + 'styles', target: 'styles.xml' });
    parts.push({ name: 'xl/styles.xml', contentType: 'application/xml', data: `<styleSheet xmlns="${s}">${o.styles}</styleSheet>` });
  }
  if (o.sst !== undefined) {
    rels.push({ id: 'rIdS', type: relBase + 'sharedStrings', target: 'sharedStrings.xml' });
    parts.push({ name: 'xl/sharedStrings.xml', contentType: 'application/xml', data: `<sst xmlns="${s}">${o.sst}</sst>` });
  }
  parts.unshift({
    name: 'xl/workbook.xml',
    contentType: CT_WB,
    data: `<workbook xmlns="${s}" xmlns:r="${r}">${o.workbookPr ?? ''}<sheets>${sheets.join('')}</sheets></workbook>`,
    rels,
  });
  return writeOpcPackage(parts, [{ id: 'rId1', type: o.strict ? relBase + 'officeDocument' : REL.officeDocument, target: 'xl/workbook.xml' }]);
}

async function rows(bytes: Uint8Array, sheet = 0): Promise<unknown> {
  return ((await read(bytes)).document as Workbook).sheets[sheet]!.rows;
}

describe('xlsx reader', () => {
  it('reads every cell type', async () => {
    const body =
      '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c>' +
      '<c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F1" t="inlineStr"><is><t>in</t><r><t>line</t></r><rPh><t>ラ</t></rPh></is></c>' +
      '<c r="G1" t="d"><v>2024-01-15T00:00:00</v></c><c r="H1" s="3"/></row>';
    const sst = '<si><r><t>Hello </t></r><r><t>world</t></r><rPh sb="0" eb="1"><t>ハロー</t></rPh></si>';
    expect(await rows(xlsx([body], { sst }))).toEqual([
      [
        { value: 1.5 },
        { value: 'Hello world' },
        { value: true },
        { value: { error: '#DIV/0!' } },
        { value: 'ab', formula: '="a"&"b"' },
        { value: 'inline' },
        { value: 45306, style: 1 },
      ],
    ]);
  });

  it('reads ISO 8601 date cells (t="d") as dates, shown through their format or one that fits', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';
    const body =
      '<row r="1"><c r="A1" t="d" s="1"><v>2014-02-14T08:27:48.765Z</v></c><c r="B1" t="d"><v>2024-01-15</v></c><c r="C1" t="d"><v>2024-01-15T12:30:00</v></c>' +
      '<c r="D1" t="d"><v>1899-12-30T06:00:00</v></c><c r="E1" t="d"><v>pas une date</v></c><c r="F1" t="d"><f>DATE(2024,1,15)</f><v>2024-01-15T00:00:00</v></c></row>';
    const bytes = xlsx([body], { styles });
    const book = (await read(bytes)).document as Workbook;
    const cells = book.sheets[0]!.rows[0]!;
    const format = (i: number): string | undefined => book.styles?.[cells[i]!.style ?? 0]?.numberFormat;
    expect(cells[0]!.value).toBeCloseTo(41684.352648, 5);
    expect(format(0)).toBe('dd/mm/yyyy');
    expect([cells[1]!.value, format(1)]).toEqual([45306, 'yyyy-mm-dd']);
    expect([cells[2]!.value, format(2)]).toEqual([45306.520833333336, 'yyyy-mm-dd hh:mm:ss']);
    expect([cells[3]!.value, format(3)]).toEqual([0.25, 'hh:mm:ss']);
    expect(cells[4]).toEqual({ value: 'pas une date' });
    expect(cells[5]).toMatchObject({ value: 45306, formula: '=DATE(2024,1,15)' });
    // Written back as Excel writes dates: day numbers with a date format.
    const again = (await read(await write(book, 'xlsx'))).document as Workbook;
    expect(again.sheets[0]!.rows[0]![1]).toEqual({ value: 45306, style: cells[1]!.style });
    const ods = (await read(await write(book, 'ods'))).document as Workbook;
    expect(ods.sheets[0]!.rows[0]![1]!.value).toBe(45306);
    expect(ods.styles?.[ods.sheets[0]!.rows[0]![1]!.style ?? 0]?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('counts ISO date cells from 1904 in a 1904 workbook', async () => {
    const bytes = xlsx(['<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>'], { workbookPr: '<workbookPr date1904="1"/>' });
    expect(((await read(bytes)).document as Workbook).sheets[0]!.rows[0]![0]!.value).toBe(1);
  });

  it('expands shared formulas and keeps array formulas with the area they fill', async () => {
    const body =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c><c r="C1"><f t="array" ref="C1:C2">A1:A2*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c><c r="C2"><v>4</v></c></row>' +
      '<row r="3"><c r="B3"><f t="shared" si="0"></f><v>1</v></c></row>';
    expect(await rows(xlsx([body]))).toEqual([
      [{ value: 1 }, { value: 3, formula: '=A1*2+$A$1' }, { value: 2, formula: '=A1:A2*2', matrix: { rows: 2, cols: 1 } }],
      [{ value: 2 }, { value: 5, formula: '=A2*2+$A$1' }, { value: 4 }],
      [null, { value: 1, formula: '=A3*2+$A$1' }],
    ]);
  });

  it('keeps an array formula an array formula in XLSX and ODS, so LibreOffice fills its whole area again', async () => {
    const body = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1"><f t="array" ref="D1:D1">SUM(A1:B1*A1:B1)</f></c><c r="E1"><f t="array" ref="E1:E2">TRANSPOSE(A1:B1)</f></c></row>';
    const doc = (await read(xlsx([body]))).document;
    const sheetXml = new TextDecoder().decode(unzipSync(await write(doc, 'xlsx'))['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toContain('<c r="D1"><f t="array" ref="D1:D1">SUM(A1:B1*A1:B1)</f></c><c r="E1"><f t="array" ref="E1:E2">TRANSPOSE(A1:B1)</f></c>');
    const ods = await write(doc, 'ods');
    expect(new TextDecoder().decode(unzipSync(ods)['content.xml'])).toContain(
      '<table:table-cell table:formula="of:=TRANSPOSE([.A1:.B1])" table:number-matrix-columns-spanned="1" table:number-matrix-rows-spanned="2"/>',
    );
    const back = ((await read(ods)).document as Workbook).sheets[0]!.rows[0]!;
    expect(back[3]).toEqual({ value: null, formula: '=SUM(A1:B1*A1:B1)', matrix: { rows: 1, cols: 1 } });
    expect(back[4]).toEqual({ value: null, formula: '=TRANSPOSE(A1:B1)', matrix: { rows: 2, cols: 1 } });
  });

  it('places cells and rows without r positionally', async () => {
    expect(await rows(xlsx(['<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>']))).toEqual([
      [{ value: 1 }, { value: 2 }],
      [null, null, { value: 3 }, { value: 4 }],
    ]);
  });

  it('drops the _xlfn. prefix of newer functions', async () => {
    expect(await rows(xlsx(['<row r="1"><c r="A1" t="str"><f>_xlfn.CONCAT("a",_xlfn.TEXTJOIN(",",TRUE,"b"))</f><v>ab</v></c></row>']))).toEqual([
      [{ value: 'ab', formula: '=CONCAT("a",TEXTJOIN(",",TRUE,"b"))' }],
    ]);
  });

  it('keeps the future-function prefixes through XLSX -> model -> XLSX, and writes ODS names LibreOffice reads', async () => {
    const stored = [
      '_xlfn.TEXTJOIN(",",TRUE,A1:A3)',
      '_xlfn.XLOOKUP(1,A1:A3,B1:B3)+_xlfn.XMATCH(2,A1:A3)',
      '_xlfn.NUMBERVALUE("1,5",",")',
      '_xlfn.TEXTBEFORE("a-b","-")&_xlfn.TEXTAFTER("a-b","-")',
      '_xlfn.IFS(A1>0,1,TRUE,0)+_xlfn.SWITCH(A1,1,2,3)+_xlfn.MAXIFS(A1:A3,B1:B3,">0")',
      'SUM(_xlfn._xlws.SORT(A1:A3))+COUNT(_xlfn._xlws.FILTER(A1:A3,B1:B3))+SUM(_xlfn.UNIQUE(A1:A3))',
    ];
    const bytes = xlsx([`<row r="1">${stored.map((f, i) => `<c r="${String.fromCharCode(67 + i)}1"><f>${f.replace(/&/g, '&amp;').replace(/>/g, '&gt;')}</f></c>`).join('')}</row>`]);
    const book = (await read(bytes)).document as Workbook;
    const formulas = book.sheets[0]!.rows[0]!.slice(2).map((c) => c?.formula);
    expect(formulas).toEqual(stored.map((f) => `=${f.replace(/_xlfn\.(_xlws\.)?/g, '')}`));
    const again = new TextDecoder().decode(unzipSync(await write(book, 'xlsx'))['xl/worksheets/sheet1.xml']);
    const written = [...again.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    expect(written).toEqual(stored);
    const content = new TextDecoder().decode(unzipSync(await write(book, 'ods'))['content.xml']);
    for (const name of ['COM.MICROSOFT.TEXTJOIN(', 'COM.MICROSOFT.XLOOKUP(', 'COM.MICROSOFT.XMATCH(', 'of:=NUMBERVALUE(', 'COM.MICROSOFT.IFS(', 'COM.MICROSOFT.SWITCH(', 'COM.MICROSOFT.MAXIFS(', 'COM.MICROSOFT.SORT(', 'COM.MICROSOFT.FILTER(', 'COM.MICROSOFT.UNIQUE(']) {
      expect(content).toContain(name);
    }
  });

  it('reads and writes LET parameters (_xlpm.), TEXTSPLIT and REGEX functions with their prefixes, and LibreOffice functions under their file names', async () => {
    const stored = [
      '_xlfn.LET(_xlpm.x,A1*2,_xlpm.total,_xlpm.x+1,_xlpm.total*_xlpm.x)',
      'INDEX(_xlfn.TEXTSPLIT("a,b",","),2)&_xlfn.REGEXREPLACE("a1","\\d","")&_xlfn.REGEXEXTRACT("a1","\\d")',
      'IF(_xlfn.REGEXTEST("a","a"),1,0)',
      '_xlfn.ORG.LIBREOFFICE.ROUNDSIG(A1,2)+_xlfn.ORG.OPENOFFICE.EASTERSUNDAY(2024)&_xlfn.ORG.LIBREOFFICE.REGEX("ab","b")',
    ];
    const bytes = xlsx([`<row r="1">${stored.map((f, i) => `<c r="${String.fromCharCode(67 + i)}1"><f>${f.replace(/&/g, '&amp;')}</f></c>`).join('')}</row>`]);
    const book = (await read(bytes)).document as Workbook;
    const formulas = book.sheets[0]!.rows[0]!.slice(2).map((c) => c?.formula);
    expect(formulas).toEqual([
      '=LET(x,A1*2,total,x+1,total*x)',
      '=INDEX(TEXTSPLIT("a,b",","),2)&REGEXREPLACE("a1","\\d","")&REGEXEXTRACT("a1","\\d")',
      '=IF(REGEXTEST("a","a"),1,0)',
      '=ROUNDSIG(A1,2)+EASTERSUNDAY(2024)&REGEX("ab","b")',
    ]);
    const again = new TextDecoder().decode(unzipSync(await write(book, 'xlsx'))['xl/worksheets/sheet1.xml']);
    const written = [...again.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(written).toEqual(stored);
    const content = new TextDecoder().decode(unzipSync(await write(book, 'ods'))['content.xml']);
    for (const name of ['ORG.LIBREOFFICE.ROUNDSIG(', 'ORG.OPENOFFICE.EASTERSUNDAY(', 'ORG.LIBREOFFICE.REGEX(', 'COM.MICROSOFT.LET(']) expect(content).toContain(name);
  });

  it('reads a defined name of the workbook itself ([0]!Sales) as the plain name, which survives a trip to ODS', async () => {
    const bytes = xlsx(['<row r="1"><c r="A1"><f>SUM([0]!Sales)+[0]!Tax</f><v>15</v></c><c r="B1" t="str"><f>"[0]!x"</f><v>[0]!x</v></c></row>']);
    expect(await rows(bytes)).toEqual([[{ value: 15, formula: '=SUM(Sales)+Tax' }, { value: '[0]!x', formula: '="[0]!x"' }]]);
    const ods = await read(await write((await read(bytes)).document, 'ods'));
    expect((ods.document as Workbook).sheets[0]!.rows[0]![0]).toMatchObject({ value: 15, formula: '=SUM(Sales)+Tax' });
  });

  it('reads Strict OOXML', async () => {
    const result = await read(xlsx(['<row r="1"><c r="A1"><v>7</v></c></row>'], { strict: true }));
    expect((result.document as Workbook).sheets[0]!.rows).toEqual([[{ value: 7 }]]);
    expect(result.diagnostics.map((d) => d.code)).toContain('strict-ooxml');
  });

  it('skips chart sheets with a diagnostic and keeps date1904', async () => {
    const result = await read(xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>'], { chartsheet: true, workbookPr: '<workbookPr date1904="1"/>' }));
    expect((result.document as Workbook).sheets.map((s) => s.name)).toEqual(['S1']);
    expect(result.diagnostics.map((d) => d.code)).toContain('sheet-type-skipped');
    expect((result.document as Workbook).date1904).toBe(true);
  });

  it('refuses more cells than maxCells', async () => {
    const body = Array.from({ length: 20 }, (_, i) => `<row r="${String(i + 1)}"><c r="A${String(i + 1)}"><v>${String(i)}</v></c></row>`).join('');
    const err = await read(xlsx([body]), { limits: { maxCells: 10 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).reason).toBe('limit-exceeded');
  });

  it('drops cells beyond the grid instead of allocating them', async () => {
    const result = await read(xlsx(['<row r="1"><c r="A1"><v>1</v></c></row><row r="99999999"><c r="A99999999"><v>2</v></c></row>']));
    expect((result.document as Workbook).sheets[0]!.rows).toEqual([[{ value: 1 }]]);
    expect(result.diagnostics.map((d) => d.code)).toContain('cell-out-of-range');
  });
});
