import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formerBlock, formerMarks, runFormerFormat, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { unzipSync, strFromU8 } from 'fflate';
import { read, write } from '../index.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

// Tiny builders, so expected documents read like data.
const ins = (author: string, date: string | null, id: string | null = null): Mark => textSchema.marks.insertion!.create({ id, author, date });
const del = (author: string, date: string | null, id: string | null = null): Mark => textSchema.marks.deletion!.create({ id, author, date });
const fmt = (author: string, date: string | null, id: string | null = null, before: string | null = null): Mark => textSchema.marks.format_change!.create({ id, author, date, before });
const t = (text: string, ...marks: Mark[]): PMNode => textSchema.text(text, marks);
const mark = (kind: 'insertion' | 'deletion', author: string, date: string, id: string | null = null): PMNode =>
  textSchema.nodes.paragraph_change!.create({ kind, id, author, date });
const p = (...content: PMNode[]): PMNode => textSchema.nodes.paragraph!.create(null, content);
const doc = (...blocks: PMNode[]): TextDocument => textDocumentFromNode(textSchema.nodes.doc!.create(null, blocks));

const ANNE = '2024-03-01T09:30:00Z';
const BOB = '2024-03-02T16:00:00Z';

/** A document with an insertion, a deletion, a format change, a deleted and an inserted paragraph mark. */
const changed = doc(
  p(t('Le texte '), t('ajouté', ins('Anne', ANNE, '1')), t(' et '), t('retiré', del('Bob', BOB, '2')), t(' puis '), t('mis en gras', textSchema.marks.bold!.create(), fmt('Anne', ANNE, '3', runFormerFormat('ostal', [textSchema.marks.italic!.create()]))), t('.')),
  p(t('Fin du paragraphe fusionnée'), mark('deletion', 'Bob', BOB, '4')),
  p(t('avec celui-ci.')),
  p(t('Nouveau paragraphe', ins('Anne', ANNE, '5')), mark('insertion', 'Anne', ANNE, '6')),
  p(t('Dernier.')),
);

/** A change's former format as what it means (marks or block), whichever format kept it. */
function formerOf(before: unknown): unknown {
  return formerMarks(before, textSchema)?.map((m) => m.toJSON() as unknown) ?? formerBlock(before) ?? null;
}

/** The document as JSON with change ids left out (formats renumber them), former formats by meaning. */
function withoutIds(json: PMNodeJSON, keepIds = false, formerLost = false): PMNodeJSON {
  const strip = (attrs: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined => {
    if (!attrs || !('author' in attrs)) return attrs;
    const { id, ...rest } = attrs;
    return { ...(keepIds ? { id } : {}), ...rest, ...('before' in rest ? { before: formerLost ? null : formerOf(rest.before) } : {}) };
  };
  return {
    ...json,
    ...(json.attrs ? { attrs: strip(json.attrs) } : {}),
    ...(json.marks ? { marks: json.marks.map((m) => ({ ...m, ...(m.attrs ? { attrs: strip(m.attrs) } : {}) })) } : {}),
    ...(json.content ? { content: json.content.map((c) => withoutIds(c, keepIds, formerLost)) } : {}),
  };
}

async function back(document: TextDocument, format: 'docx' | 'odt' | 'fodt'): Promise<TextDocument> {
  return (await read(await write(document, format))).document as TextDocument;
}

function zipPart(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes)[name]!);
}

