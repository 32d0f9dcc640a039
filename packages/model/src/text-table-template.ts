/**
 * The table template (table style with conditional regions) a table follows: ODF 1.3 Part 3,
 * 9.1.2 `table:table` with 19.728 `table:template-name` and 19.736-19.741 `table:use-*-styles`,
 * and 16.3 `table:table-template`. What the regions give (shading, borders, padding) is
 * resolved onto the cells when a file is read, as Word table styles are: the template is kept so
 * an ODF document written back names it (LibreOffice shows its "table style"), not to draw it.
 */
import { isStyleLink } from './text-table-style-link.js';

/** The template a table names, which of its regions apply, and its ODF definition. */
export interface TableTemplate {
  /** `table:template-name`. */
  readonly name: string;
  readonly firstRow: boolean;
  readonly lastRow: boolean;
  readonly firstColumn: boolean;
  readonly lastColumn: boolean;
  readonly bandingRows: boolean;
  readonly bandingColumns: boolean;
  /**
   * The ODF definition as the file had it, each element serialised on its own: the
   * `table:table-template` first, then the cell styles it names; empty when unknown.
   */
  readonly source: readonly string[];
}

/** Longest template name kept; longer names are files gone wrong. */
export const MAX_TABLE_TEMPLATE_NAME = 256;
/** Largest definition kept (characters of all its elements). */
export const MAX_TABLE_TEMPLATE_SOURCE = 256 * 1024;

const FLAGS = ['firstRow', 'lastRow', 'firstColumn', 'lastColumn', 'bandingRows', 'bandingColumns'] as const;

/** True for a well-formed {@link TableTemplate}. */
export function isTableTemplate(v: unknown): v is TableTemplate {
  return isStyleLink(v, { nameKey: 'name', maxName: MAX_TABLE_TEMPLATE_NAME, flags: FLAGS, maxSource: MAX_TABLE_TEMPLATE_SOURCE, emptySource: true });
}
