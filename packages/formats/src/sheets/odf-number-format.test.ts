import { describe, expect, it } from 'vitest';
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { dataStyleXml, dateOrderOf, excelCodeOfDataStyle } from './odf-number-format.js';
import { OdfNodeBuilder, odfAttr } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';

/** Parses data style elements the way the ODS reader does. */
function parse(xml: string): OdfNode[] {
  const b = new OdfNodeBuilder();
  streamXml(
    `<r xmlns:number="${NS.number}" xmlns:style="${NS.style}" xmlns:fo="${NS.fo}">${xml}</r>`,
    { open: (t) => b.open(t), close: () => b.close(), text: (t) => b.text(t) },
    { part: 'test', maxDepth: 50 },
  );
  return b.root.children[0]!.children;
}

function roundTrip(code: string): { code: string | undefined; xml: string } {
  const xml = dataStyleXml(code, 'N1');
  const nodes = parse(xml);
  const byName = (n: string): OdfNode | undefined => nodes.find((e) => odfAttr(e, NS.style, 'name') === n);
  return { code: excelCodeOfDataStyle(byName('N1')!, byName), xml };
}

describe('Excel format codes <-> ODF data styles', () => {
  it.each([
    ['0.00', '<number:number-style style:name="N1"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>'],
    ['0%', '<number:percentage-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'],
    ['@', '<number:text-style style:name="N1"><number:text-content/></number:text-style>'],
  ])('writes %s as an ODF data style', (code, xml) => {
    expect(dataStyleXml(code, 'N1')).toBe(xml);
  });

  it('writes a euro amount as a currency style, the symbol in French', () => {
    // `[$€-40C]` names the symbol's language, not the section's (that is a `[$-40C]` prefix):
    // LibreOffice shows `1,234.50 €` for this code in an XLSX, so its ODS style names no language.
    const xml = dataStyleXml('#,##0.00 [$€-40C]', 'N1');
    expect(xml).toContain('<number:currency-style style:name="N1">');
    expect(xml).toContain('number:grouping="true"');
    expect(xml).toContain('<number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>');
    expect(dataStyleXml('[$-407]#,##0.00 [$€-407]', 'N1')).toContain('<number:currency-style style:name="N1" number:language="de" number:country="DE">');
  });

  it('writes dates with textual months and the locale', () => {
    const xml = dataStyleXml('[$-40C]d mmmm yyyy', 'N1');
    expect(xml).toBe(
      '<number:date-style style:name="N1" number:language="fr" number:country="FR"><number:day/><number:text> </number:text><number:month number:textual="true" number:style="long"/><number:text> </number:text><number:year number:style="long"/></number:date-style>',
    );
    expect(dataStyleXml('hh:mm:ss', 'N1')).toBe(
      '<number:time-style style:name="N1"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>',
    );
  });

  it('writes sections as style:map conditions', () => {
    const xml = dataStyleXml('0.00;[Red]-0.00;"zéro"', 'N1');
    expect(xml).toContain('<number:number-style style:name="N1P1" style:volatile="true"><style:text-properties fo:color="#ff0000"/>');
    expect(xml).toContain('<style:map style:condition="value()&gt;0" style:apply-style-name="N1P0"/>');
  });

  it.each(['0.00', '#,##0.00 [$€-40C]', '[$-407]#,##0.00 [$€-407]', '0%', '0.00%', 'DD/MM/YYYY', '[$-40C]d mmmm yyyy', 'hh:mm:ss', '@', '0.00E+00', '# ?/?', '[h]:mm:ss', '#,##0', '0.00;[Red]-0.00', '0;-0;"zero"', 'yyyy-mm-dd hh:mm', '#,##0,'])(
    'reads back %s',
    (code) => {
      const expected = code === 'DD/MM/YYYY' ? 'dd/mm/yyyy' : code;
      expect(roundTrip(code).code).toBe(expected);
    },
  );
});

