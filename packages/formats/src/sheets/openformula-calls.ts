/**
 * OpenFormula calls whose Excel counterpart depends on their arguments, not only on the name.
 * ISOWEEKNUM(date; mode), as LibreOffice writes its WEEKNUM_OOO in ODF: with a constant mode
 * other than 1 it is the ISO week number (Excel's one-argument ISOWEEKNUM); with mode 1 (weeks
 * from Sunday) or a computed mode it stays LibreOffice's own function, as LibreOffice itself
 * writes it to xlsx (`_xlfn.ORG.LIBREOFFICE.WEEKNUM_OOO`).
 */
import { tokenizeA1 } from './a1-formula.js';
import { WEEKNUM_OOO } from './openformula-names.js';

/** A model formula (`=...`) with every two-argument ISOWEEKNUM put in Excel's terms. */
export function isoWeekNumWithMode(formula: string): string {
  if (!/ISOWEEKNUM/i.test(formula)) return formula;
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenizeA1(body);
  const texts = tokens.map((t) => t.text);
  tokens.forEach((token, i) => {
    if (token.kind !== 'func' || token.text.toUpperCase() !== 'ISOWEEKNUM' || tokens[i + 1]?.text !== '(') return;
    const commas: number[] = [];
    let depth = 0;
    let close = -1;
    for (let j = i + 2; j < tokens.length && close < 0; j += 1) {
      const t = tokens[j]!;
      if (t.kind !== 'op') continue;
      if (t.text === '(' || t.text === '{') depth += 1;
      else if ((t.text === ')' || t.text === '}') && depth > 0) depth -= 1;
      else if (t.text === ')') close = j;
      else if (t.text === ',' && depth === 0) commas.push(j);
    }
    if (close < 0 || commas.length !== 1) return;
    const mode = tokens.slice(commas[0]! + 1, close).filter((t) => t.kind !== 'space');
    const only = mode.length === 1 ? mode[0] : undefined;
    if (only?.kind === 'number' && Number(only.text) !== 1) {
      // The ISO week number: the mode goes.
      for (let k = commas[0]!; k < close; k += 1) texts[k] = '';
    } else texts[i] = WEEKNUM_OOO;
  });
  return `=${texts.join('')}`;
}
