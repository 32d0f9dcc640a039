/**
 * renderer/writer — the word processor module. The only entry point.
 *
 *   <WriterEditor document={doc} labels={labels} onDirtyChange={...} ref={handle} />
 *   handle.current.getDocument() -> TextDocument
 */
export { WriterEditor } from './WriterEditor.js';
export type { WriterEditorProps, WriterHandle } from './WriterEditor.js';
export type { WriterLabels } from './writer-labels.js';
export type { PdfExporter } from './pdf-export.js';
export type { PrintLayout } from './print-layout.js';
export { BLOCK_STYLES } from './commands.js';
export type { BlockStyle, ListKind } from './commands.js';
export { TABLE_ACTIONS } from './table-commands.js';
export type { TableAction } from './table-commands.js';
export type { RibbonTab, WriterMoreLabels } from './writer-more-labels.js';
