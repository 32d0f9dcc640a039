/**
 * Excel threaded comments: read with authors, dates and replies (instead of their legacy
 * fallback note), written back as threads Excel and Ostal read, flattened into ODS notes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { CellComment, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';
import { conversionLosses } from './sheet-conversion-losses.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/xlsx');

const thread: CellComment = {
  row: 1,
  col: 2,
  text: 'Montant à confirmer avec le service financier',
  author: 'Anne Dupont',
  date: '2026-11-02T09:15:00',
  replies: [
    { text: 'Confirmé : 1 250 €', author: 'Luc Martin', date: '2026-11-03T14:02:10' },
    { text: 'Merci !', author: 'Anne Dupont', date: '2026-11-03T15:00:00' },
  ],
  resolved: true,
  threaded: true,
};
const note: CellComment = { row: 3, col: 0, text: 'Note simple', author: 'Luc Martin' };

function workbook(): Workbook {
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ ...sheetFromGrid('Budget', [[{ value: 'Poste' }], [{ value: 'Repas' }, { value: 12 }, { value: 1250 }]]), comments: [thread, note] }] };
}

describe('threaded comments', () => {
  it('reads an Excel thread with its authors, dates and replies', async () => {
    const book = (await read(new Uint8Array(readFileSync(path.join(CORPUS, 'sheetjs-threaded_comments_none.xlsx'))))).document as Workbook;
    expect(book.sheets[0]?.comments).toEqual([
      {
        row: 4,
        col: 4,
        text: 'Test3',
        author: 'Sheet TS',
        date: '2022-03-13T10:07:02.61',
        replies: [
          { text: 'Test2', author: 'Sheet TS', date: '2022-03-13T10:07:17.61' },
          { text: 'Bahaha', author: 'Sheet JS', date: '2022-03-13T20:17:49.03' },
        ],
        threaded: true,
      },
    ]);
  });

  it('writes threads and notes back to xlsx and reads them again', async () => {
    const bytes = await write(workbook(), 'xlsx');
    const files = unzipSync(bytes);
    expect(strFromU8(files['xl/threadedComments/threadedComment1.xml']!)).toContain('parentId=');
    expect(strFromU8(files['xl/persons/person.xml']!)).toContain('displayName="Luc Martin"');
    // The legacy note of the thread carries the conversation for applications without threads.
    expect(strFromU8(files['xl/comments1.xml']!)).toContain('Luc Martin (2026-11-03): Confirmé : 1 250 €');
    const back = (await read(bytes)).document as Workbook;
    expect(back.sheets[0]?.comments).toEqual([thread, note]);
  });

  it('LibreOffice reads the thread of the xlsx as a note holding the conversation', async () => {
    const fods = libreofficeConvert(await write(workbook(), 'xlsx'), 'threads.xlsx', 'fods');
    expect(fods).toContain('Anne Dupont (2026-11-02): Montant à confirmer avec le service financier');
    expect(fods).toContain('Note simple');
  });

  it('ODS keeps author and date, and the replies as lines of the note (and says so)', async () => {
    const back = (await read(await write(workbook(), 'ods'))).document as Workbook;
    const c = back.sheets[0]?.comments?.[0];
    expect(c).toMatchObject({ author: 'Anne Dupont', date: '2026-11-02T09:15:00' });
    expect(c?.text.split('\n')).toEqual([thread.text, 'Luc Martin (2026-11-03): Confirmé : 1 250 €', 'Anne Dupont (2026-11-03): Merci !']);
    expect(conversionLosses(workbook(), 'ods').map((d) => d.code)).toContain('comment-replies-flattened');
  });
});
