import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayBullet, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus');

async function open(file: string): Promise<{ doc: TextDocument; codes: string[] }> {
  const result = await read(readFileSync(path.join(CORPUS, file)));
  return { doc: result.document as TextDocument, codes: result.diagnostics.map((d) => d.code) };
}

function nodesOfType(json: PMNodeJSON, type: string, out: PMNodeJSON[] = []): PMNodeJSON[] {
  if (json.type === type) out.push(json);
  for (const c of json.content ?? []) nodesOfType(c, type, out);
  return out;
}

function textOf(json: PMNodeJSON): string {
  return json.text ?? (json.content ?? []).map(textOf).join('');
}

/** Lists as (text of the first item, attributes), in document order. */
function listsOf(doc: TextDocument): { first: string; attrs: Record<string, unknown> }[] {
  return [...nodesOfType(doc.content, 'ordered_list'), ...nodesOfType(doc.content, 'bullet_list')].map((l) => ({
    first: textOf(l.content?.[0]?.content?.[0] ?? { type: 'text', text: '' }),
    attrs: { ...(l.attrs ?? {}) },
  }));
}

function findList(doc: TextDocument, first: string): Record<string, unknown> {
  const found = listsOf(doc).find((l) => l.first.startsWith(first));
  if (!found) throw new Error(`no list starting with ${first}`);
  return found.attrs;
}

const s = textSchema;
const t = (text: string, ...marks: Mark[]): PMNode => s.text(text, marks);
const p = (attrs: Record<string, unknown> | null, ...content: PMNode[]): PMNode => s.nodes.paragraph!.create(attrs, content);
const li = (...blocks: PMNode[]): PMNode => s.nodes.list_item!.create(null, blocks);
const ol = (attrs: Record<string, unknown>, ...items: PMNode[]): PMNode => s.nodes.ordered_list!.create(attrs, items);
const ul = (attrs: Record<string, unknown> | null, ...items: PMNode[]): PMNode => s.nodes.bullet_list!.create(attrs, items);
const item = (text: string, ...more: PMNode[]): PMNode => li(p(null, t(text)), ...more);

const sample = textDocumentFromNode(
  s.nodes.doc!.create(null, [
    ol(
      { order: 1, format: 'upper-roman', suffix: '.' },
      item('Chapter', ol({ order: 1, format: 'decimal', suffix: '.', levels: 2 }, item('Section one'), item('Section two', ol({ order: 1, format: 'lower-letter', prefix: '(', suffix: ')' }, item('Point'))))),
      item('Chapter two'),
    ),
    p(null, t('An interruption')),
    ol({ order: 3, format: 'upper-roman', suffix: '.', continues: true }, item('Chapter three')),
    ol({ order: 5, format: 'lower-roman', suffix: ')' }, item('Five'), item('Six')),
    ul({ bullet: '\uf0b7', bulletFont: 'Symbol' }, item('Symbol bullet', ul({ bullet: '\u2013', bulletFont: null }, item('Dash')))),
    ul(null, item('Default bullet')),
    ol({ order: 1, format: 'decimal-zero' }, item('Zero padded')),
    p(
      { direction: 'rtl', align: 'right', shading: '#ffee00' },
      t('\u0645\u0631\u062d\u0628\u0627 ', s.marks.language!.create({ lang: 'ar-SA', eastAsia: null, complex: 'ar-SA' })),
      t('SMALL', s.marks.caps!.create({ variant: 'small' })),
      t(' wide', s.marks.letter_spacing!.create({ spacing: 2.5 }), s.marks.caps!.create({ variant: 'all' })),
      t(' \u6f22\u5b57', s.marks.font_east_asian!.create({ family: 'SimSun' }), s.marks.language!.create({ lang: null, eastAsia: 'zh-CN', complex: null })),
      t(' tight', s.marks.font!.create({ family: 'Arial' }), s.marks.letter_spacing!.create({ spacing: -0.5 })),
    ),
    p(
      {
        indentLeft: 720,
        tabs: [
          { pos: 1440, align: 'left', leader: 'none' },
          { pos: 4320, align: 'decimal', leader: 'dot' },
          { pos: 9000, align: 'right', leader: 'hyphen' },
        ],
      },
      t('Name\t12.50\tpage'),
    ),
  ]),
);

function expectSame(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
  expect(na.eq(nb)).toBe(true);
}

