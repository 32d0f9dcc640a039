/** Strings of comments and tracked changes (the app passes them, translated). */

export interface ReviewLabels {
  /** "Nouveau commentaire" (ribbon, Ctrl+Alt+M). */
  readonly newComment: string;
  /** Name of the comments pane and its toggle, "Commentaires". */
  readonly comments: string;
  readonly noComments: string;
  /** The new comment's text field, "Texte du commentaire". */
  readonly commentText: string;
  readonly post: string;
  readonly cancel: string;
  readonly reply: string;
  /** A reply's text field, "Votre réponse". */
  readonly replyText: string;
  readonly resolve: string;
  readonly reopen: string;
  readonly resolved: string;
  readonly delete: string;
  /** "Commentaire sur « budget »". */
  readonly onText: (quote: string) => string;
  /** The comment's author when the settings give no name, "Utilisateur". */
  readonly unknownAuthor: string;
  /** Track changes: "Suivi des modifications" (Ctrl+Maj+E) and the review buttons. */
  readonly track: string;
  readonly previousChange: string;
  readonly nextChange: string;
  readonly accept: string;
  readonly reject: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  /** Status line while recording: "Suivi des modifications activé". */
  readonly tracking: string;
  /** A date as the user reads it. */
  readonly formatDate: (iso: string) => string;
}
