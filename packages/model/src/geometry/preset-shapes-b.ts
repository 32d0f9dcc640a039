/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml):
 * `arc` to `bracePair`, the connectors, tabs, chart marks and `leftUpArrow`, `ellipseRibbon`,
 * `ellipseRibbon2`, in the compact form of `PresetShapeDef`.
 */
import type { PresetShapeDef } from './preset-geometry.js';

/** A point on the box's ellipse (or one of radii rx, ry) at angle `ang`, as guides `x<n>`, `y<n>`. */
const onEllipse = (n: string, rx: string, ry: string, ang: string) => `wt${n} sin ${rx} ${ang};ht${n} cos ${ry} ${ang};dx${n} cat2 ${rx} ht${n} wt${n};dy${n} sat2 ${ry} ht${n} wt${n};x${n} +- hc dx${n} 0;y${n} +- vc dy${n} 0`;
const TABS = 'md mod w h 0;dx */ 1 md 20;y1 +- 0 b dx;x1 +- 0 r dx';
const RIBBON_GD = 'a1 pin 0 adj1 100000;a2 pin 25000 adj2 75000;q10 +- 100000 0 a1;q11 */ q10 1 2;q12 +- a1 0 q11;minAdj3 max 0 q12;a3 pin minAdj3 adj3 a1;dx2 */ w a2 200000;x2 +- hc 0 dx2;x3 +- x2 wd8 0;x4 +- r 0 x3;x5 +- r 0 x2;x6 +- r 0 wd8;dy1 */ h a3 100000;f1 */ 4 dy1 w;q1 */ x3 x3 w;q2 +- x3 0 q1';

