import { emptyTextDocument, emptyWorkbook } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { macroSaveChoice, recoveryWriteOptions, withOpenedMacros, writeOptionsFor } from './macro-save.js';

const project = { links: [{ type: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', path: 'word/vbaProject.bin' }], parts: [{ path: 'word/vbaProject.bin', contentType: 'application/vnd.ms-office.vbaProject', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }] };
const opened: TextDocument = { ...emptyTextDocument(), macros: project };

describe('saving a document that came with macros', () => {
  it('gives the text editor’s rebuilt document back the project it was opened with', () => {
    const edited = emptyTextDocument({ title: 'Modifié' });
    expect(withOpenedMacros(edited, opened)).toEqual({ ...edited, macros: project });
    // Nothing to add: the same document.
    const plain = emptyTextDocument();
    expect(withOpenedMacros(plain, emptyTextDocument())).toBe(plain);
    const book = emptyWorkbook('Feuille 1');
    expect(withOpenedMacros(book, opened)).toBe(book);
  });

  it('writes macro-enabled to .docm/.xlsm/.pptm only; recovery copies keep the macros', () => {
    expect(writeOptionsFor('/home/anne/Budget.XLSM')).toEqual({ macroEnabled: true });
    expect(writeOptionsFor('C:\\Rapports\\note.docx')).toEqual({ macroEnabled: false });
    expect(recoveryWriteOptions(opened)).toEqual({ macroEnabled: true });
    expect(recoveryWriteOptions(emptyTextDocument())).toEqual({ macroEnabled: false });
  });

  it('offers the macro-enabled Save as target to a document with macros, proposed for a macro-enabled file', () => {
    expect(macroSaveChoice({ initial: opened, path: '/docs/lettre.docm' })).toEqual({ macros: true, macroEnabled: true });
    expect(macroSaveChoice({ initial: opened, path: null })).toEqual({ macros: true });
    expect(macroSaveChoice({ initial: emptyTextDocument(), path: '/docs/lettre.docx' })).toEqual({});
  });
});
