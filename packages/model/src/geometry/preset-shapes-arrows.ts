/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml): the
 * circular arrows (right, left and both ways) and the U-turn arrow, in the compact form of `PresetShapeDef`.
 */
import type { PresetShapeDef } from './preset-geometry.js';

/** The circular arrows' guides up to the arrow head's largest angle (`u21`). */
const CIRCULAR = [
  'a5 pin 0 adj5 25000;maxAdj1 */ a5 2 1;a1 pin 0 adj1 maxAdj1;enAng pin 1 adj3 21599999;stAng pin 0 adj4 21599999',
  'th */ ss a1 100000;thh */ ss a5 100000;th2 */ th 1 2;rw1 +- wd2 th2 thh;rh1 +- hd2 th2 thh;rw2 +- rw1 0 th;rh2 +- rh1 0 th;rw3 +- rw2 th2 0;rh3 +- rh2 th2 0',
  'wtH sin rw3 enAng;htH cos rh3 enAng;dxH cat2 rw3 htH wtH;dyH sat2 rh3 htH wtH;xH +- hc dxH 0;yH +- vc dyH 0;rI min rw2 rh2',
  'u1 */ dxH dxH 1;u2 */ dyH dyH 1;u3 */ rI rI 1;u4 +- u1 0 u3;u5 +- u2 0 u3;u6 */ u4 u5 u1;u7 */ u6 1 u2;u8 +- 1 0 u7;u9 sqrt u8;u10 */ u4 1 dxH;u11 */ u10 1 dyH;u12 +/ 1 u9 u11;u13 at2 1 u12;u14 +- u13 21600000 0;u15 ?: u13 u13 u14;u16 +- u15 0 enAng;u17 +- u16 21600000 0;u18 ?: u16 u16 u17;u19 +- u18 0 cd2;u20 +- u18 0 21600000;u21 ?: u19 u20 u18',
].join(';');

/** The circular arrows' guides after the arrow head's angle `ptAng` (points A, E, D, G, B, F, C). */
const CIRCULAR_POINTS = [
  'wtA sin rw3 ptAng;htA cos rh3 ptAng;dxA cat2 rw3 htA wtA;dyA sat2 rh3 htA wtA;xA +- hc dxA 0;yA +- vc dyA 0',
  'wtE sin rw1 stAng;htE cos rh1 stAng;dxE cat2 rw1 htE wtE;dyE sat2 rh1 htE wtE;xE +- hc dxE 0;yE +- vc dyE 0',
  'wtD sin rw2 stAng;htD cos rh2 stAng;dxD cat2 rw2 htD wtD;dyD sat2 rh2 htD wtD;xD +- hc dxD 0;yD +- vc dyD 0',
  'dxG cos thh ptAng;dyG sin thh ptAng;xG +- xH dxG 0;yG +- yH dyG 0;dxB cos thh ptAng;dyB sin thh ptAng;xB +- xH 0 dxB;yB +- yH 0 dyB',
  'sx1 +- xB 0 hc;sy1 +- yB 0 vc;sx2 +- xG 0 hc;sy2 +- yG 0 vc;rO min rw1 rh1;x1O */ sx1 rO rw1;y1O */ sy1 rO rh1;x2O */ sx2 rO rw1;y2O */ sy2 rO rh1',
  'dxO +- x2O 0 x1O;dyO +- y2O 0 y1O;dO mod dxO dyO 0;q1 */ x1O y2O 1;q2 */ x2O y1O 1;DO +- q1 0 q2;q3 */ rO rO 1;q4 */ dO dO 1;q5 */ q3 q4 1;q6 */ DO DO 1;q7 +- q5 0 q6;q8 max q7 0;sdelO sqrt q8;ndyO */ dyO -1 1;sdyO ?: ndyO -1 1',
  'q9 */ sdyO dxO 1;q10 */ q9 sdelO 1;q11 */ DO dyO 1;dxF1 +/ q11 q10 q4;q12 +- q11 0 q10;dxF2 */ q12 1 q4;adyO abs dyO;q13 */ adyO sdelO 1;q14 */ DO dxO -1;dyF1 +/ q14 q13 q4;q15 +- q14 0 q13;dyF2 */ q15 1 q4',
  'q16 +- x2O 0 dxF1;q17 +- x2O 0 dxF2;q18 +- y2O 0 dyF1;q19 +- y2O 0 dyF2;q20 mod q16 q18 0;q21 mod q17 q19 0;q22 +- q21 0 q20;dxF ?: q22 dxF1 dxF2;dyF ?: q22 dyF1 dyF2;sdxF */ dxF rw1 rO;sdyF */ dyF rh1 rO;xF +- hc sdxF 0;yF +- vc sdyF 0',
  'x1I */ sx1 rI rw2;y1I */ sy1 rI rh2;x2I */ sx2 rI rw2;y2I */ sy2 rI rh2;dxI +- x2I 0 x1I;dyI +- y2I 0 y1I;dI mod dxI dyI 0;v1 */ x1I y2I 1;v2 */ x2I y1I 1;DI +- v1 0 v2;v3 */ rI rI 1;v4 */ dI dI 1;v5 */ v3 v4 1;v6 */ DI DI 1;v7 +- v5 0 v6;v8 max v7 0;sdelI sqrt v8',
  'v9 */ sdyO dxI 1;v10 */ v9 sdelI 1;v11 */ DI dyI 1;dxC1 +/ v11 v10 v4;v12 +- v11 0 v10;dxC2 */ v12 1 v4;adyI abs dyI;v13 */ adyI sdelI 1;v14 */ DI dxI -1;dyC1 +/ v14 v13 v4;v15 +- v14 0 v13;dyC2 */ v15 1 v4',
  'v16 +- x1I 0 dxC1;v17 +- x1I 0 dxC2;v18 +- y1I 0 dyC1;v19 +- y1I 0 dyC2;v20 mod v16 v18 0;v21 mod v17 v19 0;v22 +- v21 0 v20;dxC ?: v22 dxC1 dxC2;dyC ?: v22 dyC1 dyC2;sdxC */ dxC rw2 rI;sdyC */ dyC rh2 rI;xC +- hc sdxC 0;yC +- vc sdyC 0',
].join(';');