describe('boolean styles', () => {
  it('keep their language both ways, so a French one still shows VRAI/FAUX in LibreOffice', () => {
    const [style] = parse('<number:boolean-style style:name="N1" number:language="fr" number:country="BE"><number:boolean/></number:boolean-style>');
    const code = excelCodeOfDataStyle(style!, () => undefined);
    expect(code).toBe('[$-80C]"TRUE";"TRUE";"FALSE"');
    expect(roundTrip(code!)).toEqual({
      code,
      xml: '<number:boolean-style style:name="N1" number:language="fr" number:country="BE"><number:boolean/></number:boolean-style>',
    });
    expect(dataStyleXml('"TRUE";"TRUE";"FALSE"', 'N2')).toBe('<number:boolean-style style:name="N2"><number:boolean/></number:boolean-style>');
  });
});

describe('date styles taken from their language', () => {
  it('keep number:format-source="language" both ways (LibreOffice shows the language\'s own date format)', () => {
    const [style] = parse(
      '<number:date-style style:name="N1" number:automatic-order="true" number:format-source="language"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>',
    );
    expect(dateOrderOf(style!)).toBe('language');
    const code = excelCodeOfDataStyle(style!, () => undefined)!;
    expect(code).toBe('d/m/yy hh:mm');
    expect(dataStyleXml(code, 'N1', 'language')).toMatch(/^<number:date-style style:name="N1" number:automatic-order="true" number:format-source="language">/);
    expect(dataStyleXml(code, 'N1', 'automatic')).toMatch(/^<number:date-style style:name="N1" number:automatic-order="true">/);
  });
});

