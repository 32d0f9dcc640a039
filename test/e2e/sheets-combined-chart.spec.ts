/**
 * A combined chart (columns with a line on a secondary axis), read from XLSX and from ODS, is
 * drawn in the grid as the file says: bars for the column series, a line for the line series,
 * against a second value axis on the right, and a legend keying each series with its own mark.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { write } from '@ostal/formats';
import { chartFromRange, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Chart, Workbook } from '@ostal/model';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

function combined(): Workbook {
  const sheet = sheetFromGrid('Ventes', [
    [{ value: 'Mois' }, { value: 'Montant' }, { value: 'Taux' }],
    [{ value: 'Janvier' }, { value: 1200 }, { value: 0.2 }],
    [{ value: 'Février' }, { value: 2000 }, { value: 0.35 }],
    [{ value: 'Mars' }, { value: 1500 }, { value: 0.3 }],
    [{ value: 'Avril' }, { value: 1800 }, { value: 0.4 }],
  ]);
  const base: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheet] };
  const chart = chartFromRange(base, 'Ventes', { top: 0, left: 0, bottom: 4, right: 2 }, 'column');
  const mixed: Chart = {
    ...chart,
    title: 'Montant et taux',
    anchor: { from: { row: 1, col: 4 }, to: { row: 16, col: 11 } },
    series: chart.series.map((s, i) => (i === 1 ? { ...s, type: 'line' as const, secondaryAxis: true } : s)),
  };
  return { ...base, sheets: [{ ...sheet, charts: [mixed] }] };
}

for (const format of ['xlsx', 'ods'] as const) {
  test(`a combined chart from ${format.toUpperCase()} draws bars and a line on its secondary axis`, async ({ page, host }) => {
    const name = `combine.${format}`;
    writeFileSync(path.join(host.docs, name), await write(combined(), format));
    await page.goto(host.url);
    await openFile(page, name);
    const svg = page.getByRole('group', { name: 'Graphique Montant et taux' }).getByRole('img', { name: /Montant et taux/ });
    await expect(svg).toBeVisible();
    // Montant: four bars and no line.
    const montant = svg.locator('[data-series="0"]');
    await expect(montant.locator('rect.ui-chart__bar')).toHaveCount(4);
    await expect(montant.locator('polyline')).toHaveCount(0);
    // Taux: a line through four points, no bars.
    const taux = svg.locator('[data-series="1"]');
    await expect(taux.locator('polyline.ui-chart__line')).toHaveCount(1);
    await expect(taux.locator('circle.ui-chart__point')).toHaveCount(4);
    await expect(taux.locator('rect')).toHaveCount(0);
    await expect(svg.locator('rect.ui-chart__bar')).toHaveCount(4);
    // Its axis, on the right, counts in tenths, not in thousands.
    await expect(svg.locator('.ui-chart__secondary-axis')).toHaveCount(1);
    await expect(svg.locator('.ui-chart__secondary-tick').last()).toHaveText('0,4');
    // The line's highest point (0.4 in April) stands near the top of the plot, though 0.4 is nothing on the left axis.
    const points = await taux.locator('circle.ui-chart__point').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
    const bars = await montant.locator('rect.ui-chart__bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('y'))));
    expect(points[3]!).toBeLessThan(Math.min(...bars) + 40);
    // The legend keys Montant with a box and Taux with a line, as they are drawn.
    const legend = svg.locator('.ui-chart__legend');
    await expect(legend.locator('.ui-chart__legend-box')).toHaveCount(1);
    await expect(legend.locator('.ui-chart__legend-line')).toHaveCount(1);
    await expect(legend.locator('g:has(.ui-chart__legend-line) > text')).toHaveText('Taux');
  });
}
