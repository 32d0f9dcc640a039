import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { strToU8, zipSync } from 'fflate';
import { read, write } from '../index.js';

/** A minimal DOCX whose body is `body`. */
function docx(body: string): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${w}><w:body>${body}</w:body></w:document>`),
  });
}

const tc = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const withDeletedRow = docx(
  '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
    `<w:tr>${tc('Commune')}${tc('Population')}</w:tr>` +
    `<w:tr><w:trPr><w:del w:id="7" w:author="Claire Martin" w:date="2026-03-02T10:00:00Z"/></w:trPr>${tc('Naves')}${tc('2 401')}</w:tr>` +
    `<w:tr>${tc('Tulle')}${tc('14 811')}</w:tr>` +
    '</w:tbl><w:p/>',
);

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
];

describe('table rows deleted with changes tracked', () => {
  it('keep their text, marked as deleted by its author, instead of disappearing', async () => {
    const { document, diagnostics } = await read(withDeletedRow);
    expect(rows(document as TextDocument)).toEqual(expected);
    expect(diagnostics.map((d) => d.code)).toContain('tracked-row-deletion-simplified');
    expect(diagnostics.map((d) => d.code)).not.toContain('tracked-changes-accepted');
  });

  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`still show the deleted text through ${format}`, async () => {
      const first = (await read(withDeletedRow)).document as TextDocument;
      expect(rows((await read(await write(first, format))).document as TextDocument)).toEqual(expected);
    });
  }
});
