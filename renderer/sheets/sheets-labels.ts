/** Every string the sheets module shows or announces; passed in by the app, already translated. */
import type { BooleanWords } from './cell-text.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';
import type { SheetsUiLabels } from './sheets-ui-labels.js';
import type { SheetsChartLabels } from './chart-labels.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import type { SheetsObjectLabels } from './sheets-object-labels.js';

export interface SheetsLabels {
  /** Accessible name of the grid, e.g. "Feuille de calcul". */
  readonly grid: string;
  /** Accessible name of the cell name box, e.g. "Cellule". */
  readonly nameBox: string;
  /** Accessible name of the formula input, e.g. "Barre de formule". */
  readonly formulaBar: string;
  /** Accessible name of the sheet tab strip, e.g. "Feuilles". */
  readonly sheetTabs: string;
  readonly addSheet: string;
  /** Accessible name of the rename field, e.g. "Nom de la feuille". */
  readonly sheetName: string;
  /** Tooltip on a sheet tab, e.g. "Double-cliquez ou F2 pour renommer". */
  readonly renameHint: string;
  /** Base of new sheet names: "Feuille" gives "Feuille2". */
  readonly newSheetBase: string;
  readonly invalidSheetName: string;
  /** Title of the alert refusing a change to part of an array formula, e.g. "Formule matricielle". */
  readonly arrayTitle: string;
  /** "Impossible de modifier une partie d'une matrice." */
  readonly arrayPart: string;
  readonly booleans: BooleanWords;
  /** Formula help, errors, clipboard, sort, filter, find and replace. */
  readonly data: SheetsDataLabels;
  /** Toolbar, number format dialog, context menus, sheet tab actions. */
  readonly ui: SheetsUiLabels;
  /** Charts (insert dialog and panel); without them no chart panel is shown. */
  readonly charts?: SheetsChartLabels;
  /** Validation alerts, autofilter, paste special, chart editing. */
  readonly tools: SheetsToolsLabels;
  /** Cell notes, the validity dialog, picture insertion, page setup. */
  readonly objects: SheetsObjectLabels;
}
