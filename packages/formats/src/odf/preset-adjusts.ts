/**
 * The adjust values of DrawingML's preset geometries, in the order of each preset's a:avLst, with
 * their defaults (ECMA-376 Part 1, 20.1.9.18 prstGeom, the presets' definitions in Annex D,
 * presetShapeDefinitions.xml). ODF keeps a preset's adjust values as draw:modifiers of a
 * draw:enhanced-geometry of draw:type `ooxml-<preset>`, in that same order (LibreOffice writes
 * them so): this table names them both ways.
 */

/** Each preset's adjust values as `name=default`, in a:avLst order; presets without any are absent. */
const PRESET_ADJUSTS: Readonly<Record<string, string>> = {
  accentBorderCallout1: 'adj1=18750 adj2=-8333 adj3=112500 adj4=-38333',
  accentBorderCallout2: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=112500 adj6=-46667',
  accentBorderCallout3: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=100000 adj6=-16667 adj7=112963 adj8=-8333',
  accentCallout1: 'adj1=18750 adj2=-8333 adj3=112500 adj4=-38333',
  accentCallout2: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=112500 adj6=-46667',
  accentCallout3: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=100000 adj6=-16667 adj7=112963 adj8=-8333',
  arc: 'adj1=16200000 adj2=0',
  bentArrow: 'adj1=25000 adj2=25000 adj3=25000 adj4=43750',
  bentConnector3: 'adj1=50000',
  bentConnector4: 'adj1=50000 adj2=50000',
  bentConnector5: 'adj1=50000 adj2=50000 adj3=50000',
  bentUpArrow: 'adj1=25000 adj2=25000 adj3=25000',
  bevel: 'adj=12500',
  blockArc: 'adj1=10800000 adj2=0 adj3=25000',
  borderCallout1: 'adj1=18750 adj2=-8333 adj3=112500 adj4=-38333',
  borderCallout2: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=112500 adj6=-46667',
  borderCallout3: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=100000 adj6=-16667 adj7=112963 adj8=-8333',
  bracePair: 'adj=8333',
  bracketPair: 'adj=16667',
  callout1: 'adj1=18750 adj2=-8333 adj3=112500 adj4=-38333',
  callout2: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=112500 adj6=-46667',
  callout3: 'adj1=18750 adj2=-8333 adj3=18750 adj4=-16667 adj5=100000 adj6=-16667 adj7=112963 adj8=-8333',
  can: 'adj=25000',
  chevron: 'adj=50000',
  chord: 'adj1=2700000 adj2=16200000',
  circularArrow: 'adj1=12500 adj2=1142319 adj3=20457681 adj4=10800000 adj5=12500',
  cloudCallout: 'adj1=-20833 adj2=62500',
  corner: 'adj1=50000 adj2=50000',
  cube: 'adj=25000',
  curvedConnector3: 'adj1=50000',
  curvedConnector4: 'adj1=50000 adj2=50000',
  curvedConnector5: 'adj1=50000 adj2=50000 adj3=50000',
  curvedDownArrow: 'adj1=25000 adj2=50000 adj3=25000',
  curvedLeftArrow: 'adj1=25000 adj2=50000 adj3=25000',
  curvedRightArrow: 'adj1=25000 adj2=50000 adj3=25000',
  curvedUpArrow: 'adj1=25000 adj2=50000 adj3=25000',
  decagon: 'vf=105146',
  diagStripe: 'adj=50000',
  donut: 'adj=25000',
  doubleWave: 'adj1=6250 adj2=0',
  downArrow: 'adj1=50000 adj2=50000',
  downArrowCallout: 'adj1=25000 adj2=25000 adj3=25000 adj4=64977',
  ellipseRibbon: 'adj1=25000 adj2=50000 adj3=12500',
  ellipseRibbon2: 'adj1=25000 adj2=50000 adj3=12500',
  foldedCorner: 'adj=16667',
  frame: 'adj1=12500',
  gear6: 'adj1=15000 adj2=3526',
  gear9: 'adj1=10000 adj2=1763',
  halfFrame: 'adj1=33333 adj2=33333',
  heptagon: 'hf=102572 vf=105210',
  hexagon: 'adj=25000 vf=115470',
  homePlate: 'adj=50000',
  horizontalScroll: 'adj=12500',
  leftArrow: 'adj1=50000 adj2=50000',
  leftArrowCallout: 'adj1=25000 adj2=25000 adj3=25000 adj4=64977',
  leftBrace: 'adj1=8333 adj2=50000',
  leftBracket: 'adj=8333',
  leftCircularArrow: 'adj1=12500 adj2=-1142319 adj3=1142319 adj4=10800000 adj5=12500',
  leftRightArrow: 'adj1=50000 adj2=50000',
  leftRightArrowCallout: 'adj1=25000 adj2=25000 adj3=25000 adj4=48123',
  leftRightCircularArrow: 'adj1=12500 adj2=1142319 adj3=20457681 adj4=11942319 adj5=12500',
  leftRightRibbon: 'adj1=50000 adj2=50000 adj3=16667',
  leftRightUpArrow: 'adj1=25000 adj2=25000 adj3=25000',
  leftUpArrow: 'adj1=25000 adj2=25000 adj3=25000',
  mathDivide: 'adj1=23520 adj2=5880 adj3=11760',
  mathEqual: 'adj1=23520 adj2=11760',
  mathMinus: 'adj1=23520',
  mathMultiply: 'adj1=23520',
  mathNotEqual: 'adj1=23520 adj2=6600000 adj3=11760',
  mathPlus: 'adj1=23520',
  moon: 'adj=50000',
  noSmoking: 'adj=18750',
  nonIsoscelesTrapezoid: 'adj1=25000 adj2=25000',
  notchedRightArrow: 'adj1=50000 adj2=50000',
  octagon: 'adj=29289',
  parallelogram: 'adj=25000',
  pentagon: 'hf=105146 vf=110557',
  pie: 'adj1=0 adj2=16200000',
  plaque: 'adj=16667',
  plus: 'adj=25000',
  quadArrow: 'adj1=22500 adj2=22500 adj3=22500',
  quadArrowCallout: 'adj1=18515 adj2=18515 adj3=18515 adj4=48123',
  ribbon: 'adj1=16667 adj2=50000',
  ribbon2: 'adj1=16667 adj2=50000',
  rightArrow: 'adj1=50000 adj2=50000',
  rightArrowCallout: 'adj1=25000 adj2=25000 adj3=25000 adj4=64977',
  rightBrace: 'adj1=8333 adj2=50000',
  rightBracket: 'adj=8333',
  round1Rect: 'adj=16667',
  round2DiagRect: 'adj1=16667 adj2=0',
  round2SameRect: 'adj1=16667 adj2=0',
  roundRect: 'adj=16667',
  smileyFace: 'adj=4653',
  snip1Rect: 'adj=16667',
  snip2DiagRect: 'adj1=0 adj2=16667',
  snip2SameRect: 'adj1=16667 adj2=0',
  snipRoundRect: 'adj1=16667 adj2=16667',
  star10: 'adj=42533 hf=105146',
  star12: 'adj=37500',
  star16: 'adj=37500',
  star24: 'adj=37500',
  star32: 'adj=37500',
  star4: 'adj=12500',
  star5: 'adj=19098 hf=105146 vf=110557',
  star6: 'adj=28868 hf=115470',
  star7: 'adj=34601 hf=102572 vf=105210',
  star8: 'adj=37500',
  stripedRightArrow: 'adj1=50000 adj2=50000',
  sun: 'adj=25000',
  swooshArrow: 'adj1=25000 adj2=16667',
  teardrop: 'adj=100000',
  trapezoid: 'adj=25000',
  triangle: 'adj=50000',
  upArrow: 'adj1=50000 adj2=50000',
  upArrowCallout: 'adj1=25000 adj2=25000 adj3=25000 adj4=64977',
  upDownArrow: 'adj1=50000 adj2=50000',
  upDownArrowCallout: 'adj1=25000 adj2=25000 adj3=25000 adj4=48123',
  uturnArrow: 'adj1=25000 adj2=25000 adj3=25000 adj4=43750 adj5=75000',
  verticalScroll: 'adj=12500',
  wave: 'adj1=12500 adj2=0',
  wedgeEllipseCallout: 'adj1=-20833 adj2=62500',
  wedgeRectCallout: 'adj1=-20833 adj2=62500',
  wedgeRoundRectCallout: 'adj1=-20833 adj2=62500 adj3=16667',
};