export const PRESETS_ARROWS: Readonly<Record<string, PresetShapeDef>> = {
  circularArrow: {
    av: 'adj1 val 12500;adj2 val 1142319;adj3 val 20457681;adj4 val 10800000;adj5 val 12500',
    gd: `${CIRCULAR};maxAng abs u21;aAng pin 0 adj2 maxAng;ptAng +- enAng aAng 0;${CIRCULAR_POINTS};ist0 at2 sdxC sdyC;ist1 +- ist0 21600000 0;istAng ?: ist0 ist0 ist1;isw1 +- stAng 0 istAng;isw2 +- isw1 0 21600000;iswAng ?: isw1 isw2 isw1;p1 +- xF 0 xC;p2 +- yF 0 yC;p3 mod p1 p2 0;p4 */ p3 1 2;p5 +- p4 0 thh;xGp ?: p5 xF xG;yGp ?: p5 yF yG;xBp ?: p5 xC xB;yBp ?: p5 yC yB;en0 at2 sdxF sdyF;en1 +- en0 21600000 0;en2 ?: en0 en0 en1;sw0 +- en2 0 stAng;sw1 +- sw0 21600000 0;swAng ?: sw0 sw0 sw1;idx cos rw1 2700000;idy sin rh1 2700000;il +- hc 0 idx;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0`,
    rect: 'il it ir ib',
    paths: ['M xE yE A rw1 rh1 stAng swAng L xGp yGp L xA yA L xBp yBp L xC yC A rw2 rh2 istAng iswAng Z'],
  },
  leftCircularArrow: {
    av: 'adj1 val 12500;adj2 val -1142319;adj3 val 1142319;adj4 val 10800000;adj5 val 12500',
    gd: `${CIRCULAR};u22 abs u21;minAng */ u22 -1 1;u23 abs adj2;a2 */ u23 -1 1;aAng pin minAng a2 0;ptAng +- enAng aAng 0;${CIRCULAR_POINTS};ist0 at2 sdxC sdyC;ist1 +- ist0 21600000 0;istAng0 ?: ist0 ist0 ist1;isw1 +- stAng 0 istAng0;isw2 +- isw1 21600000 0;iswAng0 ?: isw1 isw1 isw2;istAng +- istAng0 iswAng0 0;iswAng +- 0 0 iswAng0;p1 +- xF 0 xC;p2 +- yF 0 yC;p3 mod p1 p2 0;p4 */ p3 1 2;p5 +- p4 0 thh;xGp ?: p5 xF xG;yGp ?: p5 yF yG;xBp ?: p5 xC xB;yBp ?: p5 yC yB;en0 at2 sdxF sdyF;en1 +- en0 21600000 0;en2 ?: en0 en0 en1;sw0 +- en2 0 stAng;sw1 +- sw0 0 21600000;swAng ?: sw0 sw1 sw0;stAng0 +- stAng swAng 0;swAng0 +- 0 0 swAng;idx cos rw1 2700000;idy sin rh1 2700000;il +- hc 0 idx;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0`,
    rect: 'il it ir ib',
    paths: ['M xE yE L xD yD A rw2 rh2 istAng iswAng L xBp yBp L xA yA L xGp yGp L xF yF A rw1 rh1 stAng0 swAng0 Z'],
  },
  leftRightCircularArrow: {
    av: 'adj1 val 12500;adj2 val 1142319;adj3 val 20457681;adj4 val 11942319;adj5 val 12500',
    gd: [
      `${CIRCULAR};maxAng abs u21;aAng pin 0 adj2 maxAng;ptAng +- enAng aAng 0;${CIRCULAR_POINTS}`,
      'wtI sin rw3 stAng;htI cos rh3 stAng;dxI cat2 rw3 htI wtI;dyI sat2 rh3 htI wtI;xI +- hc dxI 0;yI +- vc dyI 0;lptAng +- stAng 0 aAng',
      'wtL sin rw3 lptAng;htL cos rh3 lptAng;dxL cat2 rw3 htL wtL;dyL sat2 rh3 htL wtL;xL +- hc dxL 0;yL +- vc dyL 0',
      'dxK cos thh lptAng;dyK sin thh lptAng;xK +- xI dxK 0;yK +- yI dyK 0;dxJ cos thh lptAng;dyJ sin thh lptAng;xJ +- xI 0 dxJ;yJ +- yI 0 dyJ',
      'p1 +- xF 0 xC;p2 +- yF 0 yC;p3 mod p1 p2 0;p4 */ p3 1 2;p5 +- p4 0 thh;xGp ?: p5 xF xG;yGp ?: p5 yF yG;xBp ?: p5 xC xB;yBp ?: p5 yC yB',
      'en0 at2 sdxF sdyF;en1 +- en0 21600000 0;en2 ?: en0 en0 en1;od0 +- en2 0 enAng;od1 +- od0 21600000 0;od2 ?: od0 od0 od1',
      'st0 +- stAng 0 od2;st1 +- st0 21600000 0;st2 ?: st0 st0 st1;sw0 +- en2 0 st2;sw1 +- sw0 21600000 0;swAng ?: sw0 sw0 sw1',
      'ist0 at2 sdxC sdyC;ist1 +- ist0 21600000 0;istAng ?: ist0 ist0 ist1;id0 +- istAng 0 enAng;id1 +- id0 0 21600000;id2 ?: id0 id1 id0',
      'ien0 +- stAng 0 id2;ien1 +- ien0 0 21600000;ien2 ?: ien1 ien1 ien0;isw1 +- ien2 0 istAng;isw2 +- isw1 0 21600000;iswAng ?: isw1 isw2 isw1',
      'wtE sin rw1 st2;htE cos rh1 st2;dxE cat2 rw1 htE wtE;dyE sat2 rh1 htE wtE;xE +- hc dxE 0;yE +- vc dyE 0',
      'wtD sin rw2 ien2;htD cos rh2 ien2;dxD cat2 rw2 htD wtD;dyD sat2 rh2 htD wtD;xD +- hc dxD 0;yD +- vc dyD 0',
      'xKp ?: p5 xE xK;yKp ?: p5 yE yK;xJp ?: p5 xD xJ;yJp ?: p5 yD yJ',
      'idx cos rw1 2700000;idy sin rh1 2700000;il +- hc 0 idx;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0',
    ].join(';'),
    rect: 'il it ir ib',
    paths: ['M xL yL L xKp yKp L xE yE A rw1 rh1 st2 swAng L xGp yGp L xA yA L xBp yBp L xC yC A rw2 rh2 istAng iswAng L xJp yJp Z'],
  },
  uturnArrow: {
    av: 'adj1 val 25000;adj2 val 25000;adj3 val 25000;adj4 val 43750;adj5 val 75000',
    gd: 'a2 pin 0 adj2 25000;maxAdj1 */ a2 2 1;a1 pin 0 adj1 maxAdj1;q2 */ a1 ss h;q3 +- 100000 0 q2;maxAdj3 */ q3 h ss;a3 pin 0 adj3 maxAdj3;q1 +- a3 a1 0;minAdj5 */ q1 ss h;a5 pin minAdj5 adj5 100000;th */ ss a1 100000;aw2 */ ss a2 100000;th2 */ th 1 2;dh2 +- aw2 0 th2;y5 */ h a5 100000;ah */ ss a3 100000;y4 +- y5 0 ah;x9 +- r 0 dh2;bw */ x9 1 2;bs min bw y4;maxAdj4 */ bs 100000 ss;a4 pin 0 adj4 maxAdj4;bd */ ss a4 100000;bd3 +- bd 0 th;bd2 max bd3 0;x3 +- th bd2 0;x8 +- r 0 aw2;x6 +- x8 0 aw2;x7 +- x6 dh2 0;x4 +- x9 0 bd;x5 +- x7 0 bd2;cx +/ th x7 2',
    paths: ['M l b L l bd A bd bd cd2 cd4 L x4 t A bd bd 3cd4 cd4 L x9 y4 L r y4 L x8 y5 L x6 y4 L x7 y4 L x7 x3 A bd2 bd2 0 -5400000 L x3 th A bd2 bd2 3cd4 -5400000 L th b Z'],
  },
};
