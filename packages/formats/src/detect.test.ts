import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const corpus = path.resolve(__dirname, '../../../../shared/corpus');
const load = (f: string): Uint8Array => new Uint8Array(readFileSync(path.join(corpus, f)));

describe('detect', () => {
  it('knows each package format by content, not by name', () => {
    expect(detect(load('docx/mammoth-simple-list.docx'))).toBe('docx');
    expect(detect(load('odt/odfdo-base_text.odt'))).toBe('odt');
    expect(detect(load('xlsx/exceljs-fibonacci.xlsx'))).toBe('xlsx');
    expect(detect(load('ods/odfdo-simple_table.ods'))).toBe('ods');
    expect(detect(load('pptx/oxpt-FiveSlides.pptx'))).toBe('pptx');
    expect(detect(load('odp/odfdo-presentation_base.odp'))).toBe('odp');
  });

  it('recognises ISO Strict OOXML', () => {
    expect(detect(load('docx/oxsdk-Strict01.docx'))).toBe('docx');
  });

  it('knows flat ODF by its root mimetype', () => {
    const fods = new TextEncoder().encode(
      '<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"/>',
    );
    expect(detect(fods)).toBe('fods');
  });

  it('returns null for what is not a document', () => {
    expect(detect(new Uint8Array(0))).toBeNull();
    expect(detect(load('hostile/tika-testODTnotaZipFile.odt'))).toBeNull();
    expect(detect(new TextEncoder().encode('a;b\n1;2\n'))).toBeNull();
  });
});
