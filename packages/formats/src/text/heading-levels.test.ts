import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_HEADING_LEVEL, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { conversionLosses, read, write } from '../index.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const s = textSchema;
const h = (level: number, text: string): PMNode => s.nodes.heading!.create({ level }, [s.text(text)]);
const p = (text: string): PMNode => s.nodes.paragraph!.create(null, [s.text(text)]);
const levels = (doc: TextDocument): number[] => {
  const out: number[] = [];
  textDocumentToNode(doc).forEach((n) => {
    if (n.type.name === 'heading') out.push(Number(n.attrs.level));
  });
  return out;
};
const ALL = Array.from({ length: MAX_HEADING_LEVEL }, (_, i) => i + 1);
const sample = textDocumentFromNode(s.nodes.doc!.create(null, ALL.flatMap((l) => [h(l, `Titre ${String(l)}`), p(`Texte ${String(l)}`)])));

describe('heading levels 7 to 10 in the model', () => {
  it('accepts levels 1 to 10 and refuses others', () => {
    expect(() => h(10, 'x').check()).not.toThrow();
    expect(() => h(11, 'x').check()).toThrow(RangeError);
    expect(() => h(0, 'x').check()).toThrow(RangeError);
  });

  it('shows levels past 6 as h6 with their level for assistive technology', () => {
    const dom = (node: PMNode) => {
      const spec = s.nodes.heading!.spec.toDOM!(node) as [string, Record<string, string>, 0];
      return { tag: spec[0], level: spec[1]['aria-level'] };
    };
    expect(dom(h(3, 'x'))).toEqual({ tag: 'h3', level: undefined });
    expect(dom(h(8, 'x'))).toEqual({ tag: 'h6', level: '8' });
  });
});

describe('heading levels 7 to 10 in files', () => {
  for (const format of ['odt', 'fodt'] as const) {
    it(`keeps levels 1 to 10 through ${format}`, async () => {
      expectSameDocument(sample, await roundTrip(sample, format));
    });
  }

  it('keeps levels 1 to 9 through docx, where level 10 becomes 9 (Word has nine)', async () => {
    expect(levels(await roundTrip(sample, 'docx'))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
    const nine = textDocumentFromNode(s.nodes.doc!.create(null, ALL.slice(0, 9).map((l) => h(l, `T${String(l)}`))));
    expectSameDocument(nine, await roundTrip(nine, 'docx'));
    expectSameDocument(nine, await roundTrip(await roundTrip(nine, 'odt'), 'docx'));
  });

  it('writes Word’s Heading7-9 styles with their outline levels', async () => {
    const styles = strFromU8(unzipSync(await write(sample, 'docx'))['word/styles.xml']!);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading9"><w:name w:val="heading 9"\/>[\s\S]*?<w:outlineLvl w:val="8"\/>/);
    const xml = strFromU8(unzipSync(await write(sample, 'docx'))['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Heading7"/>');
  });

  it('writes an ODT level 10 heading to DOCX as a valid level 9, and says so', async () => {
    const fromOdt = (await read(await write(sample, 'odt'))).document as TextDocument;
    expect(levels(fromOdt)).toContain(10);
    const files = unzipSync(await write(fromOdt, 'docx'));
    const xml = strFromU8(files['word/document.xml']!) + strFromU8(files['word/styles.xml']!);
    // w:outlineLvl 0-8 are headings, 9 body text: nothing deeper, and every heading style named exists.
    const outline = [...xml.matchAll(/<w:outlineLvl w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(Math.max(...outline)).toBe(8);
    const used = new Set([...xml.matchAll(/<w:pStyle w:val="(Heading\d+)"\/>/g)].map((m) => m[1]));
    for (const id of used) expect(xml).toContain(`w:styleId="${id!}"`);
    expect([...xml.matchAll(/<w:pStyle w:val="Heading9"\/>[\s\S]*?<w:t[^>]*>Titre (\d+)<\/w:t>/g)].map((m) => m[1])).toEqual(['9', '10']);
    const losses = conversionLosses(fromOdt, 'docx');
    expect(losses.map((l) => [l.severity, l.code])).toEqual([['warning', 'heading-level-10']]);
    expect(losses[0]!.message).toContain('1 heading(s) of level 10');
    expect(conversionLosses(fromOdt, 'odt')).toEqual([]);
    const nine = textDocumentFromNode(s.nodes.doc!.create(null, [h(9, 'neuf')]));
    expect(conversionLosses(nine, 'docx')).toEqual([]);
  });

  it('reads Word headings 7-9 from style names and outline levels', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Titre7"><w:name w:val="heading 7"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Deep"><w:name w:val="Deep"/><w:pPr><w:outlineLvl w:val="8"/></w:pPr></w:style>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Titre7"/></w:pPr><w:r><w:t>sept</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Deep"/></w:pPr><w:r><w:t>neuf</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:outlineLvl w:val="7"/></w:pPr><w:r><w:t>huit</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>corps</w:t></w:r></w:p>';
    const doc = (await read(miniDocx(body, styles))).document as TextDocument;
    expect(levels(doc)).toEqual([7, 9, 8]);
  });

  it('reads ODF outline levels up to 10 and deeper ones as 10', async () => {
    const content =
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>' +
      '<text:h text:outline-level="7">a</text:h><text:h text:outline-level="10">b</text:h><text:h text:outline-level="12">c</text:h></office:text></office:body></office:document-content>';
    const bytes = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
    expect(levels((await read(bytes)).document as TextDocument)).toEqual([7, 10, 10]);
  });

  it('writes valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
  });
});

describe('LibreOffice reads headings 7 to 10', () => {
  it('as outline levels 7-10 from ODT and 7-9 from DOCX', async () => {
    const outline = (fodt: string): string[] => [...fodt.matchAll(/<text:h [^>]*text:outline-level="(\d+)"[^>]*>(?:<[^>]+>)*Titre (\d+)/g)].map((m) => `${m[2]!}:${m[1]!}`);
    expect(outline(libreofficeConvert(await write(sample, 'odt'), 'titres.odt', 'fodt'))).toEqual(ALL.map((l) => `${String(l)}:${String(l)}`));
    expect(outline(libreofficeConvert(await write(sample, 'docx'), 'titres.docx', 'fodt'))).toEqual(ALL.map((l) => `${String(l)}:${String(Math.min(9, l))}`));
  });
});
