/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml):
 * `gear6` and `gear9`, in the compact form of `PresetShapeDef`. Their guides repeat one pattern per
 * tooth, written here by the functions below rather than spelled out tooth by tooth.
 */
import type { PresetShapeDef } from './preset-geometry.js';

/** Tooth size (`th`), flank (`lFD`), the ring's radii (`rw`, `rh`) and the half-angle of a tooth (`ha`). */
const gearBase = (maxAdj2: number) =>
  `a1 pin 0 adj1 20000;a2 pin 0 adj2 ${String(maxAdj2)};th */ ss a1 100000;lFD */ ss a2 100000;th2 */ th 1 2;l2 */ lFD 1 2;l3 +- th2 l2 0;` +
  'rh +- hd2 0 th;rw +- wd2 0 th;dr +- rw 0 rh;maxr ?: dr rh rw;ha at2 maxr l3';

/** The angle `b<p><n>` of the ring's point in direction `a<p><n>` (p: `A` before the tooth, `D` after it). */
const ringAngle = (p: 'A' | 'D', n: number) => {
  const t = `t${p.toLowerCase()}${String(n)}`;
  return `${t}1 cos rw a${p}${String(n)};${t}2 sin rh a${p}${String(n)};b${p}${String(n)} at2 ${t}1 ${t}2`;
};

/** The ring's point (`x<p><n>`, `y<p><n>`) at angle `b<p><n>`. */
const ringPoint = (p: 'A' | 'D', n: number) => {
  const s = `${p.toLowerCase()}${String(n)}`;
  const b = `b${p}${String(n)}`;
  return `ct${s} cos rh ${b};st${s} sin rw ${b};m${s} mod ct${s} st${s} 0;n${s} */ rw rh m${s};dx${s} cos n${s} ${b};dy${s} sin n${s} ${b};x${p}${String(n)} +- hc dx${s} 0;y${p}${String(n)} +- vc dy${s} 0`;
};

/** A whole tooth at angle `ang`: its foot A and D on the ring, its tip B and C. */
const tooth = (n: number, ang: string) => {
  const k = String(n);
  return [
    `aA${k} +- ${ang} 0 ha;aD${k} +- ${ang} ha 0`,
    ringAngle('A', n),
    ringPoint('A', n),
    ringAngle('D', n),
    ringPoint('D', n),
    `xAD${k} +- xA${k} 0 xD${k};yAD${k} +- yA${k} 0 yD${k};lAD${k} mod xAD${k} yAD${k} 0;a${k} at2 yAD${k} xAD${k}`,
    `dxF${k} sin lFD a${k};dyF${k} cos lFD a${k};xF${k} +- xD${k} dxF${k} 0;yF${k} +- yD${k} dyF${k} 0;xE${k} +- xA${k} 0 dxF${k};yE${k} +- yA${k} 0 dyF${k}`,
    `yC${k}t sin th a${k};xC${k}t cos th a${k};yC${k} +- yF${k} yC${k}t 0;xC${k} +- xF${k} 0 xC${k}t;yB${k} +- yE${k} yC${k}t 0;xB${k} +- xE${k} 0 xC${k}t`,
  ].join(';');
};

/** The top tooth (at 3cd4): D on the ring, A mirrored, its tip flat at `yC<n>`. */
const topTooth = (n: number) => {
  const k = String(n);
  return `aD${k} +- 3cd4 ha 0;${ringAngle('D', n)};${ringPoint('D', n)};xA${k} +- hc 0 dxd${k};xF${k} +- xD${k} 0 lFD;xE${k} +- xA${k} lFD 0;yC${k} +- yD${k} 0 th`;
};

/** Only the ring's angle after a tooth at `ang` (its points are mirrors of others). */
const afterAngle = (n: number, ang: string) => `aD${String(n)} +- ${ang} ha 0;${ringAngle('D', n)}`;

const arc = (n: number, sw: string) => `A rw rh bD${String(n)} ${sw}`;

