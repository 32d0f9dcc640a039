import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { read, write } from '../index.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { miniDocx } from '../../../../test/support/text-docs.js';


const tc = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const withDeletedRow = miniDocx(
  '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
    `<w:tr>${tc('Commune')}${tc('Population')}</w:tr>` +
    `<w:tr><w:trPr><w:del w:id="7" w:author="Claire Martin" w:date="2026-03-02T10:00:00Z"/></w:trPr>${tc('Naves')}${tc('2 401')}</w:tr>` +
    `<w:tr>${tc('Tulle')}${tc('14 811')}</w:tr>` +
    `<w:tr><w:trPr><w:ins w:id="9" w:author="Paul Durand" w:date="2026-03-03T11:00:00Z"/></w:trPr>${tc('Brive')}${tc('46 961')}</w:tr>` +
    '</w:tbl><w:p/>',
);

/** Each row's change: kind and author, or '-'. */
function rowChanges(doc: TextDocument): string[] {
  const out: string[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name !== 'table_row') return true;
    const change = n.attrs.change as { kind: string; author: string | null; date: string | null } | null;
    out.push(change ? `${change.kind} ${String(change.author)} ${String(change.date)}` : '-');
    return false;
  });
  return out;
}

const expectedChanges = ['-', 'deletion Claire Martin 2026-03-02T10:00:00Z', '-', 'insertion Paul Durand 2026-03-03T11:00:00Z'];

/** Each row's cell texts, a deleted text between brackets with its author. */
function rows(doc: TextDocument): string[][] {
  const out: string[][] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name !== 'table_row') return true;
    const cells: string[] = [];
    n.forEach((cell) => {
      let text = '';
      cell.descendants((t) => {
        if (!t.isText) return true;
        const del = t.marks.find((m) => m.type.name === 'deletion');
        text += del ? `[${t.text ?? ''} / ${String(del.attrs.author)}]` : (t.text ?? '');
        return false;
      });
      cells.push(text);
    });
    out.push(cells);
    return false;
  });
  return out;
}

const expected = [
  ['Commune', 'Population'],
  ['[Naves / Claire Martin]', '[2 401 / Claire Martin]'],
  ['Tulle', '14 811'],
  ['Brive', '46 961'],
];

describe('table rows inserted or deleted with changes tracked', () => {
  it('keep their text, marked as deleted by its author, and the row its change', async () => {
    const { document, diagnostics } = await read(withDeletedRow);
    expect(rows(document as TextDocument)).toEqual(expected);
    expect(rowChanges(document as TextDocument)).toEqual(expectedChanges);
    expect(diagnostics.map((d) => d.code)).not.toContain('tracked-row-deletion-simplified');
    expect(diagnostics.map((d) => d.code)).not.toContain('tracked-changes-accepted');
  });

  it('are written to DOCX as w:trPr/w:del and w:trPr/w:ins and read back', async () => {
    const first = (await read(withDeletedRow)).document as TextDocument;
    const bytes = await write(first, 'docx');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:trPr><w:del w:id="\d+" w:author="Claire Martin" w:date="2026-03-02T10:00:00Z"\/><\/w:trPr>/);
    expect(xml).toMatch(/<w:trPr><w:ins w:id="\d+" w:author="Paul Durand" w:date="2026-03-03T11:00:00Z"\/><\/w:trPr>/);
    expect(rowChanges((await read(bytes)).document as TextDocument)).toEqual(expectedChanges);
    // LibreOffice opens the file with every row (deleted rows stay until accepted).
    const text = libreofficeConvert(bytes, 'rows.docx', 'txt');
    for (const cell of ['Commune', 'Tulle', 'Brive']) expect(text).toContain(cell);
  });

  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`still show the deleted text through ${format}`, async () => {
      const first = (await read(withDeletedRow)).document as TextDocument;
      expect(rows((await read(await write(first, format))).document as TextDocument)).toEqual(expected);
    });
  }
});