export const PRESETS_B: Readonly<Record<string, PresetShapeDef>> = {
  arc: {
    av: 'adj1 val 16200000;adj2 val 0',
    gd: `stAng pin 0 adj1 21599999;enAng pin 0 adj2 21599999;sw11 +- enAng 0 stAng;sw12 +- sw11 21600000 0;swAng ?: sw11 sw11 sw12;${onEllipse('1', 'wd2', 'hd2', 'stAng')};${onEllipse('2', 'wd2', 'hd2', 'enAng')};sw0 +- 21600000 0 stAng;da1 +- swAng 0 sw0;g1 max x1 x2;ir ?: da1 r g1;sw1 +- cd4 0 stAng;sw2 +- 27000000 0 stAng;sw3 ?: sw1 sw1 sw2;da2 +- swAng 0 sw3;g5 max y1 y2;ib ?: da2 b g5;sw4 +- cd2 0 stAng;sw5 +- 32400000 0 stAng;sw6 ?: sw4 sw4 sw5;da3 +- swAng 0 sw6;g9 min x1 x2;il ?: da3 l g9;sw7 +- 3cd4 0 stAng;sw8 +- 37800000 0 stAng;sw9 ?: sw7 sw7 sw8;da4 +- swAng 0 sw9;g13 min y1 y2;it ?: da4 t g13`,
    rect: 'il it ir ib',
    paths: ['nostroke M x1 y1 A wd2 hd2 stAng swAng L hc vc Z', 'nofill M x1 y1 A wd2 hd2 stAng swAng'],
  },
  bentArrow: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000;adj4 val 43750',
    gd: 'a2 pin 0 adj2 50000;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;a3 pin 0 adj3 50000;th */ ss a1 100000;aw2 */ ss a2 100000;th2 */ th 1 2;dh2 +- aw2 0 th2;ah */ ss a3 100000;bw +- r 0 ah;bh +- b 0 dh2;bs min bw bh;maxAdj4 */ 100000 bs ss;a4 pin 0 adj4 maxAdj4;bd */ ss a4 100000;bd3 +- bd 0 th;bd2 max bd3 0;x3 +- th bd2 0;x4 +- r 0 ah;y3 +- dh2 th 0;y4 +- y3 dh2 0;y5 +- dh2 bd 0;y6 +- y3 bd2 0',
    paths: ['M l b L l y5 A bd bd cd2 cd4 L x4 dh2 L x4 t L r aw2 L x4 y4 L x4 y3 L x3 y3 A bd2 bd2 3cd4 -5400000 L th b Z'],
  },
  bentConnector2: { paths: ['nofill M l t L r t L r b'] },
  bentConnector3: { av: 'adj1 val 50000', gd: 'x1 */ w adj1 100000', paths: ['nofill M l t L x1 t L x1 b L r b'] },
  bentConnector4: {
    av: 'adj1 val 50000;adj2 val 50000',
    gd: 'x1 */ w adj1 100000;x2 +/ x1 r 2;y2 */ h adj2 100000;y1 +/ t y2 2',
    paths: ['nofill M l t L x1 t L x1 y2 L r y2 L r b'],
  },
  bentConnector5: {
    av: 'adj1 val 50000;adj2 val 50000;adj3 val 50000',
    gd: 'x1 */ w adj1 100000;x3 */ w adj3 100000;x2 +/ x1 x3 2;y2 */ h adj2 100000;y1 +/ t y2 2;y3 +/ b y2 2',
    paths: ['nofill M l t L x1 t L x1 y2 L x3 y2 L x3 b L r b'],
  },
  bentUpArrow: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000',
    gd: 'a1 pin 0 adj1 50000;a2 pin 0 adj2 50000;a3 pin 0 adj3 50000;y1 */ ss a3 100000;dx1 */ ss a2 50000;x1 +- r 0 dx1;dx3 */ ss a2 100000;x3 +- r 0 dx3;dx2 */ ss a1 200000;x2 +- x3 0 dx2;x4 +- x3 dx2 0;dy2 */ ss a1 100000;y2 +- b 0 dy2',
    rect: 'l y2 x4 b',
    paths: ['M l y2 L x2 y2 L x2 y1 L x1 y1 L x3 t L r y1 L x4 y1 L x4 b L l b Z'],
  },
  bevel: {
    av: 'adj val 12500',
    gd: 'a pin 0 adj 50000;x1 */ ss a 100000;x2 +- r 0 x1;y2 +- b 0 x1',
    rect: 'x1 x1 x2 y2',
    paths: [
      'nostroke M x1 x1 L x2 x1 L x2 y2 L x1 y2 Z',
      'nostroke lightenLess M l t L r t L x2 x1 L x1 x1 Z',
      'nostroke darkenLess M l b L x1 y2 L x2 y2 L r b Z',
      'nostroke lighten M l t L x1 x1 L x1 y2 L l b Z',
      'nostroke darken M r t L r b L x2 y2 L x2 x1 Z',
      'nofill M l t L r t L r b L l b Z M x1 x1 L x2 x1 L x2 y2 L x1 y2 Z M l t L x1 x1 M l b L x1 y2 M r t L x2 x1 M r b L x2 y2',
    ],
  },
  blockArc: {
    av: 'adj1 val 10800000;adj2 val 0;adj3 val 25000',
    gd: `stAng pin 0 adj1 21599999;istAng pin 0 adj2 21599999;a3 pin 0 adj3 50000;sw11 +- istAng 0 stAng;sw12 +- sw11 21600000 0;swAng ?: sw11 sw11 sw12;iswAng +- 0 0 swAng;${onEllipse('1', 'wd2', 'hd2', 'stAng')};dr */ ss a3 100000;iwd2 +- wd2 0 dr;ihd2 +- hd2 0 dr;${onEllipse('2', 'iwd2', 'ihd2', 'istAng')}`,
    paths: ['M x1 y1 A wd2 hd2 stAng swAng L x2 y2 A iwd2 ihd2 istAng iswAng Z'],
  },
  bracePair: {
    av: 'adj val 8333',
    gd: 'a pin 0 adj 25000;x1 */ ss a 100000;x2 */ ss a 50000;x3 +- r 0 x2;x4 +- r 0 x1;y2 +- vc 0 x1;y3 +- vc x1 0;y4 +- b 0 x1;it */ x1 29289 100000;il +- x1 it 0;ir +- r 0 il;ib +- b 0 it',
    rect: 'il il ir ib',
    paths: [
      'nostroke M x2 b A x1 x1 cd4 cd4 L x1 y3 A x1 x1 0 -5400000 A x1 x1 cd4 -5400000 L x1 x1 A x1 x1 cd2 cd4 L x3 t A x1 x1 3cd4 cd4 L x4 y2 A x1 x1 cd2 -5400000 A x1 x1 3cd4 -5400000 L x4 y4 A x1 x1 0 cd4 Z',
      'nofill M x2 b A x1 x1 cd4 cd4 L x1 y3 A x1 x1 0 -5400000 A x1 x1 cd4 -5400000 L x1 x1 A x1 x1 cd2 cd4 M x3 t A x1 x1 3cd4 cd4 L x4 y2 A x1 x1 cd2 -5400000 A x1 x1 3cd4 -5400000 L x4 y4 A x1 x1 0 cd4',
    ],
  },
  chartPlus: { paths: ['w=10 h=10 nofill M 5 0 L 5 10 M 0 5 L 10 5', 'w=10 h=10 nostroke M 0 0 L 0 10 L 10 10 L 10 0 Z'] },
  chartStar: { paths: ['w=10 h=10 nofill M 0 0 L 10 10 M 0 10 L 10 0 M 5 0 L 5 10', 'w=10 h=10 nostroke M 0 0 L 0 10 L 10 10 L 10 0 Z'] },
  chartX: { paths: ['w=10 h=10 nofill M 0 0 L 10 10 M 0 10 L 10 0', 'w=10 h=10 nostroke M 0 0 L 0 10 L 10 10 L 10 0 Z'] },
  cornerTabs: {
    gd: TABS,
    rect: 'dx dx x1 y1',
    paths: ['M l t L dx t L l dx Z', 'M l y1 L dx b L l b Z', 'M x1 t L r t L r dx Z', 'M r y1 L r b L x1 b Z'],
  },
  curvedConnector4: {
    av: 'adj1 val 50000;adj2 val 50000',
    gd: 'x2 */ w adj1 100000;x1 +/ l x2 2;x3 +/ r x2 2;x4 +/ x2 x3 2;x5 +/ x3 r 2;y4 */ h adj2 100000;y1 +/ t y4 2;y2 +/ t y1 2;y3 +/ y1 y4 2;y5 +/ b y4 2',
    paths: ['nofill M l t C x1 t x2 y2 x2 y1 C x2 y3 x4 y4 x3 y4 C x5 y4 r y5 r b'],
  },
  curvedConnector5: {
    av: 'adj1 val 50000;adj2 val 50000;adj3 val 50000',
    gd: 'x3 */ w adj1 100000;x6 */ w adj3 100000;x1 +/ x3 x6 2;x2 +/ l x3 2;x4 +/ x3 x1 2;x5 +/ x6 x1 2;x7 +/ x6 r 2;y4 */ h adj2 100000;y1 +/ t y4 2;y2 +/ t y1 2;y3 +/ y1 y4 2;y5 +/ b y4 2;y6 +/ y5 y4 2;y7 +/ y5 b 2',
    paths: ['nofill M l t C x2 t x3 y2 x3 y1 C x3 y3 x4 y4 x1 y4 C x5 y4 x6 y6 x6 y5 C x6 y7 x7 b r b'],
  },
  ellipseRibbon: {
    av: 'adj1 val 25000;adj2 val 50000;adj3 val 12500',
    gd: `${RIBBON_GD};y1 */ f1 q2 1;cx1 */ x3 1 2;cy1 */ f1 cx1 1;cx2 +- r 0 cx1;q1 */ h a1 100000;dy3 +- q1 0 dy1;q3 */ x2 x2 w;q4 +- x2 0 q3;q5 */ f1 q4 1;y3 +- q5 dy3 0;q6 +- dy1 dy3 y3;q7 +- q6 dy1 0;cy3 +- q7 dy3 0;rh +- b 0 q1;q8 */ dy1 14 16;y2 +/ q8 rh 2;y5 +- q5 rh 0;y6 +- y3 rh 0;cx4 */ x2 1 2;q9 */ f1 cx4 1;cy4 +- q9 rh 0;cx5 +- r 0 cx4;cy6 +- cy3 rh 0;y7 +- y1 dy3 0;cy7 +- q1 q1 y7;y8 +- b 0 dy1`,
    rect: 'x2 q1 x5 y6',
    paths: [
      'nostroke M l t Q cx1 cy1 x3 y1 L x2 y3 Q hc cy3 x5 y3 L x4 y1 Q cx2 cy1 r t L x6 y2 L r rh Q cx5 cy4 x5 y5 L x5 y6 Q hc cy6 x2 y6 L x2 y5 Q cx4 cy4 l rh L wd8 y2 Z',
      'nostroke M x3 y7 L x3 y1 L x2 y3 Q hc cy3 x5 y3 L x4 y1 L x4 y7 Q hc cy7 x3 y7 Z',
      'nofill M l t Q cx1 cy1 x3 y1 L x2 y3 Q hc cy3 x5 y3 L x4 y1 Q cx2 cy1 r t L x6 y2 L r rh Q cx5 cy4 x5 y5 L x5 y6 Q hc cy6 x2 y6 L x2 y5 Q cx4 cy4 l rh L wd8 y2 Z M x2 y5 L x2 y3 M x5 y3 L x5 y5 M x3 y1 L x3 y7 M x4 y7 L x4 y1',
    ],
  },
  ellipseRibbon2: {
    av: 'adj1 val 25000;adj2 val 50000;adj3 val 12500',
    gd: `${RIBBON_GD};u1 */ f1 q2 1;y1 +- b 0 u1;cx1 */ x3 1 2;cu1 */ f1 cx1 1;cy1 +- b 0 cu1;cx2 +- r 0 cx1;q1 */ h a1 100000;dy3 +- q1 0 dy1;q3 */ x2 x2 w;q4 +- x2 0 q3;q5 */ f1 q4 1;u3 +- q5 dy3 0;y3 +- b 0 u3;q6 +- dy1 dy3 u3;q7 +- q6 dy1 0;cu3 +- q7 dy3 0;cy3 +- b 0 cu3;rh +- b 0 q1;q8 */ dy1 14 16;u2 +/ q8 rh 2;y2 +- b 0 u2;u5 +- q5 rh 0;y5 +- b 0 u5;u6 +- u3 rh 0;y6 +- b 0 u6;cx4 */ x2 1 2;q9 */ f1 cx4 1;cu4 +- q9 rh 0;cy4 +- b 0 cu4;cx5 +- r 0 cx4;cu6 +- cu3 rh 0;cy6 +- b 0 cu6;u7 +- u1 dy3 0;y7 +- b 0 u7;cu7 +- q1 q1 u7;cy7 +- b 0 cu7`,
    rect: 'x2 y6 x5 rh',
    paths: [
      'nostroke M l b Q cx1 cy1 x3 y1 L x2 y3 Q hc cy3 x5 y3 L x4 y1 Q cx2 cy1 r b L x6 y2 L r q1 Q cx5 cy4 x5 y5 L x5 y6 Q hc cy6 x2 y6 L x2 y5 Q cx4 cy4 l q1 L wd8 y2 Z',
      'nostroke M x3 y7 L x3 y1 L x2 y3 Q hc cy3 x5 y3 L x4 y1 L x4 y7 Q hc cy7 x3 y7 Z',
      'nofill M l b L wd8 y2 L l q1 Q cx4 cy4 x2 y5 L x2 y6 Q hc cy6 x5 y6 L x5 y5 Q cx5 cy4 r q1 L x6 y2 L r b Q cx2 cy1 x4 y1 L x5 y3 Q hc cy3 x2 y3 L x3 y1 Q cx1 cy1 l b Z M x2 y3 L x2 y5 M x5 y5 L x5 y3 M x3 y7 L x3 y1 M x4 y1 L x4 y7',
    ],
  },
  leftUpArrow: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000',
    gd: 'a2 pin 0 adj2 50000;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;maxAdj3 +- 100000 0 maxAdj1;a3 pin 0 adj3 maxAdj3;x1 */ ss a3 100000;dx2 */ ss a2 50000;x2 +- r 0 dx2;y2 +- b 0 dx2;dx4 */ ss a2 100000;x4 +- r 0 dx4;y4 +- b 0 dx4;dx3 */ ss a1 200000;x3 +- x4 0 dx3;x5 +- x4 dx3 0;y3 +- y4 0 dx3;y5 +- y4 dx3 0;il */ dx3 x1 dx4',
    rect: 'il y3 x4 y5',
    paths: ['M l y4 L x1 y2 L x1 y3 L x3 y3 L x3 x1 L x2 x1 L x4 t L r x1 L x5 x1 L x5 y5 L x1 y5 L x1 b Z'],
  },
  line: { paths: ['M l t L r b'] },
  plaqueTabs: {
    gd: TABS,
    rect: 'dx dx x1 y1',
    paths: ['M l t L dx t A dx dx 0 cd4 Z', 'M l y1 A dx dx 3cd4 cd4 L l b Z', 'M r t L r dx A dx dx cd4 cd4 Z', 'M x1 b A dx dx cd2 cd4 L r b Z'],
  },
  squareTabs: {
    gd: TABS,
    rect: 'dx dx x1 y1',
    paths: ['M l t L dx t L dx dx L l dx Z', 'M l y1 L dx y1 L dx b L l b Z', 'M x1 t L r t L r dx L x1 dx Z', 'M x1 y1 L r y1 L r b L x1 b Z'],
  },
  straightConnector1: { paths: ['nofill M l t L r b'] },
};
