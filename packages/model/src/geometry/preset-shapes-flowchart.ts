/**
 * Preset definitions transcribed from ECMA-376 Part 1, Annex D (presetShapeDefinitions.xml): the
 * flowchart symbols, in the compact form of `PresetShapeDef`.
 */
import type { PresetShapeDef } from './preset-geometry.js';

const ELLIPSE_RECT = 'idx cos wd2 2700000;idy sin hd2 2700000;il +- hc 0 idx;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0';

export const PRESETS_FLOWCHART: Readonly<Record<string, PresetShapeDef>> = {
  flowChartAlternateProcess: {
    gd: 'x2 +- r 0 ssd6;y2 +- b 0 ssd6;il */ ssd6 29289 100000;ir +- r 0 il;ib +- b 0 il',
    rect: 'il il ir ib',
    paths: ['M l ssd6 A ssd6 ssd6 cd2 cd4 L x2 t A ssd6 ssd6 3cd4 cd4 L r y2 A ssd6 ssd6 0 cd4 L ssd6 b A ssd6 ssd6 cd4 cd4 Z'],
  },
  flowChartCollate: {
    gd: 'ir */ w 3 4;ib */ h 3 4',
    rect: 'wd4 hd4 ir ib',
    paths: ['w=2 h=2 M 0 0 L 2 0 L 1 1 L 2 2 L 0 2 L 1 1 Z'],
  },
  flowChartConnector: {
    gd: ELLIPSE_RECT,
    rect: 'il it ir ib',
    paths: ['M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z'],
  },
  flowChartDecision: {
    gd: 'ir */ w 3 4;ib */ h 3 4',
    rect: 'wd4 hd4 ir ib',
    paths: ['w=2 h=2 M 0 1 L 1 0 L 2 1 L 1 2 Z'],
  },
  flowChartDelay: {
    gd: 'idx cos wd2 2700000;idy sin hd2 2700000;ir +- hc idx 0;it +- vc 0 idy;ib +- vc idy 0',
    rect: 'l it ir ib',
    paths: ['M l t L hc t A wd2 hd2 3cd4 cd2 L l b Z'],
  },
  flowChartDisplay: {
    gd: 'x2 */ w 5 6',
    rect: 'wd6 t x2 b',
    paths: ['w=6 h=6 M 0 3 L 1 0 L 5 0 A 1 3 3cd4 cd2 L 1 6 Z'],
  },
  flowChartDocument: {
    gd: 'y1 */ h 17322 21600;y2 */ h 20172 21600',
    rect: 'l t r y1',
    paths: ['w=21600 h=21600 M 0 0 L 21600 0 L 21600 17322 C 10800 17322 10800 23922 0 20172 Z'],
  },
  flowChartExtract: {
    gd: 'x2 */ w 3 4',
    rect: 'wd4 vc x2 b',
    paths: ['w=2 h=2 M 0 2 L 1 0 L 2 2 Z'],
  },
  flowChartInputOutput: {
    gd: 'x3 */ w 2 5;x4 */ w 3 5;x5 */ w 4 5;x6 */ w 9 10',
    rect: 'wd5 t x5 b',
    paths: ['w=5 h=5 M 0 5 L 1 0 L 5 0 L 4 5 Z'],
  },
  flowChartInternalStorage: {
    rect: 'wd8 hd8 r b',
    paths: ['w=1 h=1 nostroke M 0 0 L 1 0 L 1 1 L 0 1 Z', 'w=8 h=8 nofill M 1 0 L 1 8 M 0 1 L 8 1', 'w=1 h=1 nofill M 0 0 L 1 0 L 1 1 L 0 1 Z'],
  },
  flowChartMagneticDisk: {
    gd: 'y3 */ h 5 6',
    rect: 'l hd3 r y3',
    paths: ['w=6 h=6 nostroke M 0 1 A 3 1 cd2 cd2 L 6 5 A 3 1 0 cd2 Z', 'w=6 h=6 nofill M 6 1 A 3 1 0 cd2', 'w=6 h=6 nofill M 0 1 A 3 1 cd2 cd2 L 6 5 A 3 1 0 cd2 Z'],
  },
  flowChartMagneticDrum: {
    gd: 'x2 */ w 2 3',
    rect: 'wd6 t x2 b',
    paths: ['w=6 h=6 nostroke M 1 0 L 5 0 A 1 3 3cd4 cd2 L 1 6 A 1 3 cd4 cd2 Z', 'w=6 h=6 nofill M 5 6 A 1 3 cd4 cd2', 'w=6 h=6 nofill M 1 0 L 5 0 A 1 3 3cd4 cd2 L 1 6 A 1 3 cd4 cd2 Z'],
  },
  flowChartMagneticTape: {
    gd: `${ELLIPSE_RECT};ang1 at2 w h`,
    rect: 'il it ir ib',
    paths: ['M hc b A wd2 hd2 cd4 cd4 A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 ang1 L r ib L r b Z'],
  },
  flowChartManualInput: {
    rect: 'l hd5 r b',
    paths: ['w=5 h=5 M 0 1 L 5 0 L 5 5 L 0 5 Z'],
  },
  flowChartManualOperation: {
    gd: 'x3 */ w 4 5;x4 */ w 9 10',
    rect: 'wd5 t x3 b',
    paths: ['w=5 h=5 M 0 0 L 5 0 L 4 5 L 1 5 Z'],
  },
  flowChartMerge: {
    gd: 'x2 */ w 3 4',
    rect: 'wd4 t x2 vc',
    paths: ['w=2 h=2 M 0 0 L 2 0 L 1 2 Z'],
  },
  flowChartMultidocument: {
    gd: 'y2 */ h 3675 21600;y8 */ h 20782 21600;x3 */ w 9298 21600;x4 */ w 12286 21600;x5 */ w 18595 21600',
    rect: 'l y2 x5 y8',
    paths: [
      'w=21600 h=21600 nostroke M 0 20782 C 9298 23542 9298 18022 18595 18022 L 18595 3675 L 0 3675 Z M 1532 3675 L 1532 1815 L 20000 1815 L 20000 16252 C 19298 16252 18595 16352 18595 16352 L 18595 3675 Z M 2972 1815 L 2972 0 L 21600 0 L 21600 14392 C 20800 14392 20000 14467 20000 14467 L 20000 1815 Z',
      'w=21600 h=21600 nofill M 0 3675 L 18595 3675 L 18595 18022 C 9298 18022 9298 23542 0 20782 Z M 1532 3675 L 1532 1815 L 20000 1815 L 20000 16252 C 19298 16252 18595 16352 18595 16352 M 2972 1815 L 2972 0 L 21600 0 L 21600 14392 C 20800 14392 20000 14467 20000 14467',
    ],
  },
  flowChartOfflineStorage: {
    gd: 'x4 */ w 3 4',
    rect: 'wd4 t x4 vc',
    paths: ['w=2 h=2 nostroke M 0 0 L 2 0 L 1 2 Z', 'w=5 h=5 nofill M 2 4 L 3 4', 'w=2 h=2 nofill M 0 0 L 2 0 L 1 2 Z'],
  },
  flowChartOffpageConnector: {
    gd: 'y1 */ h 4 5',
    rect: 'l t r y1',
    paths: ['w=10 h=10 M 0 0 L 10 0 L 10 8 L 5 10 L 0 8 Z'],
  },
  flowChartOnlineStorage: {
    gd: 'x2 */ w 5 6',
    rect: 'wd6 t x2 b',
    paths: ['w=6 h=6 M 1 0 L 6 0 A 1 3 3cd4 -10800000 L 1 6 A 1 3 cd4 cd2 Z'],
  },
  flowChartOr: {
    gd: ELLIPSE_RECT,
    rect: 'il it ir ib',
    paths: [
      'nostroke M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z',
      'nofill M hc t L hc b M l vc L r vc',
      'nofill M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z',
    ],
  },
  flowChartPredefinedProcess: {
    gd: 'x2 */ w 7 8',
    rect: 'wd8 t x2 b',
    paths: ['w=1 h=1 nostroke M 0 0 L 1 0 L 1 1 L 0 1 Z', 'w=8 h=8 nofill M 1 0 L 1 8 M 7 0 L 7 8', 'w=1 h=1 nofill M 0 0 L 1 0 L 1 1 L 0 1 Z'],
  },
  flowChartPreparation: {
    gd: 'x2 */ w 4 5',
    rect: 'wd5 t x2 b',
    paths: ['w=10 h=10 M 0 5 L 2 0 L 8 0 L 10 5 L 8 10 L 2 10 Z'],
  },
  flowChartProcess: { paths: ['w=1 h=1 M 0 0 L 1 0 L 1 1 L 0 1 Z'] },
  flowChartPunchedCard: {
    rect: 'l hd5 r b',
    paths: ['w=5 h=5 M 0 1 L 1 0 L 5 0 L 5 5 L 0 5 Z'],
  },
  flowChartPunchedTape: {
    gd: 'y2 */ h 9 10;ib */ h 4 5',
    rect: 'l hd5 r ib',
    paths: ['w=20 h=20 M 0 2 A 5 2 cd2 -10800000 A 5 2 cd2 cd2 L 20 18 A 5 2 0 -10800000 A 5 2 0 cd2 Z'],
  },
  flowChartSort: {
    gd: 'ir */ w 3 4;ib */ h 3 4',
    rect: 'wd4 hd4 ir ib',
    paths: ['w=2 h=2 nostroke M 0 1 L 1 0 L 2 1 L 1 2 Z', 'w=2 h=2 nofill M 0 1 L 2 1', 'w=2 h=2 nofill M 0 1 L 1 0 L 2 1 L 1 2 Z'],
  },
  flowChartSummingJunction: {
    gd: ELLIPSE_RECT,
    rect: 'il it ir ib',
    paths: [
      'nostroke M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z',
      'nofill M il it L ir ib M ir it L il ib',
      'nofill M l vc A wd2 hd2 cd2 cd4 A wd2 hd2 3cd4 cd4 A wd2 hd2 0 cd4 A wd2 hd2 cd4 cd4 Z',
    ],
  },
  flowChartTerminator: {
    gd: 'il */ w 1018 21600;ir */ w 20582 21600;it */ h 3163 21600;ib */ h 18437 21600',
    rect: 'il it ir ib',
    paths: ['w=21600 h=21600 M 3475 0 L 18125 0 A 3475 10800 3cd4 cd2 L 3475 21600 A 3475 10800 cd4 cd2 Z'],
  },
};
