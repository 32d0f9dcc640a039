/**
 * The theme part Ostal writes (ECMA-376 Part 1, 20.1.6.9 a:theme): a complete colour scheme
 * (20.1.4.1.4, twelve colours), font scheme (20.1.4.1.18) and format scheme (20.1.4.1.14, at least
 * three fill, line, effect and background styles each). PowerPoint refuses a theme that leaves
 * any of these out.
 */
import type { DeckTheme } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** Typeface of the theme's major (headings) and minor (body) fonts: metric-compatible with Arial. */
export const THEME_TYPEFACE = 'Liberation Sans';

const COLOURS: readonly [string, string][] = [
  ['dk2', '1F3A5F'],
  ['lt2', 'E8ECF1'],
  ['accent1', '2F6DB5'],
  ['accent2', 'D9822B'],
  ['accent3', '7A8B99'],
  ['accent4', 'E3B505'],
  ['accent5', '4A90C2'],
  ['accent6', '5B9A45'],
  ['hlink', '0563C1'],
  ['folHlink', '954F72'],
];

function colourScheme(theme: DeckTheme | undefined): XmlOut {
  const own = (slot: string): string | undefined => {
    const v = theme?.colors[slot];
    return v && /^[0-9A-F]{6}$/i.test(v) ? v.toUpperCase() : undefined;
  };
  const dk1 = own('dk1');
  const lt1 = own('lt1');
  return x(
    'a:clrScheme',
    { name: theme?.name ?? 'Ostal' },
    x('a:dk1', {}, dk1 ? x('a:srgbClr', { val: dk1 }) : x('a:sysClr', { val: 'windowText', lastClr: '000000' })),
    x('a:lt1', {}, lt1 ? x('a:srgbClr', { val: lt1 }) : x('a:sysClr', { val: 'window', lastClr: 'FFFFFF' })),
    COLOURS.map(([name, rgb]) => x(`a:${name}`, {}, x('a:srgbClr', { val: own(name) ?? rgb }))),
  );
}

function font(tag: 'a:majorFont' | 'a:minorFont', typeface: string | undefined): XmlOut {
  return x(
    tag,
    {},
    typeface ? x('a:latin', { typeface }) : x('a:latin', { typeface: THEME_TYPEFACE, panose: '020B0604020202020204', pitchFamily: '34', charset: '0' }),
    x('a:ea', { typeface: '' }),
    x('a:cs', { typeface: '' }),
  );
}

function phFill(transform?: XmlOut): XmlOut {
  return x('a:solidFill', {}, x('a:schemeClr', { val: 'phClr' }, transform));
}

function line(width: number): XmlOut {
  return x(
    'a:ln',
    { w: width, cap: 'flat', cmpd: 'sng', algn: 'ctr' },
    phFill(),
    x('a:prstDash', { val: 'solid' }),
    x('a:miter', { lim: 800000 }),
  );
}

function formatScheme(): XmlOut {
  return x(
    'a:fmtScheme',
    { name: 'Ostal' },
    x('a:fillStyleLst', {}, phFill(), phFill(x('a:tint', { val: 60000 })), phFill(x('a:shade', { val: 80000 }))),
    x('a:lnStyleLst', {}, line(6350), line(12700), line(19050)),
    x('a:effectStyleLst', {}, [1, 2, 3].map(() => x('a:effectStyle', {}, x('a:effectLst')))),
    x('a:bgFillStyleLst', {}, phFill(), phFill(x('a:tint', { val: 95000 })), phFill(x('a:shade', { val: 90000 }))),
  );
}

/** The theme part's XML, with the colours and fonts of `theme` when given (used for the slide master and, as its own part, the notes master). */
export function themeXml(theme?: DeckTheme): string {
  return serializeXml(
    x(
      'a:theme',
      { 'xmlns:a': NS.a, name: theme?.name ?? 'Ostal' },
      x('a:themeElements', {}, colourScheme(theme), x('a:fontScheme', { name: theme?.name ?? 'Ostal' }, font('a:majorFont', theme?.majorFont), font('a:minorFont', theme?.minorFont)), formatScheme()),
      x('a:objectDefaults'),
      x('a:extraClrSchemeLst'),
    ),
  );
}
