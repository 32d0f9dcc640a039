/**
 * Adjust values of the DrawingML presets ODF draws with a shape type of its own (`round-rectangle`,
 * `right-arrow`, `rectangular-callout`…, ODF 1.3 Part 1, 19.145 draw:type). Their draw:modifiers
 * are positions in the type's 21600 × 21600 box (LibreOffice's definitions of the types, scaled to
 * the shape's width and height), where a:avLst gives thousandths of a percent of the width, height
 * or shorter side (ECMA-376 Part 1, Annex D): converting one to the other takes the shape's size.
 * The values are those LibreOffice 7.4 writes when it saves such an ODP as PPTX (it truncates,
 * Ostal rounds), and LibreOffice draws the ODP Ostal writes as it draws the PPTX
 * (slides-preset-adjust.test.ts). A ring, a no-symbol and a sun stay approximate in a box that is
 * not square: ODF stretches their thickness with the box where DrawingML keeps it even.
 */
import { presetAdjustDefaults } from './preset-adjusts.js';

/**
 * How an adjust value follows from modifier `m`, as a share of 21600: `m` itself, `far` = 21600 − m
 * (measured from the far side), `between` = 21600 − 2m (what two insets leave between them),
 * `centre` = m − 10800 (from the middle), `mid` = 10800 − m (from m to the middle: a star's inner
 * radius, a head's half width); `w`/`h`: the share is of the width/height while the adjust value
 * counts in the shorter side. Angles (block arc): `angle` = m degrees, `mirror` = 180 − m degrees
 * (the arc's other end, symmetric about the vertical), as 60000ths of a degree in 0..360.
 */
type Term = 'm' | 'far' | 'between' | 'centre' | 'mid' | 'angle' | 'mirror';
interface Rule {
  readonly adj: string;
  readonly mod: number;
  readonly term: Term;
  readonly side?: 'w' | 'h';
}
interface TypeRules {
  readonly preset: string;
  readonly rules: readonly Rule[];
  /** Each modifier's range (its handle's, in LibreOffice; DrawingML pins its adjust values alike). */
  readonly ranges: readonly (readonly [number, number])[];
}

/** `adj:index:term[:side]` terms and `min..max` ranges of the modifiers in order, space separated. */
function rules(preset: string, spec: string, ranges = ''): TypeRules {
  return {
    preset,
    ranges: ranges
      .split(' ')
      .filter(Boolean)
      .map((r) => {
        const [min = '', max = ''] = r.split('..');
        return [Number(min), Number(max)] as const;
      }),
    rules: spec.split(' ').map((t) => {
      const [adj = '', mod = '0', term = 'm', side] = t.split(':');
      return { adj, mod: Number(mod), term: term as Term, ...(side === 'w' || side === 'h' ? { side } : {}) };
    }),
  };
}

const CALLOUT = 'adj1:0:centre adj2:1:centre';
/** Arrow callouts: the shaft's thickness and the head's half width across, the head's length and the box's share along. */
const ACROSS_H = 'adj1:3:between:h adj2:1:mid:h';
const ACROSS_W = 'adj1:3:between:w adj2:1:mid:w';
const HALF = '0..10800';
const FULL = '0..21600';
const CALLOUT_RANGES = `${FULL} ${HALF} ${FULL} ${HALF}`;

/**
 * Line callouts (LibreOffice's `line-callout-1`/`-2` and `mso-spt41`…`mso-spt52`, the Word 97
 * callouts DrawingML's derive from): the modifiers are the line's points, x then y in the 21600
 * box, from its far end to the box, where a:avLst names them from the box (adj1 y, adj2 x of the
 * first point…) as shares of the height and width.
 */
function lineCallout(preset: string, points: number): TypeRules {
  const spec: string[] = [];
  for (let k = 0; k < points; k++) {
    const j = points - 1 - k;
    spec.push(`adj${String(2 * k + 1)}:${String(2 * j + 1)}:m`, `adj${String(2 * k + 2)}:${String(2 * j)}:m`);
  }
  return rules(preset, spec.join(' '));
}

