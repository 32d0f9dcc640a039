/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml),
 * presets `curvedRightArrow` to `ellipse`, in the compact form of `PresetShapeDef`.
 */
import type { PresetShapeDef } from './preset-geometry.js';

const ELLIPSE_RECT = 'idx cos wd2 2700000;idy sin hd2 2700000;il +- hc 0 idx;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0';

export const PRESETS_C_E: Readonly<Record<string, PresetShapeDef>> = {
  curvedRightArrow: {
    av: 'adj1 val 25000;adj2 val 50000;adj3 val 25000',
    gd: 'maxAdj2 */ 50000 h ss;a2 pin 0 adj2 maxAdj2;a1 pin 0 adj1 a2;th */ ss a1 100000;aw */ ss a2 100000;q1 +/ th aw 4;hR +- hd2 0 q1;q7 */ hR 2 1;q8 */ q7 q7 1;q9 */ th th 1;q10 +- q8 0 q9;q11 sqrt q10;idx */ q11 w q7;maxAdj3 */ 100000 idx ss;a3 pin 0 adj3 maxAdj3;ah */ ss a3 100000;y3 +- hR th 0;q2 */ w w 1;q3 */ ah ah 1;q4 +- q2 0 q3;q5 sqrt q4;dy */ q5 hR w;y5 +- hR dy 0;y7 +- y3 dy 0;q6 +- aw 0 th;dh */ q6 1 2;y4 +- y5 0 dh;y8 +- y7 dh 0;aw2 */ aw 1 2;y6 +- b 0 aw2;x1 +- r 0 ah;swAng at2 ah dy;stAng +- cd2 0 swAng;mswAng +- 0 0 swAng;ix +- r 0 idx;iy +/ hR y3 2;q12 */ th 1 2;dang2 at2 idx q12;swAng2 +- dang2 0 cd4;swAng3 +- cd4 dang2 0;stAng3 +- cd2 0 dang2',
    paths: [
      'nostroke M l hR A w hR cd2 mswAng L x1 y4 L r y6 L x1 y8 L x1 y7 A w hR stAng swAng Z',
      'nostroke M r th A w hR 3cd4 swAng2 A w hR stAng3 swAng3 Z',
      'nofill M l hR A w hR cd2 mswAng L x1 y4 L r y6 L x1 y8 L x1 y7 A w hR stAng swAng L l hR A w hR cd2 cd4 L r th A w hR 3cd4 swAng2',
    ],
  },
  curvedUpArrow: {
    av: 'adj1 val 25000;adj2 val 50000;adj3 val 25000',
    gd: 'maxAdj2 */ 50000 w ss;a2 pin 0 adj2 maxAdj2;a1 pin 0 adj1 100000;th */ ss a1 100000;aw */ ss a2 100000;q1 +/ th aw 4;wR +- wd2 0 q1;q7 */ wR 2 1;q8 */ q7 q7 1;q9 */ th th 1;q10 +- q8 0 q9;q11 sqrt q10;idy */ q11 h q7;maxAdj3 */ 100000 idy ss;a3 pin 0 adj3 maxAdj3;ah */ ss adj3 100000;x3 +- wR th 0;q2 */ h h 1;q3 */ ah ah 1;q4 +- q2 0 q3;q5 sqrt q4;dx */ q5 wR h;x5 +- wR dx 0;x7 +- x3 dx 0;q6 +- aw 0 th;dh */ q6 1 2;x4 +- x5 0 dh;x8 +- x7 dh 0;aw2 */ aw 1 2;x6 +- r 0 aw2;y1 +- t ah 0;swAng at2 ah dx;mswAng +- 0 0 swAng;iy +- t idy 0;ix +/ wR x3 2;q12 */ th 1 2;dang2 at2 idy q12;swAng2 +- dang2 0 swAng;mswAng2 +- 0 0 swAng2;stAng3 +- cd4 0 swAng;swAng3 +- swAng dang2 0;stAng2 +- cd4 0 dang2',
    paths: [
      'nostroke M x6 t L x8 y1 L x7 y1 A wR h stAng3 swAng3 A wR h stAng2 swAng2 L x4 y1 Z',
      'nostroke M wR b A wR h cd4 cd4 L th t A wR h cd2 -5400000 Z',
      'nofill M ix iy A wR h stAng2 swAng2 L x4 y1 L x6 t L x8 y1 L x7 y1 A wR h stAng3 swAng L wR b A wR h cd4 cd4 L th t A wR h cd2 -5400000',
    ],
  },
  decagon: {
    av: 'vf val 105146',
    gd: 'shd2 */ hd2 vf 100000;dx1 cos wd2 2160000;dx2 cos wd2 4320000;x1 +- hc 0 dx1;x2 +- hc 0 dx2;x3 +- hc dx2 0;x4 +- hc dx1 0;dy1 sin shd2 4320000;dy2 sin shd2 2160000;y1 +- vc 0 dy1;y2 +- vc 0 dy2;y3 +- vc dy2 0;y4 +- vc dy1 0',
    rect: 'x1 y2 x4 y3',
    paths: ['M l vc L x1 y2 L x2 y1 L x3 y1 L x4 y2 L r vc L x4 y3 L x3 y4 L x2 y4 L x1 y3 Z'],
  },
  diagStripe: {
    av: 'adj val 50000',
    gd: 'a pin 0 adj 100000;x2 */ w a 100000;x1 */ x2 1 2;x3 +/ x2 r 2;y2 */ h a 100000;y1 */ y2 1 2;y3 +/ y2 b 2',
    rect: 'l t x3 y3',
    paths: ['M l y2 L x2 t L r t L l b Z'],
  },
  diamond: {
    gd: 'ir */ w 3 4;ib */ h 3 4',
    rect: 'wd4 hd4 ir ib',
    paths: ['M l vc L hc t L r vc L hc b Z'],
  },
  dodecagon: {
    gd: 'x1 */ w 2894 21600;x2 */ w 7906 21600;x3 */ w 13694 21600;x4 */ w 18706 21600;y1 */ h 2894 21600;y2 */ h 7906 21600;y3 */ h 13694 21600;y4 */ h 18706 21600',
    rect: 'x1 y1 x4 y4',
    paths: ['M l y2 L x1 y1 L x2 t L x3 t L x4 y1 L r y2 L r y3 L x4 y4 L x3 b L x2 b L x1 y4 L l y3 Z'],
  },
  donut: {
    av: 'adj val 25000',
    gd: `a pin 0 adj 50000;dr */ ss a 100000;iwd2 +- wd2 0 dr;ihd2 +- hd2 0 dr;${ELLIPSE_RECT}`,
    rect: 'il it ir ib',
    paths: ['M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z M dr vc A iwd2 ihd2 cd2 -5400000 A iwd2 ihd2 cd4 -5400000 A iwd2 ihd2 0 -5400000 A iwd2 ihd2 3cd4 -5400000 Z'],
  },
  doubleWave: {
    av: 'adj1 val 6250;adj2 val 0',
    gd: 'a1 pin 0 adj1 12500;a2 pin -10000 adj2 10000;y1 */ h a1 100000;dy2 */ y1 10 3;y2 +- y1 0 dy2;y3 +- y1 dy2 0;y4 +- b 0 y1;y5 +- y4 0 dy2;y6 +- y4 dy2 0;dx1 */ w a2 100000;of2 */ w a2 50000;x1 abs dx1;dx2 ?: of2 0 of2;x2 +- l 0 dx2;dx8 ?: of2 of2 0;x8 +- r 0 dx8;dx3 +/ dx2 x8 6;x3 +- x2 dx3 0;dx4 +/ dx2 x8 3;x4 +- x2 dx4 0;x5 +/ x2 x8 2;x6 +- x5 dx3 0;x7 +/ x6 x8 2;x9 +- l dx8 0;x15 +- r dx2 0;x10 +- x9 dx3 0;x11 +- x9 dx4 0;x12 +/ x9 x15 2;x13 +- x12 dx3 0;x14 +/ x13 x15 2;x16 +- r 0 x1;il max x2 x9;ir min x8 x15;it */ h a1 50000;ib +- b 0 it',
    rect: 'il it ir ib',
    paths: ['M x2 y1 C x3 y2 x4 y3 x5 y1 C x6 y2 x7 y3 x8 y1 L x15 y4 C x14 y6 x13 y5 x12 y4 C x11 y6 x10 y5 x9 y4 Z'],
  },
  downArrow: {
    av: 'adj1 val 50000;adj2 val 50000',
    gd: 'maxAdj2 */ 100000 h ss;a1 pin 0 adj1 100000;a2 pin 0 adj2 maxAdj2;dy1 */ ss a2 100000;y1 +- b 0 dy1;dx1 */ w a1 200000;x1 +- hc 0 dx1;x2 +- hc dx1 0;dy2 */ x1 dy1 wd2;y2 +- y1 dy2 0',
    rect: 'x1 t x2 y2',
    paths: ['M l y1 L x1 y1 L x1 t L x2 t L x2 y1 L r y1 L hc b Z'],
  },
  downArrowCallout: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000;adj4 val 64977',
    gd: 'maxAdj2 */ 50000 w ss;a2 pin 0 adj2 maxAdj2;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;maxAdj3 */ 100000 h ss;a3 pin 0 adj3 maxAdj3;q2 */ a3 ss h;maxAdj4 +- 100000 0 q2;a4 pin 0 adj4 maxAdj4;dx1 */ ss a2 100000;dx2 */ ss a1 200000;x1 +- hc 0 dx1;x2 +- hc 0 dx2;x3 +- hc dx2 0;x4 +- hc dx1 0;dy3 */ ss a3 100000;y3 +- b 0 dy3;y2 */ h a4 100000;y1 */ y2 1 2',
    rect: 'l t r y2',
    paths: ['M l t L r t L r y2 L x3 y2 L x3 y3 L x4 y3 L hc b L x1 y3 L x2 y3 L x2 y2 L l y2 Z'],
  },
  ellipse: {
    gd: ELLIPSE_RECT,
    rect: 'il it ir ib',
    paths: ['M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z'],
  },
};
