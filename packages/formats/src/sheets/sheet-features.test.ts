/**
 * Notes, data validation, autofilters, conditional formats and print settings survive same-format
 * and cross-format round trips, ODF output stays valid ODF 1.3, and LibreOffice sees them.
 */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Sheet, Workbook } from '@ostal/model';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const features: Omit<Sheet, 'name' | 'rows'> = {
  comments: [
    { row: 0, col: 1, text: 'Montant TTC\nà vérifier', author: 'Anne Dupont' },
    { row: 3, col: 3, text: 'Cellule vide commentée', author: 'Luc' },
  ],
  validations: [
    {
      ranges: [{ top: 1, left: 2, bottom: 20, right: 2 }],
      type: 'list',
      formula1: '"oui,non,peut-être"',
      allowBlank: true,
      showPrompt: true,
      prompt: { title: 'Réponse', text: 'Choisissez dans la liste' },
      showError: true,
      error: { title: 'Valeur refusée', text: 'Seules les valeurs de la liste sont admises' },
    },
    { ranges: [{ top: 1, left: 1, bottom: 20, right: 1 }], type: 'whole', formula1: '0', formula2: '1000', showError: true, error: { style: 'warning' } },
    { ranges: [{ top: 1, left: 0, bottom: 5, right: 0 }], type: 'textLength', operator: 'lessThanOrEqual', formula1: '10', allowBlank: true },
    { ranges: [{ top: 1, left: 4, bottom: 3, right: 4 }], type: 'custom', formula1: 'B2>0' },
  ],
  autoFilter: { range: { top: 0, left: 0, bottom: 3, right: 2 }, columns: [{ column: 1, conditions: [{ operator: 'greaterThan', value: 10 }] }] },
  pageSetup: {
    orientation: 'landscape',
    paper: { width: 210, height: 297 },
    margins: { top: 56.7, bottom: 56.7, left: 42.52, right: 42.52, header: 21.6, footer: 21.6 },
    scale: 80,
    printArea: [{ top: 0, left: 0, bottom: 3, right: 2 }],
    repeatRows: { first: 0, last: 0 },
    headerFooter: { header: '&CBudget', footer: '&LPage &P / &N&RImprimé le &D' },
  },
};

function workbook(): Workbook {
  const sheet = sheetFromGrid('Budget', [
    [{ value: 'Poste' }, { value: 'Montant' }, { value: 'Validé' }],
    [{ value: 'Repas' }, { value: 12 }, { value: 'oui' }],
    [{ value: 'Train' }, { value: 85 }, { value: 'non' }],
    [{ value: 'Taxi' }, { value: 9 }, { value: 'oui' }],
  ]);
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [{ ...sheet, ...features }, sheetFromGrid('Autre', [[{ value: 1 }]])],
  };
}

/** What both formats can carry (ODS keeps no scale-less defaults, xlsx no note dates). */
function expectFeatures(sheet: Sheet | undefined): void {
  expect(sheet?.comments).toEqual(features.comments);
  expect(sheet?.validations).toEqual(features.validations);
  expect(sheet?.autoFilter).toEqual(features.autoFilter);
}

describe.each(['xlsx', 'ods', 'fods'] as const)('%s sheet features', (format) => {
  it('reads back notes, validations and the autofilter it wrote', async () => {
    const back = (await read(await write(workbook(), format))).document as Workbook;
    expectFeatures(back.sheets[0]);
    expect(back.sheets[1]?.comments).toBeUndefined();
    expect(back.names ?? []).toEqual([]);
  });

  it('reads back the print settings it wrote', async () => {
    const back = (await read(await write(workbook(), format))).document as Workbook;
    expect(back.sheets[0]?.pageSetup).toEqual(features.pageSetup);
  });
});

describe('cross-format', () => {
  it.each([
    ['xlsx', 'ods'],
    ['ods', 'xlsx'],
    ['xlsx', 'fods'],
  ] as const)('%s -> %s keeps notes, validations, the autofilter and print settings', async (a, b) => {
    const first = (await read(await write(workbook(), a))).document as Workbook;
    const back = (await read(await write(first, b))).document as Workbook;
    expectFeatures(back.sheets[0]);
    expect(back.sheets[0]?.pageSetup).toEqual(features.pageSetup);
  });
});

describe('ODF validity with sheet features', () => {
  it('ods and fods are valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(workbook(), 'ods'))).toEqual([]);
    expect(odfSchemaErrors(await write(workbook(), 'fods'), true)).toEqual([]);
  });
});

describe('LibreOffice sees the features', () => {
  it('reads the notes and validations of the xlsx Ostal writes', async () => {
    const fods = libreofficeConvert(await write(workbook(), 'xlsx'), 'features.xlsx', 'fods');
    expect(fods).toContain('Cellule vide commentée');
    expect(fods).toContain('Montant TTC');
    expect(fods).toMatch(/table:condition="of:cell-content-is-in-list\(&quot;oui&quot;;&quot;non&quot;;&quot;peut-être&quot;\)"/);
    expect(fods).toContain('table:display-filter-buttons="true"');
    expect(fods).toContain('style:print-orientation="landscape"');
  });

  it('reads the notes and validations of the ods Ostal writes, and writes them to xlsx', async () => {
    const xlsx = libreofficeConvertBytes(await write(workbook(), 'ods'), 'features.ods', 'xlsx');
    const files = unzipSync(new Uint8Array(xlsx));
    const comments = Object.keys(files).filter((f) => /comments\d*\.xml$/.test(f));
    expect(comments.length).toBe(1);
    expect(strFromU8(files[comments[0]!]!)).toContain('Montant TTC');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<autoFilter ref="A1:C4"');
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"/);
    expect(sheet).toMatch(/<dataValidation [^>]*type="whole"/);
    // And Ostal reads LibreOffice's xlsx back with the same notes and rules.
    const back = (await read(new Uint8Array(xlsx))).document as Workbook;
    expect(back.sheets[0]?.comments?.map((c) => [c.row, c.col, c.text])).toEqual(features.comments!.map((c) => [c.row, c.col, c.text]));
    expect(back.sheets[0]?.validations?.map((v) => v.type).sort()).toEqual(['custom', 'list', 'textLength', 'whole']);
  });
});