/** DrawingML line callouts -> the ODF draw:type LibreOffice draws them with. */
export const LINE_CALLOUT_TYPES: Readonly<Record<string, string>> = {
  callout1: 'mso-spt41',
  callout2: 'mso-spt42',
  callout3: 'mso-spt43',
  accentCallout1: 'mso-spt44',
  accentCallout2: 'mso-spt45',
  accentCallout3: 'mso-spt46',
  borderCallout1: 'line-callout-1',
  borderCallout2: 'line-callout-2',
  borderCallout3: 'mso-spt49',
  accentBorderCallout1: 'mso-spt50',
  accentBorderCallout2: 'mso-spt51',
  accentBorderCallout3: 'mso-spt52',
};

/** ODF draw:type -> its preset and how each adjust value follows from the modifiers. */
const TYPE_RULES: ReadonlyMap<string, TypeRules> = new Map([
  ['round-rectangle', rules('roundRect', 'adj:0:m', HALF)],
  ['octagon', rules('octagon', 'adj:0:m', HALF)],
  ['cross', rules('plus', 'adj:0:m', HALF)],
  ['cube', rules('cube', 'adj:0:m', FULL)],
  ['quad-bevel', rules('bevel', 'adj:0:m', HALF)],
  ['bracket-pair', rules('bracketPair', 'adj:0:m', HALF)],
  ['brace-pair', rules('bracePair', 'adj:0:m', '0..5400')],
  ['vertical-scroll', rules('verticalScroll', 'adj:0:m', '0..5400')],
  ['horizontal-scroll', rules('horizontalScroll', 'adj:0:m', '0..5400')],
  ['mso-spt21', rules('plaque', 'adj:0:m', HALF)],
  ['ring', rules('donut', 'adj:0:m', HALF)],
  ['forbidden', rules('noSmoking', 'adj:0:m', '0..7200')],
  ['sun', rules('sun', 'adj:0:m', '2700..10125')],
  ['paper', rules('foldedCorner', 'adj:0:far', '10800..21600')],
  ['isosceles-triangle', rules('triangle', 'adj:0:m', FULL)],
  ['can', rules('can', 'adj:0:m:h', HALF)],
  ['hexagon', rules('hexagon', 'adj:0:m:w', HALF)],
  ['parallelogram', rules('parallelogram', 'adj:0:m:w', FULL)],
  ['pentagon-right', rules('homePlate', 'adj:0:far:w', FULL)],
  ['chevron', rules('chevron', 'adj:0:far:w', FULL)],
  ['moon', rules('moon', 'adj:0:m', '0..18900')],
  ['right-arrow', rules('rightArrow', 'adj1:1:between adj2:0:far:w', `${FULL} ${HALF}`)],
  ['left-arrow', rules('leftArrow', 'adj1:1:between adj2:0:m:w', `${FULL} ${HALF}`)],
  ['up-arrow', rules('upArrow', 'adj1:1:between adj2:0:m:h', `${FULL} ${HALF}`)],
  ['down-arrow', rules('downArrow', 'adj1:1:between adj2:0:far:h', `${FULL} ${HALF}`)],
  ['left-right-arrow', rules('leftRightArrow', 'adj1:1:between adj2:0:m:w', `${HALF} ${HALF}`)],
  ['up-down-arrow', rules('upDownArrow', 'adj1:0:between adj2:1:m:h', `${HALF} ${HALF}`)],
  ['notched-right-arrow', rules('notchedRightArrow', 'adj1:1:between adj2:0:far:w', `${FULL} ${HALF}`)],
  ['striped-right-arrow', rules('stripedRightArrow', 'adj1:1:between adj2:0:far:w', `${FULL} ${HALF}`)],
  ['left-bracket', rules('leftBracket', 'adj:0:m:h', HALF)],
  ['right-bracket', rules('rightBracket', 'adj:0:m:h', HALF)],
  ['left-brace', rules('leftBrace', 'adj1:0:m:h adj2:1:m', `0..5400 ${FULL}`)],
  ['right-brace', rules('rightBrace', 'adj1:0:m:h adj2:1:m', `0..5400 ${FULL}`)],
  ['rectangular-callout', rules('wedgeRectCallout', CALLOUT)],
  ['round-rectangular-callout', rules('wedgeRoundRectCallout', CALLOUT)],
  ['round-callout', rules('wedgeEllipseCallout', CALLOUT)],
  ['cloud-callout', rules('cloudCallout', CALLOUT)],
  // Stars: the inner radius's share of the outer one, 10800 − m over 10800 (DrawingML adj / 50000).
  ['star4', rules('star4', 'adj:0:mid', HALF)],
  ['star8', rules('star8', 'adj:0:mid', HALF)],
  ['star24', rules('star24', 'adj:0:mid', HALF)],
  // Block arc: one angle for both ends, then the thickness (10800 − m, a ring's in a box that is not square).
  ['block-arc', rules('blockArc', 'adj2:0:mirror adj1:0:angle adj3:1:mid', `0..360 ${HALF}`)],
  ['right-arrow-callout', rules('rightArrowCallout', `${ACROSS_H} adj3:2:far:w adj4:0:m`, CALLOUT_RANGES)],
  ['left-arrow-callout', rules('leftArrowCallout', `${ACROSS_H} adj3:2:m:w adj4:0:far`, CALLOUT_RANGES)],
  ['up-arrow-callout', rules('upArrowCallout', `${ACROSS_W} adj3:2:m:h adj4:0:far`, CALLOUT_RANGES)],
  ['down-arrow-callout', rules('downArrowCallout', `${ACROSS_W} adj3:2:far:h adj4:0:m`, CALLOUT_RANGES)],
  ['left-right-arrow-callout', rules('leftRightArrowCallout', `${ACROSS_H} adj3:2:m:w adj4:0:between`, `${HALF} ${HALF} ${HALF} ${HALF}`)],
  ['quad-arrow-callout', rules('quadArrowCallout', 'adj1:3:between adj2:1:mid adj3:2:m adj4:0:between', `${HALF} ${HALF} ${HALF} ${HALF}`)],
  ...Object.entries(LINE_CALLOUT_TYPES).map(([preset, type]) => [type, lineCallout(preset, Number(preset.slice(-1)) + 1)] as const),
  // Ostal wrote `line-callout-3` for borderCallout3 before 2026-12 (LibreOffice's is another shape).
  ['line-callout-3', lineCallout('borderCallout3', 4)],
]);

