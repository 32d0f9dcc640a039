import { describe, expect, it } from 'vitest';
import { emptyTextDocument, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { packDocument, packedBuffers, packRows, unpackDocument, unpackRows } from './packed-cells.js';

const rows: ((Cell | null)[] | null)[] = [
  [{ value: 1 }, { value: -0 }, { value: 2.5, style: 3 }, null, { value: 'Réf. 1' }],
  null,
  [{ value: null, formula: '=A1*2' }, { value: 7, formula: '=3+4', style: 1 }, { value: 'x', formula: '="x"' }, { value: true }, { value: false, style: 2 }],
  [],
  [{ value: { error: '#DIV/0!' }, formula: '=1/0' }, { value: { error: '#N/A' } }, { value: null, style: 4 }, { value: '' }, { value: 'Réf. 1' }],
];

function workbook(sheetRows: ((Cell | null)[] | null)[][]): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: { title: 'T' },
    styles: [{}, { numberFormat: '0.00' }],
    sheets: sheetRows.map((r, i) => ({ name: `S${String(i + 1)}`, rows: r, frozen: { rows: 1, cols: 0 } })),
  };
}

describe('packed cells', () => {
  it('give back the same rows: values of every kind, formulas, styles, empty rows and cells', () => {
    const packed = packRows(rows)!;
    const back = unpackRows(packed);
    expect(back).toEqual(rows);
    expect(Object.is((back[0]![1] as Cell).value, -0)).toBe(true);
    // Each distinct string once: the repeated text travels once.
    expect(packed.strings.filter((s) => s === 'Réf. 1')).toHaveLength(1);
    // Cells keep the model's shape: no key for a missing formula or style.
    expect(Object.keys(back[0]![0]!)).toEqual(['value']);
    expect(Object.keys(back[2]![1]!)).toEqual(['value', 'formula', 'style']);
  });

  it('leave a sheet with anything but plain cells to the structured clone', () => {
    const odd = [[{ value: 1, note: 'kept' } as Cell]];
    expect(packRows(odd)).toBeUndefined();
    expect(packRows([[{ value: new Date(0) as unknown as string }]])).toBeUndefined();
    const { document, packed } = packDocument(workbook([rows, odd]));
    expect(packed?.[0]).toBeDefined();
    expect(packed?.[1]).toBeUndefined();
    expect((document as Workbook).sheets[0]!.rows).toEqual([]);
    expect((document as Workbook).sheets[1]!.rows).toBe(odd);
  });

  it('round-trip a workbook through postMessage with their buffers handed over', async () => {
    const original = workbook([rows, [[{ value: 3 }]]]);
    const { document, packed } = packDocument(original);
    const channel = new MessageChannel();
    const arrived = new Promise<{ document: Workbook; packed: typeof packed }>((resolve) => {
      channel.port2.onmessage = (event: MessageEvent<{ document: Workbook; packed: typeof packed }>) => resolve(event.data);
    });
    channel.port1.postMessage({ document, packed }, packedBuffers(packed ?? []));
    // Handed over, not copied: the sender's buffers are gone.
    expect(packed![0]!.kinds.length).toBe(0);
    const message = await arrived;
    channel.port1.close();
    expect(unpackDocument(message.document, message.packed)).toEqual(original);
  });

  it('leave other documents as they are', () => {
    const text = emptyTextDocument({});
    expect(packDocument(text)).toEqual({ document: text });
    expect(unpackDocument(text, undefined)).toBe(text);
  });
});
