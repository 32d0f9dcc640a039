/** Every string the writer shows or announces; the app passes them in, already translated. */
import type { ChartEditLabels } from '../ui/index.js';
import type { SpellingLabels } from './use-spelling.js';
import type { StyleEditorLabels } from './StyleDialog.js';
import type { TextAlign } from '@ostal/model';
import type { BlockStyle } from './commands.js';
import type { TableAction } from './table-commands.js';
import type { NoteLabels } from './note-views.js';
import type { WriterMoreLabels } from './writer-more-labels.js';
import type { PictureLabels } from './picture-labels.js';
import type { CharStyleLabels } from './char-style-labels.js';
import type { ReviewLabels } from './review-labels.js';
import type { HeaderFooterLabels } from './HeaderFooterArea.js';
import type { FieldLabels } from './field-labels.js';
import type { TableSizeLabels } from './TableSizePicker.js';
import type { ContextMenuLabels } from './ContextMenu.js';

/** Kinds of tracked change the writer names in tooltips. */
export type ChangeKind = 'insertion' | 'deletion' | 'format' | 'paragraphInsertion' | 'paragraphDeletion' | 'rowInsertion' | 'rowDeletion';

export interface WriterLabels {
  /** Accessible name of the editable area, e.g. "Zone de texte du document". */
  readonly textArea: string;
  /** Accessible name of the formatting toolbar. */
  readonly toolbar: string;
  /** Label of the paragraph style select, e.g. "Style de paragraphe". */
  readonly style: string;
  readonly styles: Readonly<Record<BlockStyle, string>>;
  readonly bold: string;
  readonly italic: string;
  readonly underline: string;
  /** One-letter glyphs on the mark buttons ("G I S" in French, "B I U" in English). */
  readonly glyphs: { readonly bold: string; readonly italic: string; readonly underline: string };
  /** Font family select, "Police"; its empty choice, the document's base font: "Police du document (Calibri)". */
  readonly font: string;
  readonly fontDefault: (font: string) => string;
  /** Font size select, "Taille de police"; its empty choice, the document's base size. */
  readonly fontSize: string;
  readonly fontSizeDefault: (size: string) => string;
  readonly strike: string;
  readonly superscript: string;
  readonly subscript: string;
  /** Colour pickers: "Couleur du texte", "Surlignage". */
  readonly textColor: string;
  readonly highlight: string;
  /** Alignment buttons: "Aligner à gauche", "Centrer", "Aligner à droite", "Justifier". */
  readonly align: Readonly<Record<TextAlign, string>>;
  readonly clearFormatting: string;
  readonly bulletList: string;
  readonly orderedList: string;
  /** "Insérer un tableau" (3 × 3 with a header row). */
  readonly insertTable: string;
  /** Names of the table buttons: "Ajouter une ligne", "Supprimer la ligne"... */
  readonly tableActions: Readonly<Record<TableAction, string>>;
  /** Label of a page break in the text, e.g. "Saut de page". */
  readonly pageBreak: string;
  /** Names shown for footnotes, endnotes and comments, and how comment dates read. */
  readonly notes: NoteLabels;
  /** Placeholder of a picture that cannot be shown (EMF, WMF, TIFF...), "Image non affichable". */
  readonly imageUnavailable: string;
  /** Placeholder of a linked picture, never loaded, "Image liée non chargée". */
  readonly imageLinked: string;
  /** Tooltip of a picture in the text: "Faire glisser pour déplacer" (and the keys of a floating one). */
  readonly pictureMove: string;
  /** Tooltip of a floating table's move handle: "Faire glisser pour déplacer le tableau". */
  readonly tableMove: string;
  /** Name of a drawing shape without alternative text, "Forme". */
  readonly shape: string;
  /** Name of a group of shapes without alternative text, "Groupe de formes". */
  readonly shapeGroup: string;
  /** Name of a chart without title or alternative text ("Graphique"). */
  readonly chart: string;
  /** Label of a column break, e.g. "Saut de colonne". */
  readonly columnBreak: string;
  /** Label of the end of a section, e.g. "Saut de section". */
  readonly sectionBreak: string;
  /** Names of the read-only header and footer shown on the page: "En-tête", "Pied de page". */
  readonly header: string;
  readonly footer: string;
  readonly undo: string;
  readonly redo: string;
  /** Tooltip of a tracked change: "Insertion by {author}, {date}", the date formatted by the caller. */
  readonly changeTitle: (kind: ChangeKind, author: string | null, date: string | null) => string;
  /** Tooltip of content kept from the original file, e.g. "Formule conservée du document d’origine". */
  readonly keptContent: string;
  /** Status line: "{words} mots", formatted by the caller. */
  readonly wordCount: (words: number) => string;
  /** Status line while a long document is still arriving: "Chargement du document… 40 %". */
  readonly loading: (percent: number) => string;
  /** Ribbon, find and replace, navigation, zoom, statistics and links. */
  readonly more: WriterMoreLabels;
  /** Inserting and formatting pictures. */
  readonly pictures: PictureLabels;
  /** Editing a chart's kind, title, legend and values. */
  readonly charts: ChartEditLabels;
  /** Comments and tracked changes. */
  readonly review: ReviewLabels;
  /** Editing headers and footers. */
  readonly headerFooter: HeaderFooterLabels;
  /** Fields, endnotes (`field-labels.ts`). */
  readonly fields: FieldLabels;
  /** Insertion > Tableau size grid. */
  readonly tableSize: TableSizeLabels;
  /** The text's context menu. */
  readonly contextMenu: ContextMenuLabels;
  /** Spelling suggestions and actions in the context menu. */
  readonly spelling: SpellingLabels;
  /** The style editor (Modifier le style…, Nouveau style…). */
  readonly styleEditor: StyleEditorLabels;
  /** The character style dialog (Modifier le style de caractère…). */
  readonly charStyles: CharStyleLabels;
  /** "Imprimer" (Ctrl+P): the laid-out pages in the print dialog, which also saves as PDF. */
  readonly print: string;
  /** Names the hidden frame the pages print from (print-frame.ts), "Pages à imprimer". */
  readonly printFrame: string;
  /** "Exporter en PDF": the page as a PDF file beside the document (through the host). */
  readonly exportPdf: string;
}
