/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml): the
 * twelve action buttons (`actionButton*`), in the compact form of `PresetShapeDef`. Each button is
 * its box filled, the icon filled again darker (or lighter), the icon's outline and the box's
 * outline; `darken`, `darkenLess`, `lighten` and `lightenLess` mark the shaded paths.
 */
import type { PresetShapeDef } from './preset-geometry.js';

/** The icon's square: 3/4 of the box's shorter side, centred. */
const AB = 'dx2 */ ss 3 8;g9 +- vc 0 dx2;g10 +- vc dx2 0;g11 +- hc 0 dx2;g12 +- hc dx2 0';
const BOX = 'M l t L r t L r b L l b Z';

/** A button whose icon is drawn by `icon`, shaded by `shades` (flags and paths), outlined by `outline`. */
function button(gd: string, icon: string, shades: readonly string[], outline: string = icon): PresetShapeDef {
  return { gd, paths: [`nostroke ${BOX} ${icon}`, ...shades.map((shade) => `nostroke ${shade}`), `nofill ${outline}`, `nofill ${BOX}`] };
}

const sixteenths = (...n: number[]) => n.map((k, i) => `g${14 + i} */ g13 ${k} 16`).join(';');

const BACK = 'M g11 vc L g12 g9 L g12 g10 Z';
const FORWARD = 'M g12 vc L g11 g9 L g11 g10 Z';
const BEGINNING = 'M g17 vc L g12 g9 L g12 g10 Z M g16 g9 L g11 g9 L g11 g10 L g16 g10 Z';
const END = 'M g16 vc L g11 g9 L g11 g10 Z M g17 g9 L g12 g9 L g12 g10 L g17 g10 Z';
const DOCUMENT = 'M g11 g9 L g14 g9 L g12 g15 L g12 g10 L g11 g10 Z';
const HELP =
  'M g33 g27 A g16 g16 cd2 cd2 A g14 g15 0 cd4 A g41 g42 3cd4 -5400000 L g37 g30 L g36 g30 L g36 g29 ' +
  'A g14 g15 cd2 cd4 A g41 g42 cd4 -5400000 A g14 g14 0 -10800000 Z M hc g31 A g42 g42 3cd4 21600000 Z';
const HOME = 'M hc g9 L g11 vc L g28 vc L g28 g10 L g33 g10 L g33 vc L g12 vc L g32 g26 L g32 g24 L g31 g24 L g31 g25 Z';
const INFO_DISC = 'M hc g9 A dx2 dx2 3cd4 21600000 Z';
const INFO_I =
  'M hc g25 A g38 g38 3cd4 21600000 M g32 g28 L g35 g28 L g35 g30 L g37 g30 L g37 g31 L g32 g31 L g32 g30 L g34 g30 L g34 g29 L g32 g29 Z';
const MOVIE =
  'M g11 g39 L g11 g44 L g31 g44 L g32 g43 L g33 g43 L g33 g47 L g35 g47 L g35 g45 L g36 g45 L g38 g46 L g12 g46 ' +
  'L g12 g41 L g38 g41 L g37 g42 L g35 g42 L g35 g41 L g34 g40 L g32 g40 L g31 g39 Z';
const RETURN =
  'M g12 g21 L g23 g9 L hc g21 L g24 g21 L g24 g20 A g27 g27 0 cd4 L g25 g19 A g27 g27 cd4 cd4 L g26 g21 L g11 g21 ' +
  'L g11 g20 A g17 g17 cd2 -5400000 L hc g10 A g17 g17 cd4 -5400000 L g22 g21 Z';
const SOUND = 'M g11 g21 L g11 g22 L g24 g22 L g25 g10 L g25 g9 L g24 g21 Z';

