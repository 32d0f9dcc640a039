/**
 * Function names that differ between Excel (ECMA-376 Part 1, 18.17.7 predefined functions) and
 * OpenFormula (ODF 1.3 Part 4, 6: LEGACY.* for the pre-2010 statistical functions, COM.MICROSOFT.*
 * for Excel functions that OpenFormula does not define, as LibreOffice reads and writes them).
 */

const COM_MICROSOFT = [
  'AGGREGATE', 'BAHTTEXT', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.INV', 'CEILING', 'CEILING.MATH',
  'CEILING.PRECISE', 'CHISQ.DIST', 'CHISQ.DIST.RT', 'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST', 'CONCAT',
  'CONFIDENCE.NORM', 'CONFIDENCE.T', 'COVARIANCE.P', 'COVARIANCE.S', 'ENCODEURL', 'ERF.PRECISE', 'ERFC.PRECISE',
  'EXPON.DIST', 'F.DIST.RT', 'F.INV.RT', 'F.TEST', 'FILTERXML', 'FLOOR', 'FLOOR.MATH', 'FLOOR.PRECISE',
  'FORECAST.LINEAR', 'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE', 'HYPGEOM.DIST', 'IFS', 'ISO.CEILING',
  'LOGNORM.DIST', 'LOGNORM.INV', 'MAXIFS', 'MINIFS', 'MODE.MULT', 'MODE.SNGL', 'NEGBINOM.DIST',
  'NETWORKDAYS.INTL', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'PERCENTILE.EXC', 'PERCENTILE.INC',
  'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'POISSON.DIST', 'QUARTILE.EXC', 'QUARTILE.INC', 'RANK.AVG', 'RANK.EQ',
  'STDEV.P', 'STDEV.S', 'SWITCH', 'T.DIST', 'T.DIST.2T', 'T.DIST.RT', 'T.INV', 'T.INV.2T', 'T.TEST', 'TEXTJOIN',
  'VAR.P', 'VAR.S', 'WEBSERVICE', 'WEIBULL.DIST', 'WORKDAY.INTL', 'Z.TEST', 'XLOOKUP', 'XMATCH', 'FILTER', 'SORT',
  'SORTBY', 'UNIQUE', 'SEQUENCE', 'RANDARRAY', 'LET', 'ECMA.CEILING',
];

/**
 * LibreOffice's WEEKNUM_OOO (weeks from Sunday or Monday, week 1 holding January 4th), which ODF
 * files spell ISOWEEKNUM(date; mode) and LibreOffice writes to xlsx under its own name; Excel has
 * no counterpart. See `isoWeekNumWithMode` (openformula-calls.ts) for the ODF to Excel direction.
 */
export const WEEKNUM_OOO = 'ORG.LIBREOFFICE.WEEKNUM_OOO';

/**
 * LibreOffice functions Excel lacks, by the name a person types and the name LibreOffice writes in
 * ODS files, and in XLSX files after `_xlfn.` (its OOXML function table).
 */
const LIBREOFFICE_FILE_NAMES = new Map<string, string>([
  ['ROUNDSIG', 'ORG.LIBREOFFICE.ROUNDSIG'],
  ['REGEX', 'ORG.LIBREOFFICE.REGEX'],
  ['EASTERSUNDAY', 'ORG.OPENOFFICE.EASTERSUNDAY'],
]);
const LIBREOFFICE_MODEL_NAMES = new Map([...LIBREOFFICE_FILE_NAMES].map(([model, file]) => [file, model]));

const LEGACY = ['CHIDIST', 'CHIINV', 'CHITEST', 'FDIST', 'FINV', 'NORMSDIST', 'NORMSINV', 'TDIST'];

/** Excel name -> OpenFormula name, for names that differ. */
const EXCEL_TO_OF = new Map<string, string>([
  ...COM_MICROSOFT.map((n): [string, string] => [n, `COM.MICROSOFT.${n}`]),
  ...LEGACY.map((n): [string, string] => [n, `LEGACY.${n}`]),
  ['F.DIST', 'FDIST'],
  ['F.INV', 'FINV'],
  ['FORMULATEXT', 'FORMULA'],
  ...LIBREOFFICE_FILE_NAMES,
]);

// ODF's ISOWEEKNUM stays ISOWEEKNUM (its two-argument form is read by isoWeekNumWithMode).
const OF_TO_EXCEL = new Map<string, string>([...EXCEL_TO_OF].map(([excel, of]) => [of, excel]));
EXCEL_TO_OF.set(WEEKNUM_OOO, 'ISOWEEKNUM');

/**
 * Functions added to Excel after 2007, which the file format spells with an `_xlfn.` prefix
 * (ECMA-376 Part 1, 18.17.7 and the `_xlfn` future-function convention).
 */
