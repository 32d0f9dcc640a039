import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const m = textSchema.marks;
const mk = {
  b: m.bold!.create(),
  i: m.italic!.create(),
  s: m.strike!.create(),
  sup: m.superscript!.create(),
  sub: m.subscript!.create(),
  arial: m.font!.create({ family: 'Arial' }),
  marianne: m.font!.create({ family: 'Marianne' }),
  tnr: m.font!.create({ family: 'Times New Roman' }),
  pt14: m.font_size!.create({ size: 14 }),
  pt9: m.font_size!.create({ size: 9.5 }),
  red: m.color!.create({ color: '#ff0000' }),
  yellow: m.highlight!.create({ color: '#ffff00' }),
  pastel: m.highlight!.create({ color: '#fde9d9' }),
};
const t = (text: string, ...marks: Mark[]): PMNode => textSchema.text(text, marks);
const p = (attrs: Record<string, unknown> | null, ...content: PMNode[]): PMNode => textSchema.nodes.paragraph!.create(attrs, content);
const h = (attrs: Record<string, unknown>, ...content: PMNode[]): PMNode => textSchema.nodes.heading!.create(attrs, content);
const ul = (...paras: PMNode[]): PMNode => textSchema.nodes.bullet_list!.create(null, paras.map((x) => textSchema.nodes.list_item!.create(null, [x])));

/** A document using every formatting attribute the model has. */
const formatted = textDocumentFromNode(
  textSchema.nodes.doc!.create(null, [
    h({ level: 1, align: 'center', keepWithNext: true, spaceBefore: 480 }, t('Titre centré')),
    p({ align: 'center' }, t('Rouge 14 ', mk.arial, mk.pt14, mk.red), t('gras', mk.b, mk.arial, mk.pt14, mk.red)),
    p({ align: 'justify', indentLeft: 567, indentRight: 283, indentFirstLine: -360, spaceBefore: 120, spaceAfter: 240, lineHeight: 1.15 }, t('Justifié avec retrait')),
    p({ align: 'right', styleName: 'Body Text', keepWithNext: true }, t('barré', mk.s), t(' x'), t('2', mk.sup), t(' H'), t('2', mk.sub), t('O')),
    p({ align: 'left', indentFirstLine: 720, lineHeight: 2 }, t('surligné', mk.yellow), t(' pastel', mk.pastel), t(' Marianne 9,5', mk.marianne, mk.pt9, mk.i)),
    ul(p({ align: 'center', spaceAfter: 0 }, t('Élément', mk.red))),
    p({ styleName: 'Citation' }, t('Style seul')),
    p({ indentLeft: -284, styleName: 'Heading 1 (copie)' }, t('Retrait négatif', mk.tnr)),
  ]),
);

async function roundTrip(doc: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<TextDocument> {
  return (await read(await write(doc, format))).document as TextDocument;
}

function expectSame(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
  expect(na.eq(nb)).toBe(true);
}

describe('direct formatting round trips', () => {
  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`keeps every formatting attribute through ${format}`, async () => {
      expectSame(formatted, await roundTrip(formatted, format));
    });
  }

  it('converts docx → odt → docx and odt → docx → fodt without loss', async () => {
    expectSame(formatted, await roundTrip(await roundTrip(await roundTrip(formatted, 'docx'), 'odt'), 'docx'));
    expectSame(formatted, await roundTrip(await roundTrip(await roundTrip(formatted, 'odt'), 'docx'), 'fodt'));
  });

  it('writes valid ODF 1.3 with automatic styles and font face declarations', async () => {
    expect(odfSchemaErrors(await write(formatted, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(formatted, 'fodt'), true)).toEqual([]);
    const fodt = new TextDecoder().decode(await write(formatted, 'fodt'));
    expect(fodt).toContain('<style:font-face style:name="Arial" svg:font-family="Arial"/>');
    expect(fodt).toContain('style:display-name="Body Text"');
  });
});

describe('LibreOffice sees the formatting Ostal writes', () => {
  const judged = textDocumentFromNode(
    textSchema.nodes.doc!.create(null, [
      p({ align: 'center' }, t('Centré rouge', mk.b, mk.arial, mk.pt14, mk.red)),
      p({ align: 'justify', indentLeft: 567 }, t('Paragraphe justifié avec un retrait à gauche d’un centimètre.')),
    ]),
  );
  for (const format of ['docx', 'odt'] as const) {
    it(`keeps centring, colour, size, font and indent from ${format}`, async () => {
      const fodt = libreofficeConvert(await write(judged, format), `judged.${format}`, 'fodt');
      const styleOf = (text: string): string => {
        const at = fodt.indexOf(text);
        const open = fodt.lastIndexOf('<text:p ', at);
        const name = /text:style-name="([^"]+)"/.exec(fodt.slice(open))?.[1] ?? '';
        const def = fodt.indexOf(`style:name="${name}"`);
        return fodt.slice(def, fodt.indexOf('</style:style>', def));
      };
      expect(styleOf('Centré rouge')).toMatch(/fo:text-align="center"/);
      expect(styleOf('Paragraphe justifié')).toMatch(/fo:text-align="justify"/);
      expect(styleOf('Paragraphe justifié')).toMatch(/fo:margin-left="(1|0\.99\d*)cm"|fo:margin-left="0\.39\d*in"/);
      expect(fodt).toMatch(/fo:color="#ff0000"/);
      expect(fodt).toMatch(/fo:font-size="14pt"/);
      expect(fodt).toMatch(/fo:font-weight="bold"/);
      expect(fodt).toMatch(/Arial/);
    }, 120_000);
  }
});