/** The adjust values of `preset` in a:avLst order, each with its default; empty for an unknown preset or one without any. */
export function presetAdjustDefaults(preset: string): readonly { readonly name: string; readonly value: number }[] {
  const spec = Object.hasOwn(PRESET_ADJUSTS, preset) ? PRESET_ADJUSTS[preset] : undefined;
  return (spec ?? '')
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', value = '0'] = pair.split('=');
      return { name, value: Number(value) };
    });
}

/**
 * The adjust values a draw:modifiers list gives `preset` (ODF 1.3 Part 3, 19.183, on a
 * draw:type `ooxml-<preset>`): named in a:avLst order, only those that differ from the default.
 * Undefined when the list does not hold exactly one number per adjust value of the preset.
 */
export function adjustOfModifiers(preset: string, modifiers: string | undefined): Record<string, number> | undefined {
  const defaults = presetAdjustDefaults(preset);
  const values = (modifiers ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
  if (defaults.length === 0 || values.length !== defaults.length || !values.every(Number.isFinite)) return undefined;
  const out: Record<string, number> = {};
  defaults.forEach((d, i) => {
    const v = Math.round(values[i] ?? d.value);
    if (v !== d.value) out[d.name] = v;
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The draw:modifiers of `preset` with `adjust`: every adjust value of the preset in a:avLst
 * order, the default where `adjust` has none. Undefined when the preset has none, or `adjust`
 * names none of them.
 */
export function modifiersOfAdjust(preset: string, adjust: Readonly<Record<string, number>> | undefined): string | undefined {
  const defaults = presetAdjustDefaults(preset);
  if (!adjust || !defaults.some((d) => Object.hasOwn(adjust, d.name))) return undefined;
  return defaults.map((d) => String(Math.round(Object.hasOwn(adjust, d.name) ? (adjust[d.name] ?? d.value) : d.value))).join(' ');
}
