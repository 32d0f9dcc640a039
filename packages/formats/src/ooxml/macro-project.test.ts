/**
 * Macro-enabled packages (.xlsm, .docm, .pptm): the VBA project is kept byte for byte through
 * read → edit → write to a macro-enabled target, with the macroEnabled main content type; any
 * other target drops it and says so; LibreOffice opens what is written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deck, TextDocument, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeSheetsCsv } from '../../../../test/support/libreoffice.js';
import { ZipArchive } from '../container/zip-reader.js';
import { writeZip } from '../container/zip-writer.js';
import { conversionLosses, read, write } from '../index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { decodeBase64 } from '../text/text-media.js';
import { macroEnabledPackage, VBA_DATA_XML } from '../testing/macro-package.js';
import { OpcPackage } from './opc-package.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus');
const xlsm = new Uint8Array(readFileSync(path.join(corpus, 'xlsx/poi-stress002.xlsx')));
const vbaProject = ZipArchive.open(xlsm, DEFAULT_LIMITS).read('xl/vbaProject.bin');
const docm = macroEnabledPackage(new Uint8Array(readFileSync(path.join(corpus, 'docx/mammoth-endnotes.docx'))), vbaProject, true);
const pptm = macroEnabledPackage(new Uint8Array(readFileSync(path.join(corpus, 'pptx/poi-templatePPTWithOnlyOneText.pptx'))), vbaProject);

const VBA_REL = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

/** What a written package holds: parts' bytes, content types, and the main part's relationships. */
function inspect(bytes: Uint8Array) {
  const pkg = OpcPackage.open(bytes, DEFAULT_LIMITS);
  const main = pkg.relationshipOfType('', 'officeDocument')!.target;
  return {
    main,
    mainType: pkg.contentType(main),
    bytes: (part: string) => (pkg.has(part) ? pkg.zip.read(part) : undefined),
    type: (part: string) => pkg.contentType(part),
    vba: pkg.relationships(main).filter((r) => r.type === VBA_REL),
    relationships: (part: string) => pkg.relationships(part),
  };
}

