/**
 * A workbook's defined names as HyperFormula named expressions, so `=Taux*A2` computes. Names
 * HyperFormula refuses (Excel's reserved `_xlnm.*`, or ones clashing with cell references) are
 * left out: formulas using them show `#NAME?`, as before names were kept. Names spelt TRUE or
 * FALSE (any case) are left out too: in a formula those words are the constants.
 */
import type { HyperFormula } from 'hyperformula';
import type { Workbook } from '@ostal/model';

/**
 * Adds the names of `workbook` to `hf`; `sheetIds[i]` is the engine id of sheet i.
 * @returns how many names were added.
 */
export function addDefinedNames(hf: HyperFormula, workbook: Workbook, sheetIds: readonly number[]): number {
  let added = 0;
  for (const n of workbook.names ?? []) {
    if (n.name.startsWith('_xlnm.')) continue;
    // TRUE and FALSE are the constants in Excel's formulas, never names (ostal-engine.ts gives them
    // their meaning); a sheet's own name would otherwise stand for them on that sheet.
    if (/^(true|false)$/i.test(n.name)) continue;
    const scope = n.sheet !== undefined ? sheetIds[n.sheet] : undefined;
    if (n.sheet !== undefined && scope === undefined) continue;
    try {
      if (!hf.isItPossibleToAddNamedExpression(n.name, `=${n.formula}`, scope)) continue;
      hf.addNamedExpression(n.name, `=${n.formula}`, scope);
      added += 1;
    } catch {
      // An expression HyperFormula cannot parse: the name is left out.
    }
  }
  return added;
}
