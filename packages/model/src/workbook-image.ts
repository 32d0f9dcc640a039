/**
 * Pictures placed over a sheet (ODF `draw:frame` with `draw:image`; SpreadsheetML `xdr:pic`).
 * The picture bytes are kept (base64, so a stored workbook stays JSON) with their media type;
 * the frame is anchored to cells like charts are.
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
}