describe('text sections and fixed denominators', () => {
  it.each(['yyyy-mm-dd;@', '0.00;-0.00;0;[Red]@', '[>0]"ok";[<0]-0;[Red]@', '# ?/8', '0.0;@'])('reads back %s', (code) => {
    expect(roundTrip(code).code).toBe(code);
  });

  it('reads a number style without decimal places as the general format', () => {
    const style = parse('<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/></number:number-style>')[0]!;
    expect(excelCodeOfDataStyle(style, () => undefined)).toBeUndefined();
    const fixed = parse('<number:number-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>')[0]!;
    expect(excelCodeOfDataStyle(fixed, () => undefined)).toBe('0');
  });

  it('reads sections without decimal places as the general format (Microsoft Office writes General;[Red]-General so)', () => {
    const [neg, pos] = parse(
      '<number:number-style style:name="N40"><style:text-properties fo:color="#FF0000"/><number:text>-</number:text><number:number number:min-integer-digits="1"/><style:map style:condition="value()&gt;=0" style:apply-style-name="N40P0"/></number:number-style>' +
        '<number:number-style style:name="N40P0"><number:number number:min-integer-digits="1"/></number:number-style>',
    );
    // 1234.5678 shows as 1234.5678 (LibreOffice too), not rounded to 1235 by a `0`.
    expect(excelCodeOfDataStyle(neg!, () => pos)).toBe('General;[Red]-General');
    expect(roundTrip('General;[Red]-General').code).toBe('General;[Red]-General');
  });

  it('keeps the thousands separator of a fraction\'s whole part (1,234 4/7)', () => {
    const style = parse('<number:number-style style:name="N42"><number:fraction number:min-integer-digits="1" number:grouping="true" number:min-numerator-digits="1" number:min-denominator-digits="1"/></number:number-style>')[0]!;
    expect(excelCodeOfDataStyle(style, () => undefined)).toBe('#,##0 ?/?');
    const { code, xml } = roundTrip('#,##0 ??/??');
    expect(xml).toContain('number:grouping="true"');
    expect(code).toBe('#,##0 ??/??');
  });

  it('reads embedded text among the integer digits', () => {
    const [neg, pos] = parse(
      '<number:number-style style:name="N47"><number:text>(</number:text><number:number number:decimal-places="0" number:min-integer-digits="1"><number:embedded-text number:position="0">)</number:embedded-text></number:number><style:map style:condition="value()&gt;=0" style:apply-style-name="N47P0"/></number:number-style>' +
        '<number:number-style style:name="N47P0"><number:number number:decimal-places="0" number:min-integer-digits="1"><number:embedded-text number:position="0"> </number:embedded-text></number:number></number:number-style>',
    );
    expect(excelCodeOfDataStyle(neg!, () => pos)).toBe('0 ;(0)');
  });

  it('writes literal text between digits as embedded text, and reads it back', () => {
    const { code, xml } = roundTrip('00000-0000');
    expect(xml).toContain('<number:embedded-text number:position="4">-</number:embedded-text>');
    expect(code).toBe('00000-0000');
  });

  it('writes text among the decimals at a negative position, as LibreOffice does, and reads it back', () => {
    const { code, xml } = roundTrip('"a"#"b"#"c"0.0"d"0');
    expect(xml).toContain(
      '<number:text>a</number:text><number:number number:decimal-places="2" number:min-integer-digits="1"><number:embedded-text number:position="2">b</number:embedded-text><number:embedded-text number:position="1">c</number:embedded-text><number:embedded-text number:position="-2">d</number:embedded-text></number:number>',
    );
    expect(code).toBe('"a"#"b"#"c"0.0"d"0');
  });

  it('writes [DBNum1]..[DBNum3] as CJK numerals (transliteration), as LibreOffice does, and reads them back', () => {
    const one = roundTrip('[DBNum1][$-804]General');
    expect(one.xml).toBe(
      '<number:number-style style:name="N1" number:language="zh" number:country="CN" number:transliteration-format="一" number:transliteration-language="zh" number:transliteration-country="CN" number:transliteration-style="long"><number:number number:min-integer-digits="1"/></number:number-style>',
    );
    expect(one.code).toBe('[DBNum1][$-804]General');
    expect(roundTrip('[DBNum2][$-411]#,##0').xml).toContain('number:transliteration-format="壱" number:transliteration-language="ja" number:transliteration-country="JP" number:transliteration-style="long"');
    expect(roundTrip('[DBNum2][$-411]#,##0').code).toBe('[DBNum2][$-411]#,##0');
    expect(roundTrip('[DBNum3][$-804]0').code).toBe('[DBNum3][$-804]0');
  });

  it('writes a fraction after an escaped space (#\\ ??/??) as a fraction with its whole part', () => {
    const { code, xml } = roundTrip('#\\ ??/?????????');
    expect(xml).toContain('<number:fraction number:min-integer-digits="0" number:min-numerator-digits="2" number:min-denominator-digits="9"/>');
    expect(code).toBe('# ??/?????????');
  });
});

describe('accounting zero sections', () => {
  it('writes the ?? of a zero section as the blanks they show (ODF has no blank digits)', () => {
    const xml = dataStyleXml('_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)', 'N1');
    expect(xml).toContain('<number:number-style style:name="N1P2" style:volatile="true"><number:text> $-   </number:text></number:number-style>');
    // Other sections keep their digits.
    expect(xml).toContain('<number:number-style style:name="N1P0" style:volatile="true"><number:text> $</number:text><number:number number:decimal-places="2"');
    expect(dataStyleXml('0;-0;"-"??', 'N1')).toContain('<number:number-style style:name="N1"><number:text>-  </number:text><style:map');
  });
});

describe('spaces leading a section', () => {
  it('reads those of a text section quoted, which LibreOffice keeps in an Excel code (it drops bare ones)', () => {
    const [text, pos] = parse(
      '<number:text-style style:name="N9"><number:text> </number:text><number:text-content/><number:text> </number:text><style:map style:condition="value()&gt;=0" style:apply-style-name="N9P0"/></number:text-style>' +
        '<number:number-style style:name="N9P0"><number:text> </number:text><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text> </number:text></number:number-style>',
    );
    // Before a number LibreOffice drops them from ODF data styles too: they stay as read.
    expect(excelCodeOfDataStyle(text!, () => pos)).toBe(' 0.00 ;" "@ ');
  });
});
