/**
 * What a reader's diagnostic codes mean, in the user's language. The reader's own message stays
 * as technical detail (English, for support); the first line a person reads is this one.
 * Codes not listed here fall back to a generic sentence per severity.
 */
import type { Diagnostic } from '@ostal/model';
import type { Locale } from '../../../electron/shared/index.js';

type Messages = Readonly<Record<string, string>>;

const FR: Messages = {
  'table-flattened': 'Un tableau a été converti en texte : son contenu est conservé, pas sa mise en forme de tableau.',
  'image-dropped': 'Des images ou dessins n’ont pas pu être conservés.',
  'footnote-dropped': 'Des notes de bas de page ou de fin n’ont pas pu être conservées.',
  'comment-dropped': 'Des commentaires n’ont pas pu être conservés ; le texte commenté est conservé.',
  'tracked-changes-accepted': 'Certaines modifications suivies (lignes de tableau, tableaux supprimés) sont affichées comme acceptées.',
  'tracked-row-deletion-simplified': 'Des lignes de tableau supprimées en suivi des modifications gardent leur texte marqué comme supprimé ; accepter la suppression laisse les lignes vides.',
  'move-as-change': 'Des déplacements suivis ont été conservés comme une suppression suivie d’une insertion.',
  'text-box-moved': 'Des zones de texte ont été placées après leur paragraphe d’ancrage.',
  'equation-approximated': 'Des équations ont été conservées en texte simple.',
  'field-result-kept': 'Des champs ont été remplacés par leur dernière valeur affichée.',
  'embedded-object-dropped': 'Des objets incorporés n’ont pas pu être conservés.',
  'embedded-object-as-picture': 'Des objets incorporés, comme des classeurs, diagrammes ou anciennes équations, sont gardés comme image seulement : l’objet lui-même n’a pas pu être conservé.',
  'header-footer-dropped': 'Les en-têtes et pieds de page n’ont pas pu être conservés.',
  'unsupported-element': 'Un contenu non pris en charge a été ignoré.',
  'list-label-simplified': 'Des étiquettes de liste inhabituelles (comme « 1-2 ») ne montrent que le numéro de l’élément, et les formats de numérotation inconnus comptent en décimal.',
  'text-direction-dropped': 'Du texte vertical est affiché horizontalement.',
  'list-level-clamped': 'Des niveaux de liste trop profonds ont été ramenés au niveau le plus bas possible.',
  'page-break-dropped': 'Des sauts de page ou de colonne n’ont pas été conservés.',
  'table-formatting-simplified': 'La mise en forme de tableaux a été simplifiée (modèles de tableau, alignement vertical et orientation du texte des cellules).',
  'link-dropped': 'Des liens vers des cibles non sûres ou locales ont été retirés ; leur texte est conservé.',
  'missing-body': 'Le document ne contient pas de corps de texte ; il est ouvert vide.',
  'part-unreadable': 'Une partie du fichier est illisible et a été ignorée.',
  'unreadable-part': 'Une partie du fichier est illisible et a été ignorée.',
  'damaged-part': 'Une partie du fichier est endommagée ; son contenu peut être inexact.',
  'missing-part': 'Une partie annoncée par le fichier est absente.',
  'missing-slide': 'Une diapositive annoncée par le fichier est absente ou illisible.',
  'text-shape-merged': 'Des zones de texte à côté du contenu principal ont été ajoutées à la suite de celui-ci.',
  'list-flattened': 'Des listes imbriquées ont été importées comme lignes simples.',
  'default-page-size': 'Le format des diapositives n’était pas indiqué : le format 16:9 a été utilisé.',
  'dropped-picture': 'Des images n’ont pas pu être conservées.',
  'dropped-media': 'Des sons ou vidéos n’ont pas pu être conservés.',
  'dropped-chart': 'Des graphiques n’ont pas pu être conservés.',
  'dropped-diagram': 'Des diagrammes SmartArt n’ont pas pu être conservés.',
  'dropped-ole-object': 'Des objets incorporés n’ont pas pu être conservés.',
  'dropped-graphic': 'Des objets graphiques n’ont pas pu être conservés.',
  'dropped-content-part': 'Des annotations manuscrites n’ont pas pu être conservées.',
  'object-as-picture': 'Des graphiques, diagrammes ou objets incorporés sont conservés tels quels en PPTX, mais affichés (et enregistrés dans les autres formats) sous forme d’image seulement.',
  'shape-geometry-approximated': 'Des formes libres (polygones, tracés) ont été conservées comme rectangles.',
  'strict-ooxml': 'Le classeur utilise la variante « Strict » d’Office Open XML.',
  date1904: 'Le classeur compte les dates à partir de 1904.',
  'defined-names-dropped': 'Les plages nommées ne sont pas encore conservées.',
  'sheet-type-skipped': 'Une feuille de graphique ou de dialogue a été laissée de côté.',
  'hidden-sheet': 'Une feuille masquée dans le fichier est affichée.',
  'no-sheets': 'Le classeur ne contient aucune feuille lisible ; une feuille vide a été ajoutée.',
  'formula-translation': 'Une formule n’a pu être traduite qu’en partie.',
  'cell-out-of-range': 'Des cellules au-delà des limites de la feuille ont été ignorées.',
  'orphan-shared-formula': 'Une formule partagée sans définition a été ignorée.',
  'bad-shared-string': 'Une référence de texte invalide a été ignorée.',
  'bad-number': 'Un nombre illisible a été ignoré.',
  'bad-cell-reference': 'Une référence de cellule invalide a été ignorée.',
  'macros-unreadable': 'Les macros du document sont illisibles : elles ne seront pas enregistrées.',
  'macros-dropped': 'Les macros du document ne sont pas enregistrées dans ce format.',
  'odf-macros-dropped': 'Le document contient des macros LibreOffice : Ostal ne les exécute jamais et ne les conserve pas à l’enregistrement.',
};

