/** Strings of the chart editing dialog and of the editors' chart tools (the app passes them, translated). */
import type { ChartKind } from './chart-scale.js';
import type { ChartLegendPlace } from './chart-edit-data.js';

export interface ChartEditLabels {
  /** Contextual toolbar shown while a chart is selected ("Graphique"), its button and the dialog's title ("Modifier le graphique"). */
  readonly toolbar: string;
  readonly edit: string;
  /** Insertion > "Graphique" (ribbon button) and its dialog's title ("Insérer un graphique"). */
  readonly insert: string;
  readonly insertTitle: string;
  /** "Type de graphique" and the kinds' names. */
  readonly type: string;
  readonly types: Readonly<Record<ChartKind, string>>;
  readonly title: string;
  /** "Légende" and its positions. */
  readonly legend: string;
  readonly legends: Readonly<Record<ChartLegendPlace, string>>;
  /** "Données" (the table's caption), the header of the categories' column. */
  readonly data: string;
  readonly categories: string;
  /** Accessible names of the table's fields: "Nom de la série 2", "Catégorie 3", "Série 1, Janvier". */
  readonly seriesName: (n: number) => string;
  readonly category: (n: number) => string;
  readonly value: (series: string, category: string) => string;
  /** Default name of a series without one ("Série 2"). */
  readonly newSeries: (n: number) => string;
  /** Accessible name of a series' colour ("Couleur de la série Nord"). */
  readonly seriesColor: (name: string) => string;
  /** "Afficher les valeurs sur le graphique" (every series' data labels). */
  readonly valueLabels: string;
  /** Axis titles' fields. */
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly addRow: string;
  readonly removeRow: string;
  readonly addSeries: string;
  readonly removeSeries: string;
  /** Error when a value is not a number: "« abc » n’est pas un nombre (Série 1, Janvier)." */
  readonly notNumber: (text: string, where: string) => string;
  readonly ok: string;
  readonly cancel: string;
  /** Status line while a chart is selected: "Graphique : Lignes, 3 séries". */
  readonly selected: (type: string, series: number) => string;
}
