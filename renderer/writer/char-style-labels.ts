/** Strings of the character style dialog (the app passes them, translated). */
export interface CharStyleLabels {
  /** Ribbon button: "Modifier le style de caractère…". */
  readonly modify: string;
  /** Dialog title: "Style de caractère « Mot clé »". */
  readonly title: (name: string) => string;
  /** "Les modifications s’appliquent aux 3 passages de ce style." */
  readonly appliesTo: (count: number) => string;
  /** "Majuscules" and its choices. */
  readonly caps: string;
  readonly capsNone: string;
  readonly capsAll: string;
  readonly capsSmall: string;
  /** "Espacement des caractères (pt)". */
  readonly letterSpacing: string;
  /** "Langue" and "(non définie)". */
  readonly language: string;
  readonly languageNone: string;
  /** "Supprimer le style". */
  readonly delete: string;
}
