/**
 * The adjust handles of the presets (ECMA-376 Part 1, Annex D, presetShapeDefinitions.xml
 * `a:ahLst`), one string per preset: handles separated by `;`, each a list of controls then the
 * handle's position. A control is `X ref min max` / `Y ref min max` (ahXY gdRefX / gdRefY with
 * minX/maxX, minY/maxY) or `R ref min max` / `A ref min max` (ahPolar gdRefR / gdRefAng with
 * minR/maxR, minAng/maxAng); min and max are guide names or numbers, `*` for the spec's
 * unbounded ±2147483647. `@ x y` is the handle's `a:pos` (guide names).
 *
 * Presets whose adjust values are only shape factors (`hf`, `vf`: pentagon, heptagon, decagon)
 * have no handles. star24 and star32 give `ssd2` as the bound of `adj` (a slip in the spec: the
 * guides pin it at 50000); it is written 50000 here.
 */

const CALLOUT_HANDLES = ['X adj2 * * Y adj1 * * @ x1 y1', 'X adj4 * * Y adj3 * * @ x2 y2', 'X adj6 * * Y adj5 * * @ x3 y3', 'X adj8 * * Y adj7 * * @ x4 y4'];
const callout = (n: 1 | 2 | 3): string => CALLOUT_HANDLES.slice(0, n + 1).join(';');
const STAR = 'Y adj 0 50000 @ hc yAdj';
const WEDGE = 'X adj1 * * Y adj2 * * @ xPos yPos';
const ANGLES = 'A adj1 0 21599999 @ x1 y1;A adj2 0 21599999 @ x2 y2';
const CURVED_LR = 'Y adj1 0 a2 @ x1 y5;Y adj2 0 maxAdj2 @ r y4;X adj3 0 maxAdj3 @ x1 b';
const CALLOUT_UD = 'X adj1 0 maxAdj1 @ x2 y1;X adj2 0 maxAdj2 @ x1 t;Y adj3 0 maxAdj3 @ r y1;Y adj4 0 maxAdj4 @ l y2';
const CALLOUT_LR = 'Y adj1 0 maxAdj1 @ x1 y2;Y adj2 0 maxAdj2 @ l y1;X adj3 0 maxAdj3 @ x1 t;X adj4 0 maxAdj4 @ x2 b';
const CIRCULAR = 'A adj4 0 21599999 @ xE yE;R adj1 0 maxAdj1 A adj3 0 21599999 @ xF yF;R adj5 0 25000 @ xB yB';

const END_POINT = 'wt2 sin wd2 enAng;ht2 cos hd2 enAng;dx2 cat2 wd2 ht2 wt2;dy2 sat2 hd2 ht2 wt2;x2 +- hc dx2 0;y2 +- vc dy2 0';
const STAR_TIP = 'yAdj +- vc 0 ihd2';
const STAR_TIP_SCALED = 'yAdj +- svc 0 ihd2';

/** Guides of the spec that only handles use (the outlines in `preset-shapes-*.ts` leave them out), evaluated after the preset's own. */
export const PRESET_HANDLE_GUIDES: Readonly<Record<string, string>> = {
  chord: END_POINT,
  pie: END_POINT,
  doubleWave: 'xAdj +- hc dx1 0',
  wave: 'xAdj +- hc dx1 0',
  star4: STAR_TIP,
  star5: STAR_TIP_SCALED,
  star6: STAR_TIP,
  star7: STAR_TIP_SCALED,
  star8: STAR_TIP,
  star10: STAR_TIP,
  star12: STAR_TIP,
  star16: STAR_TIP,
  star24: STAR_TIP,
  star32: STAR_TIP,
};

