/**
 * Registers Ostal's function plugins with HyperFormula. Registration is global to the
 * HyperFormula module (every engine built afterwards in the same JavaScript realm gets these
 * functions), so it happens once.
 */
import { HyperFormula } from 'hyperformula';
import type { FunctionPluginDefinition } from 'hyperformula';
import { AggregateFunctionPlugin } from './aggregate-function.js';
import { ARRAY_AREA_FUNCTION, ArrayAreaFunctionPlugin } from './array-area-function.js';
import { CellInfoFunctionsPlugin } from './cell-info-functions.js';
import { AreasFunctionPlugin } from './areas-function.js';
import { ArrayReshapeFunctionsPlugin } from './array-reshape-functions.js';
import { ArrayShapeFunctionsPlugin } from './array-shape-functions.js';
import { BahtTextFunctionPlugin } from './baht-text-function.js';
import { BinomialRangeFunctionPlugin } from './binomial-range-function.js';
import { BondFunctionsPlugin } from './bond-functions.js';
import { ByteTextFunctionsPlugin } from './byte-text-functions.js';
import { ChiSquareFunctionsPlugin } from './chi-square-functions.js';
import { ConditionalFunctionsPlugin } from './conditional-functions.js';
import { ConvertFunctionPlugin } from './convert-function.js';
import { CouponFunctionsPlugin } from './coupon-functions.js';
import { DepreciationFunctionsPlugin } from './depreciation-functions.js';
import { DollarFunctionsPlugin } from './dollar-functions.js';
import { EasterSundayFunctionPlugin } from './easter-sunday-function.js';
import { EncodeUrlFunctionPlugin } from './encode-url-function.js';
import { EngineeringFunctionsPlugin } from './engineering-functions.js';
import { FilterFunctionPlugin } from './filter-function.js';
import { FixedFunctionPlugin } from './fixed-function.js';
import { IndirectFunctionPlugin } from './indirect-function.js';
import { InfoFunctionsPlugin } from './info-functions.js';
import { LambdaFunctionPlugin } from './lambda-function.js';
import { LambdaHelperFunctionsPlugin } from './lambda-helper-functions.js';
import { LetFunctionPlugin } from './let-function.js';
import { LAMBDA_CALL_FUNCTION } from './name-substitution.js';
import { LogicalFunctionsPlugin } from './logical-functions.js';
import { LookupFunctionsPlugin } from './lookup-functions.js';
import { LookupWildcardFunctionsPlugin } from './lookup-wildcard-functions.js';
import { MatchFunctionPlugin } from './match-function.js';
import { MatrixFunctionsPlugin } from './matrix-functions.js';
import { NumberValueFunctionPlugin } from './number-value-function.js';
import { OddPeriodFunctionsPlugin } from './odd-period-functions.js';
import { ProbFunctionPlugin } from './prob-percentof-functions.js';
import { RandomArrayFunctionPlugin } from './random-array-function.js';
import { RankFunctionsPlugin } from './rank-functions.js';
import { RegexFunctionsPlugin } from './regex-functions.js';
import { RegressionFunctionsPlugin } from './regression-functions.js';
import { RoundSigFunctionPlugin } from './round-sig-function.js';
import { RoundingFunctionsPlugin } from './rounding-functions.js';
import { SecuritiesFunctionsPlugin } from './securities-functions.js';
import { SortByFunctionPlugin } from './sortby-function.js';
import { StatisticsFunctionsPlugin } from './statistics-functions.js';
import { TextBeforeAfterFunctionsPlugin } from './text-before-after-functions.js';
import { TextFunctionsPlugin } from './text-functions.js';
import { TextSplitFunctionPlugin } from './text-split-function.js';
import { ValueToTextFunctionsPlugin } from './value-to-text-functions.js';
import { WidthConversionFunctionsPlugin } from './width-conversion-functions.js';
import { XmatchFunctionPlugin } from './xmatch-function.js';

/** Every Ostal plugin, in registration order (later ones win on a shared name). */
export const OSTAL_FUNCTION_PLUGINS: readonly FunctionPluginDefinition[] = [
  AggregateFunctionPlugin,
  AreasFunctionPlugin,
  ArrayAreaFunctionPlugin,
  ArrayReshapeFunctionsPlugin,
  ArrayShapeFunctionsPlugin,
  BahtTextFunctionPlugin,
  BinomialRangeFunctionPlugin,
  BondFunctionsPlugin,
  ByteTextFunctionsPlugin,
  CellInfoFunctionsPlugin,
  ChiSquareFunctionsPlugin,
  ConditionalFunctionsPlugin,
  ConvertFunctionPlugin,
  CouponFunctionsPlugin,
  DepreciationFunctionsPlugin,
  DollarFunctionsPlugin,
  EasterSundayFunctionPlugin,
  EncodeUrlFunctionPlugin,
  EngineeringFunctionsPlugin,
  FilterFunctionPlugin,
  FixedFunctionPlugin,
  IndirectFunctionPlugin,
  InfoFunctionsPlugin,
  LambdaFunctionPlugin,
  LambdaHelperFunctionsPlugin,
  LetFunctionPlugin,
  LogicalFunctionsPlugin,
  LookupFunctionsPlugin,
  LookupWildcardFunctionsPlugin,
  MatchFunctionPlugin,
  MatrixFunctionsPlugin,
  NumberValueFunctionPlugin,
  OddPeriodFunctionsPlugin,
  ProbFunctionPlugin,
  RandomArrayFunctionPlugin,
  RankFunctionsPlugin,
  RegexFunctionsPlugin,
  RegressionFunctionsPlugin,
  RoundSigFunctionPlugin,
  RoundingFunctionsPlugin,
  SecuritiesFunctionsPlugin,
  SortByFunctionPlugin,
  StatisticsFunctionsPlugin,
  TextFunctionsPlugin,
  TextBeforeAfterFunctionsPlugin,
  TextSplitFunctionPlugin,
  ValueToTextFunctionsPlugin,
  WidthConversionFunctionsPlugin,
  XmatchFunctionPlugin,
];

let registered = false;

/**
 * Names of the functions Ostal adds to HyperFormula or computes differently, sorted (not the
 * engine-only OSTAL.ARRAYAREA and OSTAL.LAMBDACALL, which no formula a person writes calls).
 */
export function ostalFunctionNames(): string[] {
  return OSTAL_FUNCTION_PLUGINS.flatMap((plugin) => Object.keys(plugin.implementedFunctions))
    .filter((name) => name !== ARRAY_AREA_FUNCTION && name !== LAMBDA_CALL_FUNCTION)
    .sort();
}

/**
 * Registers the plugins with HyperFormula (English function names), once per realm; later calls
 * do nothing.
 */
export function registerOstalFunctions(): void {
  if (registered) return;
  for (const plugin of OSTAL_FUNCTION_PLUGINS) {
    const names = Object.fromEntries(Object.keys(plugin.implementedFunctions).map((name) => [name, name]));
    HyperFormula.registerFunctionPlugin(plugin, { enGB: names, enUS: names });
  }
  registered = true;
}
