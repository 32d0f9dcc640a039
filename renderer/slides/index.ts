/**
 * renderer/slides — the slides module. The only entry point.
 *
 *   <SlidesEditor document={deck} labels={labels} onDirtyChange={...} ref={handle} />
 *   handle.current.getDocument() -> Deck
 */
export { SlidesEditor } from './SlidesEditor.js';
export { PresenterView } from './PresenterView.js';
export type { SlidesEditorProps, SlidesHandle } from './SlidesEditor.js';
export type { SlidesEditorLabels, SlidesLabels } from './slides-labels.js';
export { addSlide, bodyFromText, bodyToText, deleteSlide, moveSlide, updateSlide } from './deck-operations.js';
export type { DeckEdit } from './deck-operations.js';
export type { SlidesExportHost } from './slide-export.js';
