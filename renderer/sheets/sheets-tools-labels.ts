/** Strings of data validation alerts, autofilter, paste special and chart editing (already translated). */
import type { ValidationOperator, ValidationType } from '@ostal/model';

export interface SheetsToolsLabels {
  readonly validation: {
    /** Title of the alert when the file gives none, e.g. "Valeur non valide". */
    readonly title: string;
    /** What the rule accepts: "La valeur doit être un nombre entier compris entre 1 et 10." */
    readonly rule: (type: ValidationType, operator: ValidationOperator, a: string, b: string, choices: string) => string;
    /** What a custom rule asks, with its formula as the user writes formulas: "La valeur doit vérifier la condition =A2>0." */
    readonly custom: (formula: string) => string;
    readonly fallback: string;
    readonly retry: string;
    readonly cancel: string;
    readonly continueQuestion: string;
    readonly yes: string;
    readonly no: string;
    readonly ok: string;
    /** Accessible name of the input message shown on a cell. */
    readonly inputHelp: string;
  };
  readonly filter: {
    /** Data toolbar button that puts or takes away the autofilter, e.g. "Filtre automatique". */
    readonly toggle: string;
    /** Header drop-down button: "Filtrer la colonne Région". */
    readonly button: (name: string) => string;
    /** Header drop-down button of a filtered column. */
    readonly buttonActive: (name: string) => string;
    readonly dialog: (name: string) => string;
    readonly search: string;
    readonly all: string;
    readonly blanks: string;
    readonly values: string;
    readonly sortAscending: string;
    readonly sortDescending: string;
    readonly condition: string;
    /** Names of the conditions, by key (`none`, `equal`, `contains`...). */
    readonly operators: Readonly<Record<'none' | 'equal' | 'notEqual' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'contains' | 'beginsWith', string>>;
    readonly value: string;
    readonly apply: string;
    readonly clear: string;
    readonly cancel: string;
    /** Status after filtering: "12 lignes sur 40 affichées". */
    readonly status: (shown: number, total: number) => string;
  };
  readonly paste: {
    readonly menu: string;
    readonly title: string;
    readonly what: string;
    readonly all: string;
    readonly values: string;
    readonly formulas: string;
    readonly formats: string;
    readonly operation: string;
    readonly operations: Readonly<Record<'none' | 'add' | 'subtract' | 'multiply' | 'divide', string>>;
    readonly transpose: string;
    readonly skipBlanks: string;
    readonly empty: string;
    readonly confirm: string;
    readonly cancel: string;
  };
  readonly chart: {
    readonly edit: string;
    readonly editTitle: string;
    readonly legend: string;
    readonly legendPositions: Readonly<Record<'none' | 'right' | 'bottom' | 'top' | 'left', string>>;
    readonly apply: string;
    /** Accessible name of a chart frame over the grid: "Graphique Ventes". */
    readonly frame: (title: string) => string;
    readonly moveHint: string;
    /** Accessible name of a picture over the grid: "Image Logo". */
    readonly picture: (name: string) => string;
    readonly removePicture: string;
    /** The dialog's options of the chosen kind (secondary axis, stock marks, bubbles). */
    readonly options: {
      /** Legend of the options group: "Options". */
      readonly legend: string;
      /** Legend of the per-series kinds and colours: "Séries : type et couleur". */
      readonly series: string;
      /** Accessible name of a series' kind list: "Type de la série Objectif". */
      readonly seriesKind: (name: string) => string;
      /** Accessible name of a series' colour: "Couleur de la série Objectif". */
      readonly seriesColor: (name: string) => string;
      readonly categoryAxisTitle: string;
      readonly valueAxisTitle: string;
      /** Legend of the per-series checkboxes: "Séries sur l’axe secondaire (à droite)". */
      readonly secondaryAxis: string;
      readonly hiLowLines: string;
      readonly upDownBars: string;
      /** Why the boxes need a fourth column: "Avec une colonne d’ouverture seulement". */
      readonly upDownBarsHint: string;
      readonly bubbleScale: string;
      readonly bubbleScaleHint: string;
      readonly showNegativeBubbles: string;
    };
  };
}
