/**
 * @ostal/model — neutral document models shared by the formats layer, the editors and the host.
 * Headless: no DOM, no node:*, no electron.
 */
export * from './cell-address.js';
export * from './deck.js';
export * from './diagnostics.js';
export * from './document.js';
export * from './meta.js';
export * from './text-block-format.js';
export * from './text-borders.js';
export * from './text-table-borders.js';
export type { OpaqueFamily, ParagraphChangeKind } from './text-change-schema.js';
export * from './text-char-property-schema.js';
export * from './text-document.js';
export * from './text-field-schema.js';
export * from './text-format.js';
export * from './text-image-schema.js';
export * from './text-link.js';
export * from './text-note-schema.js';
export * from './text-list-format.js';
export * from './text-schema.js';
export * from './text-tab-stops.js';
export * from './text-table-schema.js';
export * from './text-table-position.js';
export * from './workbook.js';
export * from './workbook-style.js';
export * from './workbook-sheet-features.js';
export * from './deck-color.js';
export * from './deck-text.js';
export * from './deck-shapes.js';
export * from './deck-masters.js';
export * from './deck-slide-text.js';
export * from './chart.js';
export * from './workbook-image.js';
export * from './workbook-table.js';
export * from './text-outline.js';
export * from './text-styles.js';
export * from './deck-notes.js';
export * from './deck-sections.js';
export * from './deck-comments.js';
export * from './deck-geometry.js';
export * from './text-cell-value.js';
export * from './pivot-table-shift.js';
export * from './macro-project.js';
export * from './text-cell-margins.js';
export * from './text-change-before.js';
export * from './text-row-change.js';
export * from './picture-header.js';
