/**
 * ODF spreadsheet automatic styles from the model (ODF 1.3 Part 3: 16.2 `style:style` families
 * table-cell, table-column, table-row, table; 17.18 `style:table-cell-properties`, 17.6
 * `style:paragraph-properties`, 17.10 `style:text-properties`, 17.16/17.17 column and row
 * properties, 17.15 `style:table-properties` with `table:display` and `table:tab-color`; data
 * styles from odf-number-format.ts). Names: `ce{i}` is model style i, `N{i}` its data style;
 * `co{k}`, `ro{k}`, `ta{k}` are numbered as met.
 */
import type { BorderLine, CellStyle, Sheet, Workbook } from '@ostal/model';
import { escapeAttr } from '../xml/xml-writer.js';
import { dataStyleXml } from './odf-number-format.js';

function pt(n: number): string {
  return `${String(Math.round(n * 100) / 100)}pt`;
}

function borderText(line: BorderLine | undefined): string | undefined {
  if (!line) return undefined;
  const color = line.color ?? '#000000';
  switch (line.style) {
    case 'double':
      return `2.6pt double ${color}`;
    case 'thick':
      return `3pt solid ${color}`;
    case 'medium':
      return `1.75pt solid ${color}`;
    case 'mediumDashed':
      return `1.75pt dashed ${color}`;
    case 'dashed':
      return `0.74pt dashed ${color}`;
    case 'dotted':
      return `0.74pt dotted ${color}`;
    case 'dashDot':
    case 'slantDashDot':
      return `0.74pt dot-dash ${color}`;
    case 'mediumDashDot':
      return `1.75pt dot-dash ${color}`;
    case 'dashDotDot':
      return `0.74pt dot-dot-dash ${color}`;
    case 'mediumDashDotDot':
      return `1.75pt dot-dot-dash ${color}`;
    case 'hair':
    case 'thin':
      return `0.74pt solid ${color}`;
  }
}

function attrs(pairs: Record<string, string | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v!)}"`)
    .join('');
}

/**
 * A `table-cell` style for a model style: `name`, its data style `dataName` (written before it
 * unless `dataWritten`), and `maps` (`style:map` elements, conditional formats) at its end.
 */
export function cellStyleXml(style: CellStyle, name: string, dataName: string, out: string[], maps = '', dataWritten = false): void {
  const code = style.numberFormat;
  const hasData = code !== undefined && code !== 'General';
  if (hasData && !dataWritten) out.push(dataStyleXml(code, dataName, style.dateOrder));
  out.push(`<style:style style:name="${name}" style:family="table-cell"${hasData ? ` style:data-style-name="${dataName}"` : ''}>`);
  const a = style.alignment;
  const b = style.borders;
  const rot = a?.rotation;
  const cell = attrs({
    'fo:background-color': style.fill,
    'fo:border-top': borderText(b?.top),
    'fo:border-bottom': borderText(b?.bottom),
    'fo:border-left': borderText(b?.left),
    'fo:border-right': borderText(b?.right),
    'fo:wrap-option': a?.wrap ? 'wrap' : undefined,
    'style:rotation-angle': rot ? String(rot < 0 ? 360 + rot : rot) : undefined,
    'style:vertical-align': a?.vertical === 'top' ? 'top' : a?.vertical === 'center' ? 'middle' : undefined,
    'style:text-align-source': a?.horizontal ? 'fix' : undefined,
  });
  if (cell) out.push(`<style:table-cell-properties${cell}/>`);
  const h = a?.horizontal;
  const align = h === 'left' ? 'start' : h === 'right' ? 'end' : h === 'center' || h === 'centerContinuous' ? 'center' : h === 'justify' || h === 'distributed' ? 'justify' : undefined;
  if (align) out.push(`<style:paragraph-properties fo:text-align="${align}"${a?.indent ? ` fo:margin-left="${pt(a.indent * 7.5)}"` : ''}/>`);
  const f = style.font;
  const text = f
    ? attrs({
        'fo:font-family': f.family,
        'fo:font-size': f.size !== undefined ? pt(f.size) : undefined,
        'fo:font-weight': f.bold === undefined ? undefined : f.bold ? 'bold' : 'normal',
        'fo:font-style': f.italic === undefined ? undefined : f.italic ? 'italic' : 'normal',
        'style:text-underline-style': f.underline === undefined ? undefined : f.underline ? 'solid' : 'none',
        'style:text-underline-width': f.underline ? 'auto' : undefined,
        'style:text-underline-color': f.underline ? 'font-color' : undefined,
        'style:text-line-through-style': f.strike === undefined ? undefined : f.strike ? 'solid' : 'none',
        'fo:color': f.color,
      })
    : '';
  if (text) out.push(`<style:text-properties${text}/>`);
  out.push(maps, '</style:style>');
}

