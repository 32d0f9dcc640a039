/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml),
 * presets `accent…` to `cu…`: adjust values, guides, text rectangle and paths in the compact form
 * of `PresetShapeDef` (`preset-geometry.ts`). A path's shading is marked where the
 * definition has one (bevel, cube, folded corner, left-right ribbon, action buttons); others are
 * filled with the shape's own fill.
 */
import type { PresetShapeDef } from './preset-geometry.js';

const CALLOUT_BOX = 'nostroke M l t L r t L r b L l b Z';
const callout = (n: 1 | 2 | 3, accent: boolean, border: boolean): PresetShapeDef => {
  const av = ['adj1 val 18750;adj2 val -8333;adj3 val 112500;adj4 val -38333', 'adj1 val 18750;adj2 val -8333;adj3 val 18750;adj4 val -16667;adj5 val 112500;adj6 val -46667', 'adj1 val 18750;adj2 val -8333;adj3 val 18750;adj4 val -16667;adj5 val 100000;adj6 val -16667;adj7 val 112963;adj8 val -8333'][n - 1];
  const gd = ['y1 */ h adj1 100000', 'x1 */ w adj2 100000', 'y2 */ h adj3 100000', 'x2 */ w adj4 100000', 'y3 */ h adj5 100000', 'x3 */ w adj6 100000', 'y4 */ h adj7 100000', 'x4 */ w adj8 100000'].slice(0, 2 * (n + 1)).join(';');
  const line = ['nofill M x1 y1 L x2 y2', 'L x3 y3', 'L x4 y4'].slice(0, n).join(' ');
  return { av, gd, paths: [border ? 'M l t L r t L r b L l b Z' : CALLOUT_BOX, ...(accent ? ['nofill M x1 t L x1 b'] : []), line] };
};