export const PRESETS_ACTION: Readonly<Record<string, PresetShapeDef>> = {
  actionButtonBlank: { paths: [BOX] },
  actionButtonBackPrevious: button(AB, BACK, [`darken ${BACK}`]),
  actionButtonForwardNext: button(AB, FORWARD, [`darken ${FORWARD}`], 'M g12 vc L g11 g10 L g11 g9 Z'),
  actionButtonBeginning: button(
    `${AB};g13 */ ss 3 4;g14 */ g13 1 8;g15 */ g13 1 4;g16 +- g11 g14 0;g17 +- g11 g15 0`,
    BEGINNING,
    [`darken ${BEGINNING}`],
    'M g17 vc L g12 g9 L g12 g10 Z M g16 g9 L g16 g10 L g11 g10 L g11 g9 Z',
  ),
  actionButtonEnd: button(
    `${AB};g13 */ ss 3 4;g14 */ g13 3 4;g15 */ g13 7 8;g16 +- g11 g14 0;g17 +- g11 g15 0`,
    END,
    [`darken ${END}`],
    'M g16 vc L g11 g10 L g11 g9 Z M g17 g9 L g12 g9 L g12 g10 L g17 g10 Z',
  ),
  actionButtonDocument: button(
    'dx2 */ ss 3 8;g9 +- vc 0 dx2;g10 +- vc dx2 0;dx1 */ ss 9 32;g11 +- hc 0 dx1;g12 +- hc dx1 0;g13 */ ss 3 16;g14 +- g12 0 g13;g15 +- g9 g13 0',
    DOCUMENT,
    ['darkenLess M g11 g9 L g14 g9 L g14 g15 L g12 g15 L g12 g10 L g11 g10 Z', 'darken M g14 g9 L g14 g15 L g12 g15 Z'],
    `${DOCUMENT} M g12 g15 L g14 g15 L g14 g9`,
  ),
  actionButtonHelp: button(
    'dx2 */ ss 3 8;g9 +- vc 0 dx2;g11 +- hc 0 dx2;g13 */ ss 3 4;g14 */ g13 1 7;g15 */ g13 3 14;g16 */ g13 2 7;g19 */ g13 3 7;' +
      'g20 */ g13 4 7;g21 */ g13 17 28;g23 */ g13 21 28;g24 */ g13 11 14;g27 +- g9 g16 0;g29 +- g9 g21 0;g30 +- g9 g23 0;' +
      'g31 +- g9 g24 0;g33 +- g11 g15 0;g36 +- g11 g19 0;g37 +- g11 g20 0;g41 */ g13 1 14;g42 */ g13 3 28',
    HELP,
    [`darken ${HELP}`],
  ),
  actionButtonHome: button(
    `${AB};g13 */ ss 3 4;${sixteenths(1, 2, 3, 5, 7, 9, 11, 12, 13, 14)};` +
      'g24 +- g9 g14 0;g25 +- g9 g16 0;g26 +- g9 g17 0;g27 +- g9 g21 0;g28 +- g11 g15 0;g29 +- g11 g18 0;g30 +- g11 g19 0;' +
      'g31 +- g11 g20 0;g32 +- g11 g22 0;g33 +- g11 g23 0',
    HOME,
    [
      'darkenLess M g32 g26 L g32 g24 L g31 g24 L g31 g25 Z M g28 vc L g28 g10 L g29 g10 L g29 g27 L g30 g27 L g30 g10 L g33 g10 L g33 vc Z',
      'darken M hc g9 L g11 vc L g12 vc Z M g29 g27 L g30 g27 L g30 g10 L g29 g10 Z',
    ],
    'M hc g9 L g31 g25 L g31 g24 L g32 g24 L g32 g26 L g12 vc L g33 vc L g33 g10 L g28 g10 L g28 vc L g11 vc Z ' +
      'M g31 g25 L g32 g26 M g33 vc L g28 vc M g29 g10 L g29 g27 L g30 g27 L g30 g10',
  ),
  actionButtonInformation: button(
    'dx2 */ ss 3 8;g9 +- vc 0 dx2;g11 +- hc 0 dx2;g13 */ ss 3 4;g14 */ g13 1 32;g17 */ g13 5 16;g18 */ g13 3 8;g19 */ g13 13 32;' +
      'g20 */ g13 19 32;g22 */ g13 11 16;g23 */ g13 13 16;g24 */ g13 7 8;g25 +- g9 g14 0;g28 +- g9 g17 0;g29 +- g9 g18 0;' +
      'g30 +- g9 g23 0;g31 +- g9 g24 0;g32 +- g11 g17 0;g34 +- g11 g19 0;g35 +- g11 g20 0;g37 +- g11 g22 0;g38 */ g13 3 32',
    INFO_DISC,
    [`darken ${INFO_DISC} ${INFO_I}`, `lighten ${INFO_I}`],
    `${INFO_DISC} ${INFO_I}`,
  ),
  actionButtonMovie: button(
    `${AB};g13 */ ss 3 4;` +
      [1455, 1905, 2325, 16155, 17010, 19335, 19725, 20595, 5280, 5730, 6630, 7492, 9067, 9555, 13342, 14580, 15592]
        .map((k, i) => `g${14 + i} */ g13 ${k} 21600`)
        .join(';') +
      ';g31 +- g11 g14 0;g32 +- g11 g15 0;g33 +- g11 g16 0;g34 +- g11 g17 0;g35 +- g11 g18 0;g36 +- g11 g19 0;g37 +- g11 g20 0;' +
      'g38 +- g11 g21 0;g39 +- g9 g22 0;g40 +- g9 g23 0;g41 +- g9 g24 0;g42 +- g9 g25 0;g43 +- g9 g26 0;g44 +- g9 g27 0;' +
      'g45 +- g9 g28 0;g46 +- g9 g29 0;g47 +- g9 g30 0',
    MOVIE,
    [`darken ${MOVIE}`],
    'M g11 g39 L g31 g39 L g32 g40 L g34 g40 L g35 g41 L g35 g42 L g37 g42 L g38 g41 L g12 g41 L g12 g46 L g38 g46 ' +
      'L g36 g45 L g35 g45 L g35 g47 L g33 g47 L g33 g43 L g32 g43 L g31 g44 L g11 g44 Z',
  ),
  actionButtonReturn: button(
    `${AB};g13 */ ss 3 4;g14 */ g13 7 8;g15 */ g13 3 4;g16 */ g13 5 8;g17 */ g13 3 8;g18 */ g13 1 4;g19 +- g9 g15 0;` +
      'g20 +- g9 g16 0;g21 +- g9 g18 0;g22 +- g11 g14 0;g23 +- g11 g15 0;g24 +- g11 g16 0;g25 +- g11 g17 0;g26 +- g11 g18 0;g27 */ g13 1 8',
    RETURN,
    [`darken ${RETURN}`],
    'M g12 g21 L g22 g21 L g22 g20 A g17 g17 0 cd4 L g25 g10 A g17 g17 cd4 cd4 L g11 g21 L g26 g21 L g26 g20 ' +
      'A g27 g27 cd2 -5400000 L hc g19 A g27 g27 cd4 -5400000 L g24 g21 L hc g21 L g23 g9 Z',
  ),
  actionButtonSound: button(
    `${AB};g13 */ ss 3 4;g14 */ g13 1 8;g15 */ g13 5 16;g16 */ g13 5 8;g17 */ g13 11 16;g18 */ g13 3 4;g19 */ g13 7 8;` +
      'g20 +- g9 g14 0;g21 +- g9 g15 0;g22 +- g9 g17 0;g23 +- g9 g19 0;g24 +- g11 g15 0;g25 +- g11 g16 0;g26 +- g11 g18 0',
    SOUND,
    [`darken ${SOUND}`],
    'M g11 g21 L g24 g21 L g25 g9 L g25 g10 L g24 g22 L g11 g22 Z M g26 g21 L g12 g20 M g26 vc L g12 vc M g26 g22 L g12 g23',
  ),
};
