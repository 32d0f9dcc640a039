/**
 * @ostal/calc — headless spreadsheet calculation: HyperFormula with Ostal's function layer, behind
 * one facade ({@link createCalc}). No DOM, no node:*, no Electron.
 */
export type { Calc, CalcOptions } from './calc.js';
export { createCalc } from './calc.js';
export { ARRAY_AREA_FUNCTION, arrayCovered, fromEngineArrayFormula, isArrayMaster, toEngineArrayFormula } from './array-formula.js';
export type { ArrayArea } from './array-formula.js';
export { addDefinedNames, definedNameEntries } from './defined-names.js';
export type { DefinedNameEntry } from './defined-names.js';
export { engineFormula, externalSheets, modelFormula } from './external-sheets.js';
export type { CalcDiagnostic, CalcDiagnosticCode } from './calc-diagnostic.js';
export { formulaFunctions } from './formula-functions.js';
export { ostalFunctionNames, registerOstalFunctions } from './functions/register-functions.js';
export { setInfoEnvironment } from './functions/cell-info-functions.js';
export type { InfoEnvironment } from './functions/cell-info-functions.js';
export { buildOstalEngine, CalcLicenseError, DEFAULT_ENGINE_LICENSE_KEY } from './ostal-engine.js';
export type { EngineSheets, OstalEngineOptions } from './ostal-engine.js';
export * from './number-format/index.js';
