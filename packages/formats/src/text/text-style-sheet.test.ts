import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { unzipSync, strFromU8 } from 'fflate';

const { paragraph, doc } = textSchema.nodes;
const m = textSchema.marks;
const emphasis = () => [m.char_style!.create({ name: 'Mot clé' }), m.bold!.create(), m.color!.create({ color: '#c00000' })];
// In the sheet's order (sortStyleDefs): character styles, then paragraph styles, by name.
const sheet = [
  { name: 'Mot clé fort', family: 'character', basedOn: 'Mot clé', next: null },
  { name: 'Corps de lettre', family: 'paragraph', basedOn: null, next: 'Suite de lettre' },
  { name: 'Objet', family: 'paragraph', basedOn: null, next: null },
  { name: 'Suite de lettre', family: 'paragraph', basedOn: 'Corps de lettre', next: 'Suite de lettre' },
] as const;
// A style based on another has what the other has (the colour), unless it says otherwise.
const node = doc!.create({ styles: sheet }, [
  paragraph!.create({ styleName: 'Objet', align: 'center' }, [textSchema.text('Objet : subvention')]),
  paragraph!.create({ styleName: 'Corps de lettre', spaceAfter: 240 }, [textSchema.text('Nous avons reçu votre '), textSchema.text('demande', emphasis()), textSchema.text('.')]),
  paragraph!.create({ styleName: 'Suite de lettre', spaceAfter: 240 }, [textSchema.text('Le '), textSchema.text('dossier', [m.char_style!.create({ name: 'Mot clé fort' }), m.bold!.create(), m.italic!.create(), m.color!.create({ color: '#c00000' })]), textSchema.text(' est complet.')]),
]);
const document = textDocumentFromNode(node, { language: 'fr-FR' });

async function roundTrip(format: 'docx' | 'odt' | 'fodt'): Promise<ReturnType<typeof textDocumentToNode>> {
  return textDocumentToNode((await read(await write(document, format))).document as TextDocument);
}

describe('character styles and the style sheet', () => {
  it('keep the sheet out of stored documents that have none', () => {
    const plain = textDocumentFromNode(doc!.create(null, [paragraph!.create()]));
    expect(plain.content.attrs).toBeUndefined();
    expect(document.content.attrs).toEqual({ styles: sheet });
  });

  it.each(['docx', 'odt', 'fodt'] as const)('read back the same from %s', async (format) => {
    const back = await roundTrip(format);
    expect(back.attrs.styles).toEqual(sheet);
    expect(back.toJSON()).toEqual(node.toJSON());
  });

  it('crosses formats: DOCX read, ODT written and read', async () => {
    const docx = (await read(await write(document, 'docx'))).document as TextDocument;
    const back = textDocumentToNode((await read(await write(docx, 'odt'))).document as TextDocument);
    expect(back.eq(node)).toBe(true);
  });

  it('writes w:rStyle, character styles with what their runs share (parents without), w:basedOn and w:next', async () => {
    const files = unzipSync(await write(document, 'docx'));
    const styles = strFromU8(files['word/styles.xml']!);
    const body = strFromU8(files['word/document.xml']!);
    const motCle = /<w:style w:type="character" w:styleId="(Char[^"]+)"><w:name w:val="Mot clé"\/>(.*?)<\/w:style>/.exec(styles);
    expect(motCle).not.toBeNull();
    // Mot clé fort is based on Mot clé: a property of the parent would reach its text.
    expect(motCle![2]).not.toMatch(/<w:rPr>/);
    const fort = /<w:name w:val="Mot clé fort"\/>(.*?)<\/w:style>/.exec(styles);
    expect(fort?.[1]).toMatch(/<w:i\/>/);
    expect(fort?.[1]).toMatch(/<w:color w:val="C00000"\/>/);
    expect(body).toContain(`<w:rStyle w:val="${motCle![1]!}"/>`);
    expect(styles).toMatch(new RegExp(`<w:name w:val="Mot clé fort"/><w:basedOn w:val="${motCle![1]!}"/>`));
    expect(styles).toMatch(/<w:name w:val="Suite de lettre"\/><w:basedOn w:val="Corpsdelettre"\/><w:next w:val="Suitedelettre"\/>/);
    expect(styles).toMatch(/<w:name w:val="Corps de lettre"\/><w:basedOn w:val="Normal"\/><w:next w:val="Suitedelettre"\/>/);
    expect(styles).toMatch(/<w:name w:val="Objet"\/><w:basedOn w:val="Normal"\/><w:next w:val="Normal"\/>/);
  });

  it.each(['odt', 'docx'] as const)('in %s: LibreOffice sees the character style, the parent and the next style', async (format) => {
    const bytes = await write(document, format);
    if (format === 'odt') expect(odfSchemaErrors(bytes)).toEqual([]);
    const fodt = libreofficeConvert(bytes, `lettre.${format}`, 'fodt');
    // LibreOffice names a style by its display name with spaces as _20_ (and no display name when they are equal).
    const style = (display: string, family: string): string => {
      const name = display.replace(/ /g, '_20_');
      const at = fodt.search(new RegExp(`<style:style style:name="${name}"[^>]*style:family="${family}"`));
      expect(at, `${display} (${family}) in LibreOffice's file`).toBeGreaterThanOrEqual(0);
      return fodt.slice(at, fodt.indexOf('>', at) + 1) + fodt.slice(fodt.indexOf('>', at) + 1, fodt.indexOf('</style:style>', at));
    };
    expect(style('Mot clé fort', 'text')).toMatch(/fo:font-style="italic"/);
    expect(style('Mot clé fort', 'text')).toMatch(/style:parent-style-name="Mot_20_clé"/);
    expect(style('Suite de lettre', 'paragraph')).toMatch(/style:parent-style-name="Corps_20_de_20_lettre"/);
    expect(style('Corps de lettre', 'paragraph')).toMatch(/style:next-style-name="Suite_20_de_20_lettre"/);
    // The text keeps its style through LibreOffice.
    const back = textDocumentToNode((await read(new TextEncoder().encode(fodt))).document as TextDocument);
    const marked: string[] = [];
    back.descendants((n) => {
      if (n.isText && n.marks.some((mk) => mk.type.name === 'char_style' && mk.attrs.name === 'Mot clé')) marked.push(n.text ?? '');
    });
    expect(marked).toEqual(['demande']);
    expect(back.child(2).attrs.styleName).toBe('Suite de lettre');
  });
});
