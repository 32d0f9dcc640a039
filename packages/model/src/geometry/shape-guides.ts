/**
 * The DrawingML shape guide language (ECMA-376 Part 1, 20.1.9.11 `gd`): the built-in guides of a
 * shape's box, the formula operators, and the evaluation of a preset's adjust values and guides.
 * Angles are in 60000ths of a degree, ratios in 100000ths; pure arithmetic, no DOM.
 */

/** One guide: its name, operator and up to three arguments (names or numbers). */
export interface Guide {
  readonly name: string;
  readonly op: string;
  readonly args: readonly string[];
}

const DEG = Math.PI / 10_800_000;

/** Built-in angle constants (60000ths of a degree). */
export const ANGLE_CONSTANTS: Readonly<Record<string, number>> = {
  cd2: 10_800_000, cd4: 5_400_000, cd8: 2_700_000, '3cd4': 16_200_000, '3cd8': 8_100_000, '5cd8': 13_500_000, '7cd8': 18_900_000,
};

/** The built-in guides of a `w` × `h` box, as multiples: name → [dimension, divisor]. */
export const BOX_GUIDES: Readonly<Record<string, readonly [('w' | 'h' | 'ss' | 'ls'), number]>> = {
  w: ['w', 1], h: ['h', 1], r: ['w', 1], b: ['h', 1], hc: ['w', 2], vc: ['h', 2],
  wd2: ['w', 2], wd3: ['w', 3], wd4: ['w', 4], wd5: ['w', 5], wd6: ['w', 6], wd8: ['w', 8], wd10: ['w', 10], wd12: ['w', 12], wd32: ['w', 32],
  hd2: ['h', 2], hd3: ['h', 3], hd4: ['h', 4], hd5: ['h', 5], hd6: ['h', 6], hd8: ['h', 8], hd10: ['h', 10], hd12: ['h', 12], hd32: ['h', 32],
  ss: ['ss', 1], ls: ['ls', 1], ssd2: ['ss', 2], ssd4: ['ss', 4], ssd6: ['ss', 6], ssd8: ['ss', 8], ssd16: ['ss', 16], ssd32: ['ss', 32],
};

/** Parses guides written `name op arg…` separated by `;`. */
export function parseGuides(text: string | undefined): Guide[] {
  return (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [name = '', op = 'val', ...args] = s.split(/\s+/);
      return { name, op, args };
    });
}

/** The value of one operator on its arguments. */
export function applyOperator(op: string, x: number, y = 0, z = 0): number {
  switch (op) {
    case '*/': return z === 0 ? 0 : (x * y) / z;
    case '+-': return x + y - z;
    case '+/': return z === 0 ? 0 : (x + y) / z;
    case '?:': return x > 0 ? y : z;
    case 'abs': return Math.abs(x);
    case 'at2': return Math.atan2(y, x) / DEG;
    case 'cat2': return x * Math.cos(Math.atan2(z, y));
    case 'cos': return x * Math.cos(y * DEG);
    case 'max': return Math.max(x, y);
    case 'min': return Math.min(x, y);
    case 'mod': return Math.sqrt(x * x + y * y + z * z);
    case 'pin': return y < x ? x : y > z ? z : y;
    case 'sat2': return x * Math.sin(Math.atan2(z, y));
    case 'sin': return x * Math.sin(y * DEG);
    case 'sqrt': return Math.sqrt(Math.max(0, x));
    case 'tan': return x * Math.tan(y * DEG);
    case 'val': return x;
    default: throw new Error(`unknown guide operator ${op}`);
  }
}

/** The built-in values of a `w` × `h` box (l, t are 0). */
export function boxValues(w: number, h: number): Map<string, number> {
  const dims = { w, h, ss: Math.min(w, h), ls: Math.max(w, h) };
  const out = new Map<string, number>([['l', 0], ['t', 0]]);
  for (const [name, [dim, div]] of Object.entries(BOX_GUIDES)) out.set(name, dims[dim] / div);
  for (const [name, v] of Object.entries(ANGLE_CONSTANTS)) out.set(name, v);
  return out;
}

/** Looks a name or number up in `values`; unknown names are 0. */
export function argValue(arg: string, values: ReadonlyMap<string, number>): number {
  const n = Number(arg);
  if (arg !== '' && Number.isFinite(n)) return n;
  return values.get(arg) ?? 0;
}

/**
 * Every guide of a shape: the box's built-ins, the adjust values (defaults from `avLst`
 * overridden by `adjust`), then `gdLst` in order, each seeing those before it.
 */
export function evaluateGuides(avLst: readonly Guide[], gdLst: readonly Guide[], w: number, h: number, adjust?: Readonly<Record<string, number>> | null): Map<string, number> {
  const values = boxValues(w, h);
  const run = (g: Guide) => {
    const [a = '0', b = '0', c = '0'] = g.args;
    values.set(g.name, applyOperator(g.op, argValue(a, values), argValue(b, values), argValue(c, values)));
  };
  for (const g of avLst) {
    const given = adjust && Object.hasOwn(adjust, g.name) ? adjust[g.name] : undefined;
    if (given !== undefined && Number.isFinite(given)) values.set(g.name, given);
    else run(g);
  }
  gdLst.forEach(run);
  return values;
}
