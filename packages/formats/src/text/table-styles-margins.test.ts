import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

/** A table style as Word's "Grid Table 4 - Accent 1" gives it: a blue header row in white bold, banded rows, a thick line above the total. */
const STYLES =
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar>' +
  '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="Bleu"><w:name w:val="Bleu"/><w:basedOn w:val="TableNormal"/>' +
  '<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblStyleRowBandSize w:val="1"/>' +
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="8EAADB"/><w:bottom w:val="single" w:sz="4" w:color="8EAADB"/></w:tblBorders></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="4472C4"/></w:tcPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:color="4472C4"/></w:tcBorders></w:tcPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="firstCol"><w:rPr><w:i/></w:rPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>' +
  '</w:style>';

const tc = (text: string, tcPr = '', rPr = ''): string => `<w:tc><w:tcPr>${tcPr}</w:tcPr><w:p><w:r><w:rPr>${rPr}</w:rPr><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const table = (look: string, rows: string[], tblPr = ''): string =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="Bleu"/>${look}${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.map((r) => `<w:tr>${r}</w:tr>`).join('')}</w:tbl><w:p/>`;

const BUDGET = [tc('Poste') + tc('Montant'), tc('Voirie') + tc('120'), tc('Écoles') + tc('80', '<w:shd w:val="clear" w:fill="FFF2CC"/>'), tc('Sports') + tc('40'), tc('Total') + tc('240', '', '<w:b w:val="0"/>')];

interface CellView {
  text: string;
  background: unknown;
  marks: string[];
  margins: unknown;
  spaceAfter: unknown;
}

function cells(doc: TextDocument): CellView[][] {
  const rows: CellView[][] = [];
  textDocumentToNode(doc).descendants((n: PMNode) => {
    if (n.type.name !== 'table_row') return true;
    const row: CellView[] = [];
    n.forEach((c) => {
      const marks = new Set<string>();
      c.descendants((t) => {
        if (t.isText) for (const m of t.marks) marks.add(m.type.name === 'color' ? `color ${String(m.attrs.color)}` : m.type.name);
        return true;
      });
      row.push({ text: c.textContent, background: c.attrs.background, marks: [...marks].sort(), margins: c.attrs.margins, spaceAfter: c.firstChild?.attrs.spaceAfter });
    });
    rows.push(row);
    return false;
  });
  return rows;
}

/**
 * `doc` with its tables' style names dropped: a Word style goes to ODF as a template of its own
 * (table-word-styles.test.ts), and what both keep is the look on the cells.
 */
function withoutTableStyles(doc: TextDocument): TextDocument {
  const strip = (json: unknown): unknown => {
    if (Array.isArray(json)) return json.map(strip);
    if (typeof json !== 'object' || json === null) return json;
    const o = json as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, strip(v)]));
    return o.type === 'table' ? { ...out, attrs: { ...(out.attrs as object), wordStyle: null, template: null } } : out;
  };
  return { ...doc, content: strip(doc.content) as TextDocument['content'] };
}

const budgetDoc = async (look: string, tblPr = ''): Promise<TextDocument> => (await read(miniDocx(table(look, BUDGET, tblPr), STYLES))).document as TextDocument;

describe('Word table styles’ conditional formats', () => {
  it('give each cell the shading and run formatting of its regions (first row, banded rows, first column, last row)', async () => {
    const doc = await budgetDoc('<w:tblLook w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>');
    const got = cells(doc).map((r) => r.map((c) => [c.text, c.background, c.marks.join(',')]));
    expect(got).toEqual([
      [['Poste', '#4472c4', 'bold,color #ffffff,italic'], ['Montant', '#4472c4', 'bold,color #ffffff']],
      [['Voirie', '#d9e2f3', 'italic'], ['120', '#d9e2f3', '']],
      // The cell's own shading beats the band's.
      [['Écoles', null, 'italic'], ['80', '#fff2cc', '']],
      [['Sports', '#d9e2f3', 'italic'], ['40', '#d9e2f3', '']],
      // A run that says "not bold" beats the last row's bold.
      [['Total', null, 'bold,italic'], ['240', null, '']],
    ]);
  });

  it('draw the regions’ lines over the table’s (the total’s double line)', async () => {
    const node = textDocumentToNode(await budgetDoc('<w:tblLook w:val="0060"/>'));
    const borders: unknown[] = [];
    node.descendants((n) => {
      if (n.type.name === 'table_cell' && n.textContent === 'Total') borders.push(n.attrs.borders);
      return true;
    });
    expect(borders).toEqual([{ top: { style: 'double', width: 4, color: '#4472c4', space: 0 }, bottom: { style: 'solid', width: 4, color: '#8eaadb', space: 0 } }]);
  });

  it('follow w:tblLook: its bitmask, and banding alone when it is missing', async () => {
    // 0x0220: first row, no banded rows.
    const masked = cells(await budgetDoc('<w:tblLook w:val="0220"/>'));
    expect(masked.map((r) => r[1]!.background)).toEqual(['#4472c4', null, '#fff2cc', null, null]);
    const none = cells(await budgetDoc(''));
    // Without a first row, banding starts on the first row.
    expect(none.map((r) => r[1]!.background)).toEqual(['#d9e2f3', null, '#fff2cc', null, '#d9e2f3']);
    expect(none[0]![0]!.marks).toEqual([]);
  });

  it('give the cells’ paragraphs the style’s paragraph properties', async () => {
    const rows = cells(await budgetDoc(''));
    expect(rows.every((r) => r.every((c) => c.spaceAfter === 0))).toBe(true);
  });

  for (const target of ['odt', 'docx'] as const) {
    it(`are written resolved to ${target}, where LibreOffice shows them`, async () => {
      const doc = await budgetDoc('<w:tblLook w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:noVBand="1"/>');
      expectSameDocument(withoutTableStyles(doc), withoutTableStyles(await roundTrip(doc, target)));
      const bytes = await write(doc, target);
      if (target === 'odt') expect(odfSchemaErrors(bytes)).toEqual([]);
      const back = cells((await read(new Uint8Array(libreofficeConvertBytes(bytes, `budget.${target}`, 'fodt')))).document as TextDocument);
      expect(back[0]!.map((c) => c.background)).toEqual(['#4472c4', '#4472c4']);
      expect(back[0]![1]!.marks).toEqual(expect.arrayContaining(['bold', 'color #ffffff']));
      expect(back[1]!.map((c) => c.background)).toEqual(['#d9e2f3', '#d9e2f3']);
    }, 120_000);
  }
});

