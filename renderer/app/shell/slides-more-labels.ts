/** The slides editor's export, object and reading order strings from the translator. */
import type { SlidesEditorLabels } from '../modules.js';
import type { MessageKey } from '../i18n/fr.js';
import type { Translator } from '../i18n/translator.js';

const SLOTS = new Set(['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']);

export function slidesMoreLabels({ t }: Pick<Translator, 't'>): SlidesEditorLabels['more'] {
  const m = (key: string, params?: Record<string, string | number>) => t(`slides.more.${key}` as MessageKey, params);
  return {
    exportToolbar: m('exportToolbar'),
    exportPdf: m('exportPdf'),
    exportPng: m('exportPng'),
    exportAllPng: m('exportAllPng'),
    exporting: m('exporting'),
    exportProgress: (done, total) => m('exportProgress', { done, total }),
    exported: (path) => m('exported', { path }),
    exportFailed: (reason) => m('exportFailed', { reason }),
    exportedAsPictures: (path) => m('exportedAsPictures', { path }),
    pngPrefix: m('pngPrefix'),
    pageName: (n) => m('pageName', { n }),
    loadingRest: m('loadingRest'),
    altText: m('altText'),
    altTextTitle: m('altTextTitle'),
    altTextField: m('altTextField'),
    altTextHelp: m('altTextHelp'),
    ok: m('ok'),
    crop: m('crop'),
    cropTitle: m('cropTitle'),
    cropLeft: m('cropLeft'),
    cropTop: m('cropTop'),
    cropRight: m('cropRight'),
    cropBottom: m('cropBottom'),
    cropReset: m('cropReset'),
    cropHandle: m('cropHandle'),
    cropMode: (name) => m('cropMode', { name }),
    adjustHandle: (n, shape) => m('adjustHandle', { n, shape }),
    adjustHandleHelp: m('adjustHandleHelp'),
    adjustHandleKeys: m('adjustHandleKeys'),
    adjustStatus: (x, y) => m('adjustStatus', { x, y }),
    readingOrder: m('readingOrder'),
    readingOrderHelp: m('readingOrderHelp'),
    moveEarlier: m('moveEarlier'),
    moveLater: m('moveLater'),
    orderItem: (n, name, alt) => m('orderItem', { n, name, alt: alt === '' ? m('noAltText') : alt }),
    noAltText: m('noAltText'),
    themeEdit: m('themeEdit'),
    themeTitle: m('themeTitle'),
    themeColors: m('themeColors'),
    themeFonts: m('themeFonts'),
    headingFont: m('headingFont'),
    bodyFont: m('bodyFont'),
    themeSlot: (slot) => m(SLOTS.has(slot) ? `slot.${slot}` : 'slot.other'),
    customTheme: m('customTheme'),
    tableTools: m('tableTools'),
    insertRowBelow: m('insertRowBelow'),
    insertColumnRight: m('insertColumnRight'),
    deleteRow: m('deleteRow'),
    deleteColumn: m('deleteColumn'),
    cellLabel: (row, column) => m('cellLabel', { row, column }),
  };
}