export const PRESETS_A_C: Readonly<Record<string, PresetShapeDef>> = {
  accentBorderCallout1: callout(1, true, true),
  accentBorderCallout2: callout(2, true, true),
  accentBorderCallout3: callout(3, true, true),
  accentCallout1: callout(1, true, false),
  accentCallout2: callout(2, true, false),
  accentCallout3: callout(3, true, false),
  borderCallout1: callout(1, false, true),
  borderCallout2: callout(2, false, true),
  borderCallout3: callout(3, false, true),
  callout1: callout(1, false, false),
  callout2: callout(2, false, false),
  callout3: callout(3, false, false),
  bracketPair: {
    av: 'adj val 16667',
    gd: 'a pin 0 adj 50000;x1 */ ss a 100000;x2 +- r 0 x1;y2 +- b 0 x1;il */ x1 29289 100000;ir +- r 0 il;ib +- b 0 il',
    rect: 'il il ir ib',
    paths: [
      'nostroke M l x1 A x1 x1 cd2 cd4 L x2 t A x1 x1 3cd4 cd4 L r y2 A x1 x1 0 cd4 L x1 b A x1 x1 cd4 cd4 Z',
      'nofill M x1 b A x1 x1 cd4 cd4 L l x1 A x1 x1 cd2 cd4 M x2 t A x1 x1 3cd4 cd4 L r y2 A x1 x1 0 cd4',
    ],
  },
  can: {
    av: 'adj val 25000',
    gd: 'maxAdj */ 50000 h ss;a pin 0 adj maxAdj;y1 */ ss a 200000;y2 +- y1 y1 0;y3 +- b 0 y1',
    rect: 'l y2 r y3',
    paths: [
      'nostroke M l y1 A wd2 y1 cd2 -10800000 L r y3 A wd2 y1 0 cd2 Z',
      'nostroke M l y1 A wd2 y1 cd2 cd2 A wd2 y1 0 cd2 Z',
      'nofill M r y1 A wd2 y1 0 cd2 A wd2 y1 cd2 cd2 L r y3 A wd2 y1 0 cd2 L l y1',
    ],
  },
  chevron: {
    av: 'adj val 50000',
    gd: 'maxAdj */ 100000 w ss;a pin 0 adj maxAdj;x1 */ ss a 100000;x2 +- r 0 x1;x3 */ x2 1 2;dx +- x2 0 x1;il ?: dx x1 l;ir ?: dx x2 r',
    rect: 'il t ir b',
    paths: ['M l t L x2 t L r vc L x2 b L l b L x1 vc Z'],
  },
  chord: {
    av: 'adj1 val 2700000;adj2 val 16200000',
    gd: 'stAng pin 0 adj1 21599999;enAng pin 0 adj2 21599999;sw1 +- enAng 0 stAng;sw2 +- sw1 21600000 0;swAng ?: sw1 sw1 sw2;wt1 sin wd2 stAng;ht1 cos hd2 stAng;dx1 cat2 wd2 ht1 wt1;dy1 sat2 hd2 ht1 wt1;x1 +- hc dx1 0;y1 +- vc dy1 0;idx cos wd2 2700000;idy sin hd2 2700000;il +- hc 0 idx;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0',
    rect: 'il it ir ib',
    paths: ['M x1 y1 A wd2 hd2 stAng swAng Z'],
  },
  cloud: {
    gd: 'il */ w 2977 21600;it */ h 3262 21600;ir */ w 17087 21600;ib */ h 17337 21600',
    rect: 'il it ir ib',
    paths: [
      'w=43200 h=43200 M 3900 14370 A 6753 9190 -11429249 7426832 A 5333 7267 -8646143 5396714 A 4365 5945 -8748475 5983381 A 4857 6595 -7859164 7034504 A 5333 7273 -4722533 6541615 A 6775 9220 -2776035 7816140 A 5785 7867 37501 6842000 A 6752 9215 1347096 6910353 A 7720 10543 3974558 4542661 A 4360 5918 -16496525 8804134 A 4345 5945 -14809710 9151131 Z',
      'w=43200 h=43200 nofill M 4693 26177 A 4345 5945 5204520 1585770 M 6928 34899 A 4360 5918 4416628 686848 M 16478 39090 A 6752 9215 8257449 844866 M 28827 34751 A 6752 9215 387196 959901 M 34129 22954 A 5785 7867 -4217541 4255042 M 41798 15354 A 5333 7273 1819082 1665090 M 38324 5426 A 4857 6595 -824660 891534 M 29078 3952 A 4857 6595 -8950887 1091722 M 22141 4720 A 4365 5945 -9809656 1061181 M 14000 5192 A 6753 9190 -4002417 739161 M 4127 15789 A 6753 9190 9459261 711490',
    ],
  },
  cloudCallout: {
    av: 'adj1 val -20833;adj2 val 62500',
    gd: 'dxPos */ w adj1 100000;dyPos */ h adj2 100000;xPos +- hc dxPos 0;yPos +- vc dyPos 0;ht cat2 hd2 dxPos dyPos;wt sat2 wd2 dxPos dyPos;g2 cat2 wd2 ht wt;g3 sat2 hd2 ht wt;g4 +- hc g2 0;g5 +- vc g3 0;g6 +- g4 0 xPos;g7 +- g5 0 yPos;g8 mod g6 g7 0;g9 */ ss 6600 21600;g10 +- g8 0 g9;g11 */ g10 1 3;g12 */ ss 1800 21600;g13 +- g11 g12 0;g14 */ g13 g6 g8;g15 */ g13 g7 g8;g16 +- g14 xPos 0;g17 +- g15 yPos 0;g18 */ ss 4800 21600;g19 */ g11 2 1;g20 +- g18 g19 0;g21 */ g20 g6 g8;g22 */ g20 g7 g8;g23 +- g21 xPos 0;g24 +- g22 yPos 0;g25 */ ss 1200 21600;g26 */ ss 600 21600;x23 +- xPos g26 0;x24 +- g16 g25 0;x25 +- g23 g12 0;il */ w 2977 21600;it */ h 3262 21600;ir */ w 17087 21600;ib */ h 17337 21600',
    rect: 'il it ir ib',
    paths: [
      'w=43200 h=43200 M 3900 14370 A 6753 9190 -11429249 7426832 A 5333 7267 -8646143 5396714 A 4365 5945 -8748475 5983381 A 4857 6595 -7859164 7034504 A 5333 7273 -4722533 6541615 A 6775 9220 -2776035 7816140 A 5785 7867 37501 6842000 A 6752 9215 1347096 6910353 A 7720 10543 3974558 4542661 A 4360 5918 -16496525 8804134 A 4345 5945 -14809710 9151131 Z',
      'M x23 yPos A g26 g26 0 21600000 Z',
      'M x24 g17 A g25 g25 0 21600000 Z',
      'M x25 g24 A g12 g12 0 21600000 Z',
      'w=43200 h=43200 nofill M 4693 26177 A 4345 5945 5204520 1585770 M 6928 34899 A 4360 5918 4416628 686848 M 16478 39090 A 6752 9215 8257449 844866 M 28827 34751 A 6752 9215 387196 959901 M 34129 22954 A 5785 7867 -4217541 4255042 M 41798 15354 A 5333 7273 1819082 1665090 M 38324 5426 A 4857 6595 -824660 891534 M 29078 3952 A 4857 6595 -8950887 1091722 M 22141 4720 A 4365 5945 -9809656 1061181 M 14000 5192 A 6753 9190 -4002417 739161 M 4127 15789 A 6753 9190 9459261 711490',
    ],
  },
  corner: {
    av: 'adj1 val 50000;adj2 val 50000',
    gd: 'maxAdj1 */ 100000 h ss;maxAdj2 */ 100000 w ss;a1 pin 0 adj1 maxAdj1;a2 pin 0 adj2 maxAdj2;x1 */ ss a2 100000;dy1 */ ss a1 100000;y1 +- b 0 dy1;d +- w 0 h;it ?: d y1 t;ir ?: d r x1',
    rect: 'l it ir b',
    paths: ['M l t L x1 t L x1 y1 L r y1 L r b L l b Z'],
  },
  cube: {
    av: 'adj val 25000',
    gd: 'a pin 0 adj 100000;y1 */ ss a 100000;y4 +- b 0 y1;x4 +- r 0 y1',
    rect: 'l y1 x4 b',
    paths: [
      'nostroke M l y1 L x4 y1 L x4 b L l b Z',
      'nostroke darkenLess M x4 y1 L r t L r y4 L x4 b Z',
      'nostroke lightenLess M l y1 L y1 t L r t L x4 y1 Z',
      'nofill M l y1 L y1 t L r t L r y4 L x4 b L l b Z M l y1 L x4 y1 L r t M x4 y1 L x4 b',
    ],
  },
  curvedConnector2: { paths: ['nofill M l t C wd2 t r hd2 r b'] },
  curvedConnector3: {
    av: 'adj1 val 50000',
    gd: 'x2 */ w adj1 100000;x1 +/ l x2 2;x3 +/ r x2 2;y3 */ h 3 4',
    paths: ['nofill M l t C x1 t x2 hd4 x2 vc C x2 y3 x3 b r b'],
  },
  curvedDownArrow: {
    av: 'adj1 val 25000;adj2 val 50000;adj3 val 25000',
    gd: 'maxAdj2 */ 50000 w ss;a2 pin 0 adj2 maxAdj2;a1 pin 0 adj1 100000;th */ ss a1 100000;aw */ ss a2 100000;q1 +/ th aw 4;wR +- wd2 0 q1;q7 */ wR 2 1;q8 */ q7 q7 1;q9 */ th th 1;q10 +- q8 0 q9;q11 sqrt q10;idy */ q11 h q7;maxAdj3 */ 100000 idy ss;a3 pin 0 adj3 maxAdj3;ah */ ss adj3 100000;x3 +- wR th 0;q2 */ h h 1;q3 */ ah ah 1;q4 +- q2 0 q3;q5 sqrt q4;dx */ q5 wR h;x5 +- wR dx 0;x7 +- x3 dx 0;q6 +- aw 0 th;dh */ q6 1 2;x4 +- x5 0 dh;x8 +- x7 dh 0;aw2 */ aw 1 2;x6 +- r 0 aw2;y1 +- b 0 ah;swAng at2 ah dx;mswAng +- 0 0 swAng;iy +- b 0 idy;ix +/ wR x3 2;q12 */ th 1 2;dang2 at2 idy q12;stAng +- 3cd4 swAng 0;stAng2 +- 3cd4 0 dang2;swAng2 +- dang2 0 cd4;swAng3 +- cd4 dang2 0',
    paths: [
      'nostroke M x6 b L x4 y1 L x5 y1 A wR h stAng mswAng L x3 t A wR h 3cd4 swAng L x8 y1 Z',
      'nostroke M ix iy A wR h stAng2 swAng2 L l b A wR h cd2 swAng3 Z',
      'nofill M ix iy A wR h stAng2 swAng2 L l b A wR h cd2 cd4 L x3 t A wR h 3cd4 swAng L x8 y1 L x6 b L x4 y1 L x5 y1 A wR h stAng mswAng',
    ],
  },
  curvedLeftArrow: {
    av: 'adj1 val 25000;adj2 val 50000;adj3 val 25000',
    gd: 'maxAdj2 */ 50000 h ss;a2 pin 0 adj2 maxAdj2;a1 pin 0 adj1 a2;th */ ss a1 100000;aw */ ss a2 100000;q1 +/ th aw 4;hR +- hd2 0 q1;q7 */ hR 2 1;q8 */ q7 q7 1;q9 */ th th 1;q10 +- q8 0 q9;q11 sqrt q10;idx */ q11 w q7;maxAdj3 */ 100000 idx ss;a3 pin 0 adj3 maxAdj3;ah */ ss a3 100000;y3 +- hR th 0;q2 */ w w 1;q3 */ ah ah 1;q4 +- q2 0 q3;q5 sqrt q4;dy */ q5 hR w;y5 +- hR dy 0;y7 +- y3 dy 0;q6 +- aw 0 th;dh */ q6 1 2;y4 +- y5 0 dh;y8 +- y7 dh 0;aw2 */ aw 1 2;y6 +- b 0 aw2;x1 +- l ah 0;swAng at2 ah dy;mswAng +- 0 0 swAng;ix +- l idx 0;iy +/ hR y3 2;q12 */ th 1 2;dang2 at2 idx q12;swAng2 +- dang2 0 swAng;swAng3 +- swAng dang2 0;stAng3 +- 0 0 dang2',
    paths: [
      'nostroke M l y6 L x1 y4 L x1 y5 A w hR swAng swAng2 A w hR stAng3 swAng3 L x1 y8 Z',
      'nostroke M r y3 A w hR 0 -5400000 L l t A w hR 3cd4 cd4 Z',
      'nofill M r y3 A w hR 0 -5400000 L l t A w hR 3cd4 cd4 L r y3 A w hR 0 swAng L x1 y8 L l y6 L x1 y4 L x1 y5 A w hR swAng swAng2',
    ],
  },
};
