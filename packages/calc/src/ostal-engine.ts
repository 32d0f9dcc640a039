/**
 * The one way to build a HyperFormula engine that computes as Ostal does: the function layer
 * registered, Excel's grid size, blanks as zero in formulas, full precision, and the TRUE/FALSE
 * constants Excel writes. The headless facade ({@link createCalc}) and the spreadsheet editor
 * both build their engine here, so the screen and `ostal inspect --values` never disagree.
 */
import { AlwaysDense, DenseSparseChooseBasedOnThreshold, HyperFormula } from 'hyperformula';
import type { ConfigParams, RawCellContent, SerializedNamedExpression } from 'hyperformula';
import { registerOstalFunctions } from './functions/register-functions.js';
import { tryAddName } from './defined-names.js';
import type { DefinedNameEntry } from './defined-names.js';
import { namedLambdaNames, withNamedLambdas } from './functions/named-lambda-function.js';

/** HyperFormula's key when none is configured; deployments set theirs by policy. */
export const DEFAULT_ENGINE_LICENSE_KEY = 'gpl-v3';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * How HyperFormula keeps a sheet's cells. By default always a grid, which its builder allocates at
 * the sheet's full size: one far cell (an external workbook's value at XFD1048576, a stray entry at
 * row 1,000,000) then costs a row of the full width for every row, gigabytes. A sheet built less
 * than 5 % filled keeps its cells in maps instead (at most 20 grid slots a cell otherwise); a sheet
 * added empty stays a grid, growing with what is entered, as before.
 */
const BY_FILL = new DenseSparseChooseBasedOnThreshold(0.05);
const GRID = new AlwaysDense();
const ADDRESS_MAPPING: ConfigParams['chooseAddressMappingPolicy'] = {
  call: (fill: number) => (fill === 0 ? GRID.call() : BY_FILL.call(fill)),
};

/** The engine refuses its licence key (invalid or expired): nothing can be computed under it. */
export class CalcLicenseError extends Error {
  override readonly name = 'CalcLicenseError';
}

/**
 * Excel writes TRUE and FALSE as constants (`=IF(A1,TRUE,FALSE)`); HyperFormula knows only the
 * functions TRUE() and FALSE(). Named expressions holding the values give the bare words their
 * meaning, case-insensitively, and keep the formula text as written (HyperFormula prints a name
 * as it was declared: `=IF(A1,true,false)` reads back `=IF(A1,TRUE,FALSE)`, as in Excel).
 * Constants, not `=TRUE()`: nothing to parse or compute.
 */
const BOOLEAN_NAMES = [
  { name: 'TRUE', expression: true },
  { name: 'FALSE', expression: false },
] as const;

/** Contents of sheets, in tab order: each sheet's name and its rows of raw contents. */
export type EngineSheets = readonly { readonly name: string; readonly rows: RawCellContent[][] }[];

/** Options of {@link buildOstalEngine}. */
export interface OstalEngineOptions {
  /** HyperFormula's undo depth (the editor's history goes through it). */
  readonly undoLimit?: number;
  /** Sheets to build the engine with, in tab order. */
  readonly sheets?: EngineSheets;
  /**
   * Defined names, with `sheets` only (a local name's `sheet` is an index in `sheets`): they are in
   * place before the first evaluation, so the formulas using them compute once. Names the engine
   * refuses are left out, as {@link addDefinedNames} does.
   */
  readonly names?: readonly DefinedNameEntry[];
  /**
   * Defined names holding a LAMBDA, to be called as functions (`=ADDONE(5)`); by default those of
   * `names`. An engine knows them from its build on (functions/named-lambda-function.ts).
   */
  readonly lambdaNames?: readonly string[];
}

/**
 * An engine configured as Ostal computes, empty or holding `sheets` (and their `names`). Sheets
 * given here are built in one pass by HyperFormula's graph builder, about twice as fast as adding
 * a sheet and setting its content (which goes cell by cell, recording each change for undo): on
 * 2,000,000 cells that is the difference between a long and a very long wait when a workbook
 * opens. Read the sheets' engine ids with `hf.getSheetId(name)`; nothing of the build is on the
 * undo stack.
 * @throws CalcLicenseError when HyperFormula refuses `licenseKey`.
 */
