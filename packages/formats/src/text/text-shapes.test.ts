import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

// The corpus beside the checkout (/work/main), or the shared one from a worktree.
const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(`${CORPUS}/${name}`));

const t = (text: string): PMNode => textSchema.text(text);
const p = (...xs: PMNode[]): PMNode => textSchema.nodes.paragraph!.create(null, xs);
const shape = (attrs: Record<string, unknown>): PMNode => textSchema.nodes.shape!.create(attrs);

const look = { fill: '#ff0000', line: '#000000', lineWidth: 12700, lineDash: 'solid', headEnd: 'none', tailEnd: 'none', rotation: 0, flipH: false, flipV: false };
const sample: TextDocument = textDocumentFromNode(
  textSchema.nodes.doc!.create(null, [
    p(t('Avant '), shape({ geometry: 'rect', width: 720000, height: 360000, fill: '#4472c4', line: '#2f528f', lineWidth: 12700, alt: 'Un rectangle bleu', name: 'Rect' }), t(' après.')),
    p(
      t('Ancrés : '),
      shape({ geometry: 'ellipse', width: 1080000, height: 720000, fill: '#70ad47', line: null, rotation: 30, placement: 'anchored', xRelative: 'column', yRelative: 'paragraph', x: 1800000, y: 360000, wrap: 'square', z: 2, name: 'Ovale' }),
      shape({ geometry: 'line', width: 1440000, height: 360000, fill: null, line: '#c00000', lineWidth: 25400, lineDash: 'dash', headEnd: 'oval', tailEnd: 'triangle', flipH: true, placement: 'anchored', x: 360000, y: 720000, wrap: 'in-front', name: 'Flèche' }),
      shape({ geometry: 'rightArrow', width: 900000, height: 450000, fill: '#ffc000', line: '#000000', flipV: true, placement: 'anchored', x: 0, y: 1440000, wrap: 'top-bottom', title: 'Suite' }),
    ),
    // Presets written to ODF with a path of their own (ODF's trapezoid is upside down, its star5 has no setting).
    p(
      shape({ geometry: 'trapezoid', adjust: { adj: 40000 }, width: 1080000, height: 720000, fill: '#5b9bd5', name: 'Trapèze' }),
      shape({ geometry: 'star5', adjust: { adj: 30000, hf: 110000 }, width: 720000, height: 720000, fill: '#ffc000', name: 'Étoile' }),
      shape({ geometry: 'star6', adjust: { adj: 20000 }, width: 900000, height: 720000, fill: '#ed7d31', name: 'Étoile 6' }),
    ),
    p(
      shape({
        geometry: 'group',
        width: 1800000,
        height: 900000,
        fill: null,
        line: null,
        placement: 'anchored',
        x: 3600000,
        y: 0,
        wrap: 'in-front',
        alt: 'Deux formes groupées',
        children: [
          { ...look, geometry: 'rect', x: 0, y: 0, width: 900000, height: 900000 },
          { ...look, geometry: 'roundRect', adjust: { adj: 30000 }, fill: '#00b050', x: 900000, y: 180000, width: 900000, height: 540000 },
        ],
      }),
    ),
  ]),
);

function shapes(doc: TextDocument): PMNode[] {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'shape') out.push(n);
  });
  return out;
}

/** A shape's modelled attributes (not the source kept for its own format). */
function modelled(n: PMNode): Record<string, unknown> {
  const { source: _source, ...rest } = n.attrs;
  return rest;
}

async function roundTrip(doc: TextDocument, format: 'docx' | 'odt' | 'fodt'): Promise<TextDocument> {
  const result = await read(await write(doc, format));
  expect(result.diagnostics.map((d) => d.code)).not.toContain('image-dropped');
  return result.document as TextDocument;
}

