import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_TABLE_POSITION, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TablePosition, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

const s = textSchema;
const p = (text = ''): PMNode => s.nodes.paragraph!.create(null, text === '' ? [] : [s.text(text)]);
const cell = (text: string): PMNode => s.nodes.table_cell!.create({ colwidth: [2000 / 15] }, [p(text)]);
const table = (position: TablePosition | null, ...texts: string[]): PMNode =>
  s.nodes.table!.create({ columnWidths: texts.map(() => 2000), position }, [s.nodes.table_row!.create(null, texts.map(cell))]);
const at = (props: Partial<TablePosition>): TablePosition => ({ ...DEFAULT_TABLE_POSITION, ...props });

/** The position of every table of `doc`, in document order. */
function positions(doc: TextDocument): (TablePosition | null)[] {
  const out: (TablePosition | null)[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'table') out.push(n.attrs.position as TablePosition | null);
    return true;
  });
  return out;
}

const floating = at({ xRelative: 'margin', yRelative: 'paragraph', x: 828, y: 35, left: 180, right: 180 });
const sample = textDocumentFromNode(
  s.nodes.doc!.create(null, [
    p('Avant'),
    table(floating, 'Flottant', 'à droite'),
    p('Le texte coule autour du tableau.'),
    table(at({ xRelative: 'page', yRelative: 'page', xAlign: 'center', yAlign: 'bottom', top: 144, bottom: 288 }), 'Centré'),
    p(),
    table(null, 'Dans le flux'),
    s.nodes.table!.create({ columnWidths: [4000] }, [
      s.nodes.table_row!.create(null, [s.nodes.table_cell!.create({ colwidth: [4000 / 15] }, [p('Cellule'), table(at({ x: -120, y: 240 }), 'Imbriqué')])]),
    ]),
    table(at({ yRelative: 'margin', x: 1440, y: 2880 }), 'Dernier'),
  ]),
);

describe('floating tables in DOCX', () => {
  const tbl = (tblPr: string): string => `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>`;

  it('reads w:tblpPr with Word’s defaults and w:tblOverlap', async () => {
    const body =
      tbl('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpX="828" w:tblpY="35"/>') +
      tbl('<w:tblpPr w:tblpXSpec="right" w:tblpY="-200" w:topFromText="72"/><w:tblOverlap w:val="never"/>') +
      tbl('<w:tblpPr w:vertAnchor="page" w:horzAnchor="page" w:tblpXSpec="center" w:tblpYSpec="inline" w:tblpY="1000"/>') +
      // Word lays these out in the flow (MS-OI29500 2.1.162): no attributes, or 0,0 across the text column not from the paragraph.
      tbl('<w:tblpPr/>') +
      tbl('<w:tblpPr w:leftFromText="180" w:horzAnchor="text" w:vertAnchor="margin"/>');
    const doc = (await read(miniDocx(body))).document as TextDocument;
    expect(positions(doc)).toEqual([
      floating,
      at({ xAlign: 'right', y: -200, top: 72, overlap: false }),
      at({ xRelative: 'page', yRelative: 'page', xAlign: 'center', y: 1000 }),
      null,
      null,
    ]);
  });

  it('writes the position back as w:tblpPr before the table width', async () => {
    const xml = strFromU8(unzipSync(await write(sample, 'docx'))['word/document.xml']!);
    expect(xml).toContain(
      '<w:tblPr><w:tblpPr w:leftFromText="180" w:rightFromText="180" w:topFromText="0" w:bottomFromText="0" w:vertAnchor="text" w:horzAnchor="margin" w:tblpX="828" w:tblpY="35"/><w:tblW',
    );
    expect(xml).toContain('w:vertAnchor="page" w:horzAnchor="page" w:tblpXSpec="center" w:tblpYSpec="bottom"/>');
  });
});

