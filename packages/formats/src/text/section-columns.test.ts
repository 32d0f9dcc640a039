import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import type { SectionProps, TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

// A4 with 2 cm margins (2.5 cm, the writers' default page, would read back as no page at all).
const PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>';
const para = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const docx = (sectPr: string): Uint8Array => miniDocx(`${para('Une colonne étroite, une large.')}${para('Suite du texte.')}<w:sectPr>${PAGE}${sectPr}</w:sectPr>`);
const section = (doc: TextDocument): SectionProps | null => ((doc.content.attrs as { section?: SectionProps | null } | undefined)?.section ?? null);
const readDoc = async (bytes: Uint8Array): Promise<TextDocument> => (await read(bytes)).document as TextDocument;

// A narrow column (4 cm), 1 cm apart from a wide one (about 11 cm): a sidebar layout.
const UNEQUAL = '<w:cols w:num="2" w:space="567" w:equalWidth="0"><w:col w:w="2268" w:space="567"/><w:col w:w="6237"/></w:cols>';
const LINES = '<w:lnNumType w:countBy="5" w:start="1" w:distance="283" w:restart="continuous"/>';

describe('columns of unequal widths', () => {
  it('read from w:cols w:equalWidth="0" with each column’s width and space', async () => {
    expect(section(await readDoc(docx(UNEQUAL)))?.columns).toEqual({ count: 2, gap: 567, separator: false, widths: [{ width: 2268, space: 567 }, { width: 6237, space: 0 }] });
  });

  it('are plain equal columns when the listed ones are all alike', async () => {
    const same = '<w:cols w:num="2" w:equalWidth="0" w:sep="1"><w:col w:w="4252" w:space="567"/><w:col w:w="4252"/></w:cols>';
    expect(section(await readDoc(docx(same)))?.columns).toEqual({ count: 2, gap: 567, separator: true });
  });

  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`survive ${format} and the other format after it`, async () => {
      const doc = await readDoc(docx(UNEQUAL));
      const once = await roundTrip(doc, format);
      expectSameDocument(doc, once);
      expectSameDocument(doc, await roundTrip(once, format === 'docx' ? 'odt' : 'docx'));
      if (format !== 'docx') expect(odfSchemaErrors(await write(doc, format), format === 'fodt')).toEqual([]);
    });
  }

  it('are laid out by LibreOffice from the ODT and DOCX Ostal writes', async () => {
    const doc = await readDoc(docx(UNEQUAL));
    for (const target of ['odt', 'docx'] as const) {
      const back = await readDoc(new Uint8Array(libreofficeConvertBytes(await write(doc, target), `colonnes.${target}`, 'fodt')));
      const widths = section(back)?.columns?.widths;
      expect(widths?.length).toBe(2);
      // LibreOffice keeps the proportions (its relative widths may be rounded).
      expect(Math.abs(widths![0]!.width - 2268)).toBeLessThan(30);
      expect(Math.abs(widths![0]!.space - 567)).toBeLessThan(30);
      expect(Math.abs(widths![1]!.width - 6237)).toBeLessThan(30);
    }
  }, 120_000);
});

describe('line numbering', () => {
  it('is read from w:lnNumType and kept in DOCX with its start', async () => {
    const doc = await readDoc(docx(LINES));
    expect(section(doc)?.lineNumbering).toEqual({ countBy: 5, start: 1, distance: 283, restart: 'continuous' });
    expectSameDocument(doc, await roundTrip(doc, 'docx'));
  });

  it('is a section without page when only it is set, through every format', async () => {
    const doc = await readDoc(miniDocx(`${para('x')}<w:sectPr>${LINES}</w:sectPr>`));
    expect(section(doc)).toEqual({ lineNumbering: { countBy: 5, start: 1, distance: 283, restart: 'continuous' } });
    const { start: _start, ...odf } = section(doc)!.lineNumbering!;
    const fromOdt = await roundTrip(doc, 'odt');
    expect(section(fromOdt)).toEqual({ lineNumbering: odf });
    expectSameDocument(fromOdt, await roundTrip(fromOdt, 'docx'));
    expectSameDocument(fromOdt, await roundTrip(fromOdt, 'fodt'));
  });

  it('is ODF’s text:linenumbering-configuration, valid and used by LibreOffice', async () => {
    const doc = await readDoc(docx(LINES.replace('continuous', 'newPage')));
    const odt = await write(doc, 'odt');
    expect(odfSchemaErrors(odt)).toEqual([]);
    const fodt = strFromU8(libreofficeConvertBytes(odt, 'lignes.odt', 'fodt'));
    const config = /<text:linenumbering-configuration[^>]*>/.exec(fodt)?.[0] ?? '';
    // LibreOffice leaves out text:number-lines when it is on (its default).
    expect(config).not.toContain('text:number-lines="false"');
    expect(config).toContain('text:increment="5"');
    expect(config).toContain('text:restart-on-page="true"');
    expect(section(await readDoc(new Uint8Array(libreofficeConvertBytes(await write(doc, 'docx'), 'lignes.docx', 'fodt'))))?.lineNumbering).toMatchObject({ countBy: 5, restart: 'page' });
  }, 120_000);
});
