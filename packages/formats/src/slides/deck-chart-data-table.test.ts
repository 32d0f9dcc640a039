/**
 * The data table of chart objects Ostal writes into ODP, laid out as LibreOffice lays out the
 * data of charts it reads from PPTX, so that both agree on the values a chart shows: scatter x
 * values and bubble x values in columns of their own (LibreOffice takes no x values from the
 * label column), and the category axis keeping its number format (without one LibreOffice gives
 * the labels a date format); series whose name cell has no cached text named `Series<n>`, and an
 * empty title left empty.
 */
import type { Chart, Deck } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { chartOfPart } from './pptx-charts.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

function deckOf(chart: Chart): Deck {
  const shape = { kind: 'opaque' as const, id: 2, what: 'chart' as const, name: 'Graphique', xfrm: { x: 300_000, y: 1_500_000, cx: 5_000_000, cy: 3_600_000 }, chart };
  return { kind: 'deck', version: 2, meta: {}, size: { cx: 12_192_000, cy: 6_858_000 }, slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [shape] }] };
}

function chartOf(d: Deck): Chart {
  const c = d.slides[0]?.shapes?.find((s) => s.kind === 'opaque' && s.chart);
  if (c?.kind !== 'opaque' || !c.chart) throw new Error('no chart');
  return c.chart;
}

