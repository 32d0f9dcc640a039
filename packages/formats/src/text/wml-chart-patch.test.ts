import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { Chart, TextDocument, Workbook } from '@ostal/model';
import { Fragment, Slice } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { withFirstChart } from '../testing/first-chart.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
/** A Word 2016 column chart styled by its chart style: theme accents, fonts, gridlines, an embedded workbook. */
const STYLED = new Uint8Array(readFileSync(`${CORPUS}/docx/tika-testWORD_2006ml.docx`));

async function textOf(bytes: Uint8Array): Promise<TextDocument> {
  return (await read(bytes)).document as TextDocument;
}

function chartNodes(doc: TextDocument): { node: PMNode; pos: number }[] {
  const out: { node: PMNode; pos: number }[] = [];
  textDocumentToNode(doc).descendants((node, pos) => {
    if (node.type.name === 'chart') out.push({ node, pos });
  });
  return out;
}

async function written(doc: TextDocument, n = 1): Promise<{ bytes: Uint8Array; zip: ZipArchive; xml: string }> {
  const bytes = await write(doc, 'docx');
  const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
  return { bytes, zip, xml: zip.readText(`word/charts/chart${String(n)}.xml`) };
}

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('edited DOCX charts written from their kept chart part', () => {
  it('keeps the styling of a chart whose value was changed and a series added, with a workbook that says the new values', async () => {
    const doc = await textOf(STYLED);
    const before = chartNodes(doc)[0]!.node.attrs.chart as Chart;
    expect(before.series.map((s) => s.name)).toEqual(['Series 1', 'Series 2', 'Series 3']);
    const categories = before.series[0]!.cachedCategories!;
    const change = (c: Chart): Chart => ({
      ...c,
      title: 'Ventes corrigées',
      series: [
        ...c.series.map((s, i) => (i === 0 ? { ...s, cachedValues: [4.3, 9.75, 3.5, 4.5] } : s)),
        { name: 'Série 4', cachedCategories: [...categories], cachedValues: [1, null, 2, 3] },
      ],
    });
    const { bytes, zip, xml } = await written(withFirstChart(doc, change));
    // Read back: the edited values, the added series, the new title.
    const back = chartNodes(await textOf(bytes))[0]!.node.attrs.chart as Chart;
    expect(back.title).toBe('Ventes corrigées');
    expect(back.series.map((s) => [s.name, s.cachedValues])).toEqual([
      ['Series 1', [4.3, 9.75, 3.5, 4.5]],
      ['Series 2', [2.4, 4.4, 1.8, 2.8]],
      ['Series 3', [2, 2, 3, 5]],
      ['Série 4', [1, null, 2, 3]],
    ]);
    // The look is the kept one: series fills, the title's font (14 pt), the axes' fonts, gridlines, style parts.
    expect(xml).toContain('<a:schemeClr val="accent1"/>');
    expect(xml).toContain('<a:schemeClr val="accent3"/>');
    expect(xml).toMatch(/<c:title><c:tx><c:rich>.*<a:defRPr sz="1400"[^]*<a:t>Ventes corrigées<\/a:t>/);
    expect(count(xml, /<c:txPr>/g)).toBe(5);
    expect(xml).toContain('<c:majorGridlines>');
    expect(xml).toContain('<c:legendPos val="b"/>');
    // The added series: the next index and order, the next theme accent, no copied unique id.
    expect(xml).toMatch(/<c:ser><c:idx val="3"\/><c:order val="3"\/><c:tx><c:strRef><c:f>Sheet1!\$E\$1<\/c:f>.*?<a:schemeClr val="accent4"\/>/);
    expect(count(xml, /<c16:uniqueId /g)).toBe(3);
    expect(xml).toContain('<c:f>Sheet1!$B$2:$B$5</c:f>');
    expect(xml).toContain('<c:f>Sheet1!$E$2:$E$5</c:f>');
    expect(zip.names()).toEqual(expect.arrayContaining(['word/charts/chart1-style1.xml', 'word/charts/chart1-colors1.xml']));
    // The embedded workbook holds the chart's table where its formulas point.
    expect(xml).toContain('<c:externalData r:id="rId3">');
    const book = (await read(zip.read('word/embeddings/chart1-Microsoft_Excel_Worksheet.xlsx'))).document as Workbook;
    const rows = book.sheets[0]!.rows.map((r) => (r ?? []).map((c) => c?.value ?? null));
    expect(book.sheets[0]!.name).toBe('Sheet1');
    expect(rows).toEqual([
      [null, 'Series 1', 'Series 2', 'Series 3', 'Série 4'],
      ['Category 1', 4.3, 2.4, 2, 1],
      ['Category 2', 9.75, 4.4, 2],
      ['Category 3', 3.5, 1.8, 3, 2],
      ['Category 4', 4.5, 2.8, 5, 3],
    ]);
  });

  it("gives a series the colour chosen in the dialog, the others keeping their theme look, and reads it back", async () => {
    const doc = await textOf(STYLED);
    const { bytes, xml } = await written(withFirstChart(doc, (c) => ({ ...c, series: c.series.map((s, i) => (i === 1 ? { ...s, color: '#C00000' } : s)) })));
    expect(xml).toMatch(/<c:ser><c:idx val="1"\/>.*?<c:spPr><a:solidFill><a:srgbClr val="C00000"\/><\/a:solidFill>/);
    expect(xml).toContain('<a:schemeClr val="accent1"/>');
    expect(xml).toContain('<a:schemeClr val="accent3"/>');
    expect(xml).not.toContain('<a:schemeClr val="accent2"/>');
    // Still the kept part (fonts, gridlines), not the from-values writer's.
    expect(count(xml, /<c:txPr>/g)).toBe(5);
    const back = chartNodes(await textOf(bytes))[0]!.node.attrs.chart as Chart;
    expect(back.series.map((s) => s.color)).toEqual([undefined, '#C00000', undefined]);
  });

  it('turns columns into bars, drops the last series, the title and the legend, and falls back to values for a kind it cannot patch', async () => {
    const doc = await textOf(STYLED);
    const { bytes, xml } = await written(withFirstChart(doc, ({ title: _title, ...c }) => ({ ...c, type: 'bar', legend: 'none', series: c.series.slice(0, 2) })));
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).not.toContain('<c:title>');
    expect(xml).toContain('<c:autoTitleDeleted val="1"/>');
    expect(count(xml, /<c:ser>/g)).toBe(2);
    expect(xml).not.toContain('<c:legend>');
    expect(xml).toMatch(/<c:catAx><c:axId val="582627408"\/><c:scaling><c:orientation val="minMax"\/><\/c:scaling><c:delete val="0"\/><c:axPos val="l"\/>/);
    expect(xml).toContain('<a:schemeClr val="accent2"/>');
    const back = chartNodes(await textOf(bytes))[0]!.node.attrs.chart as Chart;
    expect([back.type, back.title, back.legend, back.series.length]).toEqual(['bar', undefined, 'none', 2]);
    // Columns to a pie: the patch cannot say it; the chart is written from its values, without the workbook.
    const pie = await written(withFirstChart(doc, (c) => ({ ...c, type: 'pie' })));
    expect(pie.xml).toContain('<c:pieChart>');
    expect(pie.xml).not.toContain('accent1');
    expect(pie.zip.names().filter((n) => n.startsWith('word/embeddings/chart'))).toEqual([]);
  });

  it('keeps a pie of pie and a smooth scatter chart what they are, less the looks of removed points', async () => {
    const doc = await textOf(new Uint8Array(readFileSync(`${CORPUS}/docx/oxsdk-chart3.docx`)));
    let root = textDocumentToNode(doc);
    const found = chartNodes(doc);
    expect(found.map((f) => (f.node.attrs.chart as Chart).type).slice(3, 5)).toEqual(['pie', 'scatter']);
    // Later positions first, so that the earlier ones still hold.
    for (const k of [4, 3]) {
      const { node, pos } = found[k]!;
      const c = node.attrs.chart as Chart;
      const series = c.series.map((s) => ({ ...s, cachedCategories: s.cachedCategories!.slice(0, 2), cachedValues: [30, 20] }));
      root = root.replace(pos, pos + 1, new Slice(Fragment.from(textSchema.nodes.chart!.create({ ...node.attrs, chart: { ...c, series } })), 0, 0));
    }
    const edited = textDocumentFromNode(root, doc.meta, doc.media);
    const { zip, xml } = await written(edited, 4);
    expect(xml).toContain('<c:ofPieChart><c:ofPieType val="bar"/>');
    expect(xml).toContain('<c:explosion val="89"/>');
    // The third slice's look and label are gone with it; the values are the new ones.
    expect(xml).not.toContain('<c:explosion val="140"/>');
    expect(xml).not.toContain('<c:dLbl>');
    expect(xml).toContain('<c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>30</c:v>');
    const scatter = zip.readText('word/charts/chart5.xml');
    expect(scatter).toContain('<c:scatterStyle val="smoothMarker"/>');
    expect(scatter).toMatch(/<c:xVal><c:numRef><c:f>Sheet1!\$A\$2:\$A\$3<\/c:f><c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="2"\/><c:pt idx="0"><c:v>0.7000000000000005<\/c:v>.*<c:yVal><c:numRef><c:f>Sheet1!\$B\$2:\$B\$3<\/c:f>.*<c:smooth val="1"\/><\/c:ser>/);
  });
});
