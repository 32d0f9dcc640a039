/**
 * A workbook's defined names as HyperFormula named expressions, so `=Taux*A2` computes. Names
 * HyperFormula refuses (Excel's reserved `_xlnm.*`, or ones clashing with cell references) are
 * left out: formulas using them show `#NAME?`, as before names were kept. Names spelt TRUE or
 * FALSE (any case) are left out too: in a formula those words are the constants.
 */
import type { HyperFormula } from 'hyperformula';
import type { Workbook } from '@ostal/model';

/** A defined name as the engine takes it: the expression with its `=`, a local name's sheet by tab index. */
export interface DefinedNameEntry {
  readonly name: string;
  readonly expression: string;
  /** Tab index of the sheet a local name belongs to; none for a workbook name. */
  readonly sheet?: number;
}

/**
 * The names of `workbook` worth offering to the engine, in the file's order: without Excel's
 * reserved `_xlnm.*` (print areas, filters) and without names spelt TRUE or FALSE. The engine may
 * still refuse some ({@link addDefinedNames} and `buildOstalEngine` leave those out).
 */
export function definedNameEntries(workbook: Workbook): DefinedNameEntry[] {
  const out: DefinedNameEntry[] = [];
  for (const n of workbook.names ?? []) {
    if (n.name.startsWith('_xlnm.')) continue;
    // TRUE and FALSE are the constants in Excel's formulas, never names (ostal-engine.ts gives them
    // their meaning); a sheet's own name would otherwise stand for them on that sheet.
    if (/^(true|false)$/i.test(n.name)) continue;
    out.push(n.sheet !== undefined ? { name: n.name, expression: `=${n.formula}`, sheet: n.sheet } : { name: n.name, expression: `=${n.formula}` });
  }
  return out;
}

/**
 * Adds a named expression when HyperFormula takes it; false when it refuses it (a name clashing
 * with a cell reference or taken, an expression it cannot parse or with relative references).
 */
export function tryAddName(hf: HyperFormula, name: string, expression: string, scope: number | undefined): boolean {
  try {
    if (!hf.isItPossibleToAddNamedExpression(name, expression, scope)) return false;
    hf.addNamedExpression(name, expression, scope);
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds the names of `workbook` to `hf`; `sheetIds[i]` is the engine id of sheet i. Formulas
 * already there that use a name compute again when it appears: a workbook being opened passes
 * its names to `buildOstalEngine` instead, which computes them once.
 * @returns how many names were added.
 */
export function addDefinedNames(hf: HyperFormula, workbook: Workbook, sheetIds: readonly number[]): number {
  let added = 0;
  for (const n of definedNameEntries(workbook)) {
    const scope = n.sheet !== undefined ? sheetIds[n.sheet] : undefined;
    if (n.sheet !== undefined && scope === undefined) continue;
    if (tryAddName(hf, n.name, n.expression, scope)) added += 1;
  }
  return added;
}
