/** Strings of inserting and formatting pictures (the app passes them, translated). */
import type { PictureWrap } from './picture-commands.js';

export interface PictureLabels {
  /** Ribbon button and file dialog: "Image…", "Insérer une image". */
  readonly insert: string;
  /** Notice when a file is not a picture the writer can insert (PNG, JPEG, GIF, BMP, WebP). */
  readonly notPicture: (name: string) => string;
  /** Notice when reading the file failed. */
  readonly readFailed: (name: string, reason: string) => string;
  /** Name of the contextual toolbar shown while a picture is selected, "Image". */
  readonly toolbar: string;
  /** "Texte de remplacement" (button and dialog title), its fields. */
  readonly altText: string;
  readonly altDescription: string;
  readonly altHint: string;
  readonly altTitle: string;
  /** "Taille de l'image" (button and dialog title), its fields (cm). */
  readonly size: string;
  readonly width: string;
  readonly height: string;
  readonly keepRatio: string;
  readonly resetSize: string;
  /** "Habillage" select and its choices. */
  readonly wrap: string;
  readonly wraps: Readonly<Record<PictureWrap, string>>;
  /** Status line while a picture is selected: "Image 4,2 × 3,1 cm". */
  readonly selected: (widthCm: string, heightCm: string) => string;
}
