/** The slides editor's canvas, toolbar, panel and presenter-view strings from the translator. */
import type { SlidesEditorLabels } from '../modules.js';
import type { MessageKey } from '../i18n/fr.js';
import type { Translator } from '../i18n/translator.js';
import { slidesMoreLabels } from './slides-more-labels.js';
import { chartEditLabels } from './chart-edit-labels.js';
import { slidesSectionLabels } from './slides-section-labels.js';
import { slidesCommentLabels, slidesCropKeyLabels } from './slides-comment-labels.js';

const KINDS = new Set(['rect', 'roundRect', 'ellipse', 'triangle', 'rightArrow', 'line', 'connector', 'picture', 'table', 'group', 'opaque']);

export function slidesEditorLabels(translator: Translator): SlidesEditorLabels {
  const { t, formatDateTime } = translator;
  const e = (key: string, params?: Record<string, string | number>) => t(`slides.ed.${key}` as MessageKey, params);
  return {
    canvas: (n, title) => e('canvas', { n, title: title || t('slides.untitled') }),
    canvasRole: e('canvasRole'),
    canvasHelp: e('canvasHelp'),
    resizeHandle: e('resizeHandle'),
    rotateHandle: e('rotateHandle'),
    shapeKind: (kind) => e(KINDS.has(kind) ? `kind.${kind}` : 'kind.other'),
    textOf: (name) => e('textOf', { name }),
    selected: (names) => e('selected', { names }),
    undo: e('undo'),
    redo: e('redo'),
    duplicateSlide: e('duplicateSlide'),
    hideSlide: e('hideSlide'),
    hideBackgroundGraphics: e('hideBackgroundGraphics'),
    hiddenSlide: e('hiddenSlide'),
    layout: e('layout'),
    applyLayout: e('applyLayout'),
    layouts: { titleSlide: e('layout.titleSlide'), titleAndContent: e('layout.titleAndContent'), titleOnly: e('layout.titleOnly'), blank: e('layout.blank') },
    insertToolbar: e('insertToolbar'),
    textBox: e('textBox'),
    picture: e('picture'),
    shape: e('shape'),
    shapes: { rect: e('kind.rect'), roundRect: e('kind.roundRect'), ellipse: e('kind.ellipse'), triangle: e('kind.triangle'), rightArrow: e('kind.rightArrow'), line: e('line'), arrow: e('arrow') },
    table: e('table'),
    tableRows: e('tableRows'),
    tableColumns: e('tableColumns'),
    insert: e('insert'),
    cancel: e('cancel'),
    slideNumber: e('slideNumber'),
    footer: e('footer'),
    footerText: e('footerText'),
    arrangeToolbar: e('arrangeToolbar'),
    bringForward: e('bringForward'),
    sendBackward: e('sendBackward'),
    group: e('group'),
    ungroup: e('ungroup'),
    deleteShape: e('deleteShape'),
    formatToolbar: e('formatToolbar'),
    font: e('font'),
    fontSize: e('fontSize'),
    fontColor: e('fontColor'),
    bold: e('bold'),
    italic: e('italic'),
    underline: e('underline'),
    alignLeft: e('alignLeft'),
    alignCenter: e('alignCenter'),
    alignRight: e('alignRight'),
    justify: e('justify'),
    bullets: e('bullets'),
    numbering: e('numbering'),
    decreaseLevel: e('decreaseLevel'),
    increaseLevel: e('increaseLevel'),
    slidePanel: e('slidePanel'),
    transition: e('transition'),
    transitions: { none: e('transition.none'), fade: e('transition.fade'), slide: e('transition.slide') },
    presenterView: e('presenterView'),
    currentSlide: e('currentSlide'),
    nextSlide: e('nextSlide'),
    endOfShow: e('endOfShow'),
    elapsed: e('elapsed'),
    clock: e('clock'),
    blackScreen: e('blackScreen'),
    previousSlide: e('previousSlide'),
    followingSlide: e('followingSlide'),
    resetTimer: e('resetTimer'),
    theme: e('theme'),
    themeOfFile: (name) => e('themeOfFile', { name }),
    pictureUnreadable: e('pictureUnreadable'),
    more: slidesMoreLabels({ t }),
    sections: slidesSectionLabels({ t }),
    comments: slidesCommentLabels({ t, formatDateTime }),
    cropKeys: slidesCropKeyLabels({ t }),
    charts: chartEditLabels(translator),
  };
}
