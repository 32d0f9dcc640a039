import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument, TextMedia } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { decodeBase64, encodeBase64 } from './text-media.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../../shared/corpus/${name}`, import.meta.url))));

// A 1×1 PNG and a 1×1 GIF.
const PNG = decodeBase64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')!;
const GIF = decodeBase64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')!;

const t = (text: string): PMNode => textSchema.text(text);
const p = (...xs: PMNode[]): PMNode => textSchema.nodes.paragraph!.create(null, xs);
const img = (attrs: Record<string, unknown>): PMNode => textSchema.nodes.image!.create(attrs);
const bookmark = (name: string): PMNode => textSchema.nodes.bookmark!.create({ name });
const frame = (attrs: Record<string, unknown>, ...blocks: PMNode[]): PMNode => textSchema.nodes.text_frame!.create(attrs, blocks);
const link = (href: string, text: string): PMNode => textSchema.text(text, [textSchema.marks.link!.create({ href })]);

const media: TextMedia = { 'image1.png': { mime: 'image/png', bytes: PNG }, 'image2.gif': { mime: 'image/gif', bytes: GIF } };

const sample: TextDocument = textDocumentFromNode(
  textSchema.nodes.doc!.create(null, [
    p(bookmark('debut'), t('Avant '), img({ src: 'media:image1.png', width: 1270000, height: 635000, alt: 'Un logo « bleu »', title: 'Logo', name: 'Logo' }), t(' après.')),
    p(
      t('Ancré : '),
      img({ src: 'media:image2.gif', width: 914400, height: 457200, alt: 'Photo', name: 'Photo', placement: 'anchored', xRelative: 'page', yRelative: 'paragraph', x: 1800000, y: -360000, wrap: 'square', z: 3 }),
      img({ src: 'media:image1.png', width: 360000, height: 360000, name: 'Centre', placement: 'anchored', xRelative: 'margin', yRelative: 'page', xAlign: 'center', yAlign: 'top', wrap: 'behind', z: 1 }),
      img({ src: 'media:image1.png', width: 360001, height: 123457, name: 'Serre', placement: 'anchored', xRelative: 'column', yRelative: 'line', x: 1, y: 2, wrap: 'tight' }),
      img({ src: 'media:image2.gif', width: 100, height: 100, name: 'Devant', placement: 'anchored', xRelative: 'character', yRelative: 'margin', wrap: 'in-front' }),
      img({ src: 'media:image2.gif', width: 200, height: 300, name: 'Haut-bas', placement: 'anchored', wrap: 'top-bottom' }),
      img({ src: 'media:image2.gif', width: 200, height: 300, name: 'Travers', placement: 'anchored', wrap: 'through' }),
    ),
    frame({ width: 2743200, height: 914400, name: 'Encadré', placement: 'anchored', xRelative: 'margin', yRelative: 'paragraph', xAlign: 'right', y: 180000, wrap: 'square', z: 2 }, p(t('Texte dans un cadre')), p(img({ src: 'media:image1.png', width: 9525, height: 9525, name: 'Dedans' }))),
    frame({ width: 1828800, height: 457200, name: 'En ligne' }, p(t('Cadre en ligne'))),
    p(link('#debut', 'Retour au début'), bookmark('fin')),
  ]),
  { title: 'Images' },
  media,
);

async function roundTrip(doc: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<TextDocument> {
  const result = await read(await write(doc, format));
  expect(result.format).toBe(format);
  return result.document as TextDocument;
}

/** A node's JSON with its tables' style links dropped (a Word table style legitimately becomes an ODF table template). */
function withoutTableStyles(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withoutTableStyles);
  if (!json || typeof json !== 'object') return json;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) out[k] = withoutTableStyles(v);
  const node = json as { type?: unknown; attrs?: object };
  if (node.type === 'table' && node.attrs) out.attrs = { ...(out.attrs as object), wordStyle: null, template: null };
  return out;
}

function expectSame(a: TextDocument, b: TextDocument, acrossFamilies = false): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (acrossFamilies) expect(withoutTableStyles(nb.toJSON())).toEqual(withoutTableStyles(na.toJSON()));
  else {
    if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
    expect(na.eq(nb)).toBe(true);
  }
  expect(Object.keys(b.media ?? {}).sort()).toEqual(Object.keys(a.media ?? {}).sort());
  for (const [name, item] of Object.entries(a.media ?? {})) {
    expect(b.media?.[name]?.mime).toBe(item.mime);
    expect(Buffer.from(b.media![name]!.bytes).equals(Buffer.from(item.bytes))).toBe(true);
  }
}

function images(doc: TextDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'image') out.push(n.attrs);
    return true;
  });
  return out;
}

function bookmarks(doc: TextDocument): string[] {
  const out: string[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'bookmark') out.push(String(n.attrs.name));
    return true;
  });
  return out;
}

