import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfString, picturePdf } from './picture-pdf.js';

/** A stand-in JPEG body (the writer copies the bytes as they are). */
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('PDF of pictures', () => {
  it('writes one page per picture at the size given, each object where the cross-reference table says', () => {
    const pdf = picturePdf([{ jpeg, width: 2560, height: 1440 }, { jpeg, width: 2560, height: 1440 }, { jpeg, width: 2560, height: 1440 }], 960, 540, 'Bilan');
    const text = latin1(pdf);
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('/Count 3');
    expect(text.match(/\/MediaBox \[0 0 960 540\]/g)).toHaveLength(3);
    expect(text.match(/\/Filter \/DCTDecode \/Length 9 >>/g)).toHaveLength(3);
    const startxref = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = text.slice(startxref).split('\n').filter((l) => / 00000 n $/.test(l));
    expect(entries).toHaveLength(3 + 3 * 3);
    entries.forEach((line, i) => {
      const at = Number(line.slice(0, 10));
      expect(text.slice(at).startsWith(`${String(i + 1)} 0 obj\n`)).toBe(true);
    });
    expect(text).toContain('/Title (Bilan)');
  });

  it('writes titles beyond ASCII as UTF-16 and escapes parentheses', () => {
    expect(pdfString('Réunion')).toBe('<FEFF005200E90075006E0069006F006E>');
    expect(pdfString('a (b) \\')).toBe('(a \\(b\\) \\\\)');
  });

  it('is read by poppler as a PDF of that many pages and that size', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-picture-pdf-'));
    try {
      const file = path.join(dir, 'x.pdf');
      writeFileSync(file, picturePdf([{ jpeg, width: 16, height: 9 }, { jpeg, width: 16, height: 9 }], 960, 540, 'Réunion de service'));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+2/);
      expect(info).toMatch(/Page size:\s+960 x 540 pts/);
      expect(info).toMatch(/Title:\s+Réunion de service/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
