/**
 * Recalculation on load: an XLSX Ostal writes asks for every formula to be computed again
 * (`calcPr fullCalcOnLoad`, ECMA-376 Part 1, 18.2.2) only when the stored results are stale or
 * missing; otherwise the results are written and shown as they are, RAND and NOW included.
 */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

function book(cells: Parameters<typeof sheetFromGrid>[1], extra: Partial<Workbook> = {}): Workbook {
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Feuille', cells)], ...extra };
}

async function workbookXml(workbook: Workbook): Promise<string> {
  return ZipArchive.open(await write(workbook, 'xlsx'), DEFAULT_LIMITS).readText('xl/workbook.xml');
}

async function sheetXml(workbook: Workbook): Promise<string> {
  return ZipArchive.open(await write(workbook, 'xlsx'), DEFAULT_LIMITS).readText('xl/worksheets/sheet1.xml');
}

describe('recalculation on load (xlsx)', () => {
  const cached = book([[{ value: 0.25, formula: '=RAND()' }, { value: 7, formula: '=FOOBAR(1)' }, { value: 'x', formula: '="x"' }]]);

  it('writes stored results and does not ask for a recalculation when every formula has one', async () => {
    const xml = await workbookXml(cached);
    expect(xml).toContain('<calcPr calcId="191029"/>');
    expect(xml).not.toContain('fullCalcOnLoad');
    const sheet = await sheetXml(cached);
    expect(sheet).toContain('<c r="A1"><f>RAND()</f><v>0.25</v></c>');
    expect(sheet).toContain('<c r="B1"><f>FOOBAR(1)</f><v>7</v></c>');
  });

  it('asks for a recalculation when a formula has no stored result', async () => {
    const xml = await workbookXml(book([[{ value: 1 }, { value: null, formula: '=A1*2' }]]));
    expect(xml).toContain('fullCalcOnLoad="1"');
  });

  it('asks for a recalculation when the workbook says its results are stale', async () => {
    expect(await workbookXml({ ...cached, recalcOnLoad: true })).toContain('fullCalcOnLoad="1"');
  });

  it('reads the request of the file and keeps it through a round trip', async () => {
    const asked = await write({ ...cached, recalcOnLoad: true }, 'xlsx');
    const again = (await read(asked)).document as Workbook;
    expect(again.recalcOnLoad).toBe(true);
    expect(await workbookXml(again)).toContain('fullCalcOnLoad="1"');
    const trusted = (await read(await write(cached, 'xlsx'))).document as Workbook;
    expect(trusted.recalcOnLoad).toBeUndefined();
    expect(trusted.sheets[0]!.rows[0]![0]).toEqual({ value: 0.25, formula: '=RAND()' });
  });

  it('keeps the results an ODS file stored when it becomes xlsx', async () => {
    const ods = await write(cached, 'ods');
    const fromOds = (await read(ods)).document as Workbook;
    expect(fromOds.sheets[0]!.rows[0]![0]).toEqual({ value: 0.25, formula: '=RAND()' });
    expect(await workbookXml(fromOds)).not.toContain('fullCalcOnLoad');
  });
});