const EN: Messages = {
  'table-flattened': 'A table was turned into text: its content is kept, not its table layout.',
  'image-dropped': 'Some images or drawings could not be kept.',
  'footnote-dropped': 'Some footnotes or endnotes could not be kept.',
  'comment-dropped': 'Some comments could not be kept; the commented text is kept.',
  'tracked-changes-accepted': 'Some tracked changes (table rows, deleted tables) are shown as accepted.',
  'tracked-row-deletion-simplified': 'Table rows deleted with changes tracked keep their text marked as deleted; accepting the deletion leaves the rows empty.',
  'move-as-change': 'Tracked moves were kept as a deletion followed by an insertion.',
  'text-box-moved': 'Text boxes were placed after the paragraph they are anchored to.',
  'equation-approximated': 'Equations were kept as plain text.',
  'field-result-kept': 'Fields were replaced by their last displayed value.',
  'embedded-object-dropped': 'Some embedded objects could not be kept.',
  'embedded-object-as-picture': 'Some embedded objects, such as spreadsheets, diagrams or old equations, are kept as their picture only: the object itself is not kept.',
  'header-footer-dropped': 'Headers and footers could not be kept.',
  'unsupported-element': 'Some unsupported content was skipped.',
  'list-label-simplified': 'Unusual list labels (such as “1-2”) show only the item’s own number, and unknown numbering formats count in decimal.',
  'text-direction-dropped': 'Vertical text is shown horizontally.',
  'list-level-clamped': 'List levels that were too deep were raised to the deepest possible one.',
  'page-break-dropped': 'Some page or column breaks were not kept.',
  'table-formatting-simplified': 'Table formatting was simplified (table templates, vertical alignment and text direction of cells).',
  'link-dropped': 'Links to unsafe or local targets were removed; their text is kept.',
  'missing-body': 'The document has no body text; it opens empty.',
  'part-unreadable': 'A part of the file is unreadable and was ignored.',
  'unreadable-part': 'A part of the file is unreadable and was ignored.',
  'damaged-part': 'A part of the file is damaged; its content may be wrong.',
  'missing-part': 'A part the file refers to is missing.',
  'missing-slide': 'A slide the file refers to is missing or unreadable.',
  'text-shape-merged': 'Text boxes beside the main content were appended to it.',
  'list-flattened': 'Nested lists were imported as plain lines.',
  'default-page-size': 'The slide size was not stated; 16:9 was used.',
  'dropped-picture': 'Some pictures could not be kept.',
  'dropped-media': 'Some audio or video clips could not be kept.',
  'dropped-chart': 'Some charts could not be kept.',
  'dropped-diagram': 'Some SmartArt diagrams could not be kept.',
  'dropped-ole-object': 'Some embedded objects could not be kept.',
  'dropped-graphic': 'Some graphic objects could not be kept.',
  'dropped-content-part': 'Some ink annotations could not be kept.',
  'object-as-picture': 'Some charts, diagrams or embedded objects are kept as they are in PPTX, but shown (and saved in other formats) as a picture only.',
  'shape-geometry-approximated': 'Some free-form shapes (polygons, paths) were kept as rectangles.',
  'strict-ooxml': 'The workbook uses the Strict variant of Office Open XML.',
  date1904: 'The workbook counts dates from 1904.',
  'defined-names-dropped': 'Named ranges are not kept yet.',
  'sheet-type-skipped': 'A chart or dialog sheet was left out.',
  'hidden-sheet': 'A sheet hidden in the file is shown.',
  'no-sheets': 'The workbook has no readable sheet; an empty sheet was added.',
  'formula-translation': 'A formula could only be partly translated.',
  'cell-out-of-range': 'Cells beyond the sheet’s limits were ignored.',
  'orphan-shared-formula': 'A shared formula without its definition was ignored.',
  'bad-shared-string': 'An invalid text reference was ignored.',
  'bad-number': 'An unreadable number was ignored.',
  'bad-cell-reference': 'An invalid cell reference was ignored.',
  'macros-unreadable': 'The document’s macros are unreadable: they will not be saved.',
  'macros-dropped': 'The document’s macros are not saved in this format.',
  'odf-macros-dropped': 'The document contains LibreOffice macros: Ostal never runs them and does not keep them when saving.',
};

const GENERIC: Readonly<Record<Locale, Readonly<Record<Diagnostic['severity'], string>>>> = {
  fr: { info: 'Remarque sur le contenu du fichier.', warning: 'Un élément n’a pas pu être conservé.', error: 'Une partie du fichier n’a pas pu être lue.' },
  en: { info: 'A remark about the file’s content.', warning: 'Something could not be kept.', error: 'Part of the file could not be read.' },
};

/** The sentence a person reads for a diagnostic, in their language. */
export function diagnosticSummary(d: Diagnostic, locale: Locale): string {
  return (locale === 'fr' ? FR : EN)[d.code] ?? GENERIC[locale][d.severity];
}

/** Codes with a translation (for the parity test). */
export const DIAGNOSTIC_CODES = { fr: Object.keys(FR), en: Object.keys(EN) };