describe('tracked changes', () => {
  it('reads DOCX insertions, deletions, moves, format and paragraph-mark changes with author and date', async () => {
    const result = await read(readFileSync(path.join(CORPUS, 'docx/pandoc-track_changes_move.docx')));
    const json = JSON.stringify(result.document);
    expect(json).toContain('"type":"insertion"');
    expect(json).toContain('"type":"deletion"');
    expect(json).toContain('"author":"Jesse Rosenthal"');
    expect(result.diagnostics.map((d) => d.code)).toContain('move-as-change');

    const numbered = (await read(readFileSync(path.join(CORPUS, 'docx/oxpt-002-DeletedNumberedParagraphs.docx')))).document as TextDocument;
    const node = textDocumentToNode(numbered);
    const deletedMarks: string[] = [];
    node.descendants((n) => {
      if (n.type.name === 'paragraph_change') deletedMarks.push(`${String(n.attrs.kind)} ${String(n.attrs.author)} ${String(n.attrs.date)}`);
      return true;
    });
    expect(deletedMarks).toEqual(Array(5).fill('deletion e 2020-02-06T11:21:00Z'));
    expect(node.textContent).toContain('Video provides a powerful way to help you prove your point.');
  });

  it('reads ODF regions: ranges across paragraphs and deletions spanning paragraphs', async () => {
    const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
    const info = (who: string): string => `<office:change-info><dc:creator>${who}</dc:creator><dc:date>2020-01-01T10:00:00</dc:date></office:change-info>`;
    const fodt =
      `<?xml version="1.0" encoding="UTF-8"?><office:document ${ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>` +
      `<text:tracked-changes><text:changed-region xml:id="i1" text:id="i1"><text:insertion>${info('Ines')}</text:insertion></text:changed-region>` +
      `<text:changed-region xml:id="d1" text:id="d1"><text:deletion>${info('Dan')}<text:p>tail</text:p><text:p>head</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
      `<text:p>One <text:change-start text:change-id="i1"/>new</text:p><text:p>line<text:change-end text:change-id="i1"/> two<text:change text:change-id="d1"/> three</text:p>` +
      `</office:text></office:body></office:document>`;
    const { document } = await read(new TextEncoder().encode(fodt), { format: 'fodt' });
    const i1 = { type: 'insertion', attrs: { id: 'i1', author: 'Ines', date: '2020-01-01T10:00:00' } };
    const d1 = { type: 'deletion', attrs: { id: 'd1', author: 'Dan', date: '2020-01-01T10:00:00' } };
    expect((document as TextDocument).content.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'One ' }, { type: 'text', marks: [i1], text: 'new' }, { type: 'paragraph_change', attrs: { kind: 'insertion', ...i1.attrs, before: null } }] },
      { type: 'paragraph', content: [{ type: 'text', marks: [i1], text: 'line' }, { type: 'text', text: ' two' }, { type: 'text', marks: [d1], text: 'tail' }, { type: 'paragraph_change', attrs: { kind: 'deletion', ...d1.attrs, before: null } }] },
      { type: 'paragraph', content: [{ type: 'text', marks: [d1], text: 'head' }, { type: 'text', text: ' three' }] },
    ]);
  });

  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`writes and reads back the same changes in ${format}`, async () => {
      const again = await back(changed, format);
      if (format === 'docx') expect(withoutIds(again.content, true)).toEqual(withoutIds(changed.content, true));
      // ODF has no former format for a format change.
      else expect(withoutIds(again.content)).toEqual(withoutIds(changed.content, false, true));
    });
  }

  it('keeps ids through the same format, and a second write gives the same document', async () => {
    const odt = await back(changed, 'odt');
    expect(textDocumentToNode(await back(odt, 'odt')).eq(textDocumentToNode(odt))).toBe(true);
    expect(textDocumentToNode(await back(odt, 'fodt')).eq(textDocumentToNode(odt))).toBe(true);
  });

  it('writes unique revision ids, w:delText and w:rPrChange in DOCX', async () => {
    const twice = doc(p(t('a', ins('A', ANNE, '7'))), p(t('b', ins('B', BOB, '7'))), p(t('gone', del('A', ANNE)), mark('deletion', 'A', ANNE)));
    const xml = zipPart(await write(twice, 'docx'), 'word/document.xml');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(4);
    expect(xml).toContain('<w:delText xml:space="preserve">gone</w:delText>');
    expect(xml).toMatch(/<w:pPr><w:rPr><w:del w:id="\d+" w:author="A" w:date="2024-03-01T09:30:00Z"\/><\/w:rPr><\/w:pPr>/);
    const formatted = zipPart(await write(changed, 'docx'), 'word/document.xml');
    expect(formatted).toMatch(/<w:rPr><w:b\/><w:rPrChange w:id="3" w:author="Anne" w:date="2024-03-01T09:30:00Z"><w:rPr><w:i\/><\/w:rPr><\/w:rPrChange><\/w:rPr>/);
  });

  it('keeps the previous run properties of a DOCX format change through docx', async () => {
    const result = await read(readFileSync(path.join(CORPUS, 'docx/poi-Tika-792.docx')));
    const xml = zipPart(await write(result.document, 'docx'), 'word/document.xml');
    expect(xml).toMatch(/<w:rPrChange w:id="\d+" w:author="Author"><w:rPr><w:color w:val="FF0000"\/><\/w:rPr><\/w:rPrChange>/);
  });

  it('keeps insertions, deletions, authors and dates from docx through odt back to docx', async () => {
    for (const file of ['docx/oxpt-001-DeletedRun.docx', 'docx/pandoc-track_changes_move.docx', 'docx/tika-testWORD_features.docx']) {
      const original = (await read(readFileSync(path.join(CORPUS, file)))).document as TextDocument;
      const through = await back(await back(original, 'odt'), 'docx');
      expect(withoutIds(through.content), file).toEqual(withoutIds(original.content));
    }
  });

  it('writes valid ODF 1.3 with tracked changes', async () => {
    expect(odfSchemaErrors(await write(changed, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(changed, 'fodt'), true)).toEqual([]);
    const corpus = (await read(readFileSync(path.join(CORPUS, 'docx/oxpt-RP001-Tracked-Revisions-02.docx')))).document;
    expect(odfSchemaErrors(await write(corpus, 'odt'))).toEqual([]);
  });

  it('is judged by LibreOffice: its text export keeps deleted text, like the original', async () => {
    const original = readFileSync(path.join(CORPUS, 'docx/oxpt-001-DeletedRun.docx'));
    const expected = libreofficeConvert(original, 'original.docx', 'txt');
    expect(expected).toContain('powerful');
    const document = (await read(original)).document;
    for (const format of ['docx', 'odt', 'fodt'] as const) {
      const txt = libreofficeConvert(await write(document, format), `changes.${format}`, 'txt');
      expect(txt.replace(/\s+/g, ' ').trim(), format).toBe(expected.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('opaque content', () => {
  it('keeps OMML equations through docx and writes them to ODF as formulas', async () => {
    const original = readFileSync(path.join(CORPUS, 'docx/oxpt-Equation.docx'));
    const document = (await read(original)).document as TextDocument;
    const opaque: PMNode[] = [];
    textDocumentToNode(document).descendants((n) => {
      if (n.type.name === 'opaque') opaque.push(n);
      return true;
    });
    expect(opaque.length).toBeGreaterThan(0);
    expect(String(opaque[0]!.attrs.xml)).toMatch(/^<m:oMath/);
    const docx = await write(document, 'docx');
    expect(zipPart(docx, 'word/document.xml')).toContain('<m:oMath');
    expect(textDocumentToNode(await back(document, 'docx')).eq(textDocumentToNode(document))).toBe(true);
    // To ODF, an equation becomes a formula object (MathML) that LibreOffice reads as one.
    const odtBytes = await write(document, 'odt');
    expect(odfSchemaErrors(odtBytes)).toEqual([]);
    const mathml = strFromU8(unzipSync(odtBytes)['Object 1/content.xml']!);
    expect(mathml).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(mathml).toMatch(/<msup>.*<\/msup>/);
    expect(mathml).toContain('<mo largeop="true">∑</mo>');
    const odt = (await read(odtBytes)).document as TextDocument;
    expect(odt.content.content?.[0]?.content?.[0]).toMatchObject({ type: 'opaque', attrs: { family: 'odf', kind: 'math' } });
    expect(libreofficeConvert(odtBytes, 'equation.odt', 'fodt')).toMatch(/<math:msup>|<msup>/);
  });

  it('writes an equation with a tracked deletion to ODF without the deleted character', async () => {
    const document = (await read(readFileSync(path.join(CORPUS, 'docx/oxpt-012-DeletedMathChar.docx')))).document;
    const mathml = strFromU8(unzipSync(await write(document, 'odt'))['Object 1/content.xml']!);
    expect(mathml).toContain('<mi>A</mi><mo>=</mo><msup><mi>r</mi><mn>2</mn></msup>');
    expect(mathml).not.toContain('π');
  });

  it('keeps ODF formula objects through odt and fodt, with their files and manifest entry', async () => {
    const xmlns = `xmlns:office="${NS.office}" xmlns:text="${NS.text}" xmlns:draw="${NS.draw}" xmlns:xlink="${NS.xlink}" xmlns:svg="${NS.svg}" xmlns:style="${NS.style}"`;
    const content =
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${xmlns} office:version="1.3"><office:automatic-styles><style:style style:name="fr1" style:family="graphic"/></office:automatic-styles><office:body><office:text>` +
      `<text:p>Aire : <draw:frame draw:style-name="fr1" draw:name="Formule1" text:anchor-type="as-char" svg:width="1cm" svg:height="0.5cm"><draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><draw:image xlink:href="./ObjectReplacements/Object 1" xlink:type="simple"/></draw:frame> m².</text:p>` +
      `</office:text></office:body></office:document-content>`;
    const math = '<?xml version="1.0" encoding="UTF-8"?><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow><annotation encoding="StarMath 5.0">%pi r^2</annotation></semantics></math>';
    const odt = writeOdfPackage(ODF_MIME.odt, [{ name: 'content.xml', data: content }, { name: 'Object 1/content.xml', data: math }], [{ path: 'Object 1/', mediaType: 'application/vnd.oasis.opendocument.formula' }]);
    const document = (await read(odt)).document as TextDocument;
    const formula = document.content.content?.[0]?.content?.[1];
    expect(formula?.type).toBe('opaque');
    const canonical = math.replace('encoding="UTF-8"?>', 'encoding="UTF-8" standalone="yes"?>\n');
    expect(formula?.attrs).toMatchObject({ family: 'odf', kind: 'math', fallback: '%pi r^2', files: { 'content.xml': canonical } });
    expect(String(formula?.attrs?.xml)).not.toContain('fr1');

    const written = await write(document, 'odt');
    const files = unzipSync(written);
    expect(strFromU8(files['Object 1/content.xml']!)).toBe(canonical);
    expect(strFromU8(files['META-INF/manifest.xml']!)).toContain('manifest:full-path="Object 1/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.formula"');
    expect(odfSchemaErrors(written)).toEqual([]);
    const flat = await write(document, 'fodt');
    expect(odfSchemaErrors(flat, true)).toEqual([]);
    for (const bytes of [written, flat]) expect(textDocumentToNode((await read(bytes)).document as TextDocument).eq(textDocumentToNode(document))).toBe(true);
    expect(textDocumentToNode(await back(await back(document, 'fodt'), 'odt')).eq(textDocumentToNode(document))).toBe(true);

    // LibreOffice sees a formula in what Ostal wrote, and DOCX gets the formula's text.
    expect(libreofficeConvert(written, 'formule.odt', 'fodt')).toContain('%pi r^2');
    expect(textDocumentToNode(await back(document, 'docx')).textContent).toBe('Aire : %pi r^2 m².');
  });
});
