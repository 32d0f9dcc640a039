import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { EmbeddedObject, PMNodeJSON, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { conversionLosses, read, write } from '../index.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
/** A Word document with an Excel worksheet (an .xlsx package) embedded as an OLE object, shown by an EMF picture. */
const FILE = `${CORPUS}/docx/oxsdk-TestFiles-Document.docx`;
const XLSX_PART = 'word/embeddings/Microsoft_Excel_Worksheet1.xlsx';
/** A Word document with OLE compound files (a packager object, an Acrobat document, a .ppt). */
const OLE_FILE = `${CORPUS}/docx/tika-testWORD_2006ml.docx`;
/** An OpenOffice.org 3 text with a Calc sheet and a formula as sub-documents (`Object 1/`, `Object 2/`). */
const ODT_FILE = `${CORPUS}/odt/tika-testODFwithOOo3.odt`;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const images = (doc: TextDocument): PMNode[] => {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'image') out.push(n);
  });
  return out;
};
const objects = (doc: TextDocument): PMNode[] => images(doc).filter((i) => i.attrs.object !== null);
const bytesOf = (doc: TextDocument, object: EmbeddedObject): Uint8Array => doc.media![object.data.slice('media:'.length)]!.bytes;
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
const readDoc = async (bytes: Uint8Array): Promise<TextDocument> => (await read(bytes)).document as TextDocument;

describe('embedded (OLE) objects in DOCX', () => {
  it('are read as the picture Word shows, carrying the embedded part, its ProgID and size', async () => {
    const bytes = new Uint8Array(readFileSync(FILE));
    const result = await read(bytes);
    const doc = result.document as TextDocument;
    const [shown, ...others] = objects(doc);
    expect(others).toHaveLength(0);
    // style="width:362.05pt;height:146.1pt"
    expect(shown!.attrs).toMatchObject({ src: expect.stringMatching(/\.emf$/), width: Math.round(362.05 * 12700), height: Math.round(146.1 * 12700), placement: 'inline' });
    const object = shown!.attrs.object as EmbeddedObject;
    expect(object).toMatchObject({ kind: 'package', progId: 'Excel.Sheet.12', icon: false });
    expect(same(bytesOf(doc, object), unzipSync(bytes)[XLSX_PART]!)).toBe(true);
    expect(doc.media![object.data.slice(6)]!.mime).toBe(XLSX_TYPE);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('embedded-object-as-picture');
  });

  it('come back from DOCX to DOCX as OLE objects (same ProgID, part bytes, picture and size), after an edit around them', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(FILE)));
    const content = doc.content as PMNodeJSON & { content: PMNodeJSON[] };
    const edited: TextDocument = { ...doc, content: { ...content, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Avant le tableau' }] }, ...content.content] } };
    const written = await write(edited, 'docx');
    const files = unzipSync(written);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:object [^>]*><v:shape [^>]*style="width:362\.05pt;height:146\.1pt"[^>]*><v:imagedata r:id="[^"]+"[^>]*\/><\/v:shape><o:OLEObject Type="Embed" ProgID="Excel\.Sheet\.12"/);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const target = /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/package" Target="([^"]+)"/.exec(rels)?.[1];
    expect(target).toMatch(/^embeddings\/.+\.xlsx$/);
    expect(same(files[`word/${target!}`]!, unzipSync(new Uint8Array(readFileSync(FILE)))[XLSX_PART]!)).toBe(true);
    expect(strFromU8(files['[Content_Types].xml']!)).toContain(`PartName="/word/${target!}" ContentType="${XLSX_TYPE}"`);
    const back = await readDoc(written);
    const [object] = objects(back);
    expect(object!.attrs).toMatchObject({ width: Math.round(362.05 * 12700), height: Math.round(146.1 * 12700), object: { kind: 'package', progId: 'Excel.Sheet.12', icon: false } });
    expect(same(bytesOf(back, object!.attrs.object as EmbeddedObject), bytesOf(doc, objects(doc)[0]!.attrs.object as EmbeddedObject))).toBe(true);
  });

  it('go to ODT as draw:object-ole with the same bytes, and back to DOCX with a ProgID from the package type', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(FILE)));
    const odt = await write(doc, 'odt');
    const files = unzipSync(odt);
    const href = /<draw:object-ole xlink:href="\.\/([^"]+)"/.exec(strFromU8(files['content.xml']!))?.[1];
    expect(href).toBeDefined();
    expect(same(files[href!]!, bytesOf(doc, objects(doc)[0]!.attrs.object as EmbeddedObject))).toBe(true);
    const docx = await write(await readDoc(odt), 'docx');
    expect(strFromU8(unzipSync(docx)['word/document.xml']!)).toContain('ProgID="Excel.Sheet.12"');
    expect(conversionLosses(doc, 'odt').map((d) => d.code)).not.toContain('embedded-object-as-picture');
  });

  it('keep OLE compound files through FODT; to DOCX without a ProgID they are pictures, and that is said', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(OLE_FILE)));
    const kept = objects(doc).map((i) => i.attrs.object as EmbeddedObject);
    expect(kept.map((o) => [o.kind, o.progId, o.icon])).toEqual([['ole', 'Package', false], ['ole', 'AcroExch.Document.11', true], ['ole', 'PowerPoint.Show.8', true]]);
    const flat = await readDoc(await write(doc, 'fodt'));
    const back = objects(flat).map((i) => i.attrs.object as EmbeddedObject);
    expect(back.map((o) => o.kind)).toEqual(['ole', 'ole', 'ole']);
    back.forEach((o, i) => expect(same(bytesOf(flat, o), bytesOf(doc, kept[i]!))).toBe(true));
    // ODF has no ProgID: Word could not open an OLE compound file written without one.
    expect(conversionLosses(flat, 'docx').find((d) => d.code === 'embedded-object-as-picture')?.message).toMatch(/^3 embedded object/);
    expect(objects(await readDoc(await write(flat, 'docx')))).toHaveLength(0);
  });
});

describe('embedded objects in ODT', () => {
  it('older than ODF 1.3 (an OpenOffice.org 3 Calc sheet and formula) stay their replacement pictures, and that is said', async () => {
    const result = await read(new Uint8Array(readFileSync(ODT_FILE)));
    const doc = result.document as TextDocument;
    expect(objects(doc)).toHaveLength(0);
    expect(images(doc).length).toBeGreaterThanOrEqual(2);
    expect(result.diagnostics.map((d) => d.code)).toContain('embedded-object-as-picture');
  });
});

describe('embedded objects and LibreOffice', () => {
  it('LibreOffice finds the OLE object of our DOCX, and its pictures', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(FILE)));
    const count = images(doc).length;
    const odt = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(doc, 'docx'), 'objet.docx', 'odt')));
    const content = strFromU8(odt['content.xml']!);
    // The worksheet's frame: 362.05 pt wide (5.0283 in), an embedded object.
    expect(content).toMatch(/<draw:frame [^>]*svg:width="5\.028\d*in"[^>]*><draw:object /);
    expect(content.split('<draw:image').length - 1, 'LibreOffice’s pictures from our docx').toBeGreaterThanOrEqual(count);
  }, 300_000); // one LibreOffice conversion on a loaded machine
});
