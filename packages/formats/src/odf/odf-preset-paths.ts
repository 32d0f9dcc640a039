/**
 * Presets written to ODP as `ooxml-<preset>` with an enhanced path of their own, for presets
 * whose ODF type LibreOffice draws otherwise or that ODF lacks: its `trapezoid` has the narrow
 * side down where DrawingML's has it up, its `star5` has no modifier, and it draws no `ooxml-`
 * shape without a path (stars of 6, 7, 10, 12, 16 and 32 points vanished). The path follows
 * ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml), in a viewBox the size of the shape
 * (hundredths of a millimetre), so that `logwidth`/`logheight` are its width and height; the
 * modifiers are the adjust values, as for every `ooxml-` type, and read back as such.
 */
import { modifiersOfAdjust, presetAdjustDefaults } from './preset-adjusts.js';
import { hasTypeModifiers, typeModifiersOfAdjust } from './odf-type-modifiers.js';
import { generatedPresetPath } from './odf-preset-equations.js';

/** The enhanced geometry of such a preset: viewBox, path, text area and equations (name, formula). */
export interface PresetPath {
  readonly viewBox: string;
  readonly path: string;
  readonly textAreas: string;
  readonly equations: readonly (readonly [string, string])[];
}

/**
 * Stars drawn from a path of their own, with their adjust values as modifiers in a:avLst order
 * ($0 adj, then $1 hf and $2 vf where the preset has them): points, and whether the outer radius
 * is widened (hf) and the star lowered and lengthened (vf). ODF has `star4`, `star8` and `star24`
 * types with a modifier (`odf-type-modifiers.ts`); its `star5` has none.
 */
const STARS: ReadonlyMap<string, { readonly points: number; readonly hf: boolean; readonly vf: boolean }> = new Map([
  ['star5', { points: 5, hf: true, vf: true }],
  ['star6', { points: 6, hf: true, vf: false }],
  ['star7', { points: 7, hf: true, vf: true }],
  ['star10', { points: 10, hf: true, vf: false }],
  ['star12', { points: 12, hf: false, vf: false }],
  ['star16', { points: 16, hf: false, vf: false }],
  ['star32', { points: 32, hf: false, vf: false }],
]);

/** Presets drawn from a path of their own in ODP. */
export function hasPresetPath(preset: string): boolean {
  return preset === 'trapezoid' || STARS.has(preset);
}

