/**
 * The units CONVERT knows, as Excel's reference lists them (names are case-sensitive), each with
 * its size in its quantity's base unit (gram, metre, second, pascal, newton, joule, watt, tesla,
 * cubic metre, square metre, bit, metre per second; temperatures apart). Metric units take the
 * decimal prefixes (`km`, `mg`, `daN`; `cm2` squares the prefix, `cm3` cubes it), `bit` and
 * `byte` the binary ones as well (`kibyte`, `Mibit`).
 */

/** What a unit measures; only units of one quantity convert into each other. */
export type Quantity = 'mass' | 'distance' | 'time' | 'pressure' | 'force' | 'energy' | 'power' | 'magnetism' | 'temperature' | 'volume' | 'area' | 'information' | 'speed';

/** A unit: its quantity, its size in the base unit, whether prefixes apply, and the power of a prefix. */
interface UnitDef {
  readonly quantity: Quantity;
  readonly factor: number;
  readonly prefixed: boolean;
  /** 2 for areas (`cm2`), 3 for volumes (`cm3`), 1 otherwise. */
  readonly power: number;
}

const INCH = 0.0254;
const FOOT = 0.3048;
const YARD = 0.9144;
const MILE = 1609.344;
const NAUTICAL_MILE = 1852;
const PICA_POINT = INCH / 72;
const LIGHT_YEAR = 9.4607304725808e15;
const ANGSTROM = 1e-10;
const FLUID_OUNCE = 29.5735295625e-6;
const POUND = 453.59237;

const UNITS = new Map<string, UnitDef>();

function define(quantity: Quantity, names: readonly string[], factor: number, prefixed = false, power = 1): void {
  for (const name of names) UNITS.set(name, { quantity, factor, prefixed, power });
}

