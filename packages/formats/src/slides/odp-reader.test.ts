import { slideTextLines } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read } from '../index.js';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

function fodp(pages: string): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">` +
      '<office:meta><dc:title>Réunion</dc:title><meta:initial-creator>Anne</meta:initial-creator></office:meta>' +
      '<office:automatic-styles><style:page-layout style:name="PM9"><style:page-layout-properties fo:page-width="10in" fo:page-height="7.5in"/></style:page-layout></office:automatic-styles>' +
      '<office:master-styles><style:master-page style:name="M" style:page-layout-name="PM9"/></office:master-styles>' +
      `<office:body><office:presentation>${pages}</office:presentation></office:body></office:document>`,
  );
}

async function readDeck(bytes: Uint8Array): Promise<{ deck: Deck; codes: string[] }> {
  const r = await read(bytes);
  return { deck: r.document as Deck, codes: r.diagnostics.map((d) => d.code) };
}

describe('ODP reader', () => {
  it('maps title, outline lists, notes, page size and metadata', async () => {
    const { deck, codes } = await readDeck(
      fodp(
        '<draw:page draw:name="p1" draw:master-page-name="M">' +
          '<draw:frame presentation:class="title"><draw:text-box><text:p>Le  <text:span>titre</text:span></text:p><text:p>suite</text:p></draw:text-box></draw:frame>' +
          '<draw:frame presentation:class="outline"><draw:text-box><text:list><text:list-item><text:p>un<text:s text:c="2"/>deux<text:tab/>trois<text:line-break/>quatre</text:p>' +
          '<text:list><text:list-item><text:p>imbriqué</text:p></text:list-item></text:list></text:list-item></text:list></draw:text-box></draw:frame>' +
          '<presentation:notes><draw:page-thumbnail presentation:class="page"/><draw:frame presentation:class="notes"><draw:text-box><text:p>n1</text:p><text:p>n2</text:p></draw:text-box></draw:frame></presentation:notes>' +
          '</draw:page>',
      ),
    );
    expect(deck.size).toEqual({ cx: 9_144_000, cy: 6_858_000 });
    expect(deck.meta).toEqual({ title: 'Réunion', creator: 'Anne' });
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]).toMatchObject({ title: 'Le titre suite', body: ['un  deux\ttrois\nquatre', 'imbriqué'], notes: 'n1\nn2' });
    const outline = deck.slides[0]?.shapes?.[1];
    expect(outline?.kind === 'shape' ? outline.text?.paragraphs.map((p) => p.style?.level ?? 0) : undefined).toEqual([0, 1]);
    expect(codes).toEqual([]);
  });

  it('centres a subtitle whose presentation style centres it (LibreOffice’s Default-subtitle)', async () => {
    const styled = new TextDecoder()
      .decode(fodp('<draw:page draw:name="p1" draw:master-page-name="M"><draw:frame presentation:class="subtitle" presentation:style-name="pr1"><draw:text-box><text:p>Sous-titre</text:p><text:p text:style-name="P2">À gauche</text:p></draw:text-box></draw:frame></draw:page>'))
      .replace(
        '<office:automatic-styles>',
        '<office:styles><style:style style:name="Default-subtitle" style:family="presentation"><style:paragraph-properties fo:text-align="center"/></style:style></office:styles>' +
          '<office:automatic-styles><style:style style:name="pr1" style:family="presentation" style:parent-style-name="Default-subtitle"/>' +
          '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>',
      );
    const { deck } = await readDeck(new TextEncoder().encode(styled));
    const subtitle = deck.slides[0]?.shapes?.[0];
    expect(subtitle?.kind === 'shape' ? subtitle.text?.paragraphs.map((p) => p.style?.align) : undefined).toEqual(['center', 'left']);
  });

  it('keeps other text shapes, groups and tables as shapes of their own', async () => {
    const { deck, codes } = await readDeck(
      fodp(
        '<draw:page draw:name="p1" draw:master-page-name="M">' +
          '<draw:custom-shape><text:p>forme</text:p></draw:custom-shape>' +
          '<draw:g><draw:frame><draw:text-box><text:p>groupe</text:p></draw:text-box></draw:frame></draw:g>' +
          '<draw:frame><draw:image xlink:href="Pictures/a.png"/></draw:frame>' +
          '<draw:frame><table:table><table:table-row><table:table-cell><text:p>c1</text:p></table:table-cell><table:table-cell><text:p>c2</text:p></table:table-cell></table:table-row></table:table></draw:frame>' +
          '<draw:frame presentation:class="page-number"><draw:text-box><text:p>7</text:p></draw:text-box></draw:frame>' +
          '</draw:page><draw:page draw:name="vide" draw:master-page-name="M"/>',
      ),
    );
    expect(deck.slides.map((s) => [s.title, s.body, s.notes])).toEqual([
      ['', [], ''],
      ['', [], ''],
    ]);
    expect(deck.slides[0]?.shapes?.map((s) => s.kind)).toEqual(['shape', 'group', 'table', 'shape']);
    expect(slideTextLines(deck.slides[0]!)).toEqual(['forme', 'groupe', 'c1', 'c2', '7']);
    expect(codes).toEqual([]);
  });
});