export const PRESETS_GEARS: Readonly<Record<string, PresetShapeDef>> = {
  gear6: {
    av: 'adj1 val 15000;adj2 val 3526',
    gd: [
      gearBase(5358),
      tooth(1, '19800000'),
      topTooth(6),
      'swAng1 +- bA1 0 bD6',
      `aA2 +- 1800000 0 ha;aD2 +- 1800000 ha 0;${ringAngle('A', 2)};yA2 +- h 0 yD1;${ringAngle('D', 2)};yD2 +- h 0 yA1;yC2 +- h 0 yB1;yB2 +- h 0 yC1;xB2 val xC1;swAng2 +- bA2 0 bD1`,
      `${afterAngle(3, 'cd4')};yD3 +- h 0 yD6;yB3 +- h 0 yC6`,
      `${afterAngle(4, '9000000')};xD4 +- w 0 xD1;xC4 +- w 0 xC1;xB4 +- w 0 xB1`,
      `${afterAngle(5, '12600000')};xD5 +- w 0 xA1;xC5 +- w 0 xB1;xB5 +- w 0 xC1`,
    ].join(';'),
    rect: 'xD5 yA1 xA1 yD2',
    paths: [
      `M xA1 yA1 L xB1 yB1 L xC1 yC1 L xD1 yD1 ${arc(1, 'swAng2')} L xC1 yB2 L xB1 yC2 L xA1 yD2 ${arc(2, 'swAng1')} ` +
        `L xF6 yB3 L xE6 yB3 L xA6 yD3 ${arc(3, 'swAng1')} L xB4 yC2 L xC4 yB2 L xD4 yA2 ${arc(4, 'swAng2')} ` +
        `L xB5 yC1 L xC5 yB1 L xD5 yA1 ${arc(5, 'swAng1')} L xE6 yC6 L xF6 yC6 L xD6 yD6 ${arc(6, 'swAng1')} Z`,
    ],
  },
  gear9: {
    av: 'adj1 val 10000;adj2 val 1763',
    gd: [
      gearBase(2679),
      tooth(1, '18600000'),
      tooth(2, '21000000'),
      'swAng1 +- bA2 0 bD1',
      tooth(3, '1800000'),
      'swAng2 +- bA3 0 bD2',
      tooth(4, '4200000'),
      'swAng3 +- bA4 0 bD3',
      `aA5 +- 6600000 0 ha;${afterAngle(5, '6600000')};${ringAngle('A', 5)};xD5 +- w 0 xA4;xC5 +- w 0 xB4;xB5 +- w 0 xC4;swAng4 +- bA5 0 bD4`,
      `${afterAngle(6, '9000000')};xD6 +- w 0 xA3;xC6 +- w 0 xB3;xB6 +- w 0 xC3`,
      `${afterAngle(7, '11400000')};xD7 +- w 0 xA2;xC7 +- w 0 xB2;xB7 +- w 0 xC2`,
      `${afterAngle(8, '13800000')};xA8 +- w 0 xD1;xD8 +- w 0 xA1;xC8 +- w 0 xB1;xB8 +- w 0 xC1`,
      `aA9 +- 3cd4 0 ha;${topTooth(9).replace('xA9 +- hc 0 dxd9', `${ringAngle('A', 9)};xA9 +- hc 0 dxd9`)};swAng5 +- bA9 0 bD8`,
    ].join(';'),
    rect: 'xA8 yD1 xD1 yD3',
    paths: [
      `M xA1 yA1 L xB1 yB1 L xC1 yC1 L xD1 yD1 ${arc(1, 'swAng1')} L xB2 yB2 L xC2 yC2 L xD2 yD2 ${arc(2, 'swAng2')} ` +
        `L xB3 yB3 L xC3 yC3 L xD3 yD3 ${arc(3, 'swAng3')} L xB4 yB4 L xC4 yC4 L xD4 yD4 ${arc(4, 'swAng4')} ` +
        `L xB5 yC4 L xC5 yB4 L xD5 yA4 ${arc(5, 'swAng3')} L xB6 yC3 L xC6 yB3 L xD6 yA3 ${arc(6, 'swAng2')} ` +
        `L xB7 yC2 L xC7 yB2 L xD7 yA2 ${arc(7, 'swAng1')} L xB8 yC1 L xC8 yB1 L xD8 yA1 ${arc(8, 'swAng5')} ` +
        `L xE9 yC9 L xF9 yC9 L xD9 yD9 ${arc(9, 'swAng5')} Z`,
    ],
  },
};
