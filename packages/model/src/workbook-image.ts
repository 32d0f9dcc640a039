/**
 * Pictures placed over a sheet (ODF `draw:frame` with `draw:image`; SpreadsheetML `xdr:pic`).
 * The picture bytes are kept (base64, so a stored workbook stays JSON) with their media type;
 * the frame is anchored to cells like charts are, and keeps its size in points: cells differ in
 * size between applications (Excel's default column is 48 pt wide, LibreOffice's 64 pt), and a
 * picture placed at its top-left cell with its own size looks the same in both.
 */
import type { ChartAnchor } from './chart.js';

export interface SheetImage {
  /** Top-left and bottom-right corners: cells plus offsets in points. */
  readonly anchor: ChartAnchor;
  /** `image/png`, `image/jpeg`, `image/svg+xml`... */
  readonly mediaType: string;
  readonly base64: string;
  /** The frame's name (`Image 1`). */
  readonly name?: string;
  /** Alternative text. */
  readonly description?: string;
  /** Width and height in points; absent: the anchor's extent. */
  readonly size?: { readonly width: number; readonly height: number };
  /**
   * The picture's id (`xdr:cNvPr id`) in the sheet's kept XLSX drawing it was read from, which
   * holds it already; absent for pictures from other formats or inserted in Ostal.
   */
  readonly keptId?: string;
}
