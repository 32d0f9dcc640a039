import { WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, OstalDocument, Workbook } from '@ostal/model';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';

/** `rows` x 8 cells: numbers, text, a bold date column; a frozen first row and a wide column B. */
function bigWorkbook(rows: number, sheetName = 'Données'): Workbook {
  const data: (Cell | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    data.push([
      { value: r + 1 },
      { value: `Libellé ${String(r % 97)}` },
      { value: (r * 37.5) % 1000 },
      { value: 45_000 + (r % 365), style: 1 },
      { value: r % 2 === 0 },
      { value: `Réf. ${String(r)}` },
      { value: r * 2 },
      r === 1 ? { value: 3, formula: '=A1+A2' } : { value: r * 3 },
    ]);
  }
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles: [{}, { numberFormat: 'dd/mm/yyyy', font: { bold: true } }],
    sheets: [
      { name: sheetName, rows: data, frozen: { rows: 1, cols: 0 }, columns: [{ first: 1, last: 1, width: 120 }] },
      { name: 'Petite', rows: [[{ value: 'seule' }]] },
    ],
  };
}

async function readWithPreview(bytes: Uint8Array): Promise<{ previews: OstalDocument[]; whole: Workbook }> {
  const previews: OstalDocument[] = [];
  const result = await read(bytes, { onFirstRows: (p) => previews.push(p) });
  return { previews, whole: result.document as Workbook };
}

let written: Promise<Uint8Array> | undefined;
/** The large workbook written once for the tests that need one. */
const largeXlsx = (): Promise<Uint8Array> => (written ??= write(bigWorkbook(30_000), 'xlsx'));

describe('xlsx: first rows before the rest', () => {
  it('hands over the first rows of each sheet, as the whole read has them, then resolves with the whole workbook', async () => {
    const { previews, whole } = await readWithPreview(await largeXlsx());
    expect(previews).toHaveLength(1);
    const preview = previews[0] as Workbook;
    expect(preview.sheets.map((s) => s.name)).toEqual(['Données', 'Petite']);
    const [first, small] = preview.sheets;
    // Thousands of rows, not all of them.
    expect(first!.rows.length).toBeGreaterThan(500);
    expect(first!.rows.length).toBeLessThan(whole.sheets[0]!.rows.length);
    expect(whole.sheets[0]!.rows).toHaveLength(30_000);
    // Each previewed row is the whole read's row: values, formulas, styles.
    expect(first!.rows).toEqual(whole.sheets[0]!.rows.slice(0, first!.rows.length));
    expect(preview.styles).toEqual(whole.styles);
    expect(first!.frozen).toEqual(whole.sheets[0]!.frozen);
    expect(first!.columns).toEqual(whole.sheets[0]!.columns);
    // A sheet short enough is previewed whole.
    expect(small!.rows).toEqual(whole.sheets[1]!.rows);
  });

  it('does not preview a small workbook', async () => {
    const { previews, whole } = await readWithPreview(await write(bigWorkbook(200), 'xlsx'));
    expect(previews).toHaveLength(0);
    expect(whole.sheets[0]!.rows).toHaveLength(200);
  });

  it('hands over the sound first rows, and the whole read still fails on a worksheet damaged further down', async () => {
    const files = unzipSync(await largeXlsx());
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    // A cell element left open far down the part: the first rows are sound, the part is not.
    const at = sheet.lastIndexOf('<row ');
    files['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(`${sheet.slice(0, at)}<row r="x"><c><v>1</row>${sheet.slice(at)}`);
    const previews: OstalDocument[] = [];
    await expect(read(zipSync(files), { onFirstRows: (p) => previews.push(p) })).rejects.toThrow(/sheet1\.xml/);
    // The preview came from the sound first rows; the caller drops it when the read fails.
    expect(previews).toHaveLength(1);
  });
});

describe.each(['ods', 'fods'] as const)('%s: first rows before the rest', (format) => {
  it('hands over the first table\'s first rows as the whole read has them', async () => {
    // ODF spells each cell out at length: 12,000 rows are past the preview's 4 MB.
    const { previews, whole } = await readWithPreview(await write(bigWorkbook(12_000), format));
    expect(previews).toHaveLength(1);
    const first = (previews[0] as Workbook).sheets[0]!;
    expect(first.name).toBe('Données');
    expect(first.rows.length).toBeGreaterThan(500);
    expect(first.rows.length).toBeLessThan(12_000);
    expect(first.rows).toEqual(whole.sheets[0]!.rows.slice(0, first.rows.length));
    expect(first.frozen).toEqual(whole.sheets[0]!.frozen);
  });
});
