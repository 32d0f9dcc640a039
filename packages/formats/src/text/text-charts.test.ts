import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { Chart, TextDocument } from '@ostal/model';
import { Fragment, Slice } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { ZipArchive } from '../container/zip-reader.js';
import { writeZip } from '../container/zip-writer.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { conversionLosses } from '../conversion-losses.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

// The corpus beside the checkout (/work/main), or the shared one from a worktree.
const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(`${CORPUS}/${name}`));

function charts(doc: TextDocument): PMNode[] {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'chart') out.push(n);
  });
  return out;
}

const summary = (nodes: readonly PMNode[]): unknown[] =>
  nodes.map((n) => {
    const c = n.attrs.chart as Chart;
    return { type: c.type, series: c.series.map((s) => [s.name, s.cachedValues]), width: n.attrs.width, height: n.attrs.height };
  });

async function readText(bytes: Uint8Array): Promise<{ document: TextDocument; codes: string[] }> {
  const r = await read(bytes);
  return { document: r.document as TextDocument, codes: r.diagnostics.map((d) => d.code) };
}

const bars: Chart = {
  type: 'column',
  title: 'Ventes',
  series: [
    { name: '2025', cachedCategories: ['T1', 'T2', 'T3'], cachedValues: [3, 5, 2] },
    { name: '2026', cachedCategories: ['T1', 'T2', 'T3'], cachedValues: [4, 1, 6] },
  ],
  anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } },
};
const small: TextDocument = textDocumentFromNode(
  textSchema.nodes.doc!.create(null, [textSchema.nodes.paragraph!.create(null, [textSchema.text('Graphique : '), textSchema.nodes.chart!.create({ chart: bars, width: 3657600, height: 2286000, alt: 'Ventes par trimestre' })])]),
);

describe('charts in DOCX', () => {
  it('reads the seven charts of oxsdk-chart3.docx and writes them back with the same kinds and values', async () => {
    const first = await readText(corpus('docx/oxsdk-chart3.docx'));
    const read1 = charts(first.document);
    expect(read1.map((n) => (n.attrs.chart as Chart).type)).toEqual(['line', 'column', 'area', 'pie', 'scatter', 'radar', 'bubble']);
    expect(first.codes).not.toContain('image-dropped');
    expect(read1.every((n) => n.attrs.source !== null)).toBe(true);
    const bytes = await write(first.document, 'docx');
    const again = charts((await readText(bytes)).document);
    expect(summary(again)).toEqual(summary(read1));
    // Unchanged charts are written back as they were: the chart parts are the original bytes.
    const original = ZipArchive.open(corpus('docx/oxsdk-chart3.docx'), DEFAULT_LIMITS);
    const written = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(written.readText('word/charts/chart4.xml')).toBe(original.readText('word/charts/chart4.xml'));
    expect(written.names().filter((n) => n.startsWith('word/embeddings/'))).toHaveLength(7);
  });

  it('reads the charts of the other corpus files, Strict included', async () => {
    for (const [file, types] of [
      ['docx/onlyoffice-sample-sample.docx', ['column']],
      ['docx/oxpt-SolarOverview.docx', ['line']],
      ['docx/oxsdk-Strict01.docx', ['column']],
      ['docx/tika-testWORD_2006ml.docx', ['column']],
    ] as const) {
      const doc = (await readText(corpus(file))).document;
      const found = charts(doc);
      expect(found.map((n) => (n.attrs.chart as Chart).type), file).toEqual(types);
      expect((found[0]!.attrs.chart as Chart).series.length, file).toBeGreaterThan(0);
      const back = charts((await readText(await write(doc, 'docx'))).document);
      expect(summary(back), file).toEqual(summary(found));
    }
  });

  it('writes an edited chart from the model', async () => {
    const doc = (await readText(corpus('docx/oxpt-SolarOverview.docx'))).document;
    const node = textDocumentToNode(doc);
    let pos = -1;
    node.descendants((n, p) => {
      if (n.type.name === 'chart') pos = p;
    });
    const chart = node.nodeAt(pos)!.attrs.chart as Chart;
    const edited: Chart = { ...chart, title: 'Production', series: chart.series.map((s) => ({ ...s, cachedValues: (s.cachedValues ?? []).map((v) => (v === null ? null : v * 2)) })) };
    const withEdit = node.replace(pos, pos + 1, new Slice(Fragment.from(textSchema.nodes.chart!.create({ ...node.nodeAt(pos)!.attrs, chart: edited })), 0, 0));
    const back = charts((await readText(await write(textDocumentFromNode(withEdit, doc.meta, doc.media), 'docx'))).document);
    expect((back[0]!.attrs.chart as Chart).title).toBe('Production');
    expect((back[0]!.attrs.chart as Chart).series[0]!.cachedValues).toEqual(edited.series[0]!.cachedValues);
  });

  it('drops a chart whose part is malformed, with its diagnostic, and still opens the file', async () => {
    const zip = ZipArchive.open(await write(small, 'docx'), DEFAULT_LIMITS);
    const entries = zip.names().map((name) => ({ name, data: name === 'word/charts/chart1.xml' ? new TextEncoder().encode('<c:chartSpace xmlns:c="') : zip.read(name) }));
    const { document, codes } = await readText(writeZip(entries));
    expect(charts(document)).toHaveLength(0);
    expect(codes).toContain('image-dropped');
  });

  it('LibreOffice opens the charts Ostal wrote', async () => {
    const doc = (await readText(corpus('docx/oxsdk-chart3.docx'))).document;
    const fodt = libreofficeConvert(await write(doc, 'docx'), 'charts.docx', 'fodt');
    expect(fodt.match(/<chart:chart\b/g) ?? []).toHaveLength(7);
    const fromModel = libreofficeConvert(await write(small, 'docx'), 'small.docx', 'fodt');
    expect(fromModel.match(/<chart:chart\b/g) ?? []).toHaveLength(1);
    expect(fromModel).toContain('Ventes');
  }, 240_000);
});

describe('charts in ODT', () => {
  it('says before writing that ODT leaves the charts out', () => {
    expect(conversionLosses(small, 'odt').map((d) => d.code)).toContain('chart-not-written');
    expect(conversionLosses(small, 'fodt').map((d) => d.code)).toContain('chart-not-written');
    expect(conversionLosses(small, 'docx').map((d) => d.code)).not.toContain('chart-not-written');
  });

  it('writes an ODT without failing on a chart', async () => {
    const back = (await readText(await write(small, 'odt'))).document;
    expect(textDocumentToNode(back).textContent).toContain('Graphique');
  });
});
