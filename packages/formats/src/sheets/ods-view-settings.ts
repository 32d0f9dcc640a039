/**
 * Frozen panes from the view settings of an ODS (ODF 1.3 Part 3, 3.10 `office:settings`,
 * settings.xml or inline in FODS): LibreOffice's `Tables` config item map, one entry per sheet
 * with its split items.
 */
import type { FrozenPanes } from '@ostal/model';
import type { SaxesTagNS } from 'saxes';
import { MAX_COLS, MAX_ROWS } from './sheet-grid.js';
import { tagAttr } from './ods-cell-content.js';

export const CONFIG = 'urn:oasis:names:tc:opendocument:xmlns:config:1.0';

/** Reads `config:` elements as they stream; `frozen` holds the panes by sheet name. */
export class OdsViewSettings {
  /** Frozen panes by sheet name. */
  readonly frozen = new Map<string, FrozenPanes>();
  private tablesDepth = 0;
  private sheet: string | null = null;
  private item: string | null = null;
  private itemText = '';
  private split: Record<string, number> = {};

  /** A `config:` element opened. */
  open(tag: SaxesTagNS, depth: number): void {
    const local = tag.local;
    const name = tagAttr(tag, CONFIG, 'name');
    if (local === 'config-item-map-named' && name === 'Tables') this.tablesDepth = depth;
    else if (this.tablesDepth > 0 && local === 'config-item-map-entry' && depth === this.tablesDepth + 1 && name) {
      this.sheet = name;
      this.split = {};
    } else if (this.sheet !== null && local === 'config-item' && name) {
      this.item = name;
      this.itemText = '';
    }
  }

  /** A `config:` element closed. */
  close(tag: SaxesTagNS, depth: number): void {
    if (this.item !== null && tag.local === 'config-item') {
      const v = Number(this.itemText.trim());
      if (Number.isFinite(v)) this.split[this.item] = v;
      this.item = null;
    } else if (this.sheet !== null && tag.local === 'config-item-map-entry' && depth === this.tablesDepth + 1) {
      // Mode 2 is a frozen split; the position counts columns (horizontal) or rows (vertical).
      const split = this.split;
      const cols = split.HorizontalSplitMode === 2 ? Math.trunc(split.HorizontalSplitPosition ?? 0) : 0;
      const rows = split.VerticalSplitMode === 2 ? Math.trunc(split.VerticalSplitPosition ?? 0) : 0;
      if ((cols > 0 || rows > 0) && cols < MAX_COLS && rows < MAX_ROWS) this.frozen.set(this.sheet, { rows: Math.max(0, rows), cols: Math.max(0, cols) });
      this.sheet = null;
    } else if (tag.local === 'config-item-map-named' && depth === this.tablesDepth) this.tablesDepth = 0;
  }

  /** Character data: taken (true) while a config item of a sheet is open. */
  text(t: string): boolean {
    if (this.item === null) return false;
    this.itemText += t;
    return true;
  }
}
