/**
 * The Word table style a table follows: ECMA-376 Part 1, 17.4.63 `w:tblPr` with 17.4.62
 * `w:tblStyle` and 17.4.56 `w:tblLook`, and the 17.7.6 table style definitions it names
 * (`w:style w:type="table"` with its 17.7.6.6 `w:tblStylePr` conditional formats).
 *
 * As with ODF table templates (text-table-template.ts), what the style gives (shading, borders,
 * margins, the bold and colour of the text) is resolved onto the cells when a file is read, so
 * the editor shows it; this value is kept so a DOCX written back names the style again (Word's
 * Table Design gallery shows it, and its "header row / banded rows" checkboxes restyle the
 * table), with only what differs from it written as direct formatting.
 */
import { isStyleLink } from './text-table-style-link.js';

/** The style a table names, which of its conditional formats apply, and its definition. */
export interface TableWordStyle {
  /** `w:tblStyle` `w:val`: the style's id in `styles.xml`. */
  readonly styleId: string;
  readonly firstRow: boolean;
  readonly lastRow: boolean;
  readonly firstColumn: boolean;
  readonly lastColumn: boolean;
  /** Banded rows (`w:tblLook` without `noHBand`). */
  readonly bandedRows: boolean;
  /** Banded columns (`w:tblLook` without `noVBand`). */
  readonly bandedColumns: boolean;
  /**
   * The `w:style` elements as the file had them, less `w:default` and their run and paragraph
   * properties (the cells' text carries those), each serialised on its own with its namespace
   * declarations: the style first, then the styles it is based on, nearest first.
   */
  readonly source: readonly string[];
}

/** Longest style id kept; longer ids are files gone wrong. */
export const MAX_TABLE_WORD_STYLE_ID = 256;
/** Largest definition kept (characters of all its elements). */
export const MAX_TABLE_WORD_STYLE_SOURCE = 256 * 1024;

const FLAGS = ['firstRow', 'lastRow', 'firstColumn', 'lastColumn', 'bandedRows', 'bandedColumns'] as const;

/** True for a well-formed {@link TableWordStyle}. */
export function isTableWordStyle(v: unknown): v is TableWordStyle {
  return isStyleLink(v, { nameKey: 'styleId', maxName: MAX_TABLE_WORD_STYLE_ID, flags: FLAGS, maxSource: MAX_TABLE_WORD_STYLE_SOURCE, emptySource: false });
}