/** A constant for a formula: six decimals at most, no exponent. */
function k(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

/**
 * A star of ECMA-376's presets: outer points on an ellipse of half-width wd2 × hf and half-height
 * hd2 × vf about (hc, vc × vf), the first at the top, inner points between them on the ellipse
 * scaled by adj / 50000 (adj pinned to 0 .. 50000).
 */
function starPath(points: number, hf: boolean, vf: boolean, viewBox: string): PresetPath {
  const equations: [string, string][] = [
    ['f0', 'logwidth/2'],
    ['f1', 'logheight/2'],
    ['f2', 'min(max($0,0),50000)'],
    ['f3', hf ? '?f0*$1/100000' : '?f0'],
    ['f4', vf ? '?f1*$2/100000' : '?f1'],
    ['f5', '?f3*?f2/50000'],
    ['f6', '?f4*?f2/50000'],
    // Text: the square inside the inner ellipse.
    ['f7', '?f0-?f5*0.707107'],
    ['f8', '?f4-?f6*0.707107'],
    ['f9', '?f0+?f5*0.707107'],
    ['f10', '?f4+?f6*0.707107'],
  ];
  const path: string[] = [];
  for (let i = 0; i < 2 * points; i++) {
    const angle = ((-90 + (i * 180) / points) * Math.PI) / 180;
    const [rx, ry] = i % 2 === 0 ? ['?f3', '?f4'] : ['?f5', '?f6'];
    const x = `f${String(11 + 2 * i)}`;
    const y = `f${String(12 + 2 * i)}`;
    equations.push([x, `?f0+${rx}*${k(Math.cos(angle))}`], [y, `?f4+${ry}*${k(Math.sin(angle))}`]);
    path.push(`${i === 0 ? 'M' : i === 1 ? 'L' : ''} ?${x} ?${y}`.trim());
  }
  return { viewBox, path: `${path.join(' ')} Z N`, textAreas: '?f7 ?f8 ?f9 ?f10', equations };
}

/**
 * The path of `preset` for a shape of `cx` × `cy` EMU, undefined for presets without one.
 * Trapezoid: the top inset by min(w, h) × adj / 100000 on each side (adj pinned to 0 .. 50000 × w / min(w, h)),
 * the text area inset by a third of the width and height in proportion.
 */
export function presetPath(preset: string, cx: number, cy: number): PresetPath | undefined {
  const w = Math.max(1, Math.round(cx / 360));
  const h = Math.max(1, Math.round(cy / 360));
  const viewBox = `0 0 ${String(w)} ${String(h)}`;
  const star = STARS.get(preset);
  if (star) return starPath(star.points, star.hf, star.vf, viewBox);
  if (preset !== 'trapezoid') return undefined;
  return {
    viewBox,
    path: 'M 0 ?f5 L ?f3 0 ?f4 0 ?f6 ?f5 Z N',
    textAreas: '?f7 ?f8 ?f9 ?f5',
    equations: [
      ['f0', 'min(logwidth,logheight)'],
      ['f1', '50000*logwidth/?f0'],
      ['f2', 'min(max($0,0),?f1)'],
      ['f3', '?f0*?f2/100000'],
      ['f4', 'logwidth-?f3'],
      ['f5', 'logheight'],
      ['f6', 'logwidth'],
      ['f7', 'logwidth/3*?f2/?f1'],
      ['f8', 'logheight/3*?f2/?f1'],
      ['f9', 'logwidth-?f7'],
    ],
  };
}

/** A preset's `draw:enhanced-geometry` attributes and `draw:equation`s (name, formula). */
export interface PresetGeometry {
  readonly attrs: Readonly<Record<string, string>>;
  readonly equations: readonly (readonly [string, string])[];
}

/**
 * The enhanced geometry of `preset` with `adjust` for a `cx` × `cy` EMU shape, `type` being the
 * ODF type the writer knows it by (`ooxml-<preset>` when ODF has none). A preset with a path of
 * its own is written as `ooxml-<preset>` with it, its modifiers the adjust values (defaults where
 * it has none: the equations name every one). Another `ooxml-` type gets its adjust values as
 * modifiers in a:avLst order, as LibreOffice writes imported presets; an ODF type of its own gets
 * that type's modifiers converted with the shape's size (`odf-type-modifiers.ts`), or none when
 * the conversion is not known — unless its adjust values differ from the defaults (a frame's
 * width, a smiley's mouth dragged by its handle): it is then written as `ooxml-<preset>` so they
 * are kept. `viewBox`: the type's own, for types without a path. Any other preset ODF has no type
 * for gets a path generated from its guides (`odf-preset-equations.ts`).
 */
export function presetGeometry(preset: string, requested: string, adjust: Readonly<Record<string, number>> | null | undefined, cx: number, cy: number, viewBox: string): PresetGeometry {
  const adjusted = presetAdjustDefaults(preset).some((d) => adjust && Object.hasOwn(adjust, d.name) && adjust[d.name] !== d.value);
  const type = requested.startsWith('ooxml-') || hasTypeModifiers(requested) || !adjusted ? requested : `ooxml-${preset}`;
  const own = presetPath(preset, cx, cy) ?? (type === `ooxml-${preset}` ? generatedPresetPath(preset, cx, cy, adjust) : undefined);
  const odfType = own ? `ooxml-${preset}` : type;
  const defaults = (): Record<string, number> => Object.fromEntries(presetAdjustDefaults(preset).map((d) => [d.name, d.value]));
  const modifiers = odfType.startsWith('ooxml-')
    ? (modifiersOfAdjust(preset, adjust ?? undefined) ?? (own ? modifiersOfAdjust(preset, defaults()) : undefined))
    : typeModifiersOfAdjust(odfType, preset, adjust ?? undefined, { cx, cy });
  return {
    attrs: {
      'svg:viewBox': own?.viewBox ?? viewBox,
      'draw:type': odfType,
      ...(own ? { 'draw:text-areas': own.textAreas } : {}),
      ...(modifiers ? { 'draw:modifiers': modifiers } : {}),
      ...(own ? { 'draw:enhanced-path': own.path } : {}),
    },
    equations: own?.equations ?? [],
  };
}
