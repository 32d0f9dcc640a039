import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { Chart, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { withFirstChart } from '../testing/first-chart.js';
import { ZipArchive } from '../container/zip-reader.js';
import { writeZip } from '../container/zip-writer.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { conversionLosses } from '../conversion-losses.js';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';

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

  it('writes an edited chart with its new title and values', async () => {
    const doc = (await readText(corpus('docx/oxpt-SolarOverview.docx'))).document;
    const edit = (chart: Chart): Chart => ({ ...chart, title: 'Production', series: chart.series.map((s) => ({ ...s, cachedValues: (s.cachedValues ?? []).map((v) => (v === null ? null : v * 2)) })) });
    const back = charts((await readText(await write(withFirstChart(doc, edit), 'docx'))).document);
    expect((back[0]!.attrs.chart as Chart).title).toBe('Production');
    expect((back[0]!.attrs.chart as Chart).series[0]!.cachedValues).toEqual(edit(charts(doc)[0]!.attrs.chart as Chart).series[0]!.cachedValues);
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
    // An edited Word chart written from its patched chart part (wml-chart-patch.test.ts): LibreOffice
    // draws charts from their caches, and sees the new title and value.
    const styled = (await readText(corpus('docx/tika-testWORD_2006ml.docx'))).document;
    const edit = (c: Chart): Chart => ({ ...c, title: 'Ventes corrigées', series: c.series.map((s, i) => (i === 0 ? { ...s, cachedValues: [4.3, 9.75, 3.5, 4.5] } : s)) });
    const patched = libreofficeConvert(await write(withFirstChart(styled, edit), 'docx'), 'edited-chart.docx', 'fodt');
    expect(patched.match(/<chart:chart\b/g) ?? []).toHaveLength(1);
    expect(patched).toContain('Ventes corrigées');
    expect(patched).toMatch(/office:value="9.75"/);
  }, 240_000);
});

/** What a chart node says, less its kept DOCX parts; numeric categories (scatter x values) as numbers. */
function nodeSummary(n: PMNode): unknown {
  const { source: _source, chart, ...attrs } = n.attrs as Record<string, unknown> & { chart: Chart };
  const cat = (c: string | number | null): unknown => (typeof c === 'string' && c.trim() !== '' && Number.isFinite(Number(c)) ? Number(c) : c);
  return { ...attrs, type: chart.type, title: chart.title, series: chart.series.map((s) => [s.name, s.cachedCategories?.map(cat), s.cachedValues]) };
}

describe('charts in ODT', () => {
  it('reads the chart objects of ODT files as charts, values from their own table', async () => {
    const { document, codes } = await readText(corpus('odt/odrtest-file-sample_100kB.odt'));
    const found = charts(document);
    expect(found).toHaveLength(1);
    const c = found[0]!.attrs.chart as Chart;
    expect(c.type).toBe('column');
    expect(c.series.map((s) => s.name)).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(c.series[0]!.cachedCategories).toEqual(['Row 1', 'Row 2', 'Row 3', 'Row 4']);
    expect(c.series.map((s) => s.cachedValues)).toEqual([[9.1, 2.4, 3.1, 4.3], [3.2, 8.8, 1.5, 9.02], [4.54, 9.65, 3.7, 6.2]]);
    // The frame's size and anchoring (anchored to a character, 1.2846in from the paragraph's left).
    expect(found[0]!.attrs).toMatchObject({ width: 4098981, height: 2059229, placement: 'anchored', x: 1174638, name: 'Object1' });
    expect(codes).not.toContain('chart-not-read');
    // An inline one (as-char), and a file whose object is missing: dropped as before, with its diagnostic.
    const inline = charts((await readText(corpus('odt/odftk-Text7.odt'))).document);
    expect(inline.map((n): unknown[] => [(n.attrs.chart as Chart).series.length, n.attrs.placement as string])).toEqual([[3, 'inline']]);
    const missing = await readText(corpus('odt/odrtest-file-sample_500kB.odt'));
    expect(charts(missing.document)).toHaveLength(0);
    expect(missing.codes).toContain('embedded-object-dropped');
  });

  it('writes the seven charts of oxsdk-chart3.docx to schema-valid ODT and FODT, read back the same', async () => {
    const doc = (await readText(corpus('docx/oxsdk-chart3.docx'))).document;
    const before = charts(doc).map(nodeSummary);
    expect(before).toHaveLength(7);
    expect(conversionLosses(doc, 'odt')).toEqual([]);
    for (const format of ['odt', 'fodt'] as const) {
      const bytes = await write(doc, format);
      expect(odfSchemaErrors(bytes, format === 'fodt'), format).toEqual([]);
      expect(charts((await readText(bytes)).document).map(nodeSummary), format).toEqual(before);
      if (format === 'odt') {
        const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
        expect(zip.names().filter((n) => /^Object \d+\/content\.xml$/.test(n))).toHaveLength(7);
        expect(zip.readText('META-INF/manifest.xml').match(/application\/vnd\.oasis\.opendocument\.chart/g)).toHaveLength(7);
      }
    }
  });

  it('writes ODT charts back to ODT and FODT unchanged (and a chart made in Ostal, with its alternative text)', async () => {
    for (const doc of [(await readText(corpus('odt/odrtest-file-sample_100kB.odt'))).document, small]) {
      const before = charts(doc).map(nodeSummary);
      for (const format of ['odt', 'fodt'] as const) {
        expect(charts((await readText(await write(doc, format))).document).map(nodeSummary), format).toEqual(before);
      }
    }
    expect(charts(small)[0]!.attrs.alt).toBe('Ventes par trimestre');
  });

  it('keeps the picture of a chart object it cannot read, with a diagnostic', async () => {
    const zip = ZipArchive.open(corpus('odt/odrtest-file-sample_100kB.odt'), DEFAULT_LIMITS);
    const entries = zip.names().map((name) => ({ name, data: name === 'Object 1/content.xml' ? new TextEncoder().encode(`<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"><office:body><office:chart><chart:chart chart:class="chart:gantt"/>`) : zip.read(name) }));
    const { document, codes } = await readText(writeZip(entries));
    expect(charts(document)).toHaveLength(0);
    expect(codes).toContain('chart-not-read');
    let images = 0;
    textDocumentToNode(document).descendants((n) => {
      if (n.type.name === 'image') images += 1;
    });
    expect(images).toBe(2); // the document's picture and the chart's replacement
  });

  it('LibreOffice sees the charts of the ODT Ostal wrote as charts', async () => {
    const doc = (await readText(corpus('docx/oxsdk-chart3.docx'))).document;
    const docx = libreofficeConvertBytes(await write(doc, 'odt'), 'charts.odt', 'docx');
    const names = ZipArchive.open(new Uint8Array(docx), DEFAULT_LIMITS).names();
    expect(names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(7);
  }, 240_000);
});
