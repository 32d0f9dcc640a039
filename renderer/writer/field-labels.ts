/** Strings of fields, endnotes and the table of contents' menu, already translated (`renderer/app/shell/writer-field-labels.ts`). */
import type { FieldSpec } from './field-format.js';
import type { NoteRestart } from '@ostal/model';

export interface FieldLabels {
  /** "Champ…" (Insertion ribbon) and the insertion dialog's title "Insérer un champ". */
  readonly insert: string;
  readonly insertTitle: string;
  /** "Modifier le champ…" (ribbon, context menu) and the dialog's title "Modifier le champ". */
  readonly edit: string;
  readonly editTitle: string;
  /** "Mettre à jour les champs" (F9). */
  readonly update: string;
  /** "Type de champ", each kind's name. */
  readonly kind: string;
  readonly kinds: Readonly<Record<FieldSpec['kind'], string>>;
  /** "Format". */
  readonly format: string;
  /** "Valeur fixe (ne se met pas à jour)". */
  readonly fixed: string;
  /** "Aperçu" and the note shown for page numbers: "Calculé à l'impression et dans le PDF". */
  readonly preview: string;
  readonly pageNote: string;
  /** "Insérer une note de fin" (ribbon), the dialog's title. */
  readonly insertEndnote: string;
  /** "Notes de fin", the heading of the endnotes shown after the text. */
  readonly endnotes: string;
  /** The "Notes…" dialog of footnote and endnote settings (`NoteSettingsDialog.tsx`). */
  readonly noteSettings: NoteSettingsLabels;
}

export interface NoteSettingsLabels {
  /** "Notes…" (Mise en page ribbon) and the title "Notes de bas de page et de fin". */
  readonly open: string;
  readonly title: string;
  /** "Notes de bas de page" (the endnotes' group uses `endnotes`). */
  readonly footnotes: string;
  /** "Format de numérotation", "Commencer à", "Numérotation", "Emplacement". */
  readonly format: string;
  readonly startAt: string;
  readonly restart: string;
  readonly position: string;
  /** "Continue", "Recommencer à chaque section", "Recommencer à chaque page". */
  readonly restarts: Readonly<Record<NoteRestart, string>>;
  /** "Fin du document", "Fin de chaque section". */
  readonly endOfDocument: string;
  readonly endOfSection: string;
  /** "Le début est un nombre entier de 1 à 32767." */
  readonly startError: string;
  /** "Appliquer à", "Tout le document", "Cette section (2)" (shown when the document has sections). */
  readonly applyTo: string;
  readonly wholeDocument: string;
  readonly thisSection: (n: number) => string;
}
