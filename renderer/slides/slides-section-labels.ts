/** Strings of the slide panel's sections: the Sections toolbar, the section dialog and the panel's headers. */
export interface SlidesSectionLabels {
  /** Name of the toolbar over the slide panel: "Sections". */
  readonly toolbar: string;
  readonly add: string;
  readonly rename: string;
  readonly remove: string;
  readonly collapse: string;
  readonly expand: string;
  /** Title of the dialog naming a new section. */
  readonly newTitle: string;
  readonly renameTitle: string;
  readonly nameField: string;
  /** Name proposed for a new section: "Section sans titre". */
  readonly untitled: string;
  /** Name of the section made for the slides before the first one added: "Section par défaut". */
  readonly defaultName: string;
  /** Header of a section, with its slide count: "Introduction (3)". */
  readonly header: (name: string, count: number) => string;
  /** Accessible name of an open section: "Section Introduction, 3 diapositives". */
  readonly group: (name: string, count: number) => string;
  /** Accessible name of a collapsed or empty section in the list: "Section Introduction, 3 diapositives, réduite". */
  readonly collapsed: (name: string, count: number) => string;
  /** Moves the current section with all its slides before the one above / after the one below. */
  readonly moveUp: string;
  readonly moveDown: string;
  /** Title of a section header that can be dragged: "Faire glisser pour déplacer la section". */
  readonly dragHint: string;
  /** How the keys work in a panel with sections. */
  readonly keysHelp: string;
}
