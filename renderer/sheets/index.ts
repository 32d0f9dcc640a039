/**
 * renderer/sheets — the spreadsheet module. The only entry point.
 *
 *   <SheetsEditor document={workbook} labels={labels} licenseKey={settings.gridLicenseKey}
 *                 locale="fr" onDirtyChange={...} ref={handle} />
 *   handle.current.getDocument() -> Workbook (formula cells carry their computed value)
 */
export { SheetsEditor } from './SheetsEditor.js';
export type { SheetsEditorProps, SheetsHandle } from './SheetsEditor.js';
export type { SheetsLabels } from './sheets-labels.js';
export type { SheetsDataLabels } from './sheets-data-labels.js';
export type { SheetsUiLabels } from './sheets-ui-labels.js';
export type { SheetsToolsLabels } from './sheets-tools-labels.js';
export type { SheetsObjectLabels } from './sheets-object-labels.js';
export type { CellDisplay, GridAdapter, GridFactory, GridOptions, GridSource } from './grid-adapter.js';
export { handsontableGrids } from './handsontable-grid.js';
export { WorkbookEngine } from './workbook-engine.js';
export type { BooleanWords } from './cell-text.js';