describe('list formats and paragraph/character properties: round trips', () => {
  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`keeps list formats, continuations, bullets, direction, shading, caps, spacing and languages through ${format}`, async () => {
      const back = (await read(await write(sample, format))).document as TextDocument;
      expectSame(sample, back);
    });
  }

  it('converts docx → odt → docx and odt → docx → fodt without loss', async () => {
    const viaOdt = (await read(await write(sample, 'odt'))).document as TextDocument;
    const docx = (await read(await write(viaOdt, 'docx'))).document as TextDocument;
    expectSame(sample, docx);
    const viaDocx = (await read(await write(sample, 'docx'))).document as TextDocument;
    const fodt = (await read(await write(viaDocx, 'fodt'))).document as TextDocument;
    expectSame(sample, fodt);
  });

  it('writes valid ODF 1.3, with one list style per distinct list format', async () => {
    const bytes = await write(sample, 'fodt');
    expect(odfSchemaErrors(bytes, true)).toEqual([]);
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
    const xml = new TextDecoder().decode(bytes);
    // Chapters (with their nested lists), the continuation, lower-roman, the bullets, the default bullet, zero padded.
    expect(xml.match(/<text:list-style /g)?.length).toBe(6);
    expect(xml).toContain('text:continue-list="list1"');
    expect(xml).toContain('style:num-format="I"');
    expect(xml).toContain('text:display-levels="2"');
    expect(xml).toContain('style:num-prefix="("');
  });

  it('shows the labels in LibreOffice as the model says, from docx and odt', async () => {
    for (const format of ['docx', 'odt'] as const) {
      const txt = libreofficeConvert(await write(sample, format), `lists.${format}`, 'txt');
      expect(txt).toMatch(/I\.\s+Chapter\n/);
      // A label showing the level above shows it in that level's format.
      expect(txt).toMatch(/I\.1\.\s+Section one/);
      expect(txt).toMatch(/\(a\)\s+Point/);
      expect(txt).toMatch(/II\.\s+Chapter two/);
      expect(txt).toMatch(/III\.\s+Chapter three/);
      expect(txt).toMatch(/v\)\s+Five/);
      expect(txt).toMatch(/vi\)\s+Six/);
      expect(txt).toMatch(/01\.\s+Zero padded/);
    }
  }, 120_000);

  it('keeps the numbering of a list made in the editor plain: decimal and default bullets', async () => {
    const plain = textDocumentFromNode(s.nodes.doc!.create(null, [ol({}, item('one')), ul(null, item('dot'))]));
    expect(plain.content.content?.map((b) => b.attrs ?? {})).toEqual([{ order: 1 }, {}]);
    const back = (await read(await write(plain, 'docx'))).document as TextDocument;
    expectSame(plain, back);
  });

  it('shows symbol-font bullets as the Unicode characters they look like', () => {
    expect(displayBullet('\uf0b7', 'Symbol', 0)).toBe('\u2022');
    expect(displayBullet('\uf0a7', 'Wingdings', 0)).toBe('\u25aa');
    expect(displayBullet('o', 'Courier New', 1)).toBe('o');
    expect(displayBullet(null, null, 1)).toBe('\u25e6');
    const dom = s.nodes.bullet_list!.spec.toDOM!(ul({ bullet: '\uf0d8', bulletFont: 'Wingdings' }, item('x'))) as unknown as [string, Record<string, string>];
    expect(dom[1].style).toContain('\u27a2');
  });
});