describe('an .xlsm (POI stress002, 203,264-byte VBA project)', () => {
  it('keeps the project byte for byte through an edit and a save as .xlsm', async () => {
    expect(vbaProject.length).toBe(203_264);
    const { document, format, diagnostics } = await read(xlsm);
    expect(format).toBe('xlsx');
    const workbook = document as Workbook;
    expect(workbook.macros?.links).toEqual([{ type: VBA_REL, path: 'xl/vbaProject.bin' }]);
    expect(diagnostics.map((d) => d.code)).toContain('macros-kept');
    // Stored as JSON (base64), as the workbook keeps its pictures.
    const stored = JSON.parse(JSON.stringify(workbook)) as Workbook;
    expect(decodeBase64(stored.macros!.parts[0]!.bytes)).toEqual(vbaProject);

    const first = stored.sheets[0]!;
    const edited: Workbook = { ...stored, sheets: [{ ...first, rows: [[{ value: 'Modifié par Ostal' }], ...first.rows.slice(1)] }, ...stored.sheets.slice(1)] };
    const out = inspect(await write(edited, 'xlsx', { macroEnabled: true }));
    expect(out.mainType).toBe('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(out.vba).toHaveLength(1);
    expect(out.vba[0]!.target).toBe('xl/vbaProject.bin');
    expect(out.type('xl/vbaProject.bin')).toBe('application/vnd.ms-office.vbaProject');
    expect(out.bytes('xl/vbaProject.bin')).toEqual(vbaProject);

    // Read again and written again: still the same bytes.
    const again = (await read(await write(edited, 'xlsx', { macroEnabled: true }))).document;
    expect(inspect(await write(again, 'xlsx', { macroEnabled: true })).bytes('xl/vbaProject.bin')).toEqual(vbaProject);
  });

  it('keeps the VBA code names binding the project to the workbook and its sheets, renamed or not', async () => {
    const workbook = (await read(xlsm)).document as Workbook;
    expect(workbook.macros?.codeName).toBe('ThisWorkbook');
    expect(workbook.sheets.slice(0, 3).map((s) => [s.name, s.codeName])).toEqual([
      ['Start Here', 'Sheet10'],
      ['Espanol Empiece Aqui', 'Sheet14'],
      ['CS Worksheet', 'Sheet3'],
    ]);
    // Renamed first sheet; a copy of the second (same code name: written once, Excel names the copy).
    const [first, second] = workbook.sheets;
    const edited: Workbook = { ...workbook, sheets: [{ ...first!, name: 'Accueil' }, second!, { ...second!, name: 'Copie' }, ...workbook.sheets.slice(2)] };
    const written = await write(edited, 'xlsx', { macroEnabled: true });
    const out = inspect(written);
    const text = (part: string) => new TextDecoder().decode(out.bytes(part));
    expect(text('xl/workbook.xml')).toMatch(/<workbookPr codeName="ThisWorkbook"\/>/);
    expect(text('xl/worksheets/sheet1.xml')).toMatch(/<sheetPr codeName="Sheet10"/);
    expect(text('xl/worksheets/sheet2.xml')).toMatch(/<sheetPr codeName="Sheet14"/);
    expect(text('xl/worksheets/sheet3.xml')).not.toMatch(/codeName/);
    const again = (await read(written)).document as Workbook;
    expect(again.sheets.slice(0, 4).map((s) => s.codeName)).toEqual(['Sheet10', 'Sheet14', undefined, 'Sheet3']);
    expect(again.macros?.codeName).toBe('ThisWorkbook');
  });

  it('is opened by LibreOffice once written as .xlsm, with the edit', async () => {
    const workbook = (await read(xlsm)).document as Workbook;
    const first = workbook.sheets[0]!;
    const edited: Workbook = { ...workbook, sheets: [{ ...first, rows: [[{ value: 'Modifié par Ostal' }], ...first.rows.slice(1)] }, ...workbook.sheets.slice(1)] };
    const csv = libreofficeSheetsCsv(await write(edited, 'xlsx', { macroEnabled: true }), 'classeur.xlsm');
    expect(csv).toContain('Modifié par Ostal');
  });

  it('drops the project from a plain .xlsx or an .ods, and says so before writing', async () => {
    const workbook = (await read(xlsm)).document;
    const plain = inspect(await write(workbook, 'xlsx'));
    expect(plain.mainType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    expect(plain.vba).toEqual([]);
    expect(plain.bytes('xl/vbaProject.bin')).toBeUndefined();
    for (const format of ['xlsx', 'ods', 'fods', 'csv'] as const) {
      expect(conversionLosses(workbook, format).map((d) => d.code)).toContain('macros-dropped');
    }
    expect(conversionLosses(workbook, 'xlsx', { macroEnabled: true }).map((d) => d.code)).not.toContain('macros-dropped');
    const ods = await read(await write(workbook, 'ods'));
    expect((ods.document as Workbook).macros).toBeUndefined();
  });
});

describe('a .docm', () => {
  it('keeps the project, its relationships part and vbaData.xml byte for byte', async () => {
    const source = inspect(docm);
    const { document, format } = await read(docm);
    expect(format).toBe('docx');
    const text = document as TextDocument;
    expect(text.macros?.parts.map((p) => p.path)).toEqual(['word/vbaProject.bin', 'word/_rels/vbaProject.bin.rels', 'word/vbaData.xml']);
    const edited: TextDocument = { ...text, content: { ...text.content, content: [...(text.content.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'Ajouté dans Ostal' }] }] } };
    const bytes = await write(edited, 'docx', { macroEnabled: true });
    const out = inspect(bytes);
    expect(out.mainType).toBe('application/vnd.ms-word.document.macroEnabled.main+xml');
    expect(out.vba.map((r) => r.target)).toEqual(['word/vbaProject.bin']);
    for (const part of ['word/vbaProject.bin', 'word/_rels/vbaProject.bin.rels', 'word/vbaData.xml']) expect(out.bytes(part)).toEqual(source.bytes(part));
    expect(new TextDecoder().decode(out.bytes('word/vbaData.xml'))).toBe(VBA_DATA_XML);
    expect(out.type('word/vbaData.xml')).toBe('application/vnd.ms-word.vbaData+xml');
    expect(out.relationships('word/vbaProject.bin').map((r) => r.target)).toEqual(['word/vbaData.xml']);
    expect(libreofficeConvert(bytes, 'lettre.docm', 'txt')).toContain('Ajouté dans Ostal');
  });

  it('drops it from a .docx or an .odt, with the loss said', async () => {
    const { document } = await read(docm);
    const out = inspect(await write(document, 'docx'));
    expect(out.mainType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(out.bytes('word/vbaProject.bin')).toBeUndefined();
    expect(out.bytes('word/vbaData.xml')).toBeUndefined();
    expect(conversionLosses(document, 'docx').map((d) => d.code)).toEqual(['macros-dropped']);
    expect(conversionLosses(document, 'odt').map((d) => d.code)).toEqual(['macros-dropped']);
    expect(conversionLosses(document, 'docx', { macroEnabled: true })).toEqual([]);
  });

  it('writes a macro-enabled main part for a document without macros saved as .docm', async () => {
    const { document } = await read(new Uint8Array(readFileSync(path.join(corpus, 'docx/mammoth-endnotes.docx'))));
    const out = inspect(await write(document, 'docx', { macroEnabled: true }));
    expect(out.mainType).toBe('application/vnd.ms-word.document.macroEnabled.main+xml');
    expect(out.vba).toEqual([]);
  });
});

describe('a .pptm', () => {
  it('keeps the project byte for byte, and LibreOffice opens the written file', async () => {
    const { document } = await read(pptm);
    const deck = document as Deck;
    expect(deck.macros?.parts.map((p) => p.path)).toEqual(['ppt/vbaProject.bin']);
    const bytes = await write(deck, 'pptx', { macroEnabled: true });
    const out = inspect(bytes);
    expect(out.mainType).toBe('application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml');
    expect(out.vba.map((r) => r.target)).toEqual(['ppt/vbaProject.bin']);
    expect(out.bytes('ppt/vbaProject.bin')).toEqual(vbaProject);
    expect(libreofficeConvert(bytes, 'diaporama.pptm', 'fodp')).toContain('TemplateText');
    expect(conversionLosses(deck, 'odp').map((d) => d.code)).toEqual(['macros-dropped']);
    expect(conversionLosses(deck, 'pptx', { macroEnabled: true })).toEqual([]);
  });
});

describe('a hostile macro project', () => {
  /** `docm` with its entries changed by `edit` (name → bytes or text; undefined removes). */
  function altered(edit: Record<string, string | undefined>): Uint8Array {
    const zip = ZipArchive.open(docm, DEFAULT_LIMITS);
    const entries = zip.names().filter((n) => !(n in edit) || edit[n] !== undefined).map((name) => ({ name, data: name in edit ? edit[name]! : zip.read(name) }));
    for (const [name, data] of Object.entries(edit)) if (data !== undefined && !zip.names().includes(name)) entries.push({ name, data });
    return writeZip(entries);
  }

  it('keeps a project whose relationships loop back to itself, once', async () => {
    const loop = altered({
      'word/_rels/vbaProject.bin.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/><Relationship Id="rId2" Type="urn:x" Target="vbaProject.bin"/><Relationship Id="rId3" Type="urn:x" Target="document.xml"/><Relationship Id="rId4" Type="urn:x" Target="/[Content_Types].xml"/><Relationship Id="rId5" Type="urn:x" Target="../_rels/.rels"/><Relationship Id="rId6" Type="urn:x" Target="../../../etc/passwd"/></Relationships>',
    });
    const { document } = await read(loop);
    expect((document as TextDocument).macros?.parts.map((p) => p.path)).toEqual(['word/vbaProject.bin', 'word/_rels/vbaProject.bin.rels', 'word/vbaData.xml']);
    // Written: one of each package part, and a package LibreOffice opens.
    const written = await write(document, 'docx', { macroEnabled: true });
    const names = ZipArchive.open(written, DEFAULT_LIMITS).names();
    expect(names.filter((n) => n === '[Content_Types].xml' || n === '_rels/.rels')).toEqual(['[Content_Types].xml', '_rels/.rels']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never interprets the project: any bytes, even not a VBA storage at all, come back as they were', async () => {
    const garbage = new Uint8Array(70_000).map((_, i) => (i * 7919) % 251);
    const bytes = macroEnabledPackage(new Uint8Array(readFileSync(path.join(corpus, 'pptx/poi-templatePPTWithOnlyOneText.pptx'))), garbage);
    const { document, diagnostics } = await read(bytes);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(inspect(await write(document, 'pptx', { macroEnabled: true })).bytes('ppt/vbaProject.bin')).toEqual(garbage);
  });

  it('leaves out a project naming a missing part, with a warning, and opens the document', async () => {
    const { document, diagnostics } = await read(altered({ 'word/vbaData.xml': undefined }));
    expect((document as TextDocument).macros).toBeUndefined();
    expect(diagnostics.find((d) => d.code === 'macros-unreadable')?.severity).toBe('warning');
    expect(JSON.stringify((document as TextDocument).content)).toContain('Ouch');
  });
});

describe('an ODF document with LibreOffice Basic macros', () => {
  it('opens with a warning that its macros are not kept (never silently dropped)', async () => {
    const { diagnostics } = await read(new Uint8Array(readFileSync(path.join(corpus, 'odp/tika-testODPMacro.odp'))));
    const warning = diagnostics.find((d) => d.code === 'odf-macros-dropped');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('Basic/Standard/testmodule.xml');
    const plain = await read(await write((await read(new Uint8Array(readFileSync(path.join(corpus, 'odp/tika-testODPMacro.odp'))))).document, 'odp'));
    expect(plain.diagnostics.map((d) => d.code)).not.toContain('odf-macros-dropped');
  });
});
