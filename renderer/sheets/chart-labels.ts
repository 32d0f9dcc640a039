/** Strings of the sheets' charts (insert dialog, chart panel); passed in by the app, already translated. */
import type { ChartType } from '@ostal/model';
import type { ChartRangeProblem } from './chart-price-bubble-range.js';

export interface SheetsChartLabels {
  /** The insert button and the dialog title, e.g. "Insérer un graphique". */
  readonly insert: string;
  /** Accessible name of the chart panel, e.g. "Graphiques". */
  readonly panel: string;
  readonly range: string;
  readonly rangeHint: string;
  readonly invalidRange: string;
  /** Hints of the range for the kinds whose columns have roles: "First column: dates; then…". */
  readonly roleHints: Readonly<Record<'stock' | 'bubble', string>>;
  /** Why the range cannot make the chosen kind (too few columns). */
  readonly rangeProblems: Readonly<Record<ChartRangeProblem, string>>;
  readonly type: string;
  readonly types: Readonly<Record<ChartType, string>>;
  readonly title: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly remove: string;
  readonly categoryHeader: string;
  /** Header of a bubble series' size column in the data table: "Taille". */
  readonly sizeHeader?: string;
  /** Legend name of a series without one: "Série 1". */
  readonly seriesName: (n: number) => string;
  readonly untitled: string;
  /** Accessible summary: "Graphique en colonnes « Ventes », 2 séries, 3 points". */
  readonly summary: (type: string, title: string, series: number, points: number) => string;
}