// Mass, in grams.
define('mass', ['g'], 1, true);
define('mass', ['sg'], 14_593.902_937_206_4);
define('mass', ['lbm'], POUND);
define('mass', ['u'], 1.660_539_066_60e-24, true);
define('mass', ['ozm'], POUND / 16);
define('mass', ['grain'], 0.064_798_91);
define('mass', ['cwt', 'shweight'], 100 * POUND);
define('mass', ['uk_cwt', 'lcwt', 'hweight'], 112 * POUND);
define('mass', ['stone'], 14 * POUND);
define('mass', ['ton'], 2000 * POUND);
define('mass', ['uk_ton', 'LTON', 'brton'], 2240 * POUND);
// Distance, in metres.
define('distance', ['m'], 1, true);
define('distance', ['mi'], MILE);
define('distance', ['Nmi'], NAUTICAL_MILE);
define('distance', ['in'], INCH);
define('distance', ['ft'], FOOT);
define('distance', ['yd'], YARD);
define('distance', ['ang'], ANGSTROM, true);
define('distance', ['ell'], 45 * INCH);
define('distance', ['ly'], LIGHT_YEAR, true);
define('distance', ['parsec', 'pc'], 3.085_677_581_491_37e16, true);
define('distance', ['Picapt', 'Pica'], PICA_POINT);
define('distance', ['pica'], INCH / 6);
define('distance', ['survey_mi'], 6_336_000 / 3937);
// Time, in seconds.
define('time', ['yr'], 365.25 * 86_400);
define('time', ['day', 'd'], 86_400);
define('time', ['hr'], 3600);
define('time', ['mn', 'min'], 60);
define('time', ['sec', 's'], 1, true);
// Pressure, in pascals.
define('pressure', ['Pa', 'p'], 1, true);
define('pressure', ['atm', 'at'], 101_325, true);
// A millimetre of mercury as 1/760 atmosphere, as Excel and LibreOffice compute it.
define('pressure', ['mmHg'], 101_325 / 760, true);
define('pressure', ['psi'], 6894.757_293_168_36);
define('pressure', ['Torr'], 101_325 / 760);
// Force, in newtons.
define('force', ['N'], 1, true);
define('force', ['dyn', 'dy'], 1e-5, true);
define('force', ['lbf'], 4.448_221_615_260_5);
define('force', ['pond'], 9.806_65e-3, true);
// Energy, in joules.
define('energy', ['J'], 1, true);
define('energy', ['e'], 1e-7, true);
define('energy', ['c'], 4.184, true);
define('energy', ['cal'], 4.1868, true);
define('energy', ['eV', 'ev'], 1.602_176_634e-19, true);
define('energy', ['HPh', 'hh'], 2_684_519.537_696_173);
define('energy', ['Wh', 'wh'], 3600, true);
define('energy', ['flb'], 4.448_221_615_260_5 * FOOT);
define('energy', ['BTU', 'btu'], 1055.055_852_62);
// Power, in watts.
define('power', ['HP', 'h'], 745.699_871_582_270_2);
define('power', ['PS'], 735.498_75);
define('power', ['W', 'w'], 1, true);
// Magnetism, in teslas.
define('magnetism', ['T'], 1, true);
define('magnetism', ['ga'], 1e-4, true);
// Temperature: factors unused (see temperatureToKelvin).
define('temperature', ['C', 'cel'], 1);
define('temperature', ['F', 'fah'], 1);
define('temperature', ['K', 'kel'], 1, true);
define('temperature', ['Rank'], 1);
define('temperature', ['Reau'], 1);
// Volume, in cubic metres.
define('volume', ['tsp'], FLUID_OUNCE / 6);
define('volume', ['tspm'], 5e-6);
define('volume', ['tbs'], FLUID_OUNCE / 2);
define('volume', ['oz'], FLUID_OUNCE);
define('volume', ['cup'], 8 * FLUID_OUNCE);
define('volume', ['pt', 'us_pt'], 16 * FLUID_OUNCE);
define('volume', ['uk_pt'], 568.261_25e-6);
define('volume', ['qt'], 32 * FLUID_OUNCE);
define('volume', ['uk_qt'], 2 * 568.261_25e-6);
define('volume', ['gal'], 128 * FLUID_OUNCE);
define('volume', ['uk_gal'], 4.546_09e-3);
define('volume', ['l', 'L', 'lt'], 1e-3, true);
define('volume', ['ang3', 'ang^3'], ANGSTROM ** 3, true, 3);
define('volume', ['barrel'], 42 * 128 * FLUID_OUNCE);
define('volume', ['bushel'], 35.239_070_166_88e-3);
define('volume', ['ft3', 'ft^3'], FOOT ** 3);
define('volume', ['in3', 'in^3'], INCH ** 3);
define('volume', ['ly3', 'ly^3'], LIGHT_YEAR ** 3);
define('volume', ['m3', 'm^3'], 1, true, 3);
define('volume', ['mi3', 'mi^3'], MILE ** 3);
define('volume', ['yd3', 'yd^3'], YARD ** 3);
define('volume', ['Nmi3', 'Nmi^3'], NAUTICAL_MILE ** 3);
define('volume', ['Picapt3', 'Picapt^3', 'Pica3', 'Pica^3'], PICA_POINT ** 3);
define('volume', ['GRT', 'regton'], 100 * FOOT ** 3);
define('volume', ['MTON'], 40 * FOOT ** 3);
// Area, in square metres.
define('area', ['uk_acre'], 4046.856_422_4);
define('area', ['us_acre'], 4046.872_609_874_252);
define('area', ['ang2', 'ang^2'], ANGSTROM ** 2, true, 2);
define('area', ['ar'], 100, true);
define('area', ['ft2', 'ft^2'], FOOT ** 2);
define('area', ['ha'], 10_000);
define('area', ['in2', 'in^2'], INCH ** 2);
define('area', ['ly2', 'ly^2'], LIGHT_YEAR ** 2);
define('area', ['m2', 'm^2'], 1, true, 2);
define('area', ['Morgen'], 2500);
define('area', ['mi2', 'mi^2'], MILE ** 2);
define('area', ['Nmi2', 'Nmi^2'], NAUTICAL_MILE ** 2);
define('area', ['Picapt2', 'Pica2', 'Pica^2', 'Picapt^2'], PICA_POINT ** 2);
define('area', ['yd2', 'yd^2'], YARD ** 2);
// Information, in bits.
define('information', ['bit'], 1, true);
define('information', ['byte'], 8, true);
// Speed, in metres per second.
define('speed', ['admkn'], (6080 * FOOT) / 3600);
define('speed', ['kn'], NAUTICAL_MILE / 3600);
define('speed', ['m/h', 'm/hr'], 1 / 3600, true);
define('speed', ['m/s', 'm/sec'], 1, true);
define('speed', ['mph'], MILE / 3600);

