/** OpenFormula <-> Excel translation (ODF 1.3 Part 4) and A1 shifting (ECMA-376 Part 1, 18.17). */
import { describe, expect, it } from 'vitest';
import { shiftA1Tokens, tokenizeA1 } from './a1-formula.js';
import { fromOpenFormula, toOpenFormula } from './openformula.js';
import { excelFileFunctionName, modelFunctionName } from './openformula-names.js';
import { fileFormula } from './xlsx-sheet-writer.js';

const PAIRS: readonly [string, string][] = [
  ['=SUM(A1:A3)', 'of:=SUM([.A1:.A3])'],
  ['=A1+B2*2', 'of:=[.A1]+[.B2]*2'],
  ['=Sheet2!A1', 'of:=[$Sheet2.A1]'],
  ["='Sheet name'!A1:B2", "of:=[$'Sheet name'.A1:.B2]"],
  ["='It''s'!C3", "of:=[$'It''s'.C3]"],
  ['=$A$1+A$1+$A1', 'of:=[.$A$1]+[.A$1]+[.$A1]'],
  ['=SUM(A:A)', 'of:=SUM([.A:.A])'],
  ['=SUM(2:3)', 'of:=SUM([.2:.3])'],
  ['=SUM(Sheet1:Sheet3!A1)', 'of:=SUM([$Sheet1.A1:$Sheet3.A1])'],
  ['=IF(A1>0,"a;b","c,d")', 'of:=IF([.A1]>0;"a;b";"c,d")'],
  ['=SUM({1,2;3,4})', 'of:=SUM({1;2|3;4})'],
  ['=STDEV.S(A1:A5)', 'of:=COM.MICROSOFT.STDEV.S([.A1:.A5])'],
  ['=NORMSDIST(1)', 'of:=LEGACY.NORMSDIST(1)'],
  ['=CEILING(A1,0.5)', 'of:=COM.MICROSOFT.CEILING([.A1];0.5)'],
  ['=FORMULATEXT(A1)', 'of:=FORMULA([.A1])'],
  // The regression functions have the same names in both (and no _xlfn. prefix in xlsx).
  ['=LOGEST(B1:B6,A1:A6,TRUE,TRUE)', 'of:=LOGEST([.B1:.B6];[.A1:.A6];TRUE();TRUE())'],
  ['=GROWTH(B1:B6,,A7:A8,FALSE)', 'of:=GROWTH([.B1:.B6];;[.A7:.A8];FALSE())'],
  ['=ECMA.CEILING(B2,2)', 'of:=COM.MICROSOFT.ECMA.CEILING([.B2];2)'],
  ['=ISOWEEKNUM(A1)', 'of:=ISOWEEKNUM([.A1])'],
  ['=ORG.LIBREOFFICE.WEEKNUM_OOO(A1,1)', 'of:=ISOWEEKNUM([.A1];1)'],
  ['=SUM((A1,B1))', 'of:=SUM(([.A1]~[.B1]))'],
  ['=IFERROR(1/0,#N/A)', 'of:=IFERROR(1/0;#N/A)'],
  ['="say ""hi"""&A1', 'of:="say ""hi"""&[.A1]'],
  ['=LOG10(100)+Rate', 'of:=LOG10(100)+Rate'],
  ["='Données été'!A1*2", "of:=[$'Données été'.A1]*2"],
  ['=-A1%', 'of:=-[.A1]%'],
  // A quoted function name (LibreOffice writes one it does not know so) keeps `;` between arguments.
  [`='DURATION'("2008-01-02",0.05,2)`, `of:='DURATION'("2008-01-02";0.05;2)`],
];

