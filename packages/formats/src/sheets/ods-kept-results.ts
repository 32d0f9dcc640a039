/**
 * Numeric results of formulas no ODF application can compute, kept visible in ODS.
 *
 * Some Excel functions take their result from outside the workbook: the CUBE functions read an
 * OLAP connection, RTD a real-time data server. The file's cached result is then all there is.
 * LibreOffice keeps a formula's cached number on load only when the cell has an explicit number
 * format; in a cell without one it evaluates the formula to pick a format, and a function it lacks
 * shows `#NAME?` instead of the value the file had (cached text results are always kept, from
 * `office:string-value`). So such cells get a copy of their cell style that names the general
 * data style explicitly (`ce{i}-r`, data style `NR`): same look, value kept. Reading the file back
 * gives the same model style (the general format is no format).
 */
import type { Cell, Workbook } from '@ostal/model';
import { cellStyleXml } from './ods-styles-writer.js';

/** Functions whose result comes from outside the workbook (OLAP cubes, real-time data servers). */
const EXTERNAL_RESULT = /(?:^|[^A-Za-z0-9_.])(?:_xlfn\.)?(?:CUBE(?:KPIMEMBER|MEMBER|MEMBERPROPERTY|RANKEDMEMBER|SET|SETCOUNT|VALUE)|RTD)\s*\(/i;

/** The name of the general data style the copies use. */
const GENERAL_DATA_STYLE = 'NR';

/** True when `formula` (Excel syntax) calls a function whose result only an external source gives. */
export function callsExternalResultFunction(formula: string): boolean {
  // String literals may hold anything: look at the formula without them.
  return EXTERNAL_RESULT.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

/** Collects, while the body is written, the cell styles that need a copy with an explicit general format. */
export class KeptResultStyles {
  private readonly bases = new Set<number>();

  constructor(private readonly workbook: Workbook) {}

  /** The style name for `cell` when its cached number must be kept, else undefined. */
  styleFor(cell: Cell): string | undefined {
    if (cell.formula === undefined || typeof cell.value !== 'number' || !Number.isFinite(cell.value)) return undefined;
    const base = cell.style ?? 0;
    const code = this.workbook.styles?.[base]?.numberFormat;
    if (code !== undefined && code !== 'General') return undefined;
    if (!callsExternalResultFunction(cell.formula)) return undefined;
    this.bases.add(base);
    return `ce${String(base)}-r`;
  }

  /** The general data style and the style copies named by {@link styleFor}; '' when none was. */
  automaticStylesXml(): string {
    if (this.bases.size === 0) return '';
    const out = [`<number:number-style style:name="${GENERAL_DATA_STYLE}"><number:number number:min-integer-digits="1"/></number:number-style>`];
    for (const base of [...this.bases].sort((a, b) => a - b)) {
      const style = this.workbook.styles?.[base] ?? {};
      // Any code other than General makes cellStyleXml name the data style; it is written above.
      cellStyleXml({ ...style, numberFormat: '0' }, `ce${String(base)}-r`, GENERAL_DATA_STYLE, out, '', true);
    }
    return out.join('');
  }
}
