import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { namedCharStyleProps } from './named-style-props.js';

const { paragraph, doc } = textSchema.nodes;
const m = textSchema.marks;
const styled = () => [m.char_style!.create({ name: 'Sigle' }), m.caps!.create({ variant: 'small' }), m.letter_spacing!.create({ spacing: 1.5 }), m.language!.create({ lang: 'en-GB', eastAsia: null, complex: null }), m.underline!.create()];
const node = doc!.create(null, [paragraph!.create(null, [textSchema.text('Voir '), textSchema.text('OTAN', styled()), textSchema.text(' et '), textSchema.text('ONU', styled())])]);
const document = textDocumentFromNode(node, { language: 'fr-FR' });

function marksOf(back: PMNode, word: string): string[] {
  let found: string[] = [];
  back.descendants((n) => {
    if (n.isText && n.text === word) found = n.marks.map((mk) => mk.type.name).sort();
    return true;
  });
  return found;
}

describe('character styles hold capitals, letter spacing and language', () => {
  it('finds them shared by the runs of the style', () => {
    expect(namedCharStyleProps(node).get('Sigle')?.props).toMatchObject({ caps: 'small', letterSpacing: 1.5, lang: 'en-GB', underline: true });
  });

  it('writes them in the style of DOCX and ODT, and reads them back on the runs', async () => {
    const docx = await write(document, 'docx');
    const styles = strFromU8(unzipSync(docx)['word/styles.xml']!);
    const sigle = /<w:style w:type="character" w:styleId="[^"]+"><w:name w:val="Sigle"\/>(.*?)<\/w:style>/.exec(styles)?.[1] ?? '';
    expect(sigle).toContain('<w:smallCaps/>');
    expect(sigle).toContain('<w:spacing w:val="30"/>');
    expect(sigle).toMatch(/<w:lang w:val="en-GB"/);
    const odt = await write(document, 'odt');
    expect(odfSchemaErrors(odt)).toEqual([]);
    const content = strFromU8(unzipSync(odt)['styles.xml']!);
    const at = content.indexOf('style:display-name="Sigle"');
    expect(at).toBeGreaterThan(0);
    const odfStyle = content.slice(content.lastIndexOf('<style:style', at), content.indexOf('</style:style>', at));
    expect(odfStyle).toContain('fo:font-variant="small-caps"');
    expect(odfStyle).toContain('fo:letter-spacing="');
    expect(odfStyle).toContain('fo:language="en"');
    for (const bytes of [docx, odt]) {
      const back = textDocumentToNode((await read(bytes)).document as typeof document);
      expect(marksOf(back, 'ONU')).toEqual(['caps', 'char_style', 'language', 'letter_spacing', 'underline']);
    }
  });
});
