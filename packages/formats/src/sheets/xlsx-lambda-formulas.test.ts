/**
 * LAMBDA and its helper functions in XLSX formulas (ECMA-376 Part 1, 18.17: formulas; Excel
 * writes functions added after 2007 with the `_xlfn.` prefix and the names LAMBDA and LET bind
 * with the `_xlpm.` prefix, in cells and in defined names alike). The model keeps the plain names.
 */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** Model formulas and their text in the file, as Excel writes it. */
const FORMULAS: readonly (readonly [string, string])[] = [
  ['=MAP(A1:A3,LAMBDA(x,x*2))', '_xlfn.MAP(A1:A3,_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2))'],
  ['=REDUCE(0,A1:A3,LAMBDA(acc,v,acc+v))', '_xlfn.REDUCE(0,A1:A3,_xlfn.LAMBDA(_xlpm.acc,_xlpm.v,_xlpm.acc+_xlpm.v))'],
  ['=SCAN(1,A1:A3,LAMBDA(a,b,a*b))', '_xlfn.SCAN(1,A1:A3,_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a*_xlpm.b))'],
  ['=BYROW(A1:B3,LAMBDA(r,SUM(r)))', '_xlfn.BYROW(A1:B3,_xlfn.LAMBDA(_xlpm.r,SUM(_xlpm.r)))'],
  ['=BYCOL(A1:B3,LAMBDA(c,MAX(c)))', '_xlfn.BYCOL(A1:B3,_xlfn.LAMBDA(_xlpm.c,MAX(_xlpm.c)))'],
  ['=MAKEARRAY(2,2,LAMBDA(r,c,r*c))', '_xlfn.MAKEARRAY(2,2,_xlfn.LAMBDA(_xlpm.r,_xlpm.c,_xlpm.r*_xlpm.c))'],
  ['=REDUCE(,A1:A3,LAMBDA(a,v,IF(ISOMITTED(a),v,a+v)))', '_xlfn.REDUCE(,A1:A3,_xlfn.LAMBDA(_xlpm.a,_xlpm.v,IF(_xlfn.ISOMITTED(_xlpm.a),_xlpm.v,_xlpm.a+_xlpm.v)))'],
  ['=LET(k,10,f,LAMBDA(x,x*k),MAP(A1:A3,f))', '_xlfn.LET(_xlpm.k,10,_xlpm.f,_xlfn.LAMBDA(_xlpm.x,_xlpm.x*_xlpm.k),_xlfn.MAP(A1:A3,_xlpm.f))'],
  ['=LAMBDA(x,x+1)(2)', '_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)(2)'],
];

function workbook(): Workbook {
  const formulas = FORMULAS.map(([formula]) => ({ formula, value: 0 }));
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [sheetFromGrid('S', [[{ value: 1 }, { value: 4 }, ...formulas], [{ value: 2 }, { value: 5 }], [{ value: 3 }, { value: 6 }]])],
    names: [{ name: 'ADDONE', formula: 'LAMBDA(x,x+1)' }],
  };
}

function part(bytes: Uint8Array, name: string): string {
  return ZipArchive.open(bytes, DEFAULT_LIMITS).readText(name);
}

/** The formula texts of a sheet part, unescaped. */
function storedFormulas(xml: string): string[] {
  return [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
}

describe('LAMBDA formulas in XLSX', () => {
  it('are written with the _xlfn. and _xlpm. prefixes, read back as plain names, written again the same', async () => {
    const bytes = await write(workbook(), 'xlsx');
    expect(storedFormulas(part(bytes, 'xl/worksheets/sheet1.xml'))).toEqual(FORMULAS.map(([, stored]) => stored));
    const back = (await read(bytes)).document as Workbook;
    expect(back.sheets[0]!.rows[0]!.slice(2).map((c) => c?.formula)).toEqual(FORMULAS.map(([formula]) => formula));
    const again = await write(back, 'xlsx');
    expect(storedFormulas(part(again, 'xl/worksheets/sheet1.xml'))).toEqual(FORMULAS.map(([, stored]) => stored));
  });

  it('keep a LAMBDA in a defined name: prefixed in the file, plain in the model', async () => {
    const bytes = await write(workbook(), 'xlsx');
    expect(part(bytes, 'xl/workbook.xml')).toContain('<definedName name="ADDONE">_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)</definedName>');
    const back = (await read(bytes)).document as Workbook;
    expect(back.names).toEqual([{ name: 'ADDONE', formula: 'LAMBDA(x,x+1)' }]);
    expect(part(await write(back, 'xlsx'), 'xl/workbook.xml')).toContain('<definedName name="ADDONE">_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)</definedName>');
  });

  // LibreOffice (24.x) has no LAMBDA: the names are written as typed (no OpenFormula or
  // COM.MICROSOFT. name exists for them), so the formula text comes back whole.
  it('survive a trip through ODS, which LibreOffice cannot compute: the formula text is kept', async () => {
    const ods = await write(workbook(), 'ods');
    const content = part(ods, 'content.xml');
    expect(content).toContain('of:=MAP([.A1:.A3];LAMBDA(x;x*2))');
    const back = (await read(ods)).document as Workbook;
    expect(back.sheets[0]!.rows[0]!.slice(2).map((c) => c?.formula)).toEqual(FORMULAS.map(([formula]) => formula));
    expect(back.names).toEqual([{ name: 'ADDONE', formula: 'LAMBDA(x,x+1)' }]);
  });
});