describe('list formats read from real files', () => {
  it('reads roman, letter, parenthesised and multi-level labels, and continued lists (tika numbered list)', async () => {
    const { doc } = await open('docx/tika-testWORD_numbered_list.docx');
    expect(findList(doc, 'A multi')).toMatchObject({ format: 'lower-roman', suffix: ')' });
    expect(findList(doc, 'Is')).toMatchObject({ format: 'lower-letter', suffix: ')' });
    expect(findList(doc, 'baq')).toMatchObject({ prefix: '(', suffix: ')' });
    expect(findList(doc, 'baq').format ?? 'decimal').toBe('decimal');
    expect(findList(doc, 'yet')).toMatchObject({ format: 'upper-roman' });
    expect(findList(doc, '2.1')).toMatchObject({ levels: 2 });
    // "List" goes on with the numbering of the roman list before it.
    expect(findList(doc, 'List')).toMatchObject({ order: 3, format: 'lower-roman' });
  });

  it('restarts where a start override asks and continues with instances of the same definition (pandoc #8367)', async () => {
    const { doc } = await open('docx/pandoc-lists_restart_8367.docx');
    const lists = nodesOfType(doc.content, 'ordered_list');
    const numbers = lists.map((l) => [Number(l.attrs?.order ?? 1), l.content?.length ?? 0]);
    // Section 1: 1-3; section 2: one list 1-4, whose first item restarts the numbering and
    // whose others use another instance of the same definition.
    expect(numbers).toEqual([
      [1, 3],
      [1, 4],
    ]);
  });

  it('reads ODF list styles: number formats, suffixes, start values and nested levels', async () => {
    const { doc } = await open('odt/pandoc-orderedListRoman.odt');
    expect(findList(doc, 'A list item')).toMatchObject({ format: 'upper-roman' });
    expect(findList(doc, 'Start new list')).toMatchObject({ order: 4, format: 'upper-roman' });
  });

  it('reads ODF multi-level labels and continued numbering', async () => {
    const { doc } = await open('odt/odftk-Text6.odt');
    const lists = nodesOfType(doc.content, 'ordered_list');
    expect(lists.some((l) => l.attrs?.continues === true)).toBe(true);
    // Its "1.2.1" paragraphs sit in a text:list-header ten levels down: no label (LibreOffice shows none).
    expect(lists.some((l) => Number(l.attrs?.levels) >= 2)).toBe(false);
    const spec = nodesOfType((await open('odt/odftk-OpenDocument-v1.3-cs01-part3-schema.odt')).doc.content, 'ordered_list');
    expect(spec.some((l) => Number(l.attrs?.levels) >= 2)).toBe(true);
  });

  it('reads right-to-left paragraphs and Arabic, Korean and Chinese language tags (onlyoffice)', async () => {
    const ar = (await open('docx/onlyoffice-ar-SA-new.docx')).doc;
    expect(nodesOfType(ar.content, 'paragraph').some((b) => b.attrs?.direction === 'rtl')).toBe(true);
    // Their default languages are the documents' languages.
    expect((await open('docx/onlyoffice-zh-CN-new.docx')).doc.meta.language).toBe('zh-CN');
    expect((await open('docx/onlyoffice-ko-KR-new.docx')).doc.meta.language).toBe('ko-KR');
    // A language set on some text only is a mark, per script class (tika various: CJK text).
    const marks = nodesOfType((await open('docx/tika-testWORD_various.docx')).doc.content, 'text').flatMap((n) => (n.marks ?? []).filter((m) => m.type === 'language'));
    expect(marks.length).toBeGreaterThan(0);
  });

  it('reads tab stops with their alignment and leader, through the style chain (table of contents)', async () => {
    const { doc } = await open('docx/oxsdk-TOC2.docx');
    const tabs = nodesOfType(doc.content, 'paragraph').flatMap((b) => (b.attrs?.tabs as { align: string; leader: string }[] | undefined) ?? []);
    expect(tabs).toContainEqual(expect.objectContaining({ align: 'right', leader: 'dot' }));
  });

  it('reports vertical text it shows horizontally', async () => {
    const { codes } = await open('docx/oxsdk-textDirection-Paragraph_Text_Flow_Direction-val-tbRl.docx');
    expect(codes).toContain('text-direction-dropped');
  });

  it('shows the same list labels in LibreOffice for what it wrote as for the originals', async () => {
    const labels = (txt: string): string[] => txt.split('\n').map((l) => /^\s*(\S+)\s/.exec(l)?.[1] ?? '').filter((l) => /^(\(?[0-9ivxlcIVXLCa-h]+[.)])+$/.test(l));
    for (const file of ['docx/pandoc-lists_restart_8367.docx', 'docx/tika-testWORD_numbered_list.docx']) {
      const bytes = readFileSync(path.join(CORPUS, file));
      const original = labels(libreofficeConvert(bytes, path.basename(file), 'txt'));
      const { doc } = await open(file);
      for (const format of ['docx', 'odt'] as const) {
        const ours = labels(libreofficeConvert(await write(doc, format), `out.${format}`, 'txt'));
        // Every label of the original shows in ours, but for the Greek list (below); a level
        // nested two deeper than its parent keeps its label ("1.1.1.", list-skip-greek.test.ts).
        const left = [...ours];
        const missing = original.filter((l) => {
          const i = left.indexOf(l);
          if (i >= 0) left.splice(i, 1);
          return i < 0;
        });
        // The tika file's Greek list ("Some-%1-CrazyFormat" in Word's custom w14 format): LibreOffice
        // 7.4 shows it as "1.", "2." from DOCX (it reads no custom format, ours is written as
        // Word wrote it) and in Greek letters from the ODT Ostal writes.
        expect(missing, `${file} → ${format}`).toEqual(file.includes('tika') && format === 'odt' ? ['1.', '2.'] : []);
      }
    }
  }, 240_000); // six LibreOffice conversions
});
