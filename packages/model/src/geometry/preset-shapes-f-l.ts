/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml),
 * presets `foldedCorner` to `l…`, in the compact form of `PresetShapeDef`.
 */
import type { PresetShapeDef } from './preset-geometry.js';

export const PRESETS_F_L: Readonly<Record<string, PresetShapeDef>> = {
  foldedCorner: {
    av: 'adj val 16667',
    gd: 'a pin 0 adj 50000;dy2 */ ss a 100000;dy1 */ dy2 1 5;x1 +- r 0 dy2;x2 +- x1 dy1 0;y2 +- b 0 dy2;y1 +- y2 dy1 0',
    rect: 'l t r y2',
    paths: ['nostroke M l t L r t L r y2 L x1 b L l b Z', 'nostroke darkenLess M x1 b L x2 y1 L r y2 Z', 'nofill M x1 b L x2 y1 L r y2 L x1 b L l b L l t L r t L r y2'],
  },
  frame: {
    av: 'adj1 val 12500',
    gd: 'a1 pin 0 adj1 50000;x1 */ ss a1 100000;x4 +- r 0 x1;y4 +- b 0 x1',
    rect: 'x1 x1 x4 y4',
    paths: ['M l t L r t L r b L l b Z M x1 x1 L x1 y4 L x4 y4 L x4 x1 Z'],
  },
  funnel: {
    gd: 'd */ ss 1 20;rw2 +- wd2 0 d;rh2 +- hd4 0 d;t1 cos wd2 480000;t2 sin hd4 480000;da at2 t1 t2;2da */ da 2 1;stAng1 +- cd2 0 da;swAng1 +- cd2 2da 0;swAng3 +- cd2 0 2da;rw3 */ wd2 1 4;rh3 */ hd4 1 4;ct1 cos hd4 stAng1;st1 sin wd2 stAng1;m1 mod ct1 st1 0;n1 */ wd2 hd4 m1;dx1 cos n1 stAng1;dy1 sin n1 stAng1;x1 +- hc dx1 0;y1 +- hd4 dy1 0;ct3 cos rh3 da;st3 sin rw3 da;m3 mod ct3 st3 0;n3 */ rw3 rh3 m3;dx3 cos n3 da;dy3 sin n3 da;x3 +- hc dx3 0;vc3 +- b 0 rh3;y2 +- vc3 dy3 0;x2 +- wd2 0 rw2',
    paths: ['M x1 y1 A wd2 hd4 stAng1 swAng1 L x3 y2 A rw3 rh3 da swAng3 Z M x2 hd4 A rw2 rh2 cd2 -21600000 Z'],
  },
  halfFrame: {
    av: 'adj1 val 33333;adj2 val 33333',
    gd: 'maxAdj2 */ 100000 w ss;a2 pin 0 adj2 maxAdj2;x1 */ ss a2 100000;g1 */ h x1 w;g2 +- h 0 g1;maxAdj1 */ 100000 g2 ss;a1 pin 0 adj1 maxAdj1;y1 */ ss a1 100000;dx2 */ y1 w h;x2 +- r 0 dx2;dy2 */ x1 h w;y2 +- b 0 dy2',
    paths: ['M l t L r t L x2 y1 L x1 y1 L x1 y2 L l b Z'],
  },
  heart: {
    gd: 'dx1 */ w 49 48;dx2 */ w 10 48;x1 +- hc 0 dx1;x2 +- hc 0 dx2;x3 +- hc dx2 0;x4 +- hc dx1 0;y1 +- t 0 hd3;il */ w 1 6;ir */ w 5 6;ib */ h 2 3',
    rect: 'il hd4 ir ib',
    paths: ['M hc hd4 C x3 y1 x4 hd4 hc b C x1 hd4 x2 y1 hc hd4 Z'],
  },
  heptagon: {
    av: 'hf val 102572;vf val 105210',
    gd: 'swd2 */ wd2 hf 100000;shd2 */ hd2 vf 100000;svc */ vc vf 100000;dx1 */ swd2 97493 100000;dx2 */ swd2 78183 100000;dx3 */ swd2 43388 100000;dy1 */ shd2 62349 100000;dy2 */ shd2 22252 100000;dy3 */ shd2 90097 100000;x1 +- hc 0 dx1;x2 +- hc 0 dx2;x3 +- hc 0 dx3;x4 +- hc dx3 0;x5 +- hc dx2 0;x6 +- hc dx1 0;y1 +- svc 0 dy1;y2 +- svc dy2 0;y3 +- svc dy3 0;ib +- b 0 y1',
    rect: 'x2 y1 x5 ib',
    paths: ['M x1 y2 L x2 y1 L hc t L x5 y1 L x6 y2 L x4 y3 L x3 y3 Z'],
  },
  hexagon: {
    av: 'adj val 25000;vf val 115470',
    gd: 'maxAdj */ 50000 w ss;a pin 0 adj maxAdj;shd2 */ hd2 vf 100000;x1 */ ss a 100000;x2 +- r 0 x1;dy1 sin shd2 3600000;y1 +- vc 0 dy1;y2 +- vc dy1 0;q1 */ maxAdj -1 2;q2 +- a q1 0;q3 ?: q2 4 2;q4 ?: q2 3 2;q5 ?: q2 q1 0;q6 +/ a q5 q1;q7 */ q6 q4 -1;q8 +- q3 q7 0;il */ w q8 24;it */ h q8 24;ir +- r 0 il;ib +- b 0 it',
    rect: 'il it ir ib',
    paths: ['M l vc L x1 y1 L x2 y1 L r vc L x2 y2 L x1 y2 Z'],
  },
  homePlate: {
    av: 'adj val 50000',
    gd: 'maxAdj */ 100000 w ss;a pin 0 adj maxAdj;dx1 */ ss a 100000;x1 +- r 0 dx1;ir +/ x1 r 2;x2 */ x1 1 2',
    rect: 'l t ir b',
    paths: ['M l t L x1 t L r vc L x1 b L l b Z'],
  },
  horizontalScroll: {
    av: 'adj val 12500',
    gd: 'a pin 0 adj 25000;ch */ ss a 100000;ch2 */ ch 1 2;ch4 */ ch 1 4;y3 +- ch ch2 0;y4 +- ch ch 0;y6 +- b 0 ch;y7 +- b 0 ch2;y5 +- y6 0 ch2;x3 +- r 0 ch;x4 +- r 0 ch2',
    rect: 'ch ch x4 y6',
    paths: [
      'nostroke M r ch2 A ch2 ch2 0 cd4 L x4 ch2 A ch4 ch4 0 cd2 L x3 ch L ch2 ch A ch2 ch2 3cd4 -5400000 L l y7 A ch2 ch2 cd2 -10800000 L ch y6 L x4 y6 A ch2 ch2 cd4 -5400000 Z M ch2 y4 A ch2 ch2 cd4 -5400000 A ch4 ch4 0 -10800000 Z',
      'nostroke M ch2 y4 A ch2 ch2 cd4 -5400000 A ch4 ch4 0 -10800000 Z M x4 ch A ch2 ch2 cd4 -16200000 A ch4 ch4 cd2 -10800000 Z',
      'nofill M l y3 A ch2 ch2 cd2 cd4 L x3 ch L x3 ch2 A ch2 ch2 cd2 cd2 L r y5 A ch2 ch2 0 cd4 L ch y6 L ch y7 A ch2 ch2 0 cd2 Z M x3 ch L x4 ch A ch2 ch2 cd4 -5400000 M x4 ch L x4 ch2 A ch4 ch4 0 cd2 M ch2 y4 L ch2 y3 A ch4 ch4 cd2 cd2 A ch2 ch2 0 cd2 M ch y3 L ch y6',
    ],
  },
  irregularSeal1: {
    gd: 'x5 */ w 4627 21600;x12 */ w 8485 21600;x21 */ w 16702 21600;x24 */ w 14522 21600;y3 */ h 6320 21600;y6 */ h 8615 21600;y9 */ h 13937 21600;y18 */ h 13290 21600',
    rect: 'x5 y3 x21 y9',
    paths: ['w=21600 h=21600 M 10800 5800 L 14522 0 L 14155 5325 L 18380 4457 L 16702 7315 L 21097 8137 L 17607 10475 L 21600 13290 L 16837 12942 L 18145 18095 L 14020 14457 L 13247 19737 L 10532 14935 L 8485 21600 L 7715 15627 L 4762 17617 L 5667 13937 L 135 14587 L 3722 11775 L 0 8615 L 4627 7617 L 370 2295 L 7312 6320 L 8352 2295 Z'],
  },
  irregularSeal2: {
    gd: 'x2 */ w 9722 21600;x5 */ w 5372 21600;x16 */ w 11612 21600;x19 */ w 14640 21600;y2 */ h 1887 21600;y3 */ h 6382 21600;y8 */ h 12877 21600;y14 */ h 19712 21600;y16 */ h 18842 21600;y17 */ h 15935 21600;y24 */ h 6645 21600',
    rect: 'x5 y3 x19 y17',
    paths: ['w=21600 h=21600 M 11462 4342 L 14790 0 L 14525 5777 L 18007 3172 L 16380 6532 L 21600 6645 L 16985 9402 L 18270 11290 L 16380 12310 L 18877 15632 L 14640 14350 L 14942 17370 L 12180 15935 L 11612 18842 L 9872 17370 L 8700 19712 L 7527 18125 L 4917 21600 L 4805 18240 L 1285 17825 L 3330 15370 L 0 12877 L 3935 11592 L 1172 8270 L 5372 7817 L 4502 3625 L 8550 6382 L 9722 1887 Z'],
  },
  leftArrow: {
    av: 'adj1 val 50000;adj2 val 50000',
    gd: 'maxAdj2 */ 100000 w ss;a1 pin 0 adj1 100000;a2 pin 0 adj2 maxAdj2;dx2 */ ss a2 100000;x2 +- l dx2 0;dy1 */ h a1 200000;y1 +- vc 0 dy1;y2 +- vc dy1 0;dx1 */ y1 dx2 hd2;x1 +- x2 0 dx1',
    rect: 'x1 y1 r y2',
    paths: ['M l vc L x2 t L x2 y1 L r y1 L r y2 L x2 y2 L x2 b Z'],
  },
  leftArrowCallout: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000;adj4 val 64977',
    gd: 'maxAdj2 */ 50000 h ss;a2 pin 0 adj2 maxAdj2;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;maxAdj3 */ 100000 w ss;a3 pin 0 adj3 maxAdj3;q2 */ a3 ss w;maxAdj4 +- 100000 0 q2;a4 pin 0 adj4 maxAdj4;dy1 */ ss a2 100000;dy2 */ ss a1 200000;y1 +- vc 0 dy1;y2 +- vc 0 dy2;y3 +- vc dy2 0;y4 +- vc dy1 0;x1 */ ss a3 100000;dx2 */ w a4 100000;x2 +- r 0 dx2;x3 +/ x2 r 2',
    rect: 'x2 t r b',
    paths: ['M l vc L x1 y1 L x1 y2 L x2 y2 L x2 t L r t L r b L x2 b L x2 y3 L x1 y3 L x1 y4 Z'],
  },
  leftBrace: {
    av: 'adj1 val 8333;adj2 val 50000',
    gd: 'a2 pin 0 adj2 100000;q1 +- 100000 0 a2;q2 min q1 a2;q3 */ q2 1 2;maxAdj1 */ q3 h ss;a1 pin 0 adj1 maxAdj1;y1 */ ss a1 100000;y3 */ h a2 100000;y4 +- y3 y1 0;dx1 cos wd2 2700000;dy1 sin y1 2700000;il +- r 0 dx1;it +- y1 0 dy1;ib +- b dy1 y1',
    rect: 'il it r ib',
    paths: [
      'nostroke M r b A wd2 y1 cd4 cd4 L hc y4 A wd2 y1 0 -5400000 A wd2 y1 cd4 -5400000 L hc y1 A wd2 y1 cd2 cd4 Z',
      'nofill M r b A wd2 y1 cd4 cd4 L hc y4 A wd2 y1 0 -5400000 A wd2 y1 cd4 -5400000 L hc y1 A wd2 y1 cd2 cd4',
    ],
  },
  leftBracket: {
    av: 'adj val 8333',
    gd: 'maxAdj */ 50000 h ss;a pin 0 adj maxAdj;y1 */ ss a 100000;y2 +- b 0 y1;dx1 cos w 2700000;dy1 sin y1 2700000;il +- r 0 dx1;it +- y1 0 dy1;ib +- b dy1 y1',
    rect: 'il it r ib',
    paths: ['nostroke M r b A w y1 cd4 cd4 L l y1 A w y1 cd2 cd4 Z', 'nofill M r b A w y1 cd4 cd4 L l y1 A w y1 cd2 cd4'],
  },
  leftRightArrow: {
    av: 'adj1 val 50000;adj2 val 50000',
    gd: 'maxAdj2 */ 50000 w ss;a1 pin 0 adj1 100000;a2 pin 0 adj2 maxAdj2;x2 */ ss a2 100000;x3 +- r 0 x2;dy */ h a1 200000;y1 +- vc 0 dy;y2 +- vc dy 0;dx1 */ y1 x2 hd2;x1 +- x2 0 dx1;x4 +- x3 dx1 0',
    rect: 'x1 y1 x4 y2',
    paths: ['M l vc L x2 t L x2 y1 L x3 y1 L x3 t L r vc L x3 b L x3 y2 L x2 y2 L x2 b Z'],
  },
  leftRightArrowCallout: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000;adj4 val 48123',
    gd: 'maxAdj2 */ 50000 h ss;a2 pin 0 adj2 maxAdj2;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;maxAdj3 */ 50000 w ss;a3 pin 0 adj3 maxAdj3;q2 */ a3 ss wd2;maxAdj4 +- 100000 0 q2;a4 pin 0 adj4 maxAdj4;dy1 */ ss a2 100000;dy2 */ ss a1 200000;y1 +- vc 0 dy1;y2 +- vc 0 dy2;y3 +- vc dy2 0;y4 +- vc dy1 0;x1 */ ss a3 100000;x4 +- r 0 x1;dx2 */ w a4 200000;x2 +- hc 0 dx2;x3 +- hc dx2 0',
    rect: 'x2 t x3 b',
    paths: ['M l vc L x1 y1 L x1 y2 L x2 y2 L x2 t L x3 t L x3 y2 L x4 y2 L x4 y1 L r vc L x4 y4 L x4 y3 L x3 y3 L x3 b L x2 b L x2 y3 L x1 y3 L x1 y4 Z'],
  },
  leftRightRibbon: {
    av: 'adj1 val 50000;adj2 val 50000;adj3 val 16667',
    gd: 'a3 pin 0 adj3 33333;maxAdj1 +- 100000 0 a3;a1 pin 0 adj1 maxAdj1;w1 +- wd2 0 wd32;maxAdj2 */ 100000 w1 ss;a2 pin 0 adj2 maxAdj2;x1 */ ss a2 100000;x4 +- r 0 x1;dy1 */ h a1 200000;dy2 */ h a3 -200000;ly1 +- vc dy2 dy1;ry4 +- vc dy1 dy2;ly2 +- ly1 dy1 0;ry3 +- b 0 ly2;ly4 */ ly2 2 1;ry1 +- b 0 ly4;ly3 +- ly4 0 ly1;ry2 +- b 0 ly3;hR */ a3 ss 400000;x2 +- hc 0 wd32;x3 +- hc wd32 0;y1 +- ly1 hR 0;y2 +- ry2 0 hR',
    rect: 'x1 ly1 x4 ry4',
    paths: [
      'nostroke M l ly2 L x1 t L x1 ly1 L hc ly1 A wd32 hR 3cd4 cd2 A wd32 hR 3cd4 -10800000 L x4 ry2 L x4 ry1 L r ry3 L x4 b L x4 ry4 L hc ry4 A wd32 hR cd4 cd4 L x2 ly3 L x1 ly3 L x1 ly4 Z',
      'nostroke darkenLess M x3 y1 A wd32 hR 0 cd4 A wd32 hR 3cd4 -10800000 L x3 ry2 Z',
      'nofill M l ly2 L x1 t L x1 ly1 L hc ly1 A wd32 hR 3cd4 cd2 A wd32 hR 3cd4 -10800000 L x4 ry2 L x4 ry1 L r ry3 L x4 b L x4 ry4 L hc ry4 A wd32 hR cd4 cd4 L x2 ly3 L x1 ly3 L x1 ly4 Z M x3 y1 L x3 ry2 M x2 y2 L x2 ly3',
    ],
  },
  leftRightUpArrow: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000',
    gd: 'a2 pin 0 adj2 50000;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;q1 +- 100000 0 maxAdj1;maxAdj3 */ q1 1 2;a3 pin 0 adj3 maxAdj3;x1 */ ss a3 100000;dx2 */ ss a2 100000;x2 +- hc 0 dx2;x5 +- hc dx2 0;dx3 */ ss a1 200000;x3 +- hc 0 dx3;x4 +- hc dx3 0;x6 +- r 0 x1;dy2 */ ss a2 50000;y2 +- b 0 dy2;y4 +- b 0 dx2;y3 +- y4 0 dx3;y5 +- y4 dx3 0;il */ dx3 x1 dx2;ir +- r 0 il',
    rect: 'il y3 ir y5',
    paths: ['M l y4 L x1 y2 L x1 y3 L x3 y3 L x3 x1 L x2 x1 L hc t L x5 x1 L x4 x1 L x4 y3 L x6 y3 L x6 y2 L r y4 L x6 b L x6 y5 L x1 y5 L x1 b Z'],
  },
};