describe('toOpenFormula / fromOpenFormula', () => {
  it.each(PAIRS)('writes %s', (excel, of) => expect(toOpenFormula(excel)).toBe(of));
  it.each(PAIRS)('reads back %s', (excel, of) => expect(fromOpenFormula(of)).toEqual({ formula: excel, issues: [] }));

  it('spells the TRUE and FALSE constants as OpenFormula functions, and back', () => {
    expect(toOpenFormula('=IF(TRUE,1,FALSE)')).toBe('of:=IF(TRUE();1;FALSE())');
    expect(fromOpenFormula('of:=IF(TRUE();1;FALSE())').formula).toBe('=IF(TRUE,1,FALSE)');
    expect(fromOpenFormula('of:=TRUE(1)').formula).toBe('=TRUE(1)');
  });

  it('reads what LibreOffice writes', () => {
    expect(fromOpenFormula('of:=_xlfn.xlookup("x";[.A2:.A6];[.B2:.B6])').formula).toBe('=XLOOKUP("x",A2:A6,B2:B6)');
    expect(fromOpenFormula('of:=[.B1]![.A1:.C3]').formula).toBe('=B1 A1:C3');
    expect(fromOpenFormula('of:=SUM([Sheet1.A1:Sheet1.B2])').formula).toBe('=SUM(Sheet1!A1:B2)');
    expect(fromOpenFormula('of:=[.#REF!]+1').formula).toBe('=#REF!+1');
    expect(fromOpenFormula('oooc:=SUM([.A1:.A3])').formula).toBe('=SUM(A1:A3)');
    expect(fromOpenFormula('msoxl:=SUM(A1:A3)').formula).toBe('=SUM(A1:A3)');
  });

  it('reads ISOWEEKNUM(date; mode) as LibreOffice does: the ISO week for a constant mode other than 1', () => {
    expect(fromOpenFormula('of:=ISOWEEKNUM("2010-01-07";2)').formula).toBe('=ISOWEEKNUM("2010-01-07")');
    expect(fromOpenFormula('of:=ISOWEEKNUM([.A1]; 3)+1').formula).toBe('=ISOWEEKNUM(A1)+1');
    expect(fromOpenFormula('of:=ISOWEEKNUM(DATE(2010;1;7);1)').formula).toBe('=ORG.LIBREOFFICE.WEEKNUM_OOO(DATE(2010,1,7),1)');
    expect(fromOpenFormula('of:=ISOWEEKNUM([.A1];[.B1])').formula).toBe('=ORG.LIBREOFFICE.WEEKNUM_OOO(A1,B1)');
  });

  it('writes a quoted function name of an ODF file bare in xlsx (Excel has no quoted names)', () => {
    expect(fileFormula(`='DURATION'("2008-01-02","2008-02-15",0.05,0.06,2,0)+'Sheet 2'!A1`)).toBe(`DURATION("2008-01-02","2008-02-15",0.05,0.06,2,0)+'Sheet 2'!A1`);
    expect(fileFormula(`='ifna'(A1,0)`)).toBe('_xlfn.IFNA(A1,0)');
  });

  it('writes ECMA.CEILING without and WEEKNUM_OOO with the future-function prefix in xlsx', () => {
    expect(excelFileFunctionName('ECMA.CEILING')).toBe('ECMA.CEILING');
    expect(['LINEST', 'TREND', 'LOGEST', 'GROWTH'].map(excelFileFunctionName)).toEqual(['LINEST', 'TREND', 'LOGEST', 'GROWTH']);
    expect(excelFileFunctionName('ORG.LIBREOFFICE.WEEKNUM_OOO')).toBe('_xlfn.ORG.LIBREOFFICE.WEEKNUM_OOO');
    expect(modelFunctionName('_xlfn.ORG.LIBREOFFICE.WEEKNUM_OOO')).toBe('ORG.LIBREOFFICE.WEEKNUM_OOO');
  });

  it('keeps external references verbatim and says so when nothing numbers the other workbooks', () => {
    const t = fromOpenFormula("of:=['file:///tmp/x.ods'#$Sheet1.A1]");
    expect(t.formula).toBe("=['file:///tmp/x.ods'#$Sheet1.A1]");
    expect(t.issues).toHaveLength(1);
  });

  it('numbers the other workbooks of external references, [1] for the first met, and writes them back', () => {
    const targets: string[] = [];
    const externals = { indexOf: (t: string) => (targets.includes(t) ? targets.indexOf(t) : targets.push(t) - 1) + 1 };
    const cases: [string, string][] = [
      ["of:=['file:///D:/a.xlsx'#$Sheet1.$A$7]", '=[1]Sheet1!$A$7'],
      ["of:=SUM(['file:///D:/b.xls'#Sheet1.$A$11:.$F$11])", '=SUM([2]Sheet1!$A$11:$F$11)'],
      ["of:=SUM(['file:///D:/a.xlsx'#Sheet1.$11:.$11])", '=SUM([1]Sheet1!$11:$11)'],
      ["of:=SUM(['file:///D:/a.xlsx'#Sheet1.$A$11:Sheet3.$A$11])", '=SUM([1]Sheet1:Sheet3!$A$11)'],
      ["of:=['file:///D:/It''s.xlsx'#$'My sheet'.B2]*2", "='[3]My sheet'!B2*2"],
    ];
    for (const [of, excel] of cases) expect(fromOpenFormula(of, externals)).toEqual({ formula: excel, issues: [] });
    expect(targets).toEqual(['file:///D:/a.xlsx', 'file:///D:/b.xls', "file:///D:/It's.xlsx"]);
    expect(toOpenFormula('=[1]Sheet1!$A$7+SUM([2]Sheet1!$A$11:$F$11)', targets)).toBe("of:=['file:///D:/a.xlsx'#$Sheet1.$A$7]+SUM(['file:///D:/b.xls'#$Sheet1.$A$11:.$F$11])");
    expect(toOpenFormula("='[3]My sheet'!B2*2", targets)).toBe("of:=['file:///D:/It''s.xlsx'#$'My sheet'.B2]*2");
    expect(toOpenFormula('=SUM([1]Sheet1:Sheet3!$A$11)', targets)).toBe("of:=SUM(['file:///D:/a.xlsx'#$Sheet1.$A$11:$Sheet3.$A$11])");
    // A link the workbook does not have keeps its number before the translated reference.
    expect(toOpenFormula('=[9]Sheet1!A1', targets)).toBe('of:=[9][$Sheet1.A1]');
  });

  it('reads absolute whole rows', () => {
    expect(fromOpenFormula('of:=SUM([.$8:.$8])')).toEqual({ formula: '=SUM($8:$8)', issues: [] });
  });
});

