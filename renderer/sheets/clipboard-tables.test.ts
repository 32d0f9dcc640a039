import { describe, expect, it } from 'vitest';
import { parseHtmlTable, parseTsv, toHtmlTable, toTsv } from './clipboard-tables.js';

describe('clipboard tables', () => {
  it('writes and reads tab-separated text with quoted cells', () => {
    const rows = [['Nom', 'Montant'], ['Dupont, "Jean"', '1 234,56'], ['ligne\nde deux', '\tindent']];
    const text = toTsv(rows);
    expect(text).toBe('Nom\tMontant\r\n"Dupont, ""Jean"""\t1 234,56\r\n"ligne\nde deux"\t"\tindent"\r\n');
    expect(parseTsv(text)).toEqual(rows);
  });

  it('reads what other applications put on the clipboard', () => {
    expect(parseTsv('a\tb\nc\td\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('a\t\tc')).toEqual([['a', '', 'c']]);
    expect(parseTsv('"unfinished\tquote')).toEqual([['"unfinished\tquote']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('writes an HTML table with exact numbers and escaped text', () => {
    const html = toHtmlTable([[{ text: '<b>&', number: undefined }, { text: '1 234,5', number: 1234.5 }], [{ text: 'a\nb' }]]);
    expect(html).toContain('<td>&lt;b&gt;&amp;</td><td sdval="1234.5">1 234,5</td>');
    expect(html).toContain('<td>a<br>b</td>');
    expect(parseHtmlTable(html)).toEqual([[{ text: '<b>&' }, { text: '1 234,5', number: 1234.5 }], [{ text: 'a\nb' }]]);
  });

  it('reads tables from LibreOffice, Excel and browsers', () => {
    const libreoffice = `<html><body><table cellspacing="0" border="0"><colgroup width="85"></colgroup>
      <tr><td height="17" align="left">Ville</td><td align="left">Total</td></tr>
      <tr><td height="17" align="left">Montpellier</td><td align="right" sdval="1234.56" sdnum="1036;0;#\u00a0##0,00">1&nbsp;234,56</td></tr>
      </table></body></html>`;
    expect(parseHtmlTable(libreoffice)).toEqual([
      [{ text: 'Ville' }, { text: 'Total' }],
      [{ text: 'Montpellier' }, { text: '1\u00a0234,56', number: 1234.56 }],
    ]);
    const browser = '<table><thead><tr><th>A</th><th colspan="2">B</th></tr></thead><tbody><tr><td rowspan=2>x</td><td><span>y</span>\n  z</td><td>3</td></tr><tr><td>w</td><td>4</td></tr></tbody></table>';
    expect(parseHtmlTable(browser)?.map((r) => r.map((c) => c.text))).toEqual([
      ['A', 'B', ''],
      ['x', 'y z', '3'],
      ['', 'w', '4'],
    ]);
    expect(parseHtmlTable('<td x:num="12.5">12,5</td>')).toBeNull();
    expect(parseHtmlTable('<table><tr><td x:num="12.5">12,5')).toEqual([[{ text: '12,5', number: 12.5 }]]);
    expect(parseHtmlTable('<p>pas de tableau</p>')).toBeNull();
  });

  it('bounds what hostile input can make', () => {
    const huge = `<table>${'<tr><td colspan="999999" rowspan="999999">'.repeat(2000)}`;
    const rows = parseHtmlTable(huge);
    // Spans stop at the sheet's width and the block at two million cells.
    expect(rows?.[0]?.length).toBe(1000);
    expect(rows!.every((row) => row.length <= 16_384)).toBe(true);
    expect(rows!.reduce((n, row) => n + row.length, 0)).toBeLessThan(2_020_000);
  });
});
