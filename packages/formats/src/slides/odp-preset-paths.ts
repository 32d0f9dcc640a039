/**
 * Presets written to ODP as `ooxml-<preset>` with an enhanced path of their own, for presets
 * whose ODF type LibreOffice draws otherwise: its `trapezoid` has the narrow side down where
 * DrawingML's has it up, and it draws no `ooxml-` shape without a path. The path follows
 * ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml), in a viewBox the size of the shape
 * (hundredths of a millimetre), so that `logwidth`/`logheight` are its width and height; the
 * modifiers are the adjust values, as for every `ooxml-` type, and read back as such.
 */

/** The enhanced geometry of such a preset: viewBox, path, text area and equations (name, formula). */
export interface PresetPath {
  readonly viewBox: string;
  readonly path: string;
  readonly textAreas: string;
  readonly equations: readonly (readonly [string, string])[];
}

/** Presets drawn from a path of their own in ODP. */
export function hasPresetPath(preset: string): boolean {
  return preset === 'trapezoid';
}

/**
 * The path of `preset` for a shape of `cx` × `cy` EMU, undefined for presets without one.
 * Trapezoid: the top inset by min(w, h) × adj / 100000 on each side (adj pinned to 0 .. 50000 × w / min(w, h)),
 * the text area inset by a third of the width and height in proportion.
 */
export function presetPath(preset: string, cx: number, cy: number): PresetPath | undefined {
  if (preset !== 'trapezoid') return undefined;
  const w = Math.max(1, Math.round(cx / 360));
  const h = Math.max(1, Math.round(cy / 360));
  return {
    viewBox: `0 0 ${String(w)} ${String(h)}`,
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
