import { describe, expect, it } from 'vitest';
import { parseXml } from './xml-parser.js';
import { closedPrefix } from './xml-prefix.js';

describe('closedPrefix', () => {
  it('cuts a worksheet after its last complete row and closes what is open, with the prefixes used', () => {
    const head = '<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>2';
    expect(closedPrefix(head, 'row')).toBe('<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>');
    expect(closedPrefix('<worksheet><sheetData><row r="1"/><row r="2"><c/></row><row', 'row')).toBe('<worksheet><sheetData><row r="1"/><row r="2"><c/></row></sheetData></worksheet>');
  });

  it('closes an ODF content part after its last complete table row, past comments, CDATA and ">" in values', () => {
    const head =
      '<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><!-- a <b> --><office:body><office:spreadsheet>' +
      '<table:table table:name="a>b"><table:table-row><table:table-cell><text:p><![CDATA[<x>]]> 1 > 0</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell><text:p>coupé';
    const closed = closedPrefix(head, 'table-row');
    expect(closed?.endsWith('</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')).toBe(true);
    expect(() => parseXml(closed!, { part: 'content.xml', maxDepth: 64 })).not.toThrow();
  });

  it('gives nothing when no element is complete or the markup does not nest', () => {
    expect(closedPrefix('<worksheet><sheetData><row r="1"><c><v>1', 'row')).toBeUndefined();
    expect(closedPrefix('<a><b></a><row></row>', 'row')).toBeUndefined();
    expect(closedPrefix('<row>1</row>', 'row')).toBeUndefined();
  });
});
