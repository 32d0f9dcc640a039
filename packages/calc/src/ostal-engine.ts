/**
 * The one way to build a HyperFormula engine that computes as Ostal does: the function layer
 * registered, Excel's grid size, blanks as zero in formulas, full precision, and the TRUE/FALSE
 * constants Excel writes. The headless facade ({@link createCalc}) and the spreadsheet editor
 * both build their engine here, so the screen and `ostal inspect --values` never disagree.
 */
import { HyperFormula } from 'hyperformula';
import { registerOstalFunctions } from './functions/register-functions.js';

/** HyperFormula's key when none is configured; deployments set theirs by policy. */
export const DEFAULT_ENGINE_LICENSE_KEY = 'gpl-v3';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The engine refuses its licence key (invalid or expired): nothing can be computed under it. */
export class CalcLicenseError extends Error {
  override readonly name = 'CalcLicenseError';
}

/**
 * An empty engine configured as Ostal computes.
 * @throws CalcLicenseError when HyperFormula refuses `licenseKey`.
 */
export function buildOstalEngine(licenseKey: string = DEFAULT_ENGINE_LICENSE_KEY, options: { readonly undoLimit?: number } = {}): HyperFormula {
  registerOstalFunctions();
  const hf = HyperFormula.buildEmpty({
    licenseKey,
    // The editor's history undoes engine changes through HyperFormula's stack (renderer/sheets/sheet-history.ts).
    ...(options.undoLimit !== undefined ? { undoLimit: options.undoLimit } : {}),
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    evaluateNullToZero: true,
    // Full precision out, as Excel stores results; HyperFormula would round to 10 decimals.
    smartRounding: false,
  });
  try {
    // Excel writes TRUE and FALSE as constants; HyperFormula knows only TRUE() and FALSE().
    hf.addNamedExpression('TRUE', '=TRUE()');
    hf.addNamedExpression('FALSE', '=FALSE()');
  } catch (err) {
    hf.destroy();
    // An invalid key disables every engine feature; say so instead of failing on the first one.
    if (err instanceof Error && /license key/i.test(err.message)) throw new CalcLicenseError(err.message, { cause: err });
    throw err;
  }
  return hf;
}
