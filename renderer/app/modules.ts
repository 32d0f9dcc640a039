/**
 * The three editor modules, imported through their index only (layer rule), each loaded when the
 * first document of its kind opens: the start page does not parse or run the spreadsheet engine,
 * the grid, the slide show or ProseMirror (the start page loads 0.7 MB of the renderer's 3.6 MB). Render
 * them inside a `<Suspense>`.
 */
import { lazy } from 'react';

export const WriterEditor = lazy(() => import('../writer/index.js').then((m) => ({ default: m.WriterEditor })));
export type { PdfExporter, PrintLayout, WriterHandle, WriterLabels } from '../writer/index.js';
export const SheetsEditor = lazy(() => import('../sheets/index.js').then((m) => ({ default: m.SheetsEditor })));
export type { SheetsHandle, SheetsLabels } from '../sheets/index.js';
export const SlidesEditor = lazy(() => import('../slides/index.js').then((m) => ({ default: m.SlidesEditor })));
export const PresenterView = lazy(() => import('../slides/index.js').then((m) => ({ default: m.PresenterView })));
export type { SlidesEditorLabels, SlidesExportHost, SlidesHandle, SlidesLabels } from '../slides/index.js';
