/**
 * Where the page view draws a floating (positioned) table (`table.attrs.position`, see the
 * model's text-table-position.ts): the same mechanism as square-wrapped pictures — the table's
 * box floats at the side of the text column, so the paragraphs that follow flow beside it where
 * there is room — placed at its horizontal offset and width, and pushed down by its vertical
 * offset when that offset is measured from its anchor paragraph.
 *
 * Like Word and LibreOffice, the horizontal offset (or alignment) is measured from the page
 * edge, the margin or the text column; text flows on the wider side (the table floats left when
 * its middle is in the left half of the column, right otherwise). The page view puts
 * each page on a sheet of its own, so an offset down from the page or the margin is set there by measuring
 * where the table stands on its sheet (`float-drop-plugin.ts`); in the draft view such a table
 * stays at the height of its anchor paragraph. The drop down from the paragraph keeps the lines
 * beside the table's top margin whole (`dropStyle`). Lengths in, twips; out, CSS pixels.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { SectionProps, TablePosition } from '@ostal/model';
import { TWIPS_PER_PX } from '@ostal/model';
import { dropStyle, fromParagraph } from './float-drop.js';

/** The page a floating table is measured against, in CSS pixels. */
export interface FloatPage {
  readonly width: number;
  readonly marginLeft: number;
  readonly marginRight: number;
}

/** How the table's box is floated: the side, and its margins in CSS pixels (negative ones reach into the page margin). */
export interface FloatingTableBox {
  readonly side: 'left' | 'right';
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
}

/** The stylesheet's page when the document declares none: A4, 80 px side margins (writer.css). */
export const DEFAULT_FLOAT_PAGE: FloatPage = { width: 794, marginLeft: 80, marginRight: 80 };

const px = (twips: number): number => Math.round(twips / TWIPS_PER_PX);

/** The page of the writer's view (the first section, as page-layout.ts draws it), in CSS pixels. */
export function floatPageOf(section: SectionProps | null | undefined): FloatPage {
  const width = section?.page && section.page.width > 0 ? px(section.page.width) : DEFAULT_FLOAT_PAGE.width;
  const m = section?.margins;
  return m ? { width, marginLeft: px(m.left), marginRight: px(m.right) } : { ...DEFAULT_FLOAT_PAGE, width };
}

/** The first section of a document node: its first section break's, else the document's own. */
export function firstSectionOf(doc: PMNode): SectionProps | null {
  // A plain loop that stops at the first break: called on edits (float-anchor.ts), in documents of thousands of blocks.
  for (let i = 0; i < doc.childCount; i++) {
    const child = doc.child(i);
    if (child.type.name === 'section_break') return (child.attrs.section as SectionProps | null) ?? null;
  }
  return (doc.attrs.section as SectionProps | null | undefined) ?? null;
}

/**
 * Where a floating table of `tableWidth` CSS pixels sits in the text column of `page`.
 * @example floatingTableBox(position, 300, DEFAULT_FLOAT_PAGE) // { side: 'left', marginLeft: 55, ... }
 */
export function floatingTableBox(position: TablePosition, tableWidth: number, page: FloatPage): FloatingTableBox {
  const column = Math.max(0, page.width - page.marginLeft - page.marginRight);
  // The reference area across, as [start, width] from the column's left edge.
  const [refStart, refWidth] = position.xRelative === 'page' ? [-page.marginLeft, page.width] : [0, column];
  let left: number;
  switch (position.xAlign) {
    case 'left':
    case 'inside':
      left = refStart;
      break;
    case 'right':
    case 'outside':
      left = refStart + refWidth - tableWidth;
      break;
    case 'center':
      left = refStart + (refWidth - tableWidth) / 2;
      break;
    case null:
      left = refStart + px(position.x);
      break;
  }
  left = Math.round(left);
  const marginTop = position.yRelative === 'paragraph' && position.yAlign === null ? px(position.y) : 0;
  const marginBottom = px(position.bottom);
  if (left + tableWidth / 2 <= column / 2) {
    return { side: 'left', marginLeft: left, marginRight: px(position.right), marginTop, marginBottom };
  }
  return { side: 'right', marginLeft: px(position.left), marginRight: Math.round(column - left - tableWidth), marginTop, marginBottom };
}

/** A table's width in CSS pixels: its cells' column widths (first row), else its grid in twips. */
export function tableWidthOf(table: PMNode): number {
  const row = table.firstChild;
  let sum = 0;
  let known = row !== null;
  row?.forEach((cell) => {
    const widths = cell.attrs.colwidth as number[] | null;
    if (widths) sum += widths.reduce((a, b) => a + b, 0);
    else known = false;
  });
  if (known && sum > 0) return sum;
  const grid = table.attrs.columnWidths as number[] | null;
  return grid ? px(grid.reduce((a, b) => a + b, 0)) : 0;
}

/** Floats `wrapper` (the table view's outer box) as `table` asks, or puts it back in the flow when it has no position. */
export function applyFloatingTable(wrapper: HTMLElement, table: PMNode, doc: PMNode): void {
  const position = table.attrs.position as TablePosition | null;
  const style = wrapper.style;
  if (!position) {
    delete wrapper.dataset.floating;
    for (const key of ['float', 'marginLeft', 'marginRight', 'marginTop', 'marginBottom', 'shapeOutside'] as const) style[key] = '';
    return;
  }
  const box = floatingTableBox(position, tableWidthOf(table), floatPageOf(firstSectionOf(doc)));
  wrapper.dataset.floating = box.side;
  style.float = box.side;
  style.marginLeft = `${String(box.marginLeft)}px`;
  style.marginRight = `${String(box.marginRight)}px`;
  // An offset down from the page or the margin is the page view's to set (float-drop-plugin.ts).
  if (fromParagraph(position.yRelative)) Object.assign(style, dropStyle(box.marginTop));
  style.marginBottom = `${String(box.marginBottom)}px`;
}