const zipNames = (bytes: Uint8Array): string[] => ZipArchive.open(bytes, DEFAULT_LIMITS).names();

describe('images and bookmarks: round trips', () => {
  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`keeps pictures (size, alt text, placement, wrap) and bookmarks through ${format}`, async () => {
      expectSame(sample, await roundTrip(sample, format));
    });
  }

  it('converts docx → odt → docx and odt → fodt → docx → odt without loss', async () => {
    expectSame(sample, await roundTrip(await roundTrip(await roundTrip(sample, 'docx'), 'odt'), 'docx'));
    let current = sample;
    for (const format of ['odt', 'fodt', 'docx', 'odt'] as const) current = await roundTrip(current, format);
    expectSame(sample, current);
  });

  it('keeps Word’s "allow overlap" off through DOCX (on by default)', async () => {
    const anchored = { src: 'media:image1.png', width: 914400, height: 914400, placement: 'anchored', wrap: 'square' };
    const doc = textDocumentFromNode(textSchema.nodes.doc!.create(null, [p(img({ ...anchored, name: 'Seul', overlap: false }), img({ ...anchored, name: 'Libre' }))]), undefined, media);
    const docx = await write(doc, 'docx');
    const xml = new TextDecoder().decode(ZipArchive.open(docx, DEFAULT_LIMITS).read('word/document.xml'));
    expect([...xml.matchAll(/<wp:anchor [^>]*allowOverlap="(\d)"/g)].map((m) => m[1])).toEqual(['0', '1']);
    const back = images((await read(docx)).document as TextDocument);
    expect(back.map((a) => [a.name, a.overlap])).toEqual([['Seul', false], ['Libre', true]]);
  });

  it('keeps a linked picture as a link, never as media', async () => {
    const linked = textDocumentFromNode(textSchema.nodes.doc!.create(null, [p(img({ link: 'https://example.org/a.png', width: 9525, height: 9525, name: 'Lien' }))]));
    for (const format of ['docx', 'odt', 'fodt'] as const) {
      const bytes = await write(linked, format);
      const result = await read(bytes);
      expectSame(linked, result.document as TextDocument);
      expect(result.diagnostics.map((d) => d.code)).toContain('image-link-not-loaded');
    }
  });
});

describe('images: what the packages hold', () => {
  it('docx: word/media parts, Default content types per extension, unique docPr ids', async () => {
    const bytes = await write(sample, 'docx');
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.names().filter((n) => n.startsWith('word/media/')).sort()).toEqual(['word/media/image1.png', 'word/media/image2.gif']);
    const types = zip.readText('[Content_Types].xml');
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(types).toContain('<Default Extension="gif" ContentType="image/gif"/>');
    expect(types).not.toContain('PartName="/word/media');
    const ids = [...zip.readText('word/document.xml').matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(zip.readText('word/_rels/document.xml.rels')).toContain('Target="media/image1.png"');
  });

  it('odt: Pictures/ parts listed in the manifest with their media type; fodt: base64 data', async () => {
    const odt = await write(sample, 'odt');
    const zip = ZipArchive.open(odt, DEFAULT_LIMITS);
    expect(zip.names().filter((n) => n.startsWith('Pictures/')).sort()).toEqual(['Pictures/image1.png', 'Pictures/image2.gif']);
    expect(zip.readText('META-INF/manifest.xml')).toContain('manifest:full-path="Pictures/image1.png" manifest:media-type="image/png"');
    const fodt = new TextDecoder().decode(await write(sample, 'fodt'));
    expect(fodt).toContain(`<office:binary-data>${encodeBase64(PNG)}</office:binary-data>`);
  });

  it('writes valid ODF 1.3, packaged and flat', async () => {
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(sample, 'fodt'), true)).toEqual([]);
  });
});

