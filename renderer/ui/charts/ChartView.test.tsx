import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartView } from './ChartView.js';
import type { ChartViewData } from './ChartView.js';
import { niceScale, stackBases, valueScale } from './chart-scale.js';

const data = (type: ChartViewData['type'], extra: Partial<ChartViewData> = {}): ChartViewData => ({
  type,
  title: 'Ventes',
  categories: ['Janvier', 'Février', 'Mars'],
  series: [
    { name: 'Nord', values: [1200.5, 2000, 1500] },
    { name: 'Sud', values: [400, null, 600], color: '#FF0000' },
  ],
  ...extra,
});

const render = (chart: ChartViewData) => renderToStaticMarkup(<ChartView chart={chart} width={480} height={300} locale="fr-FR" label="Graphique en colonnes : Ventes" categoryHeader="Catégorie" />);
const count = (html: string, cls: string) => html.split(`class="${cls}"`).length - 1;

describe('chart scales', () => {
  it('picks round steps and covers the values', () => {
    expect(niceScale(0, 2000).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceScale(-3, 7).ticks).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(valueScale('column', 'stacked', [[1, 2], [3, 4]]).max).toBeGreaterThanOrEqual(6);
    expect(valueScale('column', 'percentStacked', [[1, 2], [3, 4]]).max).toBe(1);
    expect(valueScale('line', 'clustered', [[50, 60]]).min).toBeGreaterThan(0);
    expect(stackBases([[1, 2], [3, -4]], false).base).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
});

describe('ChartView', () => {
  it('draws one bar per value with the title, legend and French numbers', () => {
    const html = render(data('column'));
    expect(count(html, 'ui-chart__bar')).toBe(5);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Graphique en colonnes : Ventes"');
    expect(html).toContain('>Ventes</text>');
    expect(html).toContain('fill="#FF0000"');
    // The data table alternative, with numbers as a French reader writes them.
    expect(html).toMatch(/<td>1\u202f?\s?200,5<\/td>/);
    expect(html).toContain('<th scope="col">Catégorie</th>');
  });
  it('writes the values of the series that show them, by their bars, points and slices, in French', () => {
    const shown = data('column', { series: [{ name: 'Nord', values: [1200.5, 2000, 1500], showValues: true }, { name: 'Sud', values: [400, null, 600] }] });
    const bars = render(shown);
    expect(count(bars, 'ui-chart__value')).toBe(3);
    expect(bars).toMatch(/class="ui-chart__value"[^>]*>1\u202f?\s?200,5<\/text>/);
    expect(count(render({ ...shown, type: 'line' }), 'ui-chart__value')).toBe(3);
    expect(count(render({ ...shown, type: 'pie' }), 'ui-chart__value')).toBe(3);
    expect(count(render(data('column')), 'ui-chart__value')).toBe(0);
  });

  it('draws the axes without their labels, or not at all, when the file hides them', () => {
    const axes = (html: string) => /<g stroke="#8c8c8c" aria-hidden="true">(.*?)<\/g>/.exec(html)![1]!.split('<line').length - 1;
    const shown = render(data('column'));
    expect(shown).toContain('>Janvier</text>');
    expect(shown).toMatch(/>2\u202f?\s?000<\/text>/);
    expect(axes(shown)).toBe(2);
    const hidden = render(data('column', { categoryAxisHidden: 'labels', valueAxisHidden: 'axis' }));
    expect(hidden).not.toContain('>Janvier</text>');
    expect(hidden).not.toMatch(/>2\u202f?\s?000<\/text>/);
    // The category axis line stays, the value axis goes; the bars are drawn all the same.
    expect(axes(hidden)).toBe(1);
    expect(count(hidden, 'ui-chart__bar')).toBe(5);
  });
  it('draws horizontal bars, lines, areas, scatter points and pie slices', () => {
    expect(count(render(data('bar')), 'ui-chart__bar')).toBe(5);
    const line = render(data('line'));
    expect(count(line, 'ui-chart__line')).toBe(2);
    expect(count(line, 'ui-chart__point')).toBe(5);
    expect(count(render(data('area', { grouping: 'stacked' })), 'ui-chart__area')).toBe(2);
    expect(count(render(data('scatter', { categories: ['1', '2', '3'] })), 'ui-chart__point')).toBe(5);
    const pie = render(data('pie'));
    expect(count(pie, 'ui-chart__slice')).toBe(3);
    // The pie's legend names the categories.
    expect(pie).toContain('>Février</text>');
  });
  it('draws doughnut rings around a hole, and radar series around their spokes', () => {
    const doughnut = render(data('doughnut', { holeSize: 40 }));
    // Two series: two rings of three slices, each an annulus sector (two arcs), none reaching the centre.
    expect(count(doughnut, 'ui-chart__slice')).toBe(5);
    expect(doughnut.match(/class="ui-chart__slice" d="M[^"]* A[^"]* L[^"]* A[^"]* Z"/g)).toHaveLength(5);
    expect(doughnut).toContain('>Février</text>');
    const radar = render(data('radar'));
    expect(count(radar, 'ui-chart__line')).toBe(2);
    expect(count(radar, 'ui-chart__point')).toBe(6);
    // One spoke and one label per category.
    expect(radar).toContain('>Mars</text>');
    const filled = render(data('radar', { radarStyle: 'filled' }));
    expect(count(filled, 'ui-chart__area')).toBe(2);
    expect(count(filled, 'ui-chart__point')).toBe(0);
  });
  it('draws each series of a combined chart as its own kind, on its own value axis', () => {
    const combined = data('column', {
      series: [
        { name: 'Nord', values: [1200.5, 2000, 1500] },
        { name: 'Sud', values: [400, null, 600], type: 'line', secondaryAxis: true },
      ],
    });
    const html = render(combined);
    // Bars for the column series only, one line for the line series.
    expect(count(html, 'ui-chart__bar')).toBe(3);
    expect(count(html, 'ui-chart__line')).toBe(1);
    expect(count(html, 'ui-chart__point')).toBe(2);
    expect(html).toMatch(/data-series="0"><rect class="ui-chart__bar"/);
    expect(html).toMatch(/data-series="1"><polyline class="ui-chart__line"/);
    // The secondary axis has its own ticks on the right, up to the line's 600.
    expect(html).toContain('class="ui-chart__secondary-axis"');
    expect(html).toMatch(/class="ui-chart__secondary-tick"[^>]*>600</);
    // Against its own scale, 600 reaches higher than the column's 1 500 on the primary one.
    const barTop = Number(/<rect class="ui-chart__bar" x="[^"]*" y="([^"]*)"[^>]*><\/rect><\/g>/.exec(html)![1]);
    const points = [...html.matchAll(/class="ui-chart__point" cx="[^"]*" cy="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(points[1]!).toBeLessThan(barTop);
    // Without the combined kinds, every series is a column.
    const plain = render(data('column'));
    expect(count(plain, 'ui-chart__line')).toBe(0);
    expect(plain).not.toContain('ui-chart__secondary-axis');
  });
  it('gives each legend entry the mark of its series: a box for bars, a line for a line', () => {
    const combined = data('column', {
      legend: 'bottom',
      series: [
        { name: 'Nord', values: [1200.5, 2000, 1500] },
        { name: 'Sud', values: [400, null, 600], type: 'line', secondaryAxis: true },
      ],
    });
    const legend = /<g class="ui-chart__legend"[^]*?<\/g><\/g>(?=<\/g>)/.exec(render(combined))![0];
    const entries = [...legend.matchAll(/<g transform="[^"]*">([^]*?)<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => ({ name: m[2], key: m[1] }));
    expect(entries.map((e) => e.name)).toEqual(['Nord', 'Sud']);
    expect(entries[0]!.key).toMatch(/^<rect class="ui-chart__legend-box"[^>]*fill="#4472C4"/);
    expect(entries[1]!.key).toMatch(/^<g class="ui-chart__legend-line"><line[^>]*stroke="#ED7D31"/);
    // A plain line chart keys both series with lines; a column chart with boxes; a scatter with points.
    expect(count(render(data('line')), 'ui-chart__legend-line')).toBe(2);
    expect(count(render(data('column')), 'ui-chart__legend-box')).toBe(2);
    expect(count(render(data('column')), 'ui-chart__legend-line')).toBe(0);
    expect(count(render(data('scatter', { categories: ['1', '2', '3'] })), 'ui-chart__legend-point')).toBe(2);
  });
  it('draws the secondary value axis of a horizontal bar chart along the top', () => {
    const bars = data('bar', {
      series: [
        { name: 'Nord', values: [1200.5, 2000, 1500] },
        { name: 'Sud', values: [4, null, 6], secondaryAxis: true },
      ],
    });
    const html = render(bars);
    const axis = /<line class="ui-chart__secondary-axis" x1="([^"]*)" x2="([^"]*)" y1="([^"]*)" y2="([^"]*)"/.exec(html)!;
    const [x1, x2, y1, y2] = axis.slice(1).map(Number);
    // Horizontal, above every bar.
    expect(y1).toBe(y2);
    expect(x2! - x1!).toBeGreaterThan(100);
    const barTops = [...html.matchAll(/<rect class="ui-chart__bar" x="[^"]*" y="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(barTops).toHaveLength(5);
    expect(Math.min(...barTops)).toBeGreaterThanOrEqual(y1!);
    // Its ticks stand above it, up to the secondary series' 6, not the primary's 2 000.
    const ticks = [...html.matchAll(/class="ui-chart__secondary-tick" x="[^"]*" y="([^"]*)"[^>]*>([^<]*)</g)];
    expect(ticks.map((m) => m[2])).toContain('6');
    expect(ticks.every((m) => Number(m[1]) < y1!)).toBe(true);
    // Against its own scale, Sud's 6 reaches as far right as Nord's 2 000 does on the primary one.
    const widths = [...html.matchAll(/<rect class="ui-chart__bar" x="[^"]*" y="[^"]*" width="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(widths[4]!).toBeGreaterThan(widths[0]!);
    // Without a secondary series there is no top axis.
    expect(render(data('bar'))).not.toContain('ui-chart__secondary-axis');
  });
  it('draws a line series of a horizontal bar chart up the categories, its values across, as LibreOffice does', () => {
    const combined = data('bar', {
      series: [
        { name: 'Montant', values: [10, 20, 15] },
        { name: 'Objectif', values: [10, 20, 15], type: 'line' },
      ],
    });
    const html = render(combined);
    const bars = [...html.matchAll(/<rect class="ui-chart__bar" x="([^"]*)" y="([^"]*)" width="([^"]*)" height="([^"]*)"/g)].map((m) => m.slice(1).map(Number) as [number, number, number, number]);
    const points = [...html.matchAll(/class="ui-chart__point" cx="([^"]*)" cy="([^"]*)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(bars).toHaveLength(3);
    expect(points).toHaveLength(3);
    bars.forEach(([x, y, width, height], i) => {
      const [cx, cy] = points[i]!;
      // Same value, same length: the point stands at the end of its category's bar...
      expect(cx).toBeCloseTo(x + width, 5);
      // ...and level with it (within its category's band).
      expect(Math.abs(cy - (y + height / 2))).toBeLessThan(40);
    });
    // The first category is next to the origin, at the bottom, as office suites draw bar charts.
    expect(points[0]![1]).toBeGreaterThan(points[1]![1]);
    expect(bars[0]![1]).toBeGreaterThan(bars[1]![1]);
    const labels = [...html.matchAll(/<text x="[^"]*" y="([^"]*)" text-anchor="end" font-size="11">(Janvier|Février|Mars)</g)].map((m) => ({ y: Number(m[1]), name: m[2] }));
    expect(labels.map((l) => l.name)).toEqual(['Janvier', 'Février', 'Mars']);
    expect(labels[0]!.y).toBeGreaterThan(labels[2]!.y);
    expect(Math.abs(labels[0]!.y - 4 - points[0]![1])).toBeLessThan(1);
  });
  it('draws an area series of a horizontal bar chart from the value axis across', () => {
    const html = render(data('bar', { series: [{ name: 'Nord', values: [1, 2, 3], type: 'area' }] }));
    const poly = /<polygon class="ui-chart__area" points="([^"]*)"/.exec(html)![1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    // Three points out, three back along the zero line: one x for the whole edge.
    expect(poly).toHaveLength(6);
    const base = poly.slice(3).map((p) => p[0]);
    expect(new Set(base).size).toBe(1);
    expect(poly[2]![0]).toBeGreaterThan(poly[0]![0]);
    expect(poly[2]![1]).toBeLessThan(poly[0]![1]);
  });
  it('draws negative bubbles hollow at their absolute size only when asked', () => {
    const bubbles = data('bubble', { categories: ['1', '2', '3'], series: [{ name: 'Régions', values: [10, 20, 30], sizes: [4, -4, 1] }] });
    const hidden = render(bubbles);
    expect(count(hidden, 'ui-chart__bubble')).toBe(2);
    expect(hidden).not.toContain('ui-chart__bubble--negative');
    const shown = render({ ...bubbles, showNegativeBubbles: true });
    expect(count(shown, 'ui-chart__bubble')).toBe(2);
    const negative = /<circle class="ui-chart__bubble ui-chart__bubble--negative"[^>]* r="([^"]*)" fill="#fff"/.exec(shown)!;
    const largest = Math.max(...[...shown.matchAll(/<circle class="ui-chart__bubble"[^>]* r="([^"]*)"/g)].map((m) => Number(m[1])));
    // -4 is as large as 4.
    expect(Number(negative[1])).toBeCloseTo(largest, 5);
  });
  it('leaves the legend out when asked and survives empty data', () => {
    expect(render(data('column', { legend: 'none' }))).not.toContain('ui-chart__legend');
    expect(count(render({ type: 'column', categories: [], series: [] }), 'ui-chart__bar')).toBe(0);
  });
});

describe('ChartView stock and bubble charts', () => {
  const days = ['lun.', 'mar.', 'mer.'];
  const stock = (series: ChartViewData['series'], extra: Partial<ChartViewData> = {}): ChartViewData => ({ type: 'stock', title: 'Cours', categories: days, series, ...extra });
  const ohlc: ChartViewData['series'] = [
    { name: 'Ouverture', values: [20, 25, 30] },
    { name: 'Haut', values: [50, 52, 48] },
    { name: 'Bas', values: [5, 8, 10] },
    { name: 'Clôture', values: [35, 20, 40] },
  ];

  it('draws a high-low line and a rising or falling box per day', () => {
    const html = render(stock(ohlc));
    expect(count(html, 'ui-chart__hilow')).toBe(3);
    expect(count(html, 'ui-chart__updown ui-chart__updown--up')).toBe(2);
    expect(count(html, 'ui-chart__updown ui-chart__updown--down')).toBe(1);
    expect(count(html, 'ui-chart__line')).toBe(0);
  });

  it('draws close ticks without boxes for a high-low-close chart, and no line when hi-low lines are off', () => {
    const html = render(stock(ohlc.slice(1)));
    expect(count(html, 'ui-chart__hilow')).toBe(3);
    expect(count(html, 'ui-chart__tick ui-chart__tick--close')).toBe(3);
    expect(html).not.toContain('ui-chart__updown');
    expect(count(render(stock(ohlc, { stock: { hiLowLines: false, upDownBars: true } })), 'ui-chart__hilow')).toBe(0);
  });

  it('draws one circle per bubble, areas proportional to the sizes, and the sizes in the data table', () => {
    const chart: ChartViewData = { type: 'bubble', categories: ['1', '2', '3'], series: [{ name: 'Régions', values: [10, 30, 20], sizes: [10, 40, 0] }] };
    const html = renderToStaticMarkup(<ChartView chart={chart} width={480} height={300} locale="fr-FR" label="Graphique à bulles" categoryHeader="Catégorie" sizeHeader="Taille" />);
    const radii = [...html.matchAll(/class="ui-chart__bubble"[^>]* r="([\d.]+)"/g)].map((m) => Number(m[1]));
    // A size of 0 draws nothing; a size four times larger has twice the radius.
    expect(radii).toHaveLength(2);
    expect(Math.max(...radii) / Math.min(...radii)).toBeCloseTo(2, 5);
    expect(html).toContain('aria-label="Graphique à bulles"');
    expect(html).toContain('<th scope="col">Régions (Taille)</th>');
  });
});
