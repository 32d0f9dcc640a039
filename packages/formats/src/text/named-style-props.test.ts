import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { namedStyleProps } from './named-style-props.js';

const { paragraph, doc } = textSchema.nodes;
const m = textSchema.marks;
const letter = (text: string, extra: boolean) =>
  paragraph!.create({ styleName: 'Corps de lettre', align: 'justify', spaceAfter: 240, indentLeft: extra ? 567 : null }, [
    textSchema.text(text, [m.font!.create({ family: 'Liberation Sans' }), m.font_size!.create({ size: 13 }), m.italic!.create(), ...(extra ? [m.bold!.create()] : [])]),
  ]);
const document = textDocumentFromNode(doc!.create(null, [letter('Madame, Monsieur,', false), letter('Nous avons bien reçu votre demande.', true), paragraph!.create(null, [textSchema.text('Fin')])]), { language: 'fr-FR' });

/** The `style:style` element of the named style `display` in a flat ODF document. */
function styleElement(fodt: string, display: string): string {
  const at = fodt.indexOf(`style:display-name="${display}"`);
  expect(at, `${display} in the file`).toBeGreaterThan(0);
  const start = fodt.lastIndexOf('<style:style', at);
  return fodt.slice(start, fodt.indexOf('</style:style>', at));
}

describe('named paragraph styles are written with what their paragraphs share', () => {
  it('finds the shared properties and leaves out those that differ', () => {
    const props = namedStyleProps(textDocumentToNode(document)).get('Corps de lettre')!;
    expect(props.block).toEqual({ align: 'justify', spaceAfter: 240 });
    expect(props.run.props).toMatchObject({ font: 'Liberation Sans', size: 13, italic: true });
    expect(props.run.props.bold).toBeUndefined();
  });

  it('counts the paragraphs of headers and footers too, so a header paragraph does not take what body ones share', async () => {
    const header = { type: 'doc', content: [{ type: 'paragraph', attrs: { styleName: 'En-tête' }, content: [{ type: 'text', text: 'Mairie' }] }] };
    const body = paragraph!.create({ styleName: 'En-tête', spaceBefore: 80, align: 'center' }, [textSchema.text('Corps')]);
    const withHeader = doc!.create({ section: { page: { width: 11906, height: 16838, orientation: 'portrait' }, headers: { default: header } } }, [body]);
    expect(namedStyleProps(withHeader).get('En-tête')?.block).toEqual({});
    for (const format of ['docx', 'odt'] as const) {
      const bytes = await write(textDocumentFromNode(withHeader, { language: 'fr-FR' }), format);
      const back = textDocumentToNode((await read(bytes)).document as typeof document);
      expect(back.child(0).attrs, format).toMatchObject({ styleName: 'En-tête', spaceBefore: 80, align: 'center' });
      const section = back.attrs.section as { headers?: { default?: typeof header } } | null;
      expect(section?.headers?.default?.content, format).toEqual(header.content);
    }
  });

  it.each(['odt', 'docx'] as const)('in %s: LibreOffice sees the style with its font, size, italic, alignment and spacing, and Ostal reads the paragraphs back the same', async (format) => {
    const bytes = await write(document, format);
    if (format === 'odt') expect(odfSchemaErrors(bytes)).toEqual([]);
    const style = styleElement(libreofficeConvert(bytes, `lettre.${format}`, 'fodt'), 'Corps de lettre');
    expect(style).toMatch(/fo:text-align="justify"/);
    // 240 twips: 12 pt, LibreOffice writes inches or centimetres.
    expect(style).toMatch(/fo:margin-bottom="(0\.166\d*in|0\.42\d*cm|12pt)"/);
    expect(style).toMatch(/fo:font-size="13pt"/);
    expect(style).toMatch(/fo:font-style="italic"/);
    expect(style).toMatch(/Liberation Sans/);
    expect(style).not.toMatch(/fo:font-weight="bold"/);
    const back = textDocumentToNode((await read(bytes)).document as typeof document);
    expect(back.child(0).attrs).toMatchObject({ styleName: 'Corps de lettre', align: 'justify', spaceAfter: 240 });
    expect(back.child(1).firstChild!.marks.some((mk) => mk.type.name === 'bold')).toBe(true);
  });
});
