import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

// Tiny builders, so expected documents read like data.
type Inline = PMNode | string;
const t = (text: string, ...marks: ('bold' | 'italic' | 'underline')[]): PMNode => textSchema.text(text, marks.map((m) => textSchema.marks[m]!.create()));
const br = (): PMNode => textSchema.nodes.hard_break!.create();
const inl = (xs: Inline[]): PMNode[] => xs.map((c) => (typeof c === 'string' ? textSchema.text(c) : c));
const p = (...xs: Inline[]): PMNode => textSchema.nodes.paragraph!.create(null, inl(xs));
const h = (level: number, ...xs: Inline[]): PMNode => textSchema.nodes.heading!.create({ level }, inl(xs));
const li = (...blocks: PMNode[]): PMNode => textSchema.nodes.list_item!.create(null, blocks);
const ul = (...items: PMNode[]): PMNode => textSchema.nodes.bullet_list!.create(null, items);
const ol = (order: number, ...items: PMNode[]): PMNode => textSchema.nodes.ordered_list!.create({ order }, items);
const doc = (...blocks: PMNode[]): PMNode => textSchema.nodes.doc!.create(null, blocks);

const meta = { title: 'Rapport « été »', creator: 'Zoé Müller', created: '2024-05-01T10:00:00Z', modified: '2024-05-02T11:30:00Z', language: 'fr-FR' };

const sample = textDocumentFromNode(
  doc(
    h(1, "Rapport d'activité — été 2024"),
    p('Texte ', t('gras', 'bold'), ' et ', t('italique', 'italic'), ', ', t('tout à la fois', 'bold', 'italic', 'underline'), ' & < > " \' fin.'),
    p('Colonne\tValeur', br(), '  deux espaces au début, a   b, fin avec espace ', t(' souligné ', 'underline'), ' '),
    h(2, 'Listes ', t('imbriquées', 'italic')),
    ul(
      li(p('Pommes'), ol(1, li(p('Première')), li(p('Deuxième'), ul(li(p('Profond')))))),
      li(p('Poires'), p("Suite de l'élément")),
      li(p('Après ', t('une', 'bold'), br(), 'ligne')),
    ),
    ol(3, li(p('Trois')), li(p('Quatre'))),
    ol(1, li(p('Un, nouvelle liste'))),
    ul(li(p('Puce seule'))),
    h(3, 'Niveau 3'),
    h(4, 'Niveau 4'),
    h(5, 'Niveau 5'),
    h(6, 'Niveau 6'),
    p(),
    p('Œuvre ç à ù ÿ € « guillemets » \t tab'),
  ),
  meta,
);

async function roundTrip(document: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<{ bytes: Uint8Array; back: TextDocument }> {
  const bytes = await write(document, format);
  const result = await read(bytes);
  expect(result.format).toBe(format);
  expect(result.document.kind).toBe('text');
  return { bytes, back: result.document as TextDocument };
}

function expectSameNode(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON()); // shows the difference
  expect(na.eq(nb)).toBe(true);
}

describe('text round trips', () => {
  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`keeps every node and mark through ${format}`, async () => {
      const { back } = await roundTrip(sample, format);
      expectSameNode(sample, back);
      expect(back.meta).toEqual(meta);
    });

    it(`writes an empty document to ${format} and reads one empty paragraph`, async () => {
      const empty = textDocumentFromNode(doc(p()));
      const { back } = await roundTrip(empty, format);
      expectSameNode(empty, back);
    });
  }

  it('converts docx → odt → docx without loss', async () => {
    const docx = await roundTrip(sample, 'docx');
    const odt = await roundTrip(docx.back, 'odt');
    const again = await roundTrip(odt.back, 'docx');
    expectSameNode(sample, again.back);
    expect(again.back.meta).toEqual(meta);
  });

  it('converts odt → fodt → docx → odt without loss', async () => {
    let current = sample;
    for (const format of ['odt', 'fodt', 'docx', 'odt'] as const) current = (await roundTrip(current, format)).back;
    expectSameNode(sample, current);
  });
});

describe('ODF output is valid ODF 1.3', () => {
  it('validates the packaged form (content, styles, meta, manifest)', async () => {
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
  });

  it('validates the flat form', async () => {
    expect(odfSchemaErrors(await write(sample, 'fodt'), true)).toEqual([]);
  });

  it('validates an empty document and one without metadata', async () => {
    const bare = textDocumentFromNode(doc(p()), { created: 'not a date', language: 'not a language!' });
    expect(odfSchemaErrors(await write(bare, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(bare, 'fodt'), true)).toEqual([]);
  });
});

describe('LibreOffice reads what Ostal writes', () => {
  const lines = (s: string): string[] =>
    s
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.replace(/^[\s•◦▪\d.]*\s/u, '').trim())
      .filter((l) => l !== '');
  // LibreOffice's text export ends a line at each hard break.
  const plain = (): string => {
    const out: string[] = [];
    textDocumentToNode(sample).descendants((node) => {
      if (!node.isTextblock) return true;
      let s = '';
      node.forEach((c) => (s += c.isText ? c.text : '\n'));
      out.push(s);
      return false;
    });
    return out.join('\n');
  };
  const expected = lines(plain());

  for (const format of ['docx', 'odt'] as const) {
    it(`shows the same text for ${format}`, async () => {
      const txt = libreofficeConvert(await write(sample, format), `sample.${format}`, 'txt');
      expect(lines(txt)).toEqual(expected);
      // List labels: the ordered list starting at 3, and the next one restarting at 1.
      expect(txt).toMatch(/^\s*3\.\s+Trois$/m);
      expect(txt).toMatch(/^\s*1\.\s+Un, nouvelle liste$/m);
    });
  }
});
