/**
 * Data validation lists (ECMA-376 Part 1, 18.3.1.32 `dataValidation` of type `list`): the choices
 * a cell offers in its drop-down, from a quoted list (`"oui,non"`) or a range of the sheet
 * (`$D$1:$D$5`, `Listes!$A$1:$A$9`), in the user's language for numbers.
 */
import type { DataValidation } from '@ostal/model';
import { parseCellName } from '@ostal/model';

/** Reads values of a sheet by name (undefined when the sheet does not exist). */
export type RangeReader = (sheetName: string | undefined, top: number, left: number, bottom: number, right: number) => string[] | undefined;

/** The list validation covering a cell, when it shows a drop-down. */
export function listValidationAt(validations: readonly DataValidation[] | undefined, row: number, col: number): DataValidation | undefined {
  return validations?.find(
    (v) => v.type === 'list' && !v.hideDropdown && v.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right),
  );
}

/** The choices of a list validation, in order, without duplicates or empty entries. */
export function listChoices(validation: DataValidation, read: RangeReader): string[] {
  const formula = (validation.formula1 ?? '').trim().replace(/^=/, '');
  let items: string[] = [];
  if (formula.startsWith('"')) {
    items = formula.replace(/^"|"$/g, '').replace(/""/g, '"').split(',');
  } else {
    const match = /^(?:(?:'((?:[^']|'')+)'|([^!'"]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(formula);
    if (match) {
      const sheetName = match[1]?.replace(/''/g, "'") ?? match[2];
      const start = parseCellName(`${match[3]!}${match[4]!}`);
      const end = match[5] ? parseCellName(`${match[5]}${match[6]!}`) : start;
      if (start && end) items = read(sheetName, Math.min(start.row, end.row), Math.min(start.col, end.col), Math.max(start.row, end.row), Math.max(start.col, end.col)) ?? [];
    }
  }
  const seen = new Set<string>();
  return items.map((i) => i.trim()).filter((i) => i !== '' && !seen.has(i) && seen.add(i) !== undefined);
}
