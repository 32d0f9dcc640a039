/**
 * LibreOffice's EASTERSUNDAY, which Excel and HyperFormula lack (LibreOffice Help, "EASTERSUNDAY";
 * files spell it ORG.OPENOFFICE.EASTERSUNDAY): the date of Easter Sunday of a year in the
 * Gregorian calendar.
 *
 * EASTERSUNDAY(year): the year's fraction is dropped; a year of two digits is read as
 * LibreOffice reads it by default, 0–29 as 2000–2029 and 30–99 as 1930–1999. A year before 1583
 * (the calendar's first full year) or after 9956: #NUM! (LibreOffice's Err:502). The result is a
 * serial date (days since 1899-12-30).
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';

/** The name LibreOffice writes in ODS and XLSX files (after `_xlfn.` in XLSX). */
export const EASTER_SUNDAY_FILE_NAME = 'ORG.OPENOFFICE.EASTERSUNDAY';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Month (1–12) and day of Easter Sunday in `year` (the anonymous Gregorian computus). */
export function easterSunday(year: number): { readonly month: number; readonly day: number } {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const weekday = (32 + 2 * centuryRest + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const shift = Math.floor((golden + 11 * epact + 22 * weekday) / 451);
  const days = epact + weekday - 7 * shift + 114;
  return { month: Math.floor(days / 31), day: (days % 31) + 1 };
}

/** EASTERSUNDAY's result for a year argument, or the error to show. */
export function easterSundaySerial(yearArg: number): PluginValue {
  let year = Math.trunc(yearArg);
  if (year >= 0 && year < 100) year += year < 30 ? 2000 : 1900;
  if (year < 1583 || year > 9956) return cellError(ErrorType.NUM, 'The year is outside 1583–9956.');
  const { month, day } = easterSunday(year);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

const PARAMETERS = [{ argumentType: FunctionArgumentType.NUMBER }];

/** EASTERSUNDAY (and its name in files). */
export class EasterSundayFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    EASTERSUNDAY: { method: 'easterSunday', parameters: PARAMETERS },
    [EASTER_SUNDAY_FILE_NAME]: { method: 'easterSunday', parameters: PARAMETERS },
  };

  /** EASTERSUNDAY(year). */
  easterSunday(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('EASTERSUNDAY'), easterSundaySerial);
  }
}
