import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { outlineLabels, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { unzipSync, strFromU8 } from 'fflate';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus');
const s = textSchema;
const h = (level: number, text: string, extra: Record<string, unknown> = { numbered: true }): PMNode => s.nodes.heading!.create({ level, ...extra }, s.text(text));
const p = (text: string): PMNode => s.nodes.paragraph!.create(null, s.text(text));

const outline = [
  { format: 'upper-roman', prefix: 'Part ', suffix: '', levels: 1, start: 1 },
  { format: 'decimal', prefix: '', suffix: '', levels: 2, start: 1 },
  { format: 'lower-letter', prefix: '', suffix: ')', levels: 1, start: 1 },
];

const sample = textDocumentFromNode(
  s.nodes.doc!.create({ outline }, [
    h(1, 'Introduction'),
    p('Body text.'),
    h(2, 'Scope'),
    h(2, 'Terms'),
    h(3, 'Point'),
    h(2, 'Not numbered', { numbered: false }),
    h(1, 'Method'),
    h(2, 'Restarted', { numbered: true, restart: 5 }),
    h(2, 'After the restart'),
    h(4, 'Level four shows nothing', {}),
  ]),
);

async function roundTrip(doc: TextDocument, format: 'docx' | 'odt' | 'fodt'): Promise<TextDocument> {
  const bytes = await write(doc, format);
  return (await read(bytes)).document as TextDocument;
}

function labels(doc: TextDocument): string[] {
  const node = textDocumentToNode(doc);
  const byPos = outlineLabels(node);
  const out: string[] = [];
  node.descendants((n, pos) => {
    if (n.type.name === 'heading') out.push(`${byPos.get(pos) ?? ''}|${n.textContent}`);
    return !n.isTextblock;
  });
  return out;
}

const EXPECTED = ['Part I|Introduction', 'I.1|Scope', 'I.2|Terms', 'a)|Point', '|Not numbered', 'Part II|Method', 'II.5|Restarted', 'II.6|After the restart', '|Level four shows nothing'];

describe('heading outline numbering', () => {
  it('counts labels in document order, with restarts and unnumbered headings', () => {
    expect(labels(sample)).toEqual(EXPECTED);
  });

  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`round-trips through ${format}`, async () => {
      const back = await roundTrip(sample, format);
      expect(textDocumentToNode(back).eq(textDocumentToNode(sample))).toBe(true);
      expect(labels(back)).toEqual(EXPECTED);
    });
  }

  it('keeps the outline across formats (docx → odt → docx)', async () => {
    const viaOdt = await roundTrip(await roundTrip(sample, 'docx'), 'odt');
    const back = await roundTrip(viaOdt, 'docx');
    expect(textDocumentToNode(back).eq(textDocumentToNode(sample))).toBe(true);
  });

  it('writes valid ODF with a text:outline-style', async () => {
    const odt = await write(sample, 'odt');
    expect(odfSchemaErrors(odt)).toEqual([]);
    expect(odfSchemaErrors(await write(sample, 'fodt'), true)).toEqual([]);
    const styles = strFromU8(unzipSync(odt)['styles.xml']!);
    expect(styles).toContain('<text:outline-style style:name="Outline">');
  });

  for (const format of ['docx', 'odt'] as const) {
    it(`LibreOffice shows the numbers of the ${format} written`, async () => {
      const text = libreofficeConvert(await write(sample, format), `outline.${format}`, 'txt:Text (encoded):UTF8');
      const lines = text.split(/\r?\n/).map((l) => l.replace(/^\ufeff/, '').replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
      expect(lines).toContain('Part I Introduction');
      expect(lines).toContain('I.2 Terms');
      expect(lines).toContain('a) Point');
      expect(lines).toContain('Not numbered');
      expect(lines).toContain('II.5 Restarted');
      expect(lines).toContain('II.6 After the restart');
    });
  }

  it('reads an ODF outline style with a start value and a restart (odfdo base_text)', async () => {
    const doc = (await read(new Uint8Array(readFileSync(path.join(CORPUS, 'odt/odfdo-base_text.odt'))))).document as TextDocument;
    expect(labels(doc).filter((l) => !l.startsWith('|'))).toEqual(['B.|odfdo Test Case Document', 'B.1.|Level 2 Title', 'B.|First Title of the Second Section']);
    const back = await roundTrip(doc, 'docx');
    expect(labels(back)).toEqual(labels(doc));
  });
});