export const PRESET_HANDLES: Readonly<Record<string, string>> = {
  accentBorderCallout1: callout(1),
  accentBorderCallout2: callout(2),
  accentBorderCallout3: callout(3),
  accentCallout1: callout(1),
  accentCallout2: callout(2),
  accentCallout3: callout(3),
  borderCallout1: callout(1),
  borderCallout2: callout(2),
  borderCallout3: callout(3),
  callout1: callout(1),
  callout2: callout(2),
  callout3: callout(3),
  arc: ANGLES,
  bentArrow: 'X adj1 0 maxAdj1 @ th b;Y adj2 0 50000 @ r y4;X adj3 0 50000 @ x4 t;X adj4 0 maxAdj4 @ bd t',
  bentConnector3: 'X adj1 * * @ x1 vc',
  bentConnector4: 'X adj1 * * @ x1 y1;Y adj2 * * @ x2 y2',
  bentConnector5: 'X adj1 * * @ x1 y1;Y adj2 * * @ x2 y2;X adj3 * * @ x3 y3',
  bentUpArrow: 'Y adj1 0 50000 @ l y2;X adj2 0 50000 @ x1 t;Y adj3 0 50000 @ x2 y1',
  bevel: 'X adj 0 50000 @ x1 t',
  blockArc: 'A adj1 0 21599999 @ x1 y1;R adj3 0 50000 A adj2 0 21599999 @ x2 y2',
  bracePair: 'Y adj 0 25000 @ l x1',
  bracketPair: 'Y adj 0 50000 @ l x1',
  can: 'Y adj 0 maxAdj @ hc y2',
  chevron: 'X adj 0 maxAdj @ x2 t',
  chord: ANGLES,
  circularArrow: `A adj2 0 maxAng @ xA yA;${CIRCULAR}`,
  cloudCallout: WEDGE,
  corner: 'Y adj1 0 maxAdj1 @ l y1;X adj2 0 maxAdj2 @ x1 t',
  cube: 'Y adj 0 100000 @ l y1',
  curvedConnector3: 'X adj1 * * @ x2 vc',
  curvedConnector4: 'X adj1 * * @ x2 y1;Y adj2 * * @ x3 y4',
  curvedConnector5: 'X adj1 * * @ x3 y1;Y adj2 * * @ x1 y4;X adj3 * * @ x6 y5',
  curvedDownArrow: 'X adj1 0 adj2 @ x7 y1;X adj2 0 maxAdj2 @ x4 b;Y adj3 0 maxAdj3 @ r y1',
  curvedLeftArrow: CURVED_LR,
  curvedRightArrow: CURVED_LR,
  curvedUpArrow: 'X adj1 0 a2 @ x7 y1;X adj2 0 maxAdj2 @ x4 t;Y adj3 0 maxAdj3 @ r y1',
  diagStripe: 'Y adj 0 100000 @ l y2',
  donut: 'R adj 0 50000 @ dr vc',
  doubleWave: 'Y adj1 0 12500 @ l y1;X adj2 -10000 10000 @ xAdj b',
  downArrow: 'X adj1 0 100000 @ x1 t;Y adj2 0 maxAdj2 @ l y1',
  downArrowCallout: 'X adj1 0 maxAdj1 @ x2 y3;X adj2 0 maxAdj2 @ x1 b;Y adj3 0 maxAdj3 @ r y3;Y adj4 0 maxAdj4 @ l y2',
  ellipseRibbon: 'Y adj1 0 100000 @ hc q1;X adj2 25000 75000 @ x2 b;Y adj3 minAdj3 a1 @ l y8',
  ellipseRibbon2: 'Y adj1 0 100000 @ hc rh;X adj2 25000 100000 @ x2 t;Y adj3 minAdj3 a1 @ l dy1',
  foldedCorner: 'X adj 0 50000 @ x1 b',
  frame: 'X adj1 0 50000 @ x1 t',
  gear6: 'Y adj1 0 20000 @ xD6 yD6;X adj2 0 5358 @ xA6 yD6',
  gear9: 'Y adj1 0 20000 @ xD9 yD9;X adj2 0 2679 @ xA9 yD9',
  halfFrame: 'Y adj1 0 maxAdj1 @ l y1;X adj2 0 maxAdj2 @ x1 t',
  hexagon: 'X adj 0 maxAdj @ x1 t',
  homePlate: 'X adj 0 maxAdj @ x1 t',
  horizontalScroll: 'X adj 0 25000 @ ch t',
  leftArrow: 'Y adj1 0 100000 @ r y1;X adj2 0 maxAdj2 @ x2 t',
  leftArrowCallout: CALLOUT_LR,
  leftBrace: 'Y adj1 0 maxAdj1 @ hc y1;Y adj2 0 100000 @ l y3',
  leftBracket: 'Y adj 0 maxAdj @ l y1',
  leftCircularArrow: `A adj2 minAng 0 @ xA yA;${CIRCULAR}`,
  leftRightCircularArrow: `A adj2 0 maxAng @ xA yA;${CIRCULAR}`,
  leftRightArrow: 'Y adj1 0 100000 @ x3 y1;X adj2 0 maxAdj2 @ x2 t',
  leftRightArrowCallout: CALLOUT_LR,
  leftRightRibbon: 'Y adj1 0 maxAdj1 @ x4 ry2;X adj2 0 maxAdj2 @ x1 t;Y adj3 0 33333 @ x3 ry2',
  leftRightUpArrow: 'X adj1 0 maxAdj1 @ x3 x1;X adj2 0 50000 @ x2 t;Y adj3 0 maxAdj3 @ r x1',
  leftUpArrow: 'Y adj1 0 maxAdj1 @ x3 y3;X adj2 0 50000 @ x2 t;Y adj3 0 maxAdj3 @ x3 x1',
  mathDivide: 'Y adj1 1000 36745 @ l y3;Y adj2 0 maxAdj2 @ r y2;X adj3 1000 maxAdj3 @ x2 t',
  mathEqual: 'Y adj1 0 36745 @ l y1;Y adj2 0 mAdj2 @ r y2',
  mathMinus: 'Y adj1 0 100000 @ l y1',
  mathMultiply: 'Y adj1 0 51965 @ l th',
  mathNotEqual: 'Y adj1 0 50000 @ l y1;A adj2 4200000 6600000 @ lx t;Y adj3 0 maxAdj3 @ r y2',
  mathPlus: 'Y adj1 0 73490 @ l y2',
  moon: 'X adj 0 87500 @ g0w vc',
  nonIsoscelesTrapezoid: 'X adj1 0 maxAdj @ x2 t;X adj2 0 maxAdj @ x3 t',
  noSmoking: 'R adj 0 50000 @ dr vc',
  notchedRightArrow: 'Y adj1 0 100000 @ r y1;X adj2 0 maxAdj2 @ x2 t',
  octagon: 'X adj 0 50000 @ x1 t',
  parallelogram: 'X adj 0 maxAdj @ x2 t',
  pie: ANGLES,
  plaque: 'X adj 0 50000 @ x1 t',
  plus: 'X adj 0 50000 @ x1 t',
  quadArrow: 'X adj1 0 maxAdj1 @ x3 x1;X adj2 0 50000 @ x2 t;Y adj3 0 maxAdj3 @ r x1',
  quadArrowCallout: 'X adj1 0 maxAdj1 @ x4 ah;X adj2 0 50000 @ x3 t;Y adj3 0 maxAdj3 @ r ah;Y adj4 a1 maxAdj4 @ l y2',
  ribbon: 'Y adj1 0 33333 @ hc y2;X adj2 25000 75000 @ x2 t',
  ribbon2: 'Y adj1 0 33333 @ hc y2;X adj2 25000 75000 @ x2 b',
  rightArrow: 'Y adj1 0 100000 @ l y1;X adj2 0 maxAdj2 @ x1 t',
  rightArrowCallout: 'Y adj1 0 maxAdj1 @ x3 y2;Y adj2 0 maxAdj2 @ r y1;X adj3 0 maxAdj3 @ x3 t;X adj4 0 maxAdj4 @ x2 b',
  rightBrace: 'Y adj1 0 maxAdj1 @ hc y1;Y adj2 0 100000 @ r y3',
  rightBracket: 'Y adj 0 maxAdj @ r y1',
  round1Rect: 'X adj 0 50000 @ x1 t',
  round2DiagRect: 'X adj1 0 50000 @ x1 t;X adj2 0 50000 @ x2 t',
  round2SameRect: 'X adj1 0 50000 @ tx2 t;X adj2 0 50000 @ bx1 b',
  roundRect: 'X adj 0 50000 @ x1 t',
  smileyFace: 'Y adj -4653 4653 @ hc y4',
  snip1Rect: 'X adj 0 50000 @ x1 t',
  snip2DiagRect: 'X adj1 0 50000 @ lx1 t;X adj2 0 50000 @ rx2 t',
  snip2SameRect: 'X adj1 0 50000 @ tx2 t;X adj2 0 50000 @ bx1 b',
  snipRoundRect: 'X adj1 0 50000 @ x1 t;X adj2 0 50000 @ x2 t',
  star4: STAR,
  star5: STAR,
  star6: STAR,
  star7: STAR,
  star8: STAR,
  star10: STAR,
  star12: STAR,
  star16: STAR,
  star24: STAR,
  star32: STAR,
  stripedRightArrow: 'Y adj1 0 100000 @ l y1;X adj2 0 maxAdj2 @ x5 t',
  sun: 'X adj 12500 46875 @ x19 vc',
  swooshArrow: 'Y adj1 1 75000 @ xF yF;X adj2 0 maxAdj2 @ xB yB',
  teardrop: 'X adj 0 200000 @ x1 t',
  trapezoid: 'X adj 0 maxAdj @ x2 t',
  triangle: 'X adj 0 100000 @ x2 t',
  upArrow: 'X adj1 0 100000 @ x1 b;Y adj2 0 maxAdj2 @ l y2',
  upArrowCallout: CALLOUT_UD,
  upDownArrow: 'X adj1 0 100000 @ x1 y3;Y adj2 0 maxAdj2 @ l y2',
  upDownArrowCallout: CALLOUT_UD,
  uturnArrow: 'X adj1 0 maxAdj1 @ th b;X adj2 0 25000 @ x6 b;Y adj3 0 maxAdj3 @ x6 y4;X adj4 0 maxAdj4 @ bd t;Y adj5 minAdj5 100000 @ r y5',
  verticalScroll: 'Y adj 0 25000 @ l ch',
  wave: 'Y adj1 0 20000 @ l y1;X adj2 -10000 10000 @ xAdj b',
  wedgeEllipseCallout: WEDGE,
  wedgeRectCallout: WEDGE,
  wedgeRoundRectCallout: WEDGE,
};