/** A shape's size (any unit, EMU in the model); the share of a side is scaled by side / shorter side. */
export interface ShapeSize {
  readonly cx: number;
  readonly cy: number;
}

function sideRatio(rule: Rule, size: ShapeSize | undefined): number {
  if (!rule.side || !size || size.cx <= 0 || size.cy <= 0) return 1;
  return (rule.side === 'w' ? size.cx : size.cy) / Math.min(size.cx, size.cy);
}

function share(term: Term, m: number): number {
  switch (term) {
    case 'm':
      return m;
    case 'far':
      return 21600 - m;
    case 'between':
      return 21600 - 2 * m;
    case 'centre':
      return m - 10800;
    case 'mid':
      return 10800 - m;
    case 'angle':
    case 'mirror':
      return m;
  }
}

function modifierOfShare(term: Term, s: number): number {
  switch (term) {
    case 'm':
      return s;
    case 'far':
      return 21600 - s;
    case 'between':
      return (21600 - s) / 2;
    case 'centre':
      return s + 10800;
    case 'mid':
      return 10800 - s;
    case 'angle':
    case 'mirror':
      return s;
  }
}

/** 60000ths of a degree in 0..360 degrees. */
function angleUnits(degrees: number): number {
  return Math.round((((degrees % 360) + 360) % 360) * 60000);
}

