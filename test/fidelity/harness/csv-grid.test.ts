import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvCellReader, compareSheets, csvCells, gatherSheetCsv } from './csv-grid.js';

describe('csvCells', () => {
  it('reads quoted fields holding separators, quotes and line breaks, keeping non-empty cells', () => {
    expect(csvCells('a,"b,c","say ""hi"""\r\n"two\nlines",,x\n')).toEqual([
      [0, 0, 'a'],
      [0, 1, 'b,c'],
      [0, 2, 'say "hi"'],
      [1, 0, 'two\nlines'],
      [1, 2, 'x'],
    ]);
  });

  it('keeps a last line without a line break, and skips empty rows and fields', () => {
    expect(csvCells('1,2\n,,,\n\n3')).toEqual([
      [0, 0, '1'],
      [0, 1, '2'],
      [3, 0, '3'],
    ]);
  });

  it('gives the same cells whatever the pieces it is fed in', () => {
    const text = 'x,"a ""q"" b"\r\n,"multi\r\nline",z\r\n';
    const whole = csvCells(text);
    for (let cut = 1; cut < text.length; cut++) {
      const reader = new CsvCellReader();
      reader.push(text.slice(0, cut));
      reader.push(text.slice(cut));
      expect(reader.end(), `cut at ${String(cut)}`).toEqual(whole);
    }
  });
});

describe('compareSheets', () => {
  const book = (sheets: Record<string, string>): string => JSON.stringify(Object.fromEntries(Object.entries(sheets).map(([name, csv]) => [name, csvCells(csv)])));

  it('counts every cell shown on either side once, matching by sheet name and position', () => {
    const a = book({ Budget: 'Poste,Montant\nLoyer,"1 200,00 €"\n', Notes: 'ok\n' });
    const b = book({ Budget: 'Poste,Montant\nLoyer,1200\n', Notes: 'ok\n' });
    // Poste, Montant, Loyer, ok agree; the amount lost its format.
    expect(compareSheets(a, b)).toEqual({ matched: 4, total: 5 });
  });

  it('leaves every cell of a missing sheet unmatched', () => {
    expect(compareSheets(book({ A: 'x,y\n', B: 'z\n' }), book({ A: 'x,y\n' }))).toEqual({ matched: 2, total: 3 });
  });

  it('counts a cell that appears only in the output', () => {
    expect(compareSheets(book({ A: 'x\n' }), book({ A: 'x,extra\n' }))).toEqual({ matched: 1, total: 2 });
  });

  it('leaves out the positions it is told to skip (volatile cells), by sheet', () => {
    const a = book({ A: 'x,0.25\n', B: 'y,0.5\n' });
    const b = book({ A: 'x,0.75\n', B: 'y,0.9\n' });
    expect(compareSheets(a, b, new Set(['A\t0:1']))).toEqual({ matched: 2, total: 3 });
  });
});

describe('gatherSheetCsv', () => {
  it('joins the per-sheet files LibreOffice writes into one JSON object and removes them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-csv-grid-'));
    try {
      writeFileSync(path.join(dir, 'f0001-orig-Feuil1.csv'), 'a\n');
      writeFileSync(path.join(dir, 'f0001-orig-Résumé 2026.csv'), 'b\n');
      writeFileSync(path.join(dir, 'f0001-same-Feuil1.csv'), 'c\n');
      expect(gatherSheetCsv(path.join(dir, 'f0001-orig.csv'))).toBe(true);
      expect(JSON.parse(readFileSync(path.join(dir, 'f0001-orig.csv'), 'utf8'))).toEqual({ Feuil1: [[0, 0, 'a']], 'Résumé 2026': [[0, 0, 'b']] });
      expect(readdirSync(dir).sort()).toEqual(['f0001-orig.csv', 'f0001-same-Feuil1.csv']);
      expect(gatherSheetCsv(path.join(dir, 'f0002-orig.csv'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
