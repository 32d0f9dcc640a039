/**
 * A DrawingML preset as an ODF enhanced geometry generated from its definition (the guides and
 * paths of ECMA-376 Part 1, Annex D, held by `@ostal/model`'s preset geometry module): each guide
 * becomes a draw:equation (ODF 1.3 Part 3, 19.171 draw:formula: `?fN` for guides, `$N` for the
 * adjust values in a:avLst order, `logwidth`/`logheight` for the box, angles converted from
 * 60000ths of a degree to radians), each path its commands (`M L C Q Z`, arcTo as `G` with
 * degrees, `F`/`S` for paths without fill or stroke, `N` between paths), the text rectangle the
 * text area. The viewBox is the shape's size in hundredths of a millimetre, so `logwidth` and
 * `logheight` are its width and height. A preset whose adjust values the modifiers cannot carry,
 * or whose path in a space of its own has arcs at other than right angles (the cloud), gets its
 * outline as fixed numbers at the shape's size instead (still drawn, without handles).
 */
import { ANGLE_CONSTANTS, BOX_GUIDES, presetDefinition, presetOutline } from '@ostal/model';
import type { Guide, PresetOutline } from '@ostal/model';
import { presetAdjustDefaults } from './preset-adjusts.js';

/** The enhanced geometry of a preset: viewBox, path, text area and equations (name, formula). */
export interface GeneratedPresetPath {
  readonly viewBox: string;
  readonly path: string;
  readonly textAreas: string;
  readonly equations: readonly (readonly [string, string])[];
}

const DIMS: Readonly<Record<string, string>> = { w: 'logwidth', h: 'logheight', ss: 'min(logwidth,logheight)', ls: 'max(logwidth,logheight)' };

/** A constant for a formula or path: six decimals at most, no exponent, negatives as `0-n` in formulas. */
function num(v: number, inFormula: boolean): string {
  const s = String(Math.round(v * 1e6) / 1e6);
  return inFormula && s.startsWith('-') ? `(0${s})` : s;
}

/** The formula of one guide operator on already translated arguments. */
function formula(op: string, [x = '0', y = '0', z = '0']: readonly string[]): string {
  const rad = (a: string) => `${a}*pi/10800000`;
  switch (op) {
    case '*/': return `${x}*${y}/${z}`;
    case '+-': return `${x}+${y}-${z}`;
    case '+/': return `(${x}+${y})/${z}`;
    case '?:': return `if(${x},${y},${z})`;
    case 'abs': return `abs(${x})`;
    case 'at2': return `atan2(${y},${x})*10800000/pi`;
    case 'cat2': return `${x}*cos(atan2(${z},${y}))`;
    case 'cos': return `${x}*cos(${rad(y)})`;
    case 'max': return `max(${x},${y})`;
    case 'min': return `min(${x},${y})`;
    case 'mod': return `sqrt(${x}*${x}+${y}*${y}+${z}*${z})`;
    case 'pin': return `max(${x},min(${y},${z}))`;
    case 'sat2': return `${x}*sin(atan2(${z},${y}))`;
    case 'sin': return `${x}*sin(${rad(y)})`;
    case 'sqrt': return `sqrt(${x})`;
    case 'tan': return `${x}*tan(${rad(y)})`;
    case 'val': return x;
    default: throw new Error(`guide operator ${op}`);
  }
}

class EquationWriter {
  readonly equations: [string, string][] = [];
  private readonly names = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  constructor(avLst: readonly Guide[]) {
    avLst.forEach((g, i) => this.names.set(g.name, `$${String(i)}`));
  }

  /** A new equation for `f`, returned as a path parameter `?fN` (the same formula once). */
  eq(f: string): string {
    const hit = this.cache.get(f);
    if (hit) return hit;
    const name = `f${String(this.equations.length)}`;
    this.equations.push([name, f]);
    this.cache.set(f, `?${name}`);
    return `?${name}`;
  }

  /** An argument inside a formula. */
  operand(arg: string): string {
    const n = Number(arg);
    if (arg !== '' && Number.isFinite(n)) return num(n, true);
    const named = this.names.get(arg);
    if (named) return named;
    if (arg === 'l' || arg === 't') return '0';
    if (Object.hasOwn(ANGLE_CONSTANTS, arg)) return String(ANGLE_CONSTANTS[arg]);
    const box = Object.hasOwn(BOX_GUIDES, arg) ? BOX_GUIDES[arg] : undefined;
    if (box) return box[1] === 1 ? DIMS[box[0]] ?? '0' : `(${DIMS[box[0]] ?? '0'}/${String(box[1])})`;
    throw new Error(`unknown guide ${arg}`);
  }

  guide(g: Guide): void {
    this.names.set(g.name, this.eq(formula(g.op, g.args.map((a) => this.operand(a)))));
  }

