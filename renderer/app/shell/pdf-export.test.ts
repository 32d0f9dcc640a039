import { describe, expect, it } from 'vitest';
import { pdfPathFor } from './pdf-export.js';

describe('where an exported PDF goes', () => {
  it('beside the document, under its name', () => {
    expect(pdfPathFor({ path: '/home/anne/Documents/rapport.odt', title: 'rapport.odt' }, '/home/anne/Documents')).toBe('/home/anne/Documents/rapport.pdf');
    expect(pdfPathFor({ path: 'C:\\Users\\anne\\Documents\\note.docx', title: 'note.docx' }, 'C:\\Users\\anne\\Documents')).toBe('C:\\Users\\anne\\Documents\\note.pdf');
  });

  it('in the documents folder for a document never saved, without characters file names cannot hold', () => {
    expect(pdfPathFor({ path: null, title: 'Sans titre 1' }, '/home/anne/Documents/')).toBe('/home/anne/Documents/Sans titre 1.pdf');
    expect(pdfPathFor({ path: null, title: 'a/b:c' }, 'D:\\Docs')).toBe('D:\\Docs\\a_b_c.pdf');
  });
});
