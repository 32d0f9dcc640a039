/**
 * The preset definitions (ECMA-376 Part 1, Annex D), one table gathered from the files that hold
 * them by name range.
 */
import type { PresetShapeDef } from './preset-geometry.js';
import { PRESETS_A_C } from './preset-shapes-a-c.js';
import { PRESETS_ACTION } from './preset-shapes-action.js';
import { PRESETS_B } from './preset-shapes-b.js';
import { PRESETS_ARROWS } from './preset-shapes-arrows.js';
import { PRESETS_C_E } from './preset-shapes-c-e.js';
import { PRESETS_FLOWCHART } from './preset-shapes-flowchart.js';
import { PRESETS_F_L } from './preset-shapes-f-l.js';
import { PRESETS_GEARS } from './preset-shapes-gears.js';
import { PRESETS_L_P } from './preset-shapes-l-p.js';
import { PRESETS_Q_S } from './preset-shapes-q-s.js';
import { PRESETS_S_W } from './preset-shapes-s-w.js';

export const PRESET_SHAPES: Readonly<Record<string, PresetShapeDef>> = {
  ...PRESETS_A_C,
  ...PRESETS_ACTION,
  ...PRESETS_B,
  ...PRESETS_ARROWS,
  ...PRESETS_C_E,
  ...PRESETS_FLOWCHART,
  ...PRESETS_F_L,
  ...PRESETS_GEARS,
  ...PRESETS_L_P,
  ...PRESETS_Q_S,
  ...PRESETS_S_W,
};
