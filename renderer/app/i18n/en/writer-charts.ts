/** English messages of editing a chart in a text document. */
import type { frWriterCharts } from '../fr/writer-charts.js';

export const enWriterCharts: Readonly<Record<keyof typeof frWriterCharts, string>> = {
  'writer.chart.toolbar': 'Chart',
  'writer.chart.edit': 'Edit chart',
  'writer.chart.insert': 'Chart',
  'writer.chart.insertTitle': 'Insert a chart',
  'writer.chart.data': 'Chart data',
  'writer.chart.categories': 'Categories',
  'writer.chart.seriesName': 'Name of series {n}',
  'writer.chart.category': 'Category {n}',
  'writer.chart.value': '{series}, {category}',
  'writer.chart.newSeries': 'Series {n}',
  'writer.chart.valueLabels': 'Show the values on the chart',
  'writer.chart.addRow': 'Add a row',
  'writer.chart.removeRow': 'Remove the last row',
  'writer.chart.addSeries': 'Add a series',
  'writer.chart.removeSeries': 'Remove the last series',
  'writer.chart.notNumber': '“{text}” is not a number ({where}). Type a number, such as 1234.5, or leave the cell empty.',
  'writer.chart.selected': 'Chart: {type}, series: {count}',
} as const;
