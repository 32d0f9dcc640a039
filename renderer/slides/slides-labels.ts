import type { SlidesSectionLabels } from './slides-section-labels.js';
import type { SlidesCommentLabels } from './slides-comment-labels.js';
import type { SlidesCropKeyLabels } from './slides-crop-labels.js';
import type { SlidesMoreLabels } from './slides-more-labels.js';
import type { ChartEditLabels } from '../ui/index.js';

/** Every string the slides module shows or announces; passed in by the app, already translated. */
export interface SlidesLabels {
  readonly toolbar: string;
  /** Accessible name of the slide list, e.g. "Diapositives". */
  readonly slideList: string;
  /** Name of a thumbnail: "Diapositive 3 : Bilan" (title may be empty). */
  readonly slideItem: (index: number, title: string) => string;
  readonly untitledSlide: string;
  readonly addSlide: string;
  readonly deleteSlide: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly present: string;
  readonly title: string;
  readonly titlePlaceholder: string;
  readonly body: string;
  readonly bodyPlaceholder: string;
  readonly notes: string;
  /** Name of the layer of shapes shown but not edited, e.g. "Autres éléments de la diapositive (lecture seule)". */
  readonly readOnlyShapes?: string;
  /** Accessible name of the presentation surface, e.g. "Présentation". */
  readonly presentation: string;
  readonly exitPresentation: string;
  /** "Diapositive 2 sur 5". */
  readonly position: (index: number, count: number) => string;
  /** The editor's other strings (canvas, toolbars, panels, presenter view). */
  readonly editor: SlidesEditorLabels;
}

/** Strings of the canvas, the insert / arrange / format toolbars, the side panel and the presenter view. */
export interface SlidesEditorLabels {
  /** Name of the canvas: "Diapositive 2 : Bilan, zone d’édition". */
  readonly canvas: (index: number, title: string) => string;
  readonly canvasRole: string;
  readonly canvasHelp: string;
  readonly resizeHandle: string;
  readonly rotateHandle: string;
  /** Name of a shape by its kind or preset geometry (rect, ellipse, picture, table...). */
  readonly shapeKind: (kind: string) => string;
  /** Name of the text of a shape: "Texte de Rectangle 3". */
  readonly textOf: (name: string) => string;
  /** Announced selection: "Sélection : Titre". */
  readonly selected: (names: string) => string;
  readonly undo: string;
  readonly redo: string;
  readonly duplicateSlide: string;
  readonly hideSlide: string;
  /** Toggles the master's and layout's own shapes off on the current slide (PowerPoint's "Hide background graphics"). */
  readonly hideBackgroundGraphics: string;
  readonly hiddenSlide: string;
  readonly layout: string;
  readonly applyLayout: string;
  /** Built-in layouts of a deck without its own. */
  readonly layouts: { readonly titleSlide: string; readonly titleAndContent: string; readonly titleOnly: string; readonly blank: string };
  readonly insertToolbar: string;
  readonly textBox: string;
  readonly picture: string;
  readonly shape: string;
  readonly shapes: { readonly rect: string; readonly roundRect: string; readonly ellipse: string; readonly triangle: string; readonly rightArrow: string; readonly line: string; readonly arrow: string };
  readonly table: string;
  readonly tableRows: string;
  readonly tableColumns: string;
  readonly insert: string;
  readonly cancel: string;
  readonly slideNumber: string;
  readonly footer: string;
  readonly footerText: string;
  readonly arrangeToolbar: string;
  readonly bringForward: string;
  readonly sendBackward: string;
  readonly group: string;
  readonly ungroup: string;
  readonly deleteShape: string;
  readonly formatToolbar: string;
  readonly font: string;
  readonly fontSize: string;
  readonly fontColor: string;
  readonly bold: string;
  readonly italic: string;
  readonly underline: string;
  readonly alignLeft: string;
  readonly alignCenter: string;
  readonly alignRight: string;
  readonly justify: string;
  readonly bullets: string;
  readonly numbering: string;
  readonly decreaseLevel: string;
  readonly increaseLevel: string;
  readonly slidePanel: string;
  readonly transition: string;
  readonly transitions: { readonly none: string; readonly fade: string; readonly slide: string };
  readonly presenterView: string;
  /** The toolbar's "present from the current slide" button (Shift+F5). */
  readonly presentFromCurrent: string;
  /** The show's announcement of a full screen refused (it then fills the window). */
  readonly fullscreenRefused: string;
  readonly currentSlide: string;
  readonly nextSlide: string;
  readonly endOfShow: string;
  readonly elapsed: string;
  readonly clock: string;
  readonly blackScreen: string;
  readonly previousSlide: string;
  readonly followingSlide: string;
  readonly resetTimer: string;
  readonly theme: string;
  /** The deck's own theme in the list: "Thème du document (Office)". */
  readonly themeOfFile: (name: string) => string;
  readonly pictureUnreadable: string;
  /** Export, object and reading order tools (slides-more-labels.ts). */
  readonly more: SlidesMoreLabels;
  /** Sections of the slide panel (slides-section-labels.ts). */
  readonly sections: SlidesSectionLabels;
  /** Slide comments: panel and markers (slides-comment-labels.ts). */
  readonly comments: SlidesCommentLabels;
  /** Crop handles used from the keyboard (slides-crop-labels.ts). */
  readonly cropKeys: SlidesCropKeyLabels;
  /** The chart editing dialog, the chart tools and Insertion > Graphique (shared with the writer). */
  readonly charts: ChartEditLabels;
}
