/**
 * DrawingML preset geometries and ODF enhanced-geometry shape types (ODF 1.3 Part 1, 19.145
 * draw:type of draw:enhanced-geometry): the presets both know map to each other; any other
 * preset is written as `ooxml-<name>` (the name LibreOffice gives imported presets) and read back.
 */
import { LINE_CALLOUT_TYPES } from '../odf/odf-type-modifiers.js';

const PRESET_TO_ODF: Readonly<Record<string, string>> = {
  rect: 'rectangle',
  roundRect: 'round-rectangle',
  ellipse: 'ellipse',
  triangle: 'isosceles-triangle',
  rtTriangle: 'right-triangle',
  diamond: 'diamond',
  parallelogram: 'parallelogram',
  pentagon: 'pentagon',
  hexagon: 'hexagon',
  octagon: 'octagon',
  plus: 'cross',
  star4: 'star4',
  star8: 'star8',
  star24: 'star24',
  can: 'can',
  cube: 'cube',
  heart: 'heart',
  smileyFace: 'smiley',
  sun: 'sun',
  moon: 'moon',
  lightningBolt: 'lightning',
  donut: 'ring',
  blockArc: 'block-arc',
  frame: 'frame',
  chevron: 'chevron',
  homePlate: 'pentagon-right',
  rightArrow: 'right-arrow',
  leftArrow: 'left-arrow',
  upArrow: 'up-arrow',
  downArrow: 'down-arrow',
  leftRightArrow: 'left-right-arrow',
  upDownArrow: 'up-down-arrow',
  quadArrow: 'quad-arrow',
  notchedRightArrow: 'notched-right-arrow',
  stripedRightArrow: 'striped-right-arrow',
  circularArrow: 'circular-arrow',
  rightArrowCallout: 'right-arrow-callout',
  leftArrowCallout: 'left-arrow-callout',
  upArrowCallout: 'up-arrow-callout',
  downArrowCallout: 'down-arrow-callout',
  leftRightArrowCallout: 'left-right-arrow-callout',
  quadArrowCallout: 'quad-arrow-callout',
  wedgeRectCallout: 'rectangular-callout',
  wedgeRoundRectCallout: 'round-rectangular-callout',
  wedgeEllipseCallout: 'round-callout',
  cloudCallout: 'cloud-callout',
  // The line callouts as LibreOffice draws them (Word 97's), their adjust values converted.
  ...LINE_CALLOUT_TYPES,
  cloud: 'cloud',
  flowChartProcess: 'flowchart-process',
  flowChartDecision: 'flowchart-decision',
  flowChartTerminator: 'flowchart-terminator',
  flowChartAlternateProcess: 'flowchart-alternate-process',
  flowChartDocument: 'flowchart-document',
  flowChartConnector: 'flowchart-connector',
  flowChartInputOutput: 'flowchart-data',
  flowChartPredefinedProcess: 'flowchart-predefined-process',
  flowChartManualInput: 'flowchart-manual-input',
  flowChartPreparation: 'flowchart-preparation',
  foldedCorner: 'paper',
  bevel: 'quad-bevel',
  // LibreOffice's name for the plaque (mso_sptPlaque, 21); it draws nothing for `plaque`.
  plaque: 'mso-spt21',
  bracePair: 'brace-pair',
  bracketPair: 'bracket-pair',
  leftBracket: 'left-bracket',
  rightBracket: 'right-bracket',
  leftBrace: 'left-brace',
  rightBrace: 'right-brace',
  verticalScroll: 'vertical-scroll',
  horizontalScroll: 'horizontal-scroll',
  noSmoking: 'forbidden',
  mathMultiply: 'ooxml-mathMultiply',
};

/**
 * Ostal wrote `plaque` for the plaque before 2026-11, `line-callout-3` for borderCallout3 before 2026-12: still read. ODF's `trapezoid` (LibreOffice's,
 * narrow side down) and `star5` read as the presets, which are written as `ooxml-trapezoid` and
 * `ooxml-star5` with their paths (`odf/odf-preset-paths.ts`).
 */
const ODF_TO_PRESET: ReadonlyMap<string, string> = new Map([...Object.entries(PRESET_TO_ODF).map(([k, v]) => [v, k] as const), ['plaque', 'plaque'], ['trapezoid', 'trapezoid'], ['star5', 'star5'], ['line-callout-3', 'borderCallout3']]);

/** The svg:viewBox of an ODF draw:type's own definition: 21600 square but for the can (LibreOffice's and OpenOffice's). */
export function odfTypeViewBox(type: string): string {
  return type === 'can' ? '0 0 88 21600' : '0 0 21600 21600';
}

/** The ODF draw:type for a DrawingML preset. */
export function odfShapeType(preset: string): string {
  return PRESET_TO_ODF[preset] ?? `ooxml-${preset}`;
}

/** The DrawingML preset for an ODF draw:type (`rect` when unknown). */
export function presetOfOdfType(type: string | undefined): string {
  if (!type) return 'rect';
  if (type.startsWith('ooxml-')) return type.slice('ooxml-'.length) || 'rect';
  if (type === 'mso-spt202' || type === 'rect') return 'rect';
  return ODF_TO_PRESET.get(type) ?? 'rect';
}

/**
 * True when an ODF draw:type names a shape DrawingML has as a preset (so PPTX draws it itself,
 * handles included); other types (LibreOffice's own callouts, `mso-spt…`, free forms) are drawn
 * from their enhanced path.
 */
export function isPresetOdfType(type: string | undefined): boolean {
  if (!type || type === 'non-primitive' || type === 'ooxml-non-primitive') return false;
  return type.startsWith('ooxml-') || type === 'mso-spt202' || type === 'rect' || ODF_TO_PRESET.has(type);
}

/** Geometries drawn in ODF as lines (draw:line) rather than shapes. */
export const LINE_PRESETS: ReadonlySet<string> = new Set(['line', 'straightConnector1']);
