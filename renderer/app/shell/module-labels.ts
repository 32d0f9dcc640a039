/** Builds each module's labels from the translator (modules never see the app's i18n). */
import type { SheetsLabels, SlidesLabels, WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';
import { writerMoreLabels } from './writer-more-labels.js';
import { sheetsDataLabels } from './sheets-data-labels.js';
import { sheetsToolsLabels } from './sheets-tools-labels.js';
import { sheetsObjectLabels } from './sheets-object-labels.js';
import { writerPictureLabels } from './writer-picture-labels.js';
import { chartEditLabels } from './chart-edit-labels.js';
import { writerCharStyleLabels } from './writer-char-style-labels.js';
import { writerReviewLabels } from './writer-review-labels.js';
import { writerHeaderFooterLabels } from './writer-header-footer-labels.js';
import { writerFieldLabels } from './writer-field-labels.js';
import { sheetsUiLabels } from './sheets-ui-labels.js';
import { slidesEditorLabels } from './slides-editor-labels.js';
import { sheetsChartLabels } from './sheets-chart-labels.js';

export function writerLabels(translator: Translator): WriterLabels {
  const { t, formatDateTime } = translator;
  return {
    textArea: t('writer.textArea'),
    toolbar: t('writer.toolbar'),
    style: t('writer.style'),
    styles: {
      paragraph: t('writer.style.paragraph'),
      heading1: t('writer.style.heading1'),
      heading2: t('writer.style.heading2'),
      heading3: t('writer.style.heading3'),
      heading4: t('writer.style.heading4'),
      heading5: t('writer.style.heading5'),
      heading6: t('writer.style.heading6'),
      quote: t('writer.style.quote'),
    },
    bold: t('writer.bold'),
    italic: t('writer.italic'),
    underline: t('writer.underline'),
    glyphs: { bold: t('writer.glyph.bold'), italic: t('writer.glyph.italic'), underline: t('writer.glyph.underline') },
    font: t('writer.font'),
    fontDefault: (font) => t('writer.font.default', { font }),
    fontSize: t('writer.fontSize'),
    fontSizeDefault: (size) => t('writer.fontSize.default', { size }),
    strike: t('writer.strike'),
    superscript: t('writer.superscript'),
    subscript: t('writer.subscript'),
    textColor: t('writer.textColor'),
    highlight: t('writer.highlight'),
    align: { left: t('writer.align.left'), center: t('writer.align.center'), right: t('writer.align.right'), justify: t('writer.align.justify') },
    clearFormatting: t('writer.clearFormatting'),
    bulletList: t('writer.bulletList'),
    orderedList: t('writer.orderedList'),
    insertTable: t('writer.table.insert'),
    tableActions: {
      addRow: t('writer.table.addRow'),
      deleteRow: t('writer.table.deleteRow'),
      addColumn: t('writer.table.addColumn'),
      deleteColumn: t('writer.table.deleteColumn'),
      mergeCells: t('writer.table.mergeCells'),
      splitCell: t('writer.table.splitCell'),
    },
    pageBreak: t('writer.pageBreak'),
    notes: {
      footnote: t('writer.note.footnote'),
      endnote: t('writer.note.endnote'),
      comment: t('writer.note.comment'),
      reply: t('writer.note.reply'),
      resolved: t('writer.note.resolved'),
      unknownAuthor: t('writer.note.unknownAuthor'),
      formatDate: (iso) => {
        const ms = Date.parse(iso);
        return Number.isNaN(ms) ? iso : formatDateTime(ms);
      },
    },
    changeTitle: (kind, author, date) => {
      const ms = date === null ? Number.NaN : Date.parse(date);
      const who = author ?? t('writer.change.unknownAuthor');
      return Number.isNaN(ms) ? t(`writer.change.${kind}`, { author: who }) : t(`writer.change.${kind}.dated`, { author: who, date: formatDateTime(ms) });
    },
    keptContent: t('writer.keptContent'),
    imageUnavailable: t('writer.imageUnavailable'),
    imageLinked: t('writer.imageLinked'),
    pictureMove: t('writer.pictureMove'),
    tableMove: t('writer.tableMove'),
    shape: t('writer.shape'),
    shapeGroup: t('writer.shapeGroup'),
    chart: t('writer.chart'),
    columnBreak: t('writer.columnBreak'),
    sectionBreak: t('writer.sectionBreak'),
    header: t('writer.header'),
    footer: t('writer.footer'),
    undo: t('writer.undo'),
    redo: t('writer.redo'),
    wordCount: (count) => t('writer.words', { count }),
    loading: (percent) => t('writer.loading', { percent }),
    more: writerMoreLabels(translator),
    pictures: writerPictureLabels(translator),
    charts: chartEditLabels(translator),
    charStyles: writerCharStyleLabels(translator),
    review: writerReviewLabels(translator),
    headerFooter: writerHeaderFooterLabels(translator),
    fields: writerFieldLabels(translator),
    print: translator.t('writer.print'),
    printFrame: translator.t('writer.printFrame'),
    exportPdf: translator.t('writer.exportPdf'),
    contextMenu: { menu: translator.t('writer.menu'), cut: translator.t('writer.menu.cut'), copy: translator.t('writer.menu.copy'), paste: translator.t('writer.menu.paste'), pasteBlocked: translator.t('writer.menu.pasteBlocked') },
    styleEditor: {
      modify: t('writer.styleEditor.modify'),
      create: t('writer.styleEditor.create'),
      modifyTitle: (name) => t('writer.styleEditor.modifyTitle', { name }),
      createTitle: t('writer.styleEditor.createTitle'),
      name: t('writer.styleEditor.name'),
      nameTaken: t('writer.styleEditor.nameTaken'),
      alignment: t('writer.styleEditor.alignment'),
      unset: t('writer.styleEditor.unset'),
      appliesTo: (count) => t('writer.styleEditor.appliesTo', { count }),
      charStyle: t('writer.styleEditor.charStyle'),
      noCharStyle: t('writer.styleEditor.noCharStyle'),
      family: t('writer.styleEditor.family'),
      familyParagraph: t('writer.styleEditor.familyParagraph'),
      familyCharacter: t('writer.styleEditor.familyCharacter'),
      basedOn: t('writer.styleEditor.basedOn'),
      next: t('writer.styleEditor.next'),
    },
    spelling: { noSuggestions: t('writer.spelling.noSuggestions'), ignoreAll: t('writer.spelling.ignoreAll'), addToDictionary: t('writer.spelling.addToDictionary') },
    tableSize: { button: translator.t('writer.tableSize.button'), grid: translator.t('writer.tableSize.grid'), size: (rows, cols) => translator.t('writer.tableSize.size', { rows, cols }) },
  };
}

export function sheetsLabels(translator: Translator): SheetsLabels {
  const { t } = translator;
  return {
    charts: sheetsChartLabels(translator),
    grid: t('sheets.grid'),
    nameBox: t('sheets.nameBox'),
    formulaBar: t('sheets.formulaBar'),
    sheetTabs: t('sheets.tabs'),
    addSheet: t('sheets.addSheet'),
    sheetName: t('sheets.sheetName'),
    renameHint: t('sheets.renameHint'),
    newSheetBase: t('sheets.newSheetBase'),
    invalidSheetName: t('sheets.invalidName'),
    arrayTitle: t('sheets.arrayTitle'),
    arrayPart: t('sheets.arrayPart'),
    booleans: { true: t('sheets.true'), false: t('sheets.false') },
    data: sheetsDataLabels(translator),
    ui: sheetsUiLabels(translator),
    tools: sheetsToolsLabels(translator),
    objects: sheetsObjectLabels(translator),
  };
}

export function slidesLabels(translator: Translator): SlidesLabels {
  const { t } = translator;
  return {
    toolbar: t('slides.toolbar'),
    slideList: t('slides.list'),
    slideItem: (n, title) => t('slides.item', { n, title: title || t('slides.untitled') }),
    untitledSlide: t('slides.untitled'),
    addSlide: t('slides.add'),
    deleteSlide: t('slides.delete'),
    moveUp: t('slides.moveUp'),
    moveDown: t('slides.moveDown'),
    present: t('slides.present'),
    title: t('slides.title'),
    titlePlaceholder: t('slides.titlePlaceholder'),
    body: t('slides.body'),
    bodyPlaceholder: t('slides.bodyPlaceholder'),
    notes: t('slides.notes'),
    readOnlyShapes: t('slides.readOnlyShapes'),
    presentation: t('slides.presentation'),
    exitPresentation: t('slides.exit'),
    position: (n, count) => t('slides.position', { n, count }),
    editor: slidesEditorLabels(translator),
  };
}