const DECIMAL_PREFIXES: ReadonlyMap<string, number> = new Map([
  ['Y', 1e24], ['Z', 1e21], ['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3], ['h', 1e2],
  ['da', 1e1], ['e', 1e1], ['d', 1e-1], ['c', 1e-2], ['m', 1e-3], ['u', 1e-6], ['n', 1e-9], ['p', 1e-12], ['f', 1e-15],
  ['a', 1e-18], ['z', 1e-21], ['y', 1e-24],
]);

const BINARY_PREFIXES: ReadonlyMap<string, number> = new Map([
  ['ki', 2 ** 10], ['Mi', 2 ** 20], ['Gi', 2 ** 30], ['Ti', 2 ** 40], ['Pi', 2 ** 50], ['Ei', 2 ** 60], ['Zi', 2 ** 70], ['Yi', 2 ** 80],
]);

/** A unit as written: its definition, its full size (prefix included) and its name without prefix. */
export interface ParsedUnit {
  readonly quantity: Quantity;
  readonly factor: number;
  readonly base: string;
  readonly scale: number;
}

/** The unit a CONVERT argument names (`"km"`, `"degF"` is not one), or undefined. */
export function parseUnit(text: string): ParsedUnit | undefined {
  const exact = UNITS.get(text);
  if (exact) return { quantity: exact.quantity, factor: exact.factor, base: text, scale: 1 };
  for (const [prefixes, binary] of [[DECIMAL_PREFIXES, false], [BINARY_PREFIXES, true]] as const) {
    for (const [prefix, size] of prefixes) {
      if (!text.startsWith(prefix)) continue;
      const base = text.slice(prefix.length);
      const def = UNITS.get(base);
      if (!def?.prefixed || (binary && def.quantity !== 'information')) continue;
      const scale = size ** def.power;
      return { quantity: def.quantity, factor: def.factor * scale, base, scale };
    }
  }
  return undefined;
}

/** Kelvins of a temperature in the unit `base` (`C`, `F`, `K`, `Rank`, `Reau` and their synonyms). */
function toKelvin(value: number, base: string): number {
  switch (base) {
    case 'C':
    case 'cel':
      return value + 273.15;
    case 'F':
    case 'fah':
      return ((value - 32) * 5) / 9 + 273.15;
    case 'Rank':
      return (value * 5) / 9;
    case 'Reau':
      return (value * 5) / 4 + 273.15;
    default:
      return value;
  }
}

function fromKelvin(kelvin: number, base: string): number {
  switch (base) {
    case 'C':
    case 'cel':
      return kelvin - 273.15;
    case 'F':
    case 'fah':
      return ((kelvin - 273.15) * 9) / 5 + 32;
    case 'Rank':
      return (kelvin * 9) / 5;
    case 'Reau':
      return ((kelvin - 273.15) * 4) / 5;
    default:
      return kelvin;
  }
}

/** `value` in unit `from` expressed in unit `to`; undefined when they measure different things. */
export function convertUnits(value: number, from: ParsedUnit, to: ParsedUnit): number | undefined {
  if (from.quantity !== to.quantity) return undefined;
  if (from.quantity === 'temperature') return fromKelvin(toKelvin(value * from.scale, from.base), to.base) / to.scale;
  return from.factor === to.factor ? value : (value * from.factor) / to.factor;
}
