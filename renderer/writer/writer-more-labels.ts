/** Strings of the ribbon, find and replace, navigation, zoom, statistics and link dialogs (the app passes them, translated). */

export type RibbonTab = 'home' | 'insert' | 'layout' | 'review' | 'view';

export interface WriterMoreLabels {
  /** Accessible name of the ribbon's tab list, "Ruban". */
  readonly ribbon: string;
  readonly tabs: Readonly<Record<RibbonTab, string>>;
  /** Name of the styles gallery, "Styles". */
  readonly styleGallery: string;
  readonly formatPainter: string;
  /** Buttons and dialog of find and replace. */
  readonly find: string;
  readonly replace: string;
  readonly findPanel: string;
  readonly findWhat: string;
  readonly replaceWith: string;
  readonly matchCase: string;
  readonly wholeWord: string;
  readonly regexp: string;
  readonly previous: string;
  readonly next: string;
  readonly replaceOne: string;
  readonly replaceAll: string;
  readonly closeFind: string;
  /** "3 sur 12". */
  readonly matchPosition: (index: number, total: number) => string;
  readonly noMatch: string;
  readonly invalidRegexp: string;
  /** "12 remplacements effectués". */
  readonly replaced: (count: number) => string;
  readonly navigation: string;
  readonly noHeadings: string;
  readonly zoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** Affichage: the group of the two views, "Affichage du document". */
  readonly viewModes: string;
  /** The print-layout view, "Page". */
  readonly pageView: string;
  /** The continuous view, "Brouillon". */
  readonly draftView: string;
  /** Status line: the cursor's page and the page count, "Page 3 sur 12". */
  readonly pageOf: (page: number, total: number) => string;
  /** Zoom value as shown, "120 %". */
  readonly percent: (value: number) => string;
  readonly stats: string;
  readonly statWords: string;
  readonly statCharacters: string;
  readonly statCharactersNoSpaces: string;
  readonly statParagraphs: string;
  readonly close: string;
  readonly ok: string;
  readonly cancel: string;
  readonly link: string;
  readonly insertLinkTitle: string;
  readonly editLinkTitle: string;
  readonly linkText: string;
  readonly linkAddress: string;
  readonly linkInvalid: string;
  readonly removeLink: string;
  readonly openLinkTitle: string;
  readonly openLinkBody: string;
  readonly open: string;
  /** Notice after a link was handed to the system: "Adresse ouverte : …". */
  readonly linkOpened: (url: string) => string;
  readonly linkRefused: string;
  /** Browser mode: the host allowed the address but opens nothing, "Adresse autorisée…". */
  readonly linkAllowed: (url: string) => string;
  readonly bookmark: string;
  readonly bookmarkName: string;
  readonly bookmarkInvalid: string;
  /** List buttons: "Diminuer le niveau", "Augmenter le niveau", "Recommencer la numérotation". */
  readonly listLevelUp: string;
  readonly listLevelDown: string;
  readonly restartNumbering: string;
  /** Paragraph dialog: "Paragraphe", indents in cm, spacing in pt, line spacing. */
  readonly paragraph: string;
  readonly indentLeft: string;
  readonly indentRight: string;
  readonly indentFirstLine: string;
  readonly spaceBefore: string;
  readonly spaceAfter: string;
  readonly lineHeight: string;
  /** Names of line spacings 1, 1.15, 1.5, 2: "Simple", "1,15", "1,5 ligne", "Double". */
  readonly lineHeights: Readonly<Record<'1' | '1.15' | '1.5' | '2', string>>;
  readonly lineHeightDefault: string;
  readonly invalidNumber: string;
  /** Paragraph borders: "Bordure", its presets, line styles, width and colour. */
  readonly border: string;
  readonly borderPresets: Readonly<Record<'none' | 'box' | 'top' | 'bottom' | 'topBottom' | 'keep', string>>;
  readonly borderStyle: string;
  readonly borderStyles: Readonly<Record<'solid' | 'double' | 'dotted' | 'dashed', string>>;
  readonly borderWidth: string;
  readonly borderColor: string;
  /** Page setup, footnote and table of contents. */
  readonly pageSetup: string;
  readonly paper: string;
  readonly paperOther: string;
  readonly orientation: string;
  readonly portrait: string;
  readonly landscape: string;
  readonly marginTop: string;
  readonly marginBottom: string;
  readonly marginLeft: string;
  readonly marginRight: string;
  readonly insertFootnote: string;
  readonly noteText: string;
  /** "Modifier la note…", and the note editor's titles. */
  readonly editNote: string;
  readonly editFootnote: string;
  readonly editEndnote: string;
  readonly insertToc: string;
  readonly updateToc: string;
}