export function buildOstalEngine(licenseKey: string = DEFAULT_ENGINE_LICENSE_KEY, options: OstalEngineOptions = {}): HyperFormula {
  registerOstalFunctions();
  return withNamedLambdas(options.lambdaNames ?? namedLambdaNames(options.names ?? []), () => buildEngine(licenseKey, options));
}

function buildEngine(licenseKey: string, options: OstalEngineOptions): HyperFormula {
  const config = {
    licenseKey,
    // The editor's history undoes engine changes through HyperFormula's stack (renderer/sheets/sheet-history.ts).
    ...(options.undoLimit !== undefined ? { undoLimit: options.undoLimit } : {}),
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    chooseAddressMappingPolicy: ADDRESS_MAPPING,
    evaluateNullToZero: true,
    // Full precision out, as Excel stores results; HyperFormula would round to 10 decimals.
    smartRounding: false,
    // HyperFormula's day-first text dates, and ISO 8601 ones (`"2024-03-05"`), which Excel and
    // LibreOffice read whatever their locale.
    dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
  };
  let hf: HyperFormula;
  try {
    if (options.sheets && options.sheets.length > 0) {
      // A map keeps tab order for any name (an object would put names like "2" first).
      const sheets: Record<string, RawCellContent[][]> = {};
      for (const sheet of options.sheets) sheets[sheet.name] = sheet.rows;
      const names = options.names && options.names.length > 0 ? acceptedNames(sheets, options.sheets, options.names, config) : [];
      hf = HyperFormula.buildFromSheets(sheets, config, [...BOOLEAN_NAMES, ...names]);
      const state = String(hf.licenseKeyValidityState);
      if (state !== 'valid') {
        hf.destroy();
        throw new CalcLicenseError(`The calculation engine refuses its licence key (${state}).`);
      }
      forgetBuildMarks(hf);
      return hf;
    }
    hf = HyperFormula.buildEmpty(config);
  } catch (err) {
    if (err instanceof CalcLicenseError) throw err;
    // An invalid key disables every engine feature; say so instead of failing on the first one.
    if (err instanceof Error && /license key/i.test(err.message)) throw new CalcLicenseError(err.message, { cause: err });
    throw err;
  }
  try {
    // Before any cell: formulas added later find the names there and compute once.
    for (const { name, expression } of BOOLEAN_NAMES) hf.addNamedExpression(name, expression);
  } catch (err) {
    hf.destroy();
    if (err instanceof Error && /license key/i.test(err.message)) throw new CalcLicenseError(err.message, { cause: err });
    throw err;
  }
  return hf;
}

/**
 * HyperFormula's builder adds the named expressions after the cells, marking every formula that
 * uses them as changed; its first evaluation then computes the whole graph in order, names first,
 * but leaves those marks. The first change after the build (the editor's first batch, a person's
 * first edit) would compute all those formulas again: every `=IF(…,TRUE,FALSE)` of the workbook and
 * everything depending on them. Nothing is stale after that first evaluation, so the marks go.
 * (`dependencyGraph` is HyperFormula's internal graph; ostal-engine.test.ts checks the behaviour.)
 */
function forgetBuildMarks(hf: HyperFormula): void {
  hf.dependencyGraph.clearDirtyVertices();
}

/**
 * The names HyperFormula takes, with a local name's scope as the sheet's engine id. The builder
 * throws on the first name it refuses, so they are tried first on an engine holding the same
 * sheets, empty (a few milliseconds): built from the same keys in the same order, it gives the
 * sheets the ids the real build will give them.
 */
function acceptedNames(sheets: Record<string, RawCellContent[][]>, tabs: EngineSheets, names: readonly DefinedNameEntry[], config: Partial<ConfigParams>): SerializedNamedExpression[] {
  const empty: Record<string, RawCellContent[][]> = {};
  for (const name of Object.keys(sheets)) empty[name] = [];
  const trial = HyperFormula.buildFromSheets(empty, config, [...BOOLEAN_NAMES]);
  try {
    const out: SerializedNamedExpression[] = [];
    for (const n of names) {
      const tab = n.sheet !== undefined ? tabs[n.sheet] : undefined;
      if (n.sheet !== undefined && tab === undefined) continue;
      const scope = tab !== undefined ? trial.getSheetId(tab.name) : undefined;
      if (tryAddName(trial, n.name, n.expression, scope)) out.push(scope !== undefined ? { name: n.name, expression: n.expression, scope } : { name: n.name, expression: n.expression });
    }
    return out;
  } finally {
    trial.destroy();
  }
}
