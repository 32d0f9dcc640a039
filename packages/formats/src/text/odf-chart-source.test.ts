import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { Chart, ChartSource, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { withFirstChart } from '../testing/first-chart.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';

const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
const SAMPLE = `${CORPUS}/odt/odrtest-file-sample_100kB.odt`;

async function readDoc(bytes: Uint8Array): Promise<TextDocument> {
  return (await read(bytes)).document as TextDocument;
}

function firstChart(doc: TextDocument): PMNode {
  let found: PMNode | undefined;
  textDocumentToNode(doc).descendants((n) => {
    if (!found && n.type.name === 'chart') found = n;
  });
  return found!;
}

const files = (bytes: Uint8Array): Record<string, string> => {
  const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
  return Object.fromEntries(zip.names().filter((n) => n.startsWith('Object') && n.endsWith('.xml')).map((n) => [n, zip.readText(n)]));
};

describe('LibreOffice chart objects of ODF text', () => {
  it('keeps the chart object read from an ODT and writes it back unchanged, with its picture', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(SAMPLE)));
    const source = firstChart(doc).attrs.source as ChartSource;
    expect(source.family).toBe('odf');
    expect(source.parts.map((p) => p.path)).toEqual(['Object 1/content.xml', 'Object 1/styles.xml', 'Object 1/meta.xml', 'ObjectReplacements/Object 1']);

    const odt = await write(doc, 'odt');
    const written = files(odt);
    // LibreOffice's own series colours and 3D edge rounding: styling the model does not hold.
    expect(written['Object 1/content.xml']).toContain('draw:fill-color="#004586"');
    expect(written['Object 1/content.xml']).toContain('dr3d:edge-rounding="5%"');
    expect(written['Object 1/styles.xml']).toBeDefined();
    const zip = ZipArchive.open(odt, DEFAULT_LIMITS);
    expect(zip.names()).toContain('ObjectReplacements/Object 1');
    expect(zip.readText('content.xml')).toContain('xlink:href="./ObjectReplacements/Object 1"');
    // Read back: the same chart, still kept.
    expect(firstChart(await readDoc(odt)).attrs.chart).toEqual(firstChart(doc).attrs.chart);
    expect((firstChart(await readDoc(odt)).attrs.source as ChartSource).family).toBe('odf');
  }, 60_000);

  it('keeps it from ODT to FODT and back, the object merged into one document and split again', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(SAMPLE)));
    const fodt = await write(doc, 'fodt');
    const flat = new TextDecoder().decode(fodt);
    expect(flat).toContain('draw:fill-color="#004586"');
    expect(flat).toMatch(/<draw:image><office:binary-data>/);
    expect(odfSchemaErrors(fodt, true)).toEqual([]);
    const fromFlat = await readDoc(fodt);
    expect(firstChart(fromFlat).attrs.chart).toEqual(firstChart(doc).attrs.chart);
    expect(new TextDecoder().decode(await write(fromFlat, 'fodt'))).toContain('dr3d:edge-rounding="5%"');
    const odt = await write(fromFlat, 'odt');
    const written = files(odt);
    expect(written['Object 1/content.xml']).toContain('draw:fill-color="#004586"');
    expect(written['Object 1/styles.xml']).toContain('office:document-styles');
    expect(ZipArchive.open(odt, DEFAULT_LIMITS).names()).toContain('ObjectReplacements/Object 1');
    expect(odfSchemaErrors(odt)).toEqual([]);
    expect(firstChart(await readDoc(odt)).attrs.chart).toEqual(firstChart(doc).attrs.chart);
  }, 60_000);

  it('patches the kept data table of an edited chart (styles kept, stale picture gone), else writes it from its values', async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(SAMPLE)));
    const edit = (c: Chart): Chart => ({ ...c, legend: 'none', series: c.series.map((s, i) => (i === 0 ? { ...s, name: 'Ventes', cachedValues: [42, 2.4, 3.1, 4.3] } : s)) });
    const odt = await write(withFirstChart(doc, edit), 'odt');
    const zip = ZipArchive.open(odt, DEFAULT_LIMITS);
    expect(zip.names().some((n) => n.startsWith('ObjectReplacements/'))).toBe(false);
    const content = files(odt)['Object 1/content.xml']!;
    expect(content).toContain('office:value="42"');
    expect(content).toContain('dr3d:edge-rounding="5%"');
    expect(content).not.toContain('<chart:legend');
    expect(files(odt)['Object 1/styles.xml']).toBeDefined();
    const back = firstChart(await readDoc(odt)).attrs.chart as Chart;
    expect(back).toEqual(edit(firstChart(doc).attrs.chart as Chart));
    // Flat too, from the same kept object.
    expect(new TextDecoder().decode(await write(withFirstChart(doc, edit), 'fodt'))).toMatch(/dr3d:edge-rounding="5%"[\s\S]*office:value="42"/);
    // A series removed: the table's shape changes, so the chart is written from its values.
    const fewer = await write(withFirstChart(doc, (c) => ({ ...c, series: c.series.slice(0, 2) })), 'odt');
    expect(files(fewer)['Object 1/styles.xml']).toBeUndefined();
    expect((firstChart(await readDoc(fewer)).attrs.chart as Chart).series).toHaveLength(2);
  });

  it('writes an older chart object (ODF 1.0 attributes, a 1.2 draft value) as valid ODF 1.3', async () => {
    for (const name of ['odftk-Text6.odt', 'odftk-Text7.odt']) {
      const doc = await readDoc(new Uint8Array(readFileSync(`${CORPUS}/odt/${name}`)));
      const fodt = await write(doc, 'fodt');
      expect(odfSchemaErrors(fodt, true), name).toEqual([]);
    }
  });

  it("patches the look the dialog edits into the kept object: a series' colour, its values shown, the axes' titles", async () => {
    const doc = await readDoc(new Uint8Array(readFileSync(SAMPLE)));
    const before = firstChart(doc).attrs.chart as Chart;
    const edit = (c: Chart): Chart => ({ ...c, categoryAxisTitle: 'Trimestre', series: c.series.map((s, i) => (i === 1 ? { ...s, color: '#C00000', dataLabels: { value: true } } : s)) });
    const odt = await write(withFirstChart(doc, edit), 'odt');
    const content = files(odt)['Object 1/content.xml']!;
    // Still the kept object (its 3-D look), the colour and labels in the second series' own style.
    expect(content).toContain('dr3d:edge-rounding="5%"');
    expect(content).toMatch(/draw:fill-color="#c00000"/);
    expect(content).toContain('chart:data-label-number="value"');
    expect(content).toMatch(/<chart:axis chart:dimension="x"[^>]*><chart:title><text:p>Trimestre<\/text:p><\/chart:title>/);
    const back = firstChart(await readDoc(odt)).attrs.chart as Chart;
    expect(back).toEqual(edit(before));
    expect(before.series[0]!.color).toBe(back.series[0]!.color);
    expect(odfSchemaErrors(odt)).toEqual([]);
  });
});