/** Style names the body uses for columns, rows and tables. */
export interface OdsLayoutNames {
  /** The column style for `width`; undefined for a zero width (ODF lengths must be positive). */
  column(width: number): string | undefined;
  /** The row style for `height`; undefined for a zero height. */
  row(height: number): string | undefined;
  table(sheet: Sheet): string;
}

/**
 * The `office:automatic-styles` element for a workbook, and the names the body refers to.
 */
export function automaticStylesXml(
  workbook: Workbook,
  sheets: readonly Sheet[],
  masterOf: (sheet: Sheet) => string | undefined = () => undefined,
): { xml: string; names: OdsLayoutNames } {
  const out: string[] = ['<office:automatic-styles>'];
  const columns = new Map<number, string>();
  const rows = new Map<number, string>();
  const tables = new Map<string, string>();
  for (const sheet of sheets) {
    for (const c of sheet.columns ?? []) {
      if (c.width !== undefined && c.width > 0 && !columns.has(c.width)) {
        const name = `co${String(columns.size + 1)}`;
        columns.set(c.width, name);
        out.push(`<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${pt(c.width)}"/></style:style>`);
      }
    }
    for (const r of sheet.rowProps ?? []) {
      if (r.height !== undefined && r.height > 0 && !rows.has(r.height)) {
        const name = `ro${String(rows.size + 1)}`;
        rows.set(r.height, name);
        out.push(
          `<style:style style:name="${name}" style:family="table-row"><style:table-row-properties style:row-height="${pt(r.height)}" style:use-optimal-row-height="false"/></style:style>`,
        );
      }
    }
  }
  const tableKey = (s: Sheet): string => `${s.visibility && s.visibility !== 'visible' ? 'hidden' : 'shown'} ${s.tabColor ?? ''} ${masterOf(s) ?? ''}`;
  sheets.forEach((sheet, i) => {
    const key = tableKey(sheet);
    if (tables.has(key)) return;
    const name = `ta${String(tables.size + 1)}`;
    tables.set(key, name);
    // The first sheet stays displayed: an ODF document must show at least one table.
    const hidden = key.startsWith('hidden') && i > 0;
    out.push(
      `<style:style style:name="${name}" style:family="table"${masterOf(sheet) ? ` style:master-page-name="${masterOf(sheet)!}"` : ''}><style:table-properties table:display="${hidden ? 'false' : 'true'}"${sheet.tabColor ? ` table:tab-color="${escapeAttr(sheet.tabColor)}"` : ''}/></style:style>`,
    );
  });
  (workbook.styles ?? []).forEach((style, i) => {
    if (i > 0) cellStyleXml(style, `ce${String(i)}`, `N${String(i)}`, out);
  });
  out.push('</office:automatic-styles>');
  return {
    xml: out.join(''),
    names: {
      column: (w) => columns.get(w),
      row: (h) => rows.get(h),
      table: (s) => tables.get(tableKey(s)) ?? 'ta1',
    },
  };
}
