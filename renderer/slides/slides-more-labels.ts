/** Strings of the export tools, the object (alternative text, crop) and reading order tools. */
export interface SlidesMoreLabels {
  readonly exportToolbar: string;
  readonly exportPdf: string;
  readonly exportPng: string;
  readonly exportAllPng: string;
  /** "Export en cours…", "Diapositive 3 sur 12…". */
  readonly exporting: string;
  readonly exportProgress: (done: number, total: number) => string;
  /** "Exporté : /chemin/fichier.pdf". */
  readonly exported: (path: string) => string;
  readonly exportFailed: (reason: string) => string;
  /** A PDF written from pictures of the slides (no browser on the host to print text). */
  readonly exportedAsPictures: (path: string) => string;
  /** Prefix of the PNG files in the zip: "diapositive". */
  readonly pngPrefix: string;
  /** Name of a page of the PDF, for screen readers: "Diapositive 2". */
  readonly pageName: (n: number) => string;
  /** Under the slide panel while the rest of a long deck is read: "Lecture des autres diapositives…". */
  readonly loadingRest: string;
  readonly altText: string;
  readonly altTextTitle: string;
  readonly altTextField: string;
  readonly altTextHelp: string;
  readonly ok: string;
  readonly crop: string;
  readonly cropTitle: string;
  readonly cropLeft: string;
  readonly cropTop: string;
  readonly cropRight: string;
  readonly cropBottom: string;
  readonly cropReset: string;
  /** Tooltip of a crop handle on the canvas. */
  readonly cropHandle: string;
  /** Name of the n-th adjust handle of a preset shape (yellow diamond): "Poignée d'ajustement 1 de Flèche droite". */
  readonly adjustHandle: (n: number, shape: string) => string;
  /** Tooltip of the adjust handles. */
  readonly adjustHandleHelp: string;
  /** How the keys work on a focused adjust handle. */
  readonly adjustHandleKeys: string;
  /** Announced after an arrow moved an adjust handle: "Poignée à 25 % de la largeur, 0 % de la hauteur". */
  readonly adjustStatus: (x: number, y: number) => string;
  /** Announced when crop mode starts: "Rognage de Image 3 : …". */
  readonly cropMode: (name: string) => string;
  readonly readingOrder: string;
  readonly readingOrderHelp: string;
  readonly moveEarlier: string;
  readonly moveLater: string;
  /** Item of the reading order list: "2. Image 3 — texte de remplacement : Logo". */
  readonly orderItem: (n: number, name: string, alt: string) => string;
  readonly noAltText: string;
  readonly themeEdit: string;
  readonly themeTitle: string;
  readonly themeColors: string;
  readonly themeFonts: string;
  readonly headingFont: string;
  readonly bodyFont: string;
  /** Name of a colour slot of the theme (dk1, accent1, hlink...). */
  readonly themeSlot: (slot: string) => string;
  /** Name of the deck's theme once its colours or fonts are edited, when it was a built-in one. */
  readonly customTheme: string;
  readonly tableTools: string;
  readonly insertRowBelow: string;
  readonly insertColumnRight: string;
  readonly deleteRow: string;
  readonly deleteColumn: string;
  /** Name of a table cell being edited: "Cellule ligne 2, colonne 3". */
  readonly cellLabel: (row: number, column: number) => string;
}
