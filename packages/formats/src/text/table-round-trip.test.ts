import { describe, expect, it } from 'vitest';
import { TableMap } from 'prosemirror-tables';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { unzipSync } from 'fflate';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

// Tiny builders, so expected documents read like data.
const s = textSchema;
const link = (href: string, title: string | null = null) => s.marks.link!.create({ href, title });
const t = (text: string, ...marks: ('bold' | 'italic' | 'underline')[]): PMNode => s.text(text, marks.map((m) => s.marks[m]!.create()));
const p = (...xs: (PMNode | string)[]): PMNode => s.nodes.paragraph!.create(null, xs.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const td = (attrs: Record<string, unknown>, ...blocks: PMNode[]): PMNode => s.nodes.table_cell!.create(attrs, blocks);
const th = (attrs: Record<string, unknown>, ...blocks: PMNode[]): PMNode => s.nodes.table_header!.create(attrs, blocks);
const tr = (...cells: PMNode[]): PMNode => s.nodes.table_row!.create(null, cells);
const thead = (...cells: PMNode[]): PMNode => s.nodes.table_row!.create({ header: true }, cells);
const table = (attrs: Record<string, unknown>, ...rows: PMNode[]): PMNode => s.nodes.table!.create(attrs, rows);
const pageBreak = (): PMNode => s.nodes.page_break!.create();
const doc = (...blocks: PMNode[]): PMNode => s.nodes.doc!.create(null, blocks);
/** Width attributes of a cell spanning `twips` columns, as the readers set them. */
const w = (...twips: number[]) => ({ colwidth: twips.map((v) => v / 15) });

const nested = table({ columnWidths: [1200, 1200], bordered: false }, tr(td(w(1200), p('n1')), td(w(1200), p('n2'))));

const sample = textDocumentFromNode(
  doc(
    p('Avant le tableau, ', t('voir', 'bold'), ' ', s.text('le site', [link('https://www.service-public.fr/', 'Service public')]), ', ', s.text('écrire', [link('mailto:accueil@mairie.fr')]), ' ou ', s.text('la suite', [link('#suite')]), '.'),
    table(
      { columnWidths: [2000, 3000, 4000], bordered: true },
      thead(th(w(2000), p('Nom')), th(w(3000), p('Service')), th(w(4000), p('Remarque'))),
      tr(td({ ...w(2000, 3000), colspan: 2, background: '#ffff00' }, p('Fusion horizontale')), td({ ...w(4000), rowspan: 2 }, p('Fusion verticale'), p('deux paragraphes'))),
      tr(td(w(2000), p('A')), td({ ...w(3000), background: '#dde8f0' }, p(t('B', 'italic')))),
      tr(td(w(2000), p('Imbriqué :'), nested), td(w(3000), s.nodes.bullet_list!.create(null, [s.nodes.list_item!.create(null, [p('puce')])])), td(w(4000), p())),
    ),
    pageBreak(),
    p('Page suivante'),
    table({ columnWidths: [4536, 4536], bordered: false }, tr(td(w(4536), p('sans')), td(w(4536), p('bordure')))),
    pageBreak(),
    pageBreak(),
    p('Fin'),
  ),
  { title: 'Tableaux' },
);

async function roundTrip(document: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<TextDocument> {
  const result = await read(await write(document, format));
  expect(result.diagnostics.map((d) => d.code)).not.toContain('table-flattened');
  return result.document as TextDocument;
}

function expectSameNode(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON()); // shows the difference
  expect(na.eq(nb)).toBe(true);
}

describe('tables, links and page breaks round trip', () => {
  it('builds a sample whose tables prosemirror-tables accepts', () => {
    textDocumentToNode(sample).descendants((node) => {
      if (node.type.name === 'table') expect(TableMap.get(node).problems ?? null).toBeNull();
      return true;
    });
  });

  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`keeps merged cells, header rows, nested tables, widths, shading, links and page breaks through ${format}`, async () => {
      expectSameNode(sample, await roundTrip(sample, format));
    });
  }

  it('converts docx → odt → docx and odt → docx → fodt without loss', async () => {
    expectSameNode(sample, await roundTrip(await roundTrip(await roundTrip(sample, 'docx'), 'odt'), 'docx'));
    expectSameNode(sample, await roundTrip(await roundTrip(await roundTrip(sample, 'odt'), 'docx'), 'fodt'));
  });

  it('gives tables made in the editor (no widths) column widths once written', async () => {
    const bare = textDocumentFromNode(doc(table({}, tr(td({}, p('a')), td({}, p('b'))))));
    const back = textDocumentToNode(await roundTrip(bare, 'docx')).firstChild!;
    expect(back.attrs.columnWidths).toEqual([4536, 4536]);
    expect(textDocumentToNode(await roundTrip(textDocumentFromNode(doc(back)), 'odt')).firstChild!.eq(back)).toBe(true);
  });

  it('writes external links as relationships with TargetMode External', async () => {
    const files = unzipSync(await write(sample, 'docx'));
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
    expect(rels).toMatch(/Target="https:\/\/www\.service-public\.fr\/" TargetMode="External"/);
    expect(rels).toMatch(/Target="mailto:accueil@mairie\.fr" TargetMode="External"/);
    expect(new TextDecoder().decode(files['word/document.xml'])).toContain('w:anchor="suite"');
  });
});

describe('ODF output with tables is valid ODF 1.3', () => {
  it('validates the packaged and the flat form', async () => {
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(sample, 'fodt'), true)).toEqual([]);
  });
});

describe('LibreOffice reads the tables Ostal writes', () => {
  // A 3×3 table: a header row, "A1" spanning two columns, "C2" spanning two rows.
  const grid = textDocumentFromNode(
    doc(
      p('Grille'),
      table(
        { columnWidths: [3000, 3000, 3000] },
        thead(th(w(3000), p('H1')), th(w(3000), p('H2')), th(w(3000), p('H3'))),
        tr(td({ ...w(3000, 3000), colspan: 2 }, p('A1')), td({ ...w(3000), rowspan: 2 }, p('C2'))),
        tr(td(w(3000), p('A3')), td(w(3000), p('B3'))),
      ),
    ),
  );

  for (const format of ['docx', 'odt'] as const) {
    it(`shows the cells of a ${format} table with their spans`, () => {
      return write(grid, format).then((bytes) => {
        const html = libreofficeConvert(bytes, `grille.${format}`, 'html');
        const cells = [...html.matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)].map(([, attrs, inner]) => ({
          text: inner!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
          colspan: Number(/colspan="?(\d+)/i.exec(attrs!)?.[1] ?? 1),
          rowspan: Number(/rowspan="?(\d+)/i.exec(attrs!)?.[1] ?? 1),
        }));
        expect(cells.map((c) => c.text)).toEqual(['H1', 'H2', 'H3', 'A1', 'C2', 'A3', 'B3']);
        expect(cells.find((c) => c.text === 'A1')?.colspan).toBe(2);
        expect(cells.find((c) => c.text === 'C2')?.rowspan).toBe(2);
      });
    });
  }
});
