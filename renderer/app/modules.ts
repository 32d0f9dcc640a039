/** The three editor modules, imported through their index only (layer rule). */
export { WriterEditor } from '../writer/index.js';
export type { PdfExporter, PrintLayout, WriterHandle, WriterLabels } from '../writer/index.js';
export { SheetsEditor } from '../sheets/index.js';
export type { SheetsHandle, SheetsLabels } from '../sheets/index.js';
export { PRESENTER_HASH, PresenterView, SlidesEditor } from '../slides/index.js';
export type { SlidesEditorLabels, SlidesExportHost, SlidesHandle, SlidesLabels } from '../slides/index.js';
