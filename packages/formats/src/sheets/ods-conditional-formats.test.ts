/**
 * Conditional formats in ODS: `style:map` and LibreOffice's calcext read, `style:map` written
 * (valid ODF 1.3), round trips in ODS and across XLSX, and LibreOffice reading what Ostal wrote.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { ConditionalFormat, Workbook } from '@ostal/model';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { conversionLosses } from './sheet-conversion-losses.js';
import { ruleOfCalcextValue, ruleOfStyleCondition } from './ods-conditional-formats.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/ods');

const formats: ConditionalFormat[] = [
  {
    ranges: [
      { top: 1, left: 0, bottom: 4, right: 0 },
      { top: 1, left: 3, bottom: 2, right: 3 },
    ],
    rules: [{ type: 'expression', formulas: ['AND(B2>0,$C$1="oui")'], style: { fill: '#C6EFCE' }, priority: 1 }],
  },
  {
    ranges: [{ top: 1, left: 1, bottom: 4, right: 1 }],
    rules: [
      { type: 'cellIs', operator: 'greaterThan', formulas: ['50'], style: { fill: '#FFC7CE', font: { color: '#9C0006' } }, priority: 2 },
      { type: 'cellIs', operator: 'between', formulas: ['10', '20'], style: { font: { bold: true } }, priority: 3 },
    ],
  },
];

function workbook(extra: ConditionalFormat[] = []): Workbook {
  const sheet = sheetFromGrid('Suivi budget', [
    [{ value: 'Poste' }, { value: 'Montant' }, { value: 'oui' }],
    [{ value: 'Repas' }, { value: 12 }],
    [{ value: 'Train' }, { value: 85 }],
    [{ value: 'Taxi' }, { value: 9 }, null, { value: 'x', style: 1 }],
    [null, { value: 15, style: 1 }],
  ]);
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles: [{}, { numberFormat: '0.00', font: { italic: true } }],
    sheets: [{ ...sheet, conditionalFormats: [...formats, ...extra] }],
  };
}

describe('ODF conditions', () => {
  it('reads style:map conditions as written by LibreOffice and MS Office', () => {
    expect(ruleOfStyleCondition('cell-content()>5')).toEqual({ type: 'cellIs', operator: 'greaterThan', formulas: ['5'] });
    expect(ruleOfStyleCondition('of:cell-content()!=5')).toEqual({ type: 'cellIs', operator: 'notEqual', formulas: ['5'] });
    expect(ruleOfStyleCondition('of:cell-content-is-not-between(3,7)')).toEqual({ type: 'cellIs', operator: 'notBetween', formulas: ['3', '7'] });
    expect(ruleOfStyleCondition('is-true-formula(([.$A$1]=[.A2]))')).toEqual({ type: 'expression', formulas: ['($A$1=A2)'] });
    expect(ruleOfStyleCondition('cell-content-is-whole-number()')).toBeNull();
  });

  it('reads calcext condition values, text rules as Excel formulas', () => {
    expect(ruleOfCalcextValue('>=5', 'B2')).toEqual({ type: 'cellIs', operator: 'greaterThanOrEqual', formulas: ['5'] });
    expect(ruleOfCalcextValue('not-between(1,[.C1])', 'B2')).toEqual({ type: 'cellIs', operator: 'notBetween', formulas: ['1', 'C1'] });
    expect(ruleOfCalcextValue('formula-is(ISODD(ROW([.A1])))', 'B2')).toEqual({ type: 'expression', formulas: ['ISODD(ROW(A1))'] });
    expect(ruleOfCalcextValue('contains-text("DE")', 'B2')).toEqual({ type: 'expression', formulas: ['NOT(ISERROR(SEARCH("DE",B2)))'] });
    expect(ruleOfCalcextValue('top-elements(10)', 'B2')).toEqual({ type: 'other', xml: '<cfRule type="top10" rank="10"/>' });
    expect(ruleOfCalcextValue('duplicate', 'B2')?.xml).toBe('<cfRule type="duplicateValues"/>');
    expect(ruleOfCalcextValue('no-such-thing', 'B2')).toBeNull();
  });
});

describe.each(['ods', 'fods'] as const)('%s conditional formats', (format) => {
  it('reads back the rules, ranges and styles it wrote', async () => {
    const back = (await read(await write(workbook(), format))).document as Workbook;
    expect(back.sheets[0]?.conditionalFormats).toEqual(formats);
    // The cells keep their own style besides the format.
    expect(back.styles?.[back.sheets[0]!.rows[4]![1]!.style!]).toEqual({ numberFormat: '0.00', font: { italic: true } });
  });

  it('writes valid ODF 1.3 (no calcext)', async () => {
    const bytes = await write(workbook(), format);
    expect(odfSchemaErrors(bytes, format === 'fods')).toEqual([]);
  });
});

describe('cross-format', () => {
  it.each([
    ['xlsx', 'ods'],
    ['ods', 'xlsx'],
  ] as const)('%s -> %s keeps the conditional formats', async (a, b) => {
    const first = (await read(await write(workbook(), a))).document as Workbook;
    const back = (await read(await write(first, b))).document as Workbook;
    expect(back.sheets[0]?.conditionalFormats).toEqual(formats);
  });

  it('reports only the rules ODF cannot say', () => {
    const scale = { type: 'colorScale' as const, xml: '<cfRule type="colorScale"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFFF0000"/><color rgb="FF00FF00"/></colorScale></cfRule>', priority: 4 };
    const book = workbook([{ ranges: [{ top: 1, left: 1, bottom: 4, right: 1 }], rules: [scale] }]);
    const losses = conversionLosses(book, 'ods').filter((d) => d.code === 'conditional-format-dropped');
    expect(losses).toHaveLength(1);
    expect(losses[0]!.message).toContain('1 conditional formatting rule');
    expect(conversionLosses(workbook(), 'ods').filter((d) => d.code === 'conditional-format-dropped')).toEqual([]);
  });
});

describe('corpus and LibreOffice', () => {
  it('reads the style:map conditions of an MS Office ODS', async () => {
    const { document } = await read(new Uint8Array(readFileSync(path.join(CORPUS, 'odftk-format_condition_import_xml_MSO15.ods'))));
    const book = document as Workbook;
    const cfs = book.sheets.flatMap((s) => s.conditionalFormats ?? []);
    expect(cfs.length).toBeGreaterThan(20);
    const rules = cfs.flatMap((f) => f.rules);
    expect(rules.find((r) => r.type === 'cellIs' && r.operator === 'between' && r.formulas?.join() === '3,7')?.style).toEqual({ fill: '#92D050' });
    expect(rules.some((r) => r.type === 'expression' && r.formulas?.[0] === 'LEFT(B20,2)="DE"')).toBe(true);
  });

  it('LibreOffice reads the maps Ostal writes as conditional formats (its xlsx export shows them)', async () => {
    const xlsx = libreofficeConvertBytes(await write(workbook(), 'ods'), 'cf.ods', 'xlsx');
    const back = (await read(new Uint8Array(xlsx))).document as Workbook;
    const cfs = back.sheets[0]?.conditionalFormats ?? [];
    const rules = cfs.flatMap((f) => f.rules.map((r) => ({ ...r, ranges: f.ranges })));
    expect(rules.find((r) => r.operator === 'greaterThan')).toMatchObject({ type: 'cellIs', formulas: ['50'], style: { fill: '#FFC7CE', font: { color: '#9C0006' } }, ranges: formats[1]!.ranges });
    expect(rules.find((r) => r.operator === 'between')).toMatchObject({ formulas: ['10', '20'], style: { font: { bold: true } } });
    const expr = rules.find((r) => r.type === 'expression');
    expect(expr?.formulas?.[0]?.replace(/\s/g, '')).toBe('AND(B2>0,$C$1="oui")');
    expect(expr?.style?.fill).toBe('#C6EFCE');
  });

  it('reads the calcext formats LibreOffice writes, colour scales and data bars included', async () => {
    const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">
<office:automatic-styles><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:map style:condition="cell-content()&gt;5" style:apply-style-name="Bad_5f_one" style:base-cell-address="Feuille1.A1"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Feuille1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell table:style-name="ce1" office:value-type="float" office:value="3"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row>
<table:table-row><table:table-cell table:style-name="ce1" office:value-type="float" office:value="8"/><table:table-cell office:value-type="float" office:value="2"/></table:table-row>
<calcext:conditional-formats>
<calcext:conditional-format calcext:target-range-address="Feuille1.A1:Feuille1.A2"><calcext:condition calcext:apply-style-name="Bad one" calcext:value="&gt;5" calcext:base-cell-address="Feuille1.A1"/><calcext:condition calcext:apply-style-name="Bad one" calcext:value="formula-is([.B1]&gt;1)" calcext:base-cell-address="Feuille1.A1"/></calcext:conditional-format>
<calcext:conditional-format calcext:target-range-address="Feuille1.B1:Feuille1.B2"><calcext:color-scale><calcext:color-scale-entry calcext:value="0" calcext:type="minimum" calcext:color="#f8696b"/><calcext:color-scale-entry calcext:value="50" calcext:type="percentile" calcext:color="#ffeb84"/><calcext:color-scale-entry calcext:value="0" calcext:type="maximum" calcext:color="#63be7b"/></calcext:color-scale></calcext:conditional-format>
<calcext:conditional-format calcext:target-range-address="Feuille1.B1:Feuille1.B2"><calcext:data-bar calcext:positive-color="#638ec6"><calcext:formatting-entry calcext:value="0" calcext:type="auto-minimum"/><calcext:formatting-entry calcext:value="0" calcext:type="auto-maximum"/></calcext:data-bar></calcext:conditional-format>
</calcext:conditional-formats></table:table></office:spreadsheet></office:body></office:document-content>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"><office:styles>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Bad_5f_one" style:display-name="Bad one" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffc7ce"/><style:text-properties fo:color="#9c0006"/></style:style>
</office:styles></office:document-styles>`;
    const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content), 'styles.xml': strToU8(styles), 'META-INF/manifest.xml': strToU8(manifest) });
    const book = (await read(ods)).document as Workbook;
    const cfs = book.sheets[0]?.conditionalFormats;
    const bad = { fill: '#FFC7CE', font: { color: '#9C0006' } };
    expect(cfs).toHaveLength(3);
    expect(cfs?.[0]).toEqual({
      ranges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
      rules: [
        { type: 'cellIs', operator: 'greaterThan', formulas: ['5'], style: bad, priority: 1 },
        { type: 'expression', formulas: ['B1>1'], style: bad, priority: 2 },
      ],
    });
    expect(cfs?.[1]?.rules[0]?.type).toBe('colorScale');
    expect(cfs?.[2]?.rules[0]?.type).toBe('dataBar');
    // XLSX keeps the colour scale and the data bar; ODS output keeps the two conditions only.
    const xlsx = (await read(await write(book, 'xlsx'))).document as Workbook;
    expect(xlsx.sheets[0]?.conditionalFormats?.flatMap((f) => f.rules.map((r) => r.type))).toEqual(['cellIs', 'expression', 'colorScale', 'dataBar']);
    expect(xlsx.sheets[0]?.conditionalFormats?.[1]?.rules[0]?.xml).toContain('<cfvo type="percentile" val="50"/>');
    const again = (await read(await write(book, 'ods'))).document as Workbook;
    expect(again.sheets[0]?.conditionalFormats).toEqual([cfs?.[0]]);
  });
});