describe('table cell margins', () => {
  it('resolve the style’s, the table’s and the cell’s own, side by side', async () => {
    const rows = [tc('A', '<w:tcMar><w:top w:w="57" w:type="dxa"/><w:start w:w="284" w:type="dxa"/></w:tcMar>') + tc('B'), tc('C') + tc('D')];
    const doc = (await read(miniDocx(table('', rows, '<w:tblCellMar><w:right w:w="170" w:type="dxa"/></w:tblCellMar>'), STYLES))).document as TextDocument;
    const got = cells(doc).map((r) => r.map((c) => c.margins));
    expect(got[0]).toEqual([{ top: 57, right: 170, bottom: 0, left: 284 }, { top: 0, right: 170, bottom: 0, left: 108 }]);
    expect(got[1]).toEqual([{ top: 0, right: 170, bottom: 0, left: 108 }, { top: 0, right: 170, bottom: 0, left: 108 }]);
  });

  it('are none for a table whose styles and cells say nothing', async () => {
    const body = `<w:tbl><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr>${tc('A')}</w:tr></w:tbl><w:p/>`;
    expect(cells((await read(miniDocx(body))).document as TextDocument)[0]![0]!.margins).toBeNull();
  });

  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`survive ${format} and come back from the other format`, async () => {
      const rows = [tc('A', '<w:tcMar><w:top w:w="57" w:type="dxa"/><w:left w:w="284" w:type="dxa"/><w:bottom w:w="15" w:type="dxa"/></w:tcMar>') + tc('B'), tc('C') + tc('D')];
      const doc = (await read(miniDocx(table('', rows), STYLES))).document as TextDocument;
      const once = await roundTrip(doc, format);
      expectSameDocument(format === 'docx' ? doc : withoutTableStyles(doc), format === 'docx' ? once : withoutTableStyles(once));
      expectSameDocument(withoutTableStyles(doc), withoutTableStyles(await roundTrip(once, format === 'docx' ? 'odt' : 'docx')));
      if (format !== 'docx') expect(odfSchemaErrors(await write(doc, format), format === 'fodt')).toEqual([]);
    });
  }

  it('are the cell padding LibreOffice uses when it opens the ODT', async () => {
    const rows = [tc('A', '<w:tcMar><w:top w:w="113" w:type="dxa"/><w:left w:w="284" w:type="dxa"/></w:tcMar>') + tc('B')];
    const doc = (await read(miniDocx(table('', rows), STYLES))).document as TextDocument;
    const fodt = libreofficeConvertBytes(await write(doc, 'odt'), 'margins.odt', 'fodt');
    const back = cells((await read(new Uint8Array(fodt))).document as TextDocument);
    expect(back[0]![0]!.margins).toEqual({ top: 113, right: 108, bottom: 0, left: 284 });
  }, 120_000);

  it('refuse malformed margins in the model', () => {
    expect(() => textDocumentToNode({ kind: 'text', version: 1, meta: {}, content: { type: 'doc', content: [{ type: 'table', content: [{ type: 'table_row', content: [{ type: 'table_cell', attrs: { margins: { top: -1, right: 0, bottom: 0, left: 0 } }, content: [{ type: 'paragraph' }] }] }] }] } } as unknown as TextDocument)).toThrow(RangeError);
  });
});