describe('floating tables with tracked row deletions', () => {
  it('stay floating in DOCX and go in the flow in ODF, as LibreOffice keeps them', async () => {
    const row = (text: string, del: boolean): string =>
      `<w:tr><w:trPr>${del ? '<w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/>' : ''}</w:trPr><w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc></w:tr>`;
    const body = `<w:tbl><w:tblPr><w:tblpPr w:horzAnchor="margin" w:vertAnchor="text" w:tblpX="828" w:tblpY="35"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${row('gardée', false)}${row('supprimée', true)}</w:tbl><w:p><w:r><w:t>Après</w:t></w:r></w:p>`;
    const doc = (await read(miniDocx(body))).document as TextDocument;
    expect(positions(doc)).toEqual([at({ xRelative: 'margin', yRelative: 'paragraph', x: 828, y: 35 })]);
    expect(positions(await roundTrip(doc, 'docx'))).toEqual(positions(doc));
    const xml = strFromU8(unzipSync(await write(doc, 'odt'))['content.xml']!);
    expect(xml).not.toContain('<draw:frame');
    expect(positions(await roundTrip(doc, 'odt'))).toEqual([null]);
  });
});

describe('floating tables round trip', () => {
  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`keeps positions, distances and the tables in the flow through ${format}`, async () => {
      expectSameDocument(sample, await roundTrip(sample, format));
    });
  }

  it('keeps them docx → odt → docx and odt → docx → fodt', async () => {
    expectSameDocument(sample, await roundTrip(await roundTrip(await roundTrip(sample, 'docx'), 'odt'), 'docx'));
    expectSameDocument(sample, await roundTrip(await roundTrip(await roundTrip(sample, 'odt'), 'docx'), 'fodt'));
  });

  it('keeps the blocks around a floating table in a cell, or before an empty paragraph', async () => {
    const inCell = textDocumentFromNode(
      s.nodes.doc!.create(null, [
        p('Un'),
        s.nodes.table!.create({ columnWidths: [4000] }, [s.nodes.table_row!.create(null, [s.nodes.table_cell!.create({ colwidth: [4000 / 15] }, [table(at({ x: 200 }), 'flottant'), p('suite')])])]),
        p('Deux'),
      ]),
    );
    // A frame no paragraph after it can hold (an empty one) stays in a paragraph of its own.
    const beforeEmpty = textDocumentFromNode(s.nodes.doc!.create(null, [p('Un'), table(at({ x: 200 }), 'flottant'), p()]));
    for (const format of ['odt', 'fodt'] as const) {
      expectSameDocument(inCell, await roundTrip(inCell, format));
      expectSameDocument(beforeEmpty, await roundTrip(beforeEmpty, format));
    }
  });

  it('keeps "never overlap" within DOCX; ODF cannot say it', async () => {
    const never = textDocumentFromNode(s.nodes.doc!.create(null, [table(at({ x: 100, overlap: false }), 'a'), p('b')]));
    expect(positions(await roundTrip(never, 'docx'))).toEqual([at({ x: 100, overlap: false })]);
    expect(positions(await roundTrip(never, 'odt'))).toEqual([at({ x: 100 })]);
  });

  it('anchors the frame in the paragraph after the table, or in a paragraph of its own', async () => {
    const xml = strFromU8(unzipSync(await write(sample, 'odt'))['content.xml']!);
    // The first table's frame starts the paragraph that follows it.
    expect(xml).toMatch(/<text:p text:style-name="[^"]+"><draw:frame draw:style-name="fr\d+" text:anchor-type="paragraph" svg:x="41\.4pt" svg:y="1\.75pt" svg:width="200pt"><draw:text-box fo:min-height="0pt"><table:table [^>]*>[\s\S]*?<\/table:table><\/draw:text-box><\/draw:frame>Le texte coule/);
    // The last one has no paragraph after it.
    expect(xml).toMatch(/<text:p text:style-name="Standard"><draw:frame [^>]*svg:x="72pt" svg:y="144pt"[^>]*><draw:text-box [^>]*><table:table [^>]*>(?:(?!<\/table:table>)[\s\S])*Dernier[\s\S]*?<\/table:table><\/draw:text-box><\/draw:frame><\/text:p><\/office:text>/);
    expect(xml).toMatch(/style:horizontal-pos="center" style:horizontal-rel="page"/);
  });

  it('writes valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(sample, 'fodt'), true)).toEqual([]);
  });
});

