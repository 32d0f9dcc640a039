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
}
