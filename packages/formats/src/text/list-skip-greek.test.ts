import { describe, expect, it } from 'vitest';
import { formatListNumber, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const s = textSchema;
const p = (text: string): PMNode => s.nodes.paragraph!.create(null, [s.text(text)]);
const li = (...blocks: PMNode[]): PMNode => s.nodes.list_item!.create(null, blocks);
const ol = (attrs: Record<string, unknown>, ...items: PMNode[]): PMNode => s.nodes.ordered_list!.create(attrs, items);
const ul = (attrs: Record<string, unknown> | null, ...items: PMNode[]): PMNode => s.nodes.bullet_list!.create(attrs, items);

/** "1." whose item holds "1.1.1." (level 3, skipping level 2), then "2."; a Greek list; a bullet list starting at level 2. */
const doc = textDocumentFromNode(
  s.nodes.doc!.create(null, [
    ol({ order: 1 }, li(p('One'), ol({ order: 1, levels: 3, skip: 1 }, li(p('Deep')))), li(p('Two'))),
    p('Between'),
    ol({ order: 1, format: 'lower-greek', suffix: ')' }, li(p('Alpha')), li(p('Beta'))),
    ol({ order: 1, format: 'upper-greek', prefix: '(', suffix: ')' }, li(p('Upper alpha'))),
    p('A bullet list starting one level in'),
    ul({ skip: 1 }, li(p('Indented bullet'))),
  ]),
);

async function roundTrip(format: 'docx' | 'odt' | 'fodt', d: TextDocument = doc): Promise<{ bytes: Uint8Array; back: TextDocument }> {
  const bytes = await write(d, format);
  return { bytes, back: (await read(bytes)).document as TextDocument };
}

describe('skipped list levels and Greek numbering', () => {
  it('counts Greek letters as Word and LibreOffice do (no final sigma, then doubled)', () => {
    expect([1, 2, 3, 18, 19, 24, 25].map((n) => formatListNumber(n, 'lower-greek'))).toEqual(['α', 'β', 'γ', 'σ', 'τ', 'ω', 'αα']);
    expect(formatListNumber(4, 'upper-greek')).toBe('Δ');
  });

  it.each(['docx', 'odt', 'fodt'] as const)('keeps skipped levels and Greek formats through %s', async (format) => {
    const { back } = await roundTrip(format);
    expect(textDocumentToNode(back).eq(textDocumentToNode(doc))).toBe(true);
  });

  it('writes a skipped level at its own DOCX level and Greek as Word’s custom format', async () => {
    const files = unzipSync((await roundTrip('docx')).bytes);
    const body = strFromU8(files['word/document.xml']!);
    const numbering = strFromU8(files['word/numbering.xml']!);
    // "Deep" sits at w:ilvl 2, the bullet list at 1.
    expect(body).toMatch(/<w:ilvl w:val="2"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?Deep/);
    expect(body).toMatch(/<w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?Indented bullet/);
    expect(numbering).toContain('<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="α, β, γ, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback>');
    expect(numbering).toContain('w:format="Α, Β, Γ, ..."');
  });

  it('writes skipped levels as list items holding only the next list, valid ODF 1.3', async () => {
    const { bytes } = await roundTrip('odt');
    const content = strFromU8(unzipSync(bytes)['content.xml']!);
    expect(content).toMatch(/<text:list-item><text:list><text:list-item><text:p[^>]*>Deep/);
    expect(content).toContain('style:num-format="α, β, ... (gr)"');
    expect(odfSchemaErrors(bytes)).toEqual([]);
  });

  it('reads a level-3 paragraph right under a level-1 one, and Word’s w14 Greek format, from DOCX', async () => {
    // Made from what Ostal writes, with the numbering rewritten as Word 2016 writes a Greek level.
    const files = unzipSync((await roundTrip('docx')).bytes);
    const numbering = strFromU8(files['word/numbering.xml']!);
    files['word/numbering.xml'] = strToU8(numbering.replace('<w:lvlText w:val="%1)"/>', '<w:lvlText w:val="Item-%1-"/>'));
    const back = (await read(zipSync(files))).document as TextDocument;
    const lists = JSON.stringify(back.content);
    expect(lists).toContain('"skip":1');
    expect(lists).toMatch(/"format":"lower-greek","prefix":"Item-","suffix":"-"/);
  });

  it('shows the skipped level’s and the Greek labels in LibreOffice', async () => {
    for (const format of ['docx', 'odt'] as const) {
      const text = libreofficeConvert(await write(doc, format), `out.${format}`, 'txt');
      const labels = text.split('\n').map((l) => l.trim().split(/\s/)[0]);
      expect(labels, format).toContain('1.1.1.');
      expect(labels, format).toContain('2.');
      if (format === 'odt') expect(labels, format).toEqual(expect.arrayContaining(['α)', 'β)', '(Α)']));
    }
  }, 120_000);
});