describe('LibreOffice and floating tables', () => {
  const simple = textDocumentFromNode(s.nodes.doc!.create(null, [p('Avant'), table(floating, 'Flottant', 'à droite'), p('Le texte coule autour du tableau.')]));

  it('positions the table of a DOCX Ostal wrote in a frame, where Word would', async () => {
    const fodt = libreofficeConvert(await write(simple, 'docx'), 'flottant.docx', 'fodt');
    const frame = /<draw:frame draw:style-name="([^"]+)"[^>]*text:anchor-type="paragraph"[^>]*svg:y="([^"]+)"[^>]*>\s*<draw:text-box[^>]*>\s*<table:table/.exec(fodt);
    expect(frame).not.toBeNull();
    const style = new RegExp(`<style:style style:name="${frame![1]!}"[\\s\\S]*?</style:style>`).exec(fodt)![0];
    expect(style).toContain('style:horizontal-rel="page-content"');
    expect(style).toContain('style:vertical-rel="paragraph"');
    expect(style).toContain('fo:margin-left="0.1252in"'); // 180 twips
    expect(frame![2]).toBe('0.0244in'); // 35 twips
    // LibreOffice's text export leaves frames out: the floating table's text is not in the flow.
    expect(libreofficeConvert(await write(simple, 'docx'), 'flottant.docx', 'txt')).not.toContain('Flottant');
  });

  it('reads the frame of an ODT Ostal wrote as a text frame holding the table, where it is anchored', async () => {
    const fodt = libreofficeConvert(await write(simple, 'odt'), 'flottant.odt', 'fodt');
    const frame = /<draw:frame [^>]*>\s*<draw:text-box[^>]*>\s*<table:table[\s\S]*?<\/draw:frame>([^<]*)/.exec(fodt);
    expect(frame?.[0]).toContain('Flottant');
    expect(frame?.[0]).toMatch(/svg:y="0\.0244in"/);
    expect(frame?.[1]).toBe('Le texte coule autour du tableau.');
    // LibreOffice 7.4 writes such a frame to DOCX as a text box holding the table (not as a floating table).
    const xml = strFromU8(unzipSync(libreofficeConvertBytes(await write(simple, 'odt'), 'flottant.odt', 'docx'))['word/document.xml']!);
    expect(xml).toMatch(/<wp:positionH relativeFrom="margin">[\s\S]*<w:txbxContent><w:tbl>[\s\S]*Flottant/);
  });

  it('reads LibreOffice’s own frames holding a table as floating tables', async () => {
    const odt = libreofficeConvertBytes(await write(simple, 'docx'), 'flottant.docx', 'odt');
    const doc = (await read(odt)).document as TextDocument;
    const [position] = positions(doc);
    expect(position).toMatchObject({ xRelative: 'margin', yRelative: 'paragraph', y: 35, left: 180, right: 180, xAlign: null, yAlign: null });
    const node = textDocumentToNode(doc);
    expect(node.child(1).type.name).toBe('table');
    expect(node.child(2).textContent).toBe('Le texte coule autour du tableau.');
  });

  it('keeps a floating table holding a footnote in the flow of an ODT, which LibreOffice then opens (it refuses notes in frames)', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'docx/poi-stress011.docx')));
    const doc = (await read(bytes)).document as TextDocument;
    const odt = await write(doc, 'odt');
    const content = strFromU8(unzipSync(odt)['content.xml']!);
    expect(content).toContain('text:note');
    expect(content).not.toMatch(/<draw:text-box[^>]*>(?:(?!<\/draw:text-box>).)*<text:note /s);
    expect(libreofficeConvert(odt, 'notes-flottantes.odt', 'txt')).toContain('CRC/C/GC/20');
  });
});