/** The adjust value of modifier `m` under `rule`. */
function adjustValue(rule: Rule, m: number, size: ShapeSize | undefined): number {
  if (rule.term === 'angle') return angleUnits(m);
  if (rule.term === 'mirror') return angleUnits(180 - m);
  return Math.round((share(rule.term, m) / 21600) * 100_000 * sideRatio(rule, size)) + 0;
}

/** The modifier for adjust value `a` under `rule` (an angle's in degrees, the others in the 21600 box). */
function modifierValue(rule: Rule, a: number, size: ShapeSize | undefined): number {
  if (rule.term === 'angle') return (((a / 60000) % 360) + 360) % 360;
  if (rule.term === 'mirror') return (((180 - a / 60000) % 360) + 360) % 360;
  return modifierOfShare(rule.term, ((a / 100_000) * 21600) / sideRatio(rule, size));
}

/** True when an ODF draw:type's modifiers convert to the adjust values of its preset. */
export function hasTypeModifiers(type: string): boolean {
  return TYPE_RULES.has(type);
}

/**
 * The adjust values of the preset an ODF draw:type stands for, from its draw:modifiers and the
 * shape's size: only those that differ from the preset's defaults. Undefined when the type is not
 * one of these, or the list does not give every modifier the adjust values need.
 */
export function adjustOfTypeModifiers(type: string | undefined, modifiers: string | undefined, size: ShapeSize | undefined): Record<string, number> | undefined {
  const entry = type ? TYPE_RULES.get(type) : undefined;
  if (!entry || modifiers === undefined) return undefined;
  const values = modifiers.trim().split(/\s+/).filter(Boolean).map(Number);
  if (!values.every(Number.isFinite) || entry.rules.some((r) => r.mod >= values.length)) return undefined;
  const defaults = new Map(presetAdjustDefaults(entry.preset).map((d) => [d.name, d.value]));
  // What the defaults are written as: a modifier rounded to the 21600 box reads back a few
  // units off the default (a right arrow's 50000 as 50002), and is still the default.
  const written = typeModifiersOfAdjust(type!, entry.preset, undefined, size)?.split(' ').map(Number) ?? [];
  const out: Record<string, number> = {};
  for (const rule of entry.rules) {
    const m = values[rule.mod] ?? 0;
    const v = adjustValue(rule, m, size);
    if (v !== defaults.get(rule.adj) && m !== written[rule.mod]) out[rule.adj] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The draw:modifiers of an ODF draw:type for its preset's adjust values (the preset's defaults
 * where `adjust` has none: the type's own defaults draw another shape, a right arrow's head a
 * quarter of its width where DrawingML's is half its height), within the modifiers' ranges and
 * rounded to whole units of the 21600 box. Undefined when the type is not one of these or not
 * `preset`'s.
 */
export function typeModifiersOfAdjust(type: string, preset: string, adjust: Readonly<Record<string, number>> | undefined, size: ShapeSize | undefined): string | undefined {
  const entry = TYPE_RULES.get(type);
  if (!entry || entry.preset !== preset) return undefined;
  const defaults = new Map(presetAdjustDefaults(preset).map((d) => [d.name, d.value]));
  const count = Math.max(...entry.rules.map((r) => r.mod)) + 1;
  const mods: number[] = new Array<number>(count).fill(0);
  for (const rule of entry.rules) {
    const a = adjust && Object.hasOwn(adjust, rule.adj) ? (adjust[rule.adj] ?? 0) : (defaults.get(rule.adj) ?? 0);
    const [min, max] = entry.ranges[rule.mod] ?? [-Infinity, Infinity];
    const m = Math.min(max, Math.max(min, modifierValue(rule, a, size)));
    // Angles keep their fraction of a degree (a:avLst counts 60000ths); box positions are whole units.
    mods[rule.mod] = (rule.term === 'angle' || rule.term === 'mirror' ? Math.round(m * 10_000) / 10_000 : Math.round(m)) + 0;
  }
  return mods.join(' ');
}
