/**
 * The language of a number format (Excel's `[$-40C]` prefix, ODF's `number:language` +
 * `number:country` on a data style) is kept both ways: it chooses the separators and the month and
 * day names LibreOffice shows, so a German amount stays `1.234,50` in either format.
 */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { read, write } from '../api.js';
import { dataStyleXml, excelCodeOfDataStyle } from './odf-number-format.js';
import { OdfNodeBuilder, odfAttr } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';

function codeOf(xml: string): string | undefined {
  const b = new OdfNodeBuilder();
  streamXml(`<r xmlns:number="${NS.number}" xmlns:style="${NS.style}" xmlns:fo="${NS.fo}">${xml}</r>`, { open: (t) => b.open(t), close: () => b.close(), text: (t) => b.text(t) }, { part: 'test', maxDepth: 50 });
  const nodes: OdfNode[] = b.root.children[0]!.children;
  const byName = (n: string): OdfNode | undefined => nodes.find((e) => odfAttr(e, NS.style, 'name') === n);
  return excelCodeOfDataStyle(byName('N1')!, byName);
}

describe('number format language', () => {
  it('reads an ODF number, percentage and text style language as the code prefix', () => {
    expect(codeOf('<number:number-style style:name="N1" number:language="de" number:country="DE"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>')).toBe('[$-407]#,##0.00');
    expect(codeOf('<number:percentage-style style:name="N1" number:language="fr" number:country="CH"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>')).toBe('[$-100C]0.0%');
    expect(codeOf('<number:date-style style:name="N1" number:language="fr" number:country="FR"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>')).toBe('[$-40C]dd/mm/yyyy');
    // A German currency style (Microsoft Office and LibreOffice write the language on the style and on
    // the symbol): the prefix makes LibreOffice show `1,00 €` from the XLSX too, not `1.00 €`.
    expect(codeOf('<number:currency-style style:name="N1" number:language="de" number:country="DE"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="de" number:country="DE">€</number:currency-symbol></number:currency-style>')).toBe('[$-407]#,##0.00 [$€-407]');
    // A style without language, or with one no Windows locale id names, gets no prefix.
    expect(codeOf('<number:number-style style:name="N1"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>')).toBe('0.00');
    expect(codeOf('<number:number-style style:name="N1" number:language="qq" number:country="QQ"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>')).toBe('0.00');
  });

  it('writes the prefix as the data style language, and reads it back', () => {
    expect(dataStyleXml('[$-407]#,##0.00', 'N1')).toMatch(/^<number:number-style style:name="N1" number:language="de" number:country="DE">/);
    expect(dataStyleXml('[$-809]0.0%', 'N1')).toMatch(/^<number:percentage-style style:name="N1" number:language="en" number:country="GB">/);
    expect(dataStyleXml('[$-40C]@', 'N1')).toMatch(/^<number:text-style style:name="N1" number:language="fr" number:country="FR">/);
    for (const code of ['[$-407]#,##0.00', '[$-809]0.0%', '[$-40C]@', '[$-410]dddd d mmmm yyyy', '[$-C0A]0.00;[Red]-0.00', '[$-429]#,##0.00 [$﷼-429]']) expect(codeOf(dataStyleXml(code, 'N1')), code).toBe(code);
  });

  it('keeps digits of another script: the numeral system of [$-2000401] is ODF number:transliteration-format', () => {
    const xml = dataStyleXml('[$-2000401]#,##0.00', 'N1');
    expect(xml).toMatch(/^<number:number-style style:name="N1" number:language="ar" number:country="SA" number:transliteration-format="١" number:transliteration-language="ar" number:transliteration-country="SA" number:transliteration-style="short">/);
    expect(dataStyleXml('[$-D00041E]d mmm yyyy', 'N1')).toContain('number:transliteration-format="๑"');
    for (const code of ['[$-2000401]#,##0.00', '[$-D00041E]d mmm yyyy', '[$-2000401]0;[$-2000401](0)']) expect(codeOf(dataStyleXml(code, 'N1')), code).toBe(code);
    // A style without language takes the transliteration's; a format that is no script's digit one is not read.
    expect(codeOf('<number:number-style style:name="N1" number:transliteration-format="٠" number:transliteration-language="ar" number:transliteration-country="SA"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>')).toBe('0');
    expect(codeOf('<number:number-style style:name="N1" number:transliteration-format="١" number:transliteration-language="ar" number:transliteration-country="SA"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>')).toBe('[$-2000401]0');
  });

  it('shows the same in LibreOffice from XLSX and ODS: German separators, French month names, Arabic-Indic digits', async () => {
    const book: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      styles: [{}, { numberFormat: '[$-407]#,##0.00' }, { numberFormat: '[$-40C]dddd d mmmm yyyy' }, { numberFormat: '[$-2000401]0.00' }],
      sheets: [{ name: 'Feuille1', rows: [[{ value: 1234.5, style: 1 }], [{ value: 45000, style: 2 }], [{ value: 12.5, style: 3 }]] }],
    };
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const xlsx = await write(book, 'xlsx');
    const shown = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false';
    const fromOds = libreofficeConvert(ods, 'langue.ods', shown);
    expect(fromOds).toContain('"1.234,50"');
    expect(fromOds).toContain('mercredi 15 mars 2023');
    // Digits of another script: Arabic-Indic, with the Arabic decimal separator.
    expect(fromOds).toContain('١٢٫٥٠');
    expect(libreofficeConvert(xlsx, 'langue.xlsx', shown)).toBe(fromOds);
    // Read back from either format, the codes are the ones written.
    for (const bytes of [ods, xlsx]) {
      const again = (await read(bytes)).document as Workbook;
      const codes = again.sheets[0]!.rows.map((r) => again.styles?.[r![0]!.style ?? 0]?.numberFormat);
      expect(codes).toEqual(['[$-407]#,##0.00', '[$-40C]dddd d mmmm yyyy', '[$-2000401]0.00']);
    }
  });
});