describe('shared formula shifting', () => {
  const shift = (f: string, dr: number, dc: number): string => shiftA1Tokens(tokenizeA1(f), dr, dc);

  it('moves relative parts only', () => {
    expect(shift('A1+$B$2+C$3+$D4', 2, 1)).toBe('B3+$B$2+D$3+$D6');
    expect(shift('SUM(Sheet2!A1:A3)', 1, 0)).toBe('SUM(Sheet2!A2:A4)');
    expect(shift('SUM(A:A)+SUM(1:1)', 1, 1)).toBe('SUM(B:B)+SUM(2:2)');
  });

  it('leaves strings, names and functions alone', () => {
    expect(shift('IF(A1="A1",LOG10(B1),Rate)', 1, 0)).toBe('IF(A2="A1",LOG10(B2),Rate)');
  });

  it('turns references pushed off the grid into #REF!', () => {
    expect(shift('A1+1', -1, 0)).toBe('#REF!+1');
  });
});

describe('syntax kept verbatim', () => {
  it('does not read structured or external references as cells', () => {
    expect(toOpenFormula('=SUM(Table1[#All])+[1]Sheet1!A1')).toBe('of:=SUM(Table1[#All])+[1][$Sheet1.A1]');
    expect(toOpenFormula('=myUdf(A1)')).toBe('of:=myUdf([.A1])');
    expect(fromOpenFormula('of:=myUdf([.A1])').formula).toBe('=myUdf(A1)');
  });

  it('reads $$Name named expressions as the bare name', () => {
    expect(fromOpenFormula('of:=IF($$cond_font;1;[.$A$1])').formula).toBe('=IF(cond_font,1,$A$1)');
  });
});
