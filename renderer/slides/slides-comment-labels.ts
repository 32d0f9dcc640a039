/** Strings of the slide comments: the Comments panel beside the canvas and the markers on the slide. */
export interface SlidesCommentLabels {
  /** Heading of the panel, with the slide's number of comments: "Commentaires (2)". */
  readonly heading: (count: number) => string;
  readonly none: string;
  readonly add: string;
  readonly reply: string;
  readonly edit: string;
  readonly remove: string;
  readonly resolve: string;
  readonly reopen: string;
  /** Tag of a resolved comment: "Résolu". */
  readonly resolved: string;
  readonly save: string;
  readonly cancel: string;
  readonly textField: string;
  readonly replyField: string;
  readonly unknownAuthor: string;
  /** A date of the file (ISO 8601) as shown to the user; the text itself when it cannot be read. */
  readonly date: (iso: string) => string;
  /** Accessible name of a marker on the slide: "Commentaire 1 de Marie Dupont". */
  readonly marker: (n: number, author: string) => string;
  /** How a marker works: "Entrée : afficher le commentaire ; flèches : déplacer la marque". */
  readonly markerHelp: string;
  /** Accessible name of a thread in the panel: "Commentaire 1 de Marie Dupont, 2 réponses". */
  readonly thread: (n: number, author: string, replies: number) => string;
  /** Accessible name of a reply: "Réponse de Jean Martin". */
  readonly replyBy: (author: string) => string;
}