const FUTURE = new Set([
  // CEILING, FLOOR and ECMA.CEILING are in ECMA-376's own list: written without the prefix.
  ...COM_MICROSOFT.filter((n) => n !== 'CEILING' && n !== 'FLOOR' && n !== 'ECMA.CEILING'),
  WEEKNUM_OOO,
  'IFNA', 'XOR', 'DAYS', 'ISOWEEKNUM', 'SHEET', 'SHEETS', 'FORMULATEXT', 'ISFORMULA', 'NUMBERVALUE', 'UNICHAR',
  'UNICODE', 'ARABIC', 'BASE', 'DECIMAL', 'COMBINA', 'PERMUTATIONA', 'ACOT', 'ACOTH', 'COT', 'COTH', 'CSC', 'CSCH',
  'SEC', 'SECH', 'BITAND', 'BITOR', 'BITXOR', 'BITLSHIFT', 'BITRSHIFT', 'RRI', 'PDURATION', 'GAMMA', 'GAUSS',
  'PHI', 'SKEW.P', 'F.DIST', 'F.INV', 'LAMBDA', 'TEXTBEFORE', 'TEXTAFTER', 'TEXTSPLIT',
  'VSTACK', 'HSTACK', 'TAKE', 'DROP', 'CHOOSECOLS', 'CHOOSEROWS', 'TOCOL', 'TOROW', 'WRAPROWS', 'WRAPCOLS',
  'EXPAND', 'MUNIT', 'BINOM.DIST.RANGE', 'DBCS', 'IMCOSH', 'IMCOT', 'IMCSC', 'IMCSCH', 'IMSEC', 'IMSECH', 'IMSINH', 'IMTAN',
  'FORECAST.ETS', 'FORECAST.ETS.CONFINT', 'FORECAST.ETS.SEASONALITY', 'FORECAST.ETS.STAT', 'ISOMITTED', 'BYROW', 'BYCOL',
  'MAP', 'REDUCE', 'SCAN', 'MAKEARRAY', 'VALUETOTEXT', 'ARRAYTOTEXT', 'REGEXTEST', 'REGEXEXTRACT', 'REGEXREPLACE',
  'GROUPBY', 'PIVOTBY', 'PERCENTOF', 'TRIMRANGE', 'IMAGE', 'STOCKHISTORY',
]);

/**
 * Future functions whose name was taken by a worksheet-level feature: the file spells them with a
 * second prefix, `_xlfn._xlws.FILTER`, as Excel writes and expects them.
 */
const WORKSHEET_PREFIXED = new Set(['FILTER', 'SORT']);

/** OpenFormula name for an Excel function name; names without a counterpart are kept as written. */
export function excelToOpenFormulaName(name: string): string {
  return EXCEL_TO_OF.get(name.toUpperCase()) ?? name;
}

/** Excel name for an OpenFormula function name; strips vendor prefixes Excel does not use. */
export function openFormulaToExcelName(name: string): string {
  // LibreOffice writes Excel functions it does not know as `_xlfn.` plus the lower-cased name.
  const plain = /^_xlfn\./i.test(name) ? name.slice('_xlfn.'.length).toUpperCase() : name;
  const known = OF_TO_EXCEL.get(plain.toUpperCase());
  if (known) return known;
  return /^COM\.MICROSOFT\./i.test(plain) ? plain.slice('COM.MICROSOFT.'.length) : plain;
}

/**
 * The function name as stored in an xlsx file (`_xlfn.CONCAT`, `_xlfn._xlws.SORT`) for a name
 * used in the model.
 */
export function excelFileFunctionName(name: string): string {
  const upper = name.toUpperCase();
  const libreOffice = LIBREOFFICE_FILE_NAMES.get(upper) ?? (LIBREOFFICE_MODEL_NAMES.has(upper) ? upper : undefined);
  if (libreOffice !== undefined) return `_xlfn.${libreOffice}`;
  if (WORKSHEET_PREFIXED.has(upper)) return `_xlfn._xlws.${upper}`;
  return FUTURE.has(upper) ? `_xlfn.${upper}` : name;
}

/**
 * The function name as used in the model for one read from an xlsx file (`_xlfn.` dropped,
 * LibreOffice's `ORG.LIBREOFFICE.ROUNDSIG` as ROUNDSIG), or a LET or LAMBDA parameter's name
 * (`_xlpm.x` as `x`).
 */
export function modelFunctionName(name: string): string {
  const plain = name.replace(/^_xlfn\.(?:_xlws\.)?|^_xlws\.|^_xlpm\./i, '');
  return LIBREOFFICE_MODEL_NAMES.get(plain.toUpperCase()) ?? plain;
}

/** A token of a formula, as far as {@link letParameterNames} looks at it. */
interface NameToken {
  readonly kind: string;
  readonly text: string;
}

/**
 * The names a formula's LET and LAMBDA calls bind (upper case), which XLSX files spell with the
 * `_xlpm.` prefix: for LET the name before each value, for LAMBDA every argument but the last.
 */
export function letParameterNames(tokens: readonly NameToken[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    const fn = t.kind === 'func' ? t.text.toUpperCase().replace(/^_XLFN\./, '') : '';
    if ((fn !== 'LET' && fn !== 'LAMBDA') || tokens[i + 1]?.text !== '(') return;
    // Arguments at depth 1 of this call: [start token, token count].
    let depth = 0;
    let argument = 0;
    let single: string | undefined;
    let count = 0;
    const found: { name: string | undefined; index: number }[] = [];
    for (let j = i + 1; j < tokens.length; j++) {
      const tok = tokens[j]!;
      if (tok.text === '(' || tok.text === '{') depth++;
      if (tok.text === ')' || tok.text === '}') depth--;
      if (depth === 0 || (depth === 1 && tok.text === ',')) {
        found.push({ name: count === 1 ? single : undefined, index: argument });
        if (depth === 0) break;
        argument++;
        count = 0;
        single = undefined;
        continue;
      }
      if (j === i + 1) continue;
      count++;
      single = tok.kind === 'name' ? tok.text.replace(/^_xlpm\./i, '') : undefined;
    }
    const last = found.length - 1;
    for (const { name, index } of found) {
      if (name !== undefined && index < last && (fn === 'LAMBDA' || index % 2 === 0)) names.add(name.toUpperCase());
    }
  });
  return names;
}
