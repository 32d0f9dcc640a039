import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextBorders, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const p = (attrs: Record<string, unknown> | null, text: string): PMNode => textSchema.nodes.paragraph!.create(attrs, text ? [textSchema.text(text)] : []);

const box: TextBorders = {
  top: { style: 'solid', width: 12, color: '#c00000', space: 4 },
  bottom: { style: 'double', width: 6, color: '#1f3864', space: 1 },
  left: { style: 'dotted', width: 4, color: null, space: 4 },
  right: { style: 'dashed', width: 8, color: '#00b050', space: 4 },
};
const ruleBelow: TextBorders = { bottom: { style: 'solid', width: 6, color: '#7f7f7f', space: 1 } };

const bordered = textDocumentFromNode(
  textSchema.nodes.doc!.create(null, [
    p({ borders: box }, 'Encadré : avis important'),
    p({ borders: ruleBelow, shading: '#f2f2f2' }, 'Titre souligné d’un filet'),
    p(null, 'Paragraphe sans bordure'),
  ]),
);



function bordersOfParagraphs(doc: TextDocument): unknown[] {
  const out: unknown[] = [];
  textDocumentToNode(doc).forEach((n) => out.push(n.attrs.borders));
  return out;
}


describe('paragraph borders', () => {
  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`keep every side, line style, width, colour and distance through ${format}`, async () => {
      expectSameDocument(bordered, await roundTrip(bordered, format));
    });
  }

  it('survive docx → odt → docx and odt → docx → fodt', async () => {
    expectSameDocument(bordered, await roundTrip(await roundTrip(await roundTrip(bordered, 'docx'), 'odt'), 'docx'));
    expectSameDocument(bordered, await roundTrip(await roundTrip(await roundTrip(bordered, 'odt'), 'docx'), 'fodt'));
  });

  it('are written as valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(bordered, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(bordered, 'fodt'), true)).toEqual([]);
  });

  it('read Word’s line kinds as their nearest, automatic colour as none, and inherit side by side from the style', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Encadre"><w:name w:val="Encadré"/><w:pPr><w:pBdr>' +
      '<w:top w:val="thinThickSmallGap" w:sz="24" w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/>' +
      '</w:pBdr></w:pPr></w:style>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Encadre"/></w:pPr><w:r><w:t>Style seul</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Encadre"/><w:pBdr><w:bottom w:val="nil"/><w:left w:val="dashDotStroked" w:sz="200" w:space="99" w:color="FF0000"/></w:pBdr></w:pPr><w:r><w:t>Retouché</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pBdr><w:top w:val="none"/></w:pBdr></w:pPr><w:r><w:t>Rien</w:t></w:r></w:p>';
    const { document } = await read(miniDocx(body, styles));
    expect(bordersOfParagraphs(document as TextDocument)).toEqual([
      { top: { style: 'double', width: 24, color: null, space: 1 }, bottom: { style: 'solid', width: 4, color: null, space: 1 } },
      // The paragraph clears the style's bottom line and adds a left one, clamped to Word's limits.
      { top: { style: 'double', width: 24, color: null, space: 1 }, left: { style: 'dashed', width: 96, color: '#ff0000', space: 31 } },
      null,
    ]);
  });

  it('refuse malformed borders in the model', () => {
    const bad = [{ top: { style: 'wavy', width: 4, color: null, space: 0 } }, { top: { style: 'solid', width: 400, color: null, space: 0 } }, { middle: { style: 'solid', width: 4, color: null, space: 0 } }, {}];
    for (const borders of bad) expect(() => textSchema.nodes.paragraph!.create({ borders }).check()).toThrow(RangeError);
  });

  for (const format of ['docx', 'odt'] as const) {
    it(`are drawn by LibreOffice from the ${format} Ostal writes`, async () => {
      const fodt = libreofficeConvertBytes(await write(bordered, format), `encadre.${format}`, 'fodt');
      const seen = bordersOfParagraphs((await read(new Uint8Array(fodt))).document as TextDocument);
      expect(seen[0]).toMatchObject({
        top: { style: 'solid', color: '#c00000' },
        bottom: { style: 'double', color: '#1f3864' },
        left: { style: 'dotted' },
        right: { style: 'dashed', color: '#00b050' },
      });
      expect((seen[0] as TextBorders).top!.width).toBeGreaterThanOrEqual(11);
      expect((seen[0] as TextBorders).top!.width).toBeLessThanOrEqual(13);
      expect(seen[1]).toMatchObject({ bottom: { style: 'solid', color: '#7f7f7f' } });
      expect(Object.keys(seen[1] as object)).toEqual(['bottom']);
      expect(seen[2]).toBeNull();
    }, 120_000);
  }
});