  /** An argument as a path parameter, scaled by `scale` (a path's own coordinate space). */
  param(arg: string, scale?: string): string {
    const n = Number(arg);
    if (!scale && arg !== '' && Number.isFinite(n)) return num(n, false);
    const o = this.operand(arg);
    if (scale) return this.eq(`${o}*${scale}`);
    return /^(\?f\d+|\$\d+|0)$/.test(o) ? o : this.eq(o);
  }
}

/**
 * Whether an arc angle is a multiple of 90° (a literal or a built-in constant): only then is an
 * arc of a path with a coordinate space of its own the same whether its radii are scaled before
 * or after its angles are taken on the ellipse (DrawingML takes them in the path's space).
 */
function quadrant(arg: string): boolean {
  const n = Number(arg);
  if (arg !== '' && Number.isFinite(n)) return n % 5_400_000 === 0;
  return arg === 'cd4' || arg === 'cd2' || arg === '3cd4';
}

/** The path and equations generated from the preset's guides; undefined when the modifiers cannot carry its adjust values. */
function fromGuides(preset: string): { path: string; textAreas: string; equations: [string, string][] } | undefined {
  const def = presetDefinition(preset);
  if (!def) return undefined;
  const names = presetAdjustDefaults(preset).map((d) => d.name);
  if (names.join(' ') !== def.avLst.map((g) => g.name).join(' ')) return undefined;
  const w = new EquationWriter(def.avLst);
  def.gdLst.forEach((g) => w.guide(g));
  const parts: string[] = [];
  for (const p of def.paths) {
    const sx = p.w ? `logwidth/${String(p.w)}` : undefined;
    const sy = p.h ? `logheight/${String(p.h)}` : undefined;
    const cmds: string[] = [];
    for (const c of p.commands) {
      const xy = (i: number) => `${w.param(c.args[i] ?? '0', sx)} ${w.param(c.args[i + 1] ?? '0', sy)}`;
      if (c.op === 'M' || c.op === 'L') cmds.push(`${c.op} ${xy(0)}`);
      else if (c.op === 'C') cmds.push(`C ${xy(0)} ${xy(2)} ${xy(4)}`);
      else if (c.op === 'Q') cmds.push(`Q ${xy(0)} ${xy(2)}`);
      else if (c.op === 'A' && sx && !c.args.slice(2).every(quadrant)) throw new Error('arc of a scaled path');
      else if (c.op === 'A') cmds.push(`G ${xy(0)} ${w.eq(`${w.operand(c.args[2] ?? '0')}/60000`)} ${w.eq(`${w.operand(c.args[3] ?? '0')}/60000`)}`);
      else cmds.push('Z');
    }
    parts.push([...cmds, ...(p.fill ? [] : ['F']), ...(p.stroke ? [] : ['S']), 'N'].join(' '));
  }
  const textAreas = def.rect.map((a) => w.param(a)).join(' ');
  return { path: parts.join(' '), textAreas, equations: w.equations };
}

/** The outline at a fixed size (`w` × `h` viewBox units), arcs as Béziers: no equations. */
function fixedPath(outline: PresetOutline): { path: string; textAreas: string } {
  const n = (v: number) => String(Math.round(v));
  const path = outline.paths
    .map((p) => {
      const cmds = p.segments.map((s) => (s.op === 'Z' ? 'Z' : s.op === 'C' ? `C ${n(s.x1)} ${n(s.y1)} ${n(s.x2)} ${n(s.y2)} ${n(s.x)} ${n(s.y)}` : s.op === 'Q' ? `Q ${n(s.x1)} ${n(s.y1)} ${n(s.x)} ${n(s.y)}` : `${s.op} ${n(s.x)} ${n(s.y)}`));
      return [...cmds, ...(p.fill ? [] : ['F']), ...(p.stroke ? [] : ['S']), 'N'].join(' ');
    })
    .join(' ');
  const r = outline.textRect;
  return { path, textAreas: `${n(r.l)} ${n(r.t)} ${n(r.r)} ${n(r.b)}` };
}

/**
 * The enhanced geometry of `preset` for a `cx` × `cy` EMU shape with `adjust`, generated from its
 * definition; undefined for a preset without one.
 */
export function generatedPresetPath(preset: string, cx: number, cy: number, adjust?: Readonly<Record<string, number>> | null): GeneratedPresetPath | undefined {
  if (!presetDefinition(preset)) return undefined;
  const w = Math.max(1, Math.round(cx / 360));
  const h = Math.max(1, Math.round(cy / 360));
  const viewBox = `0 0 ${String(w)} ${String(h)}`;
  let generated: ReturnType<typeof fromGuides>;
  try {
    generated = fromGuides(preset);
  } catch {
    generated = undefined;
  }
  if (generated) return { viewBox, ...generated };
  const outline = presetOutline(preset, w, h, adjust);
  return outline ? { viewBox, ...fixedPath(outline), equations: [] } : undefined;
}