/** The rows of the chart object's local table: cell texts, '' for an empty cell. */
function tableRows(odp: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(odp)['Object 1/content.xml']!);
  const table = /<table:table table:name="local-table">[\s\S]*<\/table:table>/.exec(xml)![0];
  return [...table.matchAll(/<table:table-row>([\s\S]*?)<\/table:table-row>/g)].map((r) => [...r[1]!.matchAll(/<table:table-cell[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map((c) => (c[1] ?? '').replace(/<[^>]*>/g, '')));
}

describe('chart objects written to ODP', () => {
  it('give each scatter series its y values, then its own x values, and read them back', async () => {
    const chart: Chart = {
      type: 'scatter',
      legend: 'right',
      series: [
        { name: 'Y-Value 1', cachedCategories: ['0.7', '1.8', '2.6'], cachedValues: [2.7, 3.2, 0.8] },
        { name: 'Y-Value 2', cachedCategories: ['1', '2', '3'], cachedValues: [5, 6, 7] },
      ],
      anchor: NO_ANCHOR,
    };
    const odp = await write(deckOf(chart), 'odp');
    const xml = strFromU8(unzipSync(odp)['Object 1/content.xml']!);
    expect(xml).toContain(`chart:values-cell-range-address="'local-table'.$B$2:'local-table'.$B$4" chart:label-cell-address="'local-table'.$B$1"`);
    expect(xml).toContain(`<chart:domain table:cell-range-address="'local-table'.$C$2:'local-table'.$C$4"/>`);
    expect(tableRows(odp)).toEqual([
      ['', 'Y-Value 1', 'Y-Value 1', 'Y-Value 2', 'Y-Value 2'],
      ['', '2.7', '0.7', '5', '1'],
      ['', '3.2', '1.8', '6', '2'],
      ['', '0.8', '2.6', '7', '3'],
    ]);
    const back = chartOf((await read(odp)).document as Deck);
    expect(back.series.map((s) => [s.name, s.cachedCategories, s.cachedValues])).toEqual([
      ['Y-Value 1', ['0.7', '1.8', '2.6'], [2.7, 3.2, 0.8]],
      ['Y-Value 2', ['1', '2', '3'], [5, 6, 7]],
    ]);
  });

  it('give each bubble series its y values, x values and sizes, named on its sizes', async () => {
    const chart: Chart = { type: 'bubble', legend: 'right', series: [{ name: 'Nord', cachedCategories: ['0.7', '1.8'], cachedValues: [2.7, 3.2], cachedBubbleSizes: [10, 4] }], anchor: NO_ANCHOR };
    const odp = await write(deckOf(chart), 'odp');
    expect(tableRows(odp)).toEqual([
      ['', 'Nord', 'Nord', 'Nord'],
      ['', '2.7', '0.7', '10'],
      ['', '3.2', '1.8', '4'],
    ]);
    const back = chartOf((await read(odp)).document as Deck);
    expect(back.series.map((s) => [s.name, s.cachedCategories, s.cachedValues, s.cachedBubbleSizes])).toEqual([['Nord', ['0.7', '1.8'], [2.7, 3.2], [10, 4]]]);
  });

  it('keep the category axis number format from PPTX to ODP and back', async () => {
    const chart: Chart = { type: 'column', legend: 'right', categoryAxisNumberFormat: 'General', series: [{ name: 'Ventes', cachedCategories: ['2000', '2008'], cachedValues: [3, 4] }], anchor: NO_ANCHOR };
    const odp = await write(deckOf(chart), 'odp');
    const xml = strFromU8(unzipSync(odp)['Object 1/content.xml']!);
    expect(xml).toMatch(/<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="chAxisX">/);
    expect(xml).toContain('style:data-style-name="chN0"');
    const fromOdp = chartOf((await read(odp)).document as Deck);
    expect(fromOdp.categoryAxisNumberFormat).toBe('General');
    const pptx = await write((await read(odp)).document, 'pptx');
    const part = Object.entries(unzipSync(pptx)).find(([p]) => p.startsWith('ppt/charts/'))![1];
    expect(strFromU8(part)).toMatch(/<c:catAx>.*<c:numFmt formatCode="General" sourceLinked="1"\/>.*<\/c:catAx>/);
    // Without a format of its own, the axis stays without one in both formats.
    const { categoryAxisNumberFormat: _f, ...withoutFormat } = chart;
    const plain = await write(deckOf(withoutFormat), 'odp');
    const plainXml = strFromU8(unzipSync(plain)['Object 1/content.xml']!);
    expect(plainXml).toContain('<style:style style:name="chAxisX" style:family="chart"><style:chart-properties chart:display-label="true"/></style:style>');
    expect(plainXml).not.toContain('chN0');
  });

  it('keep a date axis a date axis in ODP (LibreOffice shows dates, not serial numbers)', async () => {
    const chart: Chart = { type: 'area', legend: 'right', categoryAxisNumberFormat: 'm/d/yyyy', series: [{ name: 'Ventes', cachedCategories: ['37261', '37262'], cachedValues: [32, 12] }], anchor: NO_ANCHOR };
    const odp = await write(deckOf(chart), 'odp');
    const xml = strFromU8(unzipSync(odp)['Object 1/content.xml']!);
    expect(xml).toMatch(/<number:date-style style:name="chN0"[^>]*>.*<number:month\/>.*<number:day\/>.*<number:year number:style="long"\/>/);
    expect(chartOf((await read(odp)).document as Deck).categoryAxisNumberFormat).toBe('m/d/yyyy');
    expect(odfSchemaErrors(odp)).toEqual([]);
  });
});

describe('chart parts read from PPTX', () => {
  it('name a series whose name reference has no cached text as PowerPoint and LibreOffice show it', () => {
    const xml = `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$A$2</c:f><c:strCache><c:ptCount val="1"/></c:strCache></c:strRef></c:tx><c:val><c:numRef><c:f>Sheet1!$B$2:$C$2</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
    const chart = chartOfPart({ path: 'ppt/charts/chart1.xml', data: new TextEncoder().encode(xml) }, 64);
    expect(chart?.series[0]?.name).toBe('Series1');
  });

  it('take the single series’ name as the title only when the title has no text of its own', () => {
    const part = (title: string): Chart | undefined =>
      chartOfPart(
        {
          path: 'ppt/charts/chart1.xml',
          data: new TextEncoder().encode(
            `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>${title}<c:plotArea><c:lineChart><c:grouping val="standard"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet2!$C$4</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Total Enrollment</c:v></c:pt></c:strCache></c:strRef></c:tx><c:val><c:numLit><c:ptCount val="1"/><c:pt idx="0"><c:v>1</c:v></c:pt></c:numLit></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:lineChart><c:catAx><c:axId val="1"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
          ),
        },
        64,
      );
    expect(part('<c:title><c:layout/></c:title>')?.title).toBe('Total Enrollment');
    expect(part('<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></c:rich></c:tx><c:layout/></c:title>')?.title).toBeUndefined();
  });
});