describe('images: real documents', () => {
  it('reads the inline picture of a docx with its size and bytes', async () => {
    const doc = (await read(corpus('docx/mammoth-tiny-picture.docx'))).document as TextDocument;
    const [image] = images(doc);
    expect(image).toMatchObject({ src: 'media:image1.png', width: 95250, height: 95250, placement: 'inline' });
    const original = ZipArchive.open(corpus('docx/mammoth-tiny-picture.docx'), DEFAULT_LIMITS).read('word/media/image1.png');
    expect(Buffer.from(doc.media!['image1.png']!.bytes).equals(Buffer.from(original))).toBe(true);
  });

  it('reads anchored pictures of a docx: position, wrap, alternative text', async () => {
    const doc = (await read(corpus('docx/odrtest-sample3.docx'))).document as TextDocument;
    const found = images(doc);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ placement: 'anchored', xRelative: 'column', yRelative: 'paragraph', x: -53340, y: 18415, wrap: 'square', alt: 'Web Access Symbol', width: 1339850, height: 1243965 });
    expect(found[1]!.alt).toMatch(/^Chart of Screen Reader Market Share/);
    expect(doc.media!['image1.gif']!.mime).toBe('image/gif');
  });

  it('reads VML pictures of a docx when there is no DrawingML', async () => {
    const doc = (await read(corpus('docx/tika-018367.docx'))).document as TextDocument;
    // Its embedded OLE object (w:object) is a picture too now: the VML picture is the one described as a chart.
    const found = images(doc).filter((i) => /^This is a bar chart/.test(String(i.alt)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ src: expect.stringMatching(/^media:image\d+\.emf$/) as unknown, width: 5353050, height: 3467100 });
  });

  it('reads Strict docx pictures and bookmarks, without _GoBack', async () => {
    const doc = (await read(corpus('docx/oxsdk-Strict01.docx'))).document as TextDocument;
    expect(images(doc).length).toBeGreaterThanOrEqual(3);
    expect(bookmarks(doc)).toContain('ABookmark');
    expect(bookmarks(doc)).not.toContain('_GoBack');
  });

  it('reads anchored odt frames with their graphic style, and linked pictures as links', async () => {
    const doc = (await read(corpus('odt/odfpy-imageslabels.odt'))).document as TextDocument;
    const found = images(doc);
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({ src: 'media:image1.gif', placement: 'anchored', name: 'grafik1' });
    expect(Object.keys(doc.media!)).toHaveLength(5);
    const relative = await read(corpus('odt/pandoc-imageRelative.odt'));
    expect(images(relative.document as TextDocument)[0]).toMatchObject({ src: '', link: '../../../lalune.jpg', placement: 'anchored', xAlign: 'center', wrap: 'square' });
    expect(relative.diagnostics.map((d) => d.code)).toContain('image-link-not-loaded');
  });

  it('writes valid ODF for real documents with pictures, captions and text boxes', async () => {
    for (const file of ['docx/odrtest-sample3.docx', 'odt/odfpy-imageslabels.odt', 'docx/pandoc-text_in_shape_format.docx']) {
      const doc = (await read(corpus(file))).document as TextDocument;
      expect(odfSchemaErrors(await write(doc, 'odt')), file).toEqual([]);
      expect(odfSchemaErrors(await write(doc, 'fodt'), true), file).toEqual([]);
    }
  });

  it('reads a picture inside a comment from the comment part\'s own relationships, and writes it back', async () => {
    const bytes = corpus('docx/pydocx-comments-rich-para.docx');
    const doc = (await read(bytes)).document as TextDocument;
    const original = ZipArchive.open(bytes, DEFAULT_LIMITS).read('word/media/image1.jpeg');
    const jpeg = Object.values(doc.media ?? {}).find((m) => m.mime === 'image/jpeg');
    expect(jpeg && Buffer.from(jpeg.bytes).equals(Buffer.from(original))).toBe(true);
    const back = await read(await write(doc, 'docx'));
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectSame(doc, back.document as TextDocument);
  });

  it('docx → odt → docx keeps the corpus pictures byte for byte', async () => {
    const doc = (await read(corpus('docx/odrtest-sample3.docx'))).document as TextDocument;
    expectSame(doc, await roundTrip(await roundTrip(doc, 'docx'), 'odt'), true);
  });
});

describe('images: LibreOffice reads what Ostal writes', () => {
  it('loads our text frames as frames holding their text once, from docx and odt', async () => {
    for (const format of ['docx', 'odt'] as const) {
      const converted = libreofficeConvertBytes(await write(sample, format), `frames.${format}`, 'odt');
      const content = ZipArchive.open(new Uint8Array(converted), DEFAULT_LIMITS).readText('content.xml');
      expect(content.split('Texte dans un cadre').length - 1, format).toBe(1);
      expect(content.split('Cadre en ligne').length - 1, format).toBe(1);
      expect(content, format).toMatch(/<draw:(frame|custom-shape)[^>]*draw:name="Encadré"/);
    }
  });

  it('keeps the pictures of our docx (converted to odt) and of our odt (converted to docx)', async () => {
    const fromDocx = libreofficeConvertBytes(await write(sample, 'docx'), 'images.docx', 'odt');
    expect(zipNames(new Uint8Array(fromDocx)).filter((n) => n.startsWith('Pictures/')).length).toBeGreaterThanOrEqual(2);
    const fromOdt = libreofficeConvertBytes(await write(sample, 'odt'), 'images.odt', 'docx');
    expect(zipNames(new Uint8Array(fromOdt)).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThanOrEqual(2);
    // And Ostal reads LibreOffice's docx back with the alternative text.
    const back = (await read(new Uint8Array(fromOdt))).document as TextDocument;
    expect(images(back).map((i) => i.alt)).toContain('Un logo « bleu »');
  });
});