describe('drawing shapes and groups', () => {
  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`keeps every modelled property through ${format}`, async () => {
      const back = await roundTrip(sample, format);
      expect(shapes(back).map(modelled)).toEqual(shapes(sample).map(modelled));
      // The text around them stays in place.
      expect(textDocumentToNode(back).textContent).toBe(textDocumentToNode(sample).textContent);
    });
  }

  it('crosses formats both ways (docx → odt → docx, odt → docx → odt)', async () => {
    const viaOdt = await roundTrip(await roundTrip(sample, 'docx'), 'odt');
    expect(shapes(viaOdt).map(modelled)).toEqual(shapes(sample).map(modelled));
    const viaDocx = await roundTrip(await roundTrip(sample, 'odt'), 'docx');
    expect(shapes(viaDocx).map(modelled)).toEqual(shapes(sample).map(modelled));
  });

  it('writes the trapezoid and stars with a path of their own and their settings, and DOCX with a:avLst', async () => {
    const content = strFromU8(unzipSync(await write(sample, 'odt'))['content.xml']!);
    const geometry = (type: string): string => new RegExp(`<draw:enhanced-geometry [^>]*draw:type="${type}"[^>]*>`).exec(content)?.[0] ?? '';
    expect(geometry('ooxml-trapezoid')).toContain('draw:modifiers="40000"');
    expect(geometry('ooxml-trapezoid')).toContain('draw:enhanced-path="M 0 ?f5 L ?f3 0 ?f4 0 ?f6 ?f5 Z N"');
    // Every modifier the path's equations name, the defaults where the shape has none.
    expect(geometry('ooxml-star5')).toContain('draw:modifiers="30000 110000 110557"');
    expect(geometry('ooxml-star6')).toContain('draw:modifiers="20000 115470"');
    // An ODF type of its own gets its modifiers in its 21600 box: 30 % of the shorter side.
    expect(geometry('round-rectangle')).toContain('draw:modifiers="6480"');
    expect(content).not.toMatch(/draw:type="(trapezoid|star5)"/);
    const document = strFromU8(unzipSync(await write(sample, 'docx'))['word/document.xml']!);
    expect(document).toContain('<a:prstGeom prst="trapezoid"><a:avLst><a:gd name="adj" fmla="val 40000"/></a:avLst></a:prstGeom>');
    expect(document).toContain('<a:prstGeom prst="star5"><a:avLst><a:gd name="adj" fmla="val 30000"/><a:gd name="hf" fmla="val 110000"/></a:avLst></a:prstGeom>');
  });

  it('refuses adjust values that are not up to eight names with integers', () => {
    expect(() => shape({ geometry: 'trapezoid', adjust: { adj: 1.5 } }).check()).toThrow(RangeError);
    expect(() => shape({ geometry: 'trapezoid', adjust: { 'bad name': 1 } }).check()).toThrow(RangeError);
    expect(() => shape({ geometry: 'trapezoid', adjust: [1] }).check()).toThrow(RangeError);
    expect(shape({ geometry: 'trapezoid', adjust: { adj: -40000 } }).attrs.adjust).toEqual({ adj: -40000 });
  });

  it('writes valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(sample, 'fodt'), true)).toEqual([]);
  });

  it('LibreOffice sees the shapes and the group it is given, from both formats', async () => {
    for (const format of ['odt', 'docx'] as const) {
      const fodt = libreofficeConvert(await write(sample, format), `shapes.${format}`, 'fodt');
      const count = (tag: string): number => fodt.split(`<${tag} `).length - 1;
      // Six custom shapes on their own and two in the group, one line, one group.
      expect(count('draw:custom-shape') + count('draw:rect') + count('draw:ellipse'), format).toBe(8);
      // From ODT, the trapezoid keeps its outline and setting.
      if (format === 'odt') expect(fodt).toMatch(/draw:type="ooxml-trapezoid"[^>]*draw:modifiers="40000"|draw:modifiers="40000"[^>]*draw:type="ooxml-trapezoid"/);
      expect(count('draw:line') + count('draw:connector') + count('draw:path'), format).toBeGreaterThanOrEqual(1);
      expect(count('draw:g'), format).toBe(1);
      expect(fodt, format).toContain('Deux formes groupées');
    }
  }, 300_000);

  it('reads Word shapes (DrawingML) and keeps them through DOCX exactly, ODT in the model', async () => {
    const doc = (await read(corpus('docx/oxpt-CoverPage.docx'))).document as TextDocument;
    const read1 = shapes(doc);
    expect(read1.map((s): unknown[] => [s.attrs.geometry, s.attrs.fill])).toEqual([
      ['rect', '#ffffff'],
      // accent1 of the document's own theme (Office 2013's), not of today's default one.
      ['rect', '#5b9bd5'],
    ]);
    const docx = await roundTrip(doc, 'docx');
    expect(shapes(docx).every((s, i) => s.eq(read1[i]!))).toBe(true);
    const odt = await roundTrip(doc, 'odt');
    expect(shapes(odt).map(modelled)).toEqual(read1.map(modelled));
  });

  it('reads VML lines with arrow heads and keeps them through both formats', async () => {
    const doc = (await read(corpus('docx/poi-stress003.docx'))).document as TextDocument;
    const lines = shapes(doc);
    expect(lines.length).toBe(16);
    expect(lines.filter((s) => s.attrs.geometry === 'line' && s.attrs.tailEnd !== 'none').length).toBeGreaterThan(0);
    const docx = await roundTrip(doc, 'docx');
    expect(shapes(docx).every((s, i) => s.eq(lines[i]!))).toBe(true);
    const odt = await roundTrip(doc, 'odt');
    expect(shapes(odt).map(modelled)).toEqual(lines.map(modelled));
  });
});
