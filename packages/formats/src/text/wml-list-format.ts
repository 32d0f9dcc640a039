/**
 * WordprocessingML list levels and the list formats of the model (`text-list-format.ts`), both
 * ways (ECMA-376 Part 1, 17.9.6 `w:lvl`, 17.9.17 `w:numFmt` with ST_NumberFormat 17.18.59,
 * 17.9.11 `w:lvlText`, 17.9.25 `w:start`, 17.3.2.26 `w:rFonts` of a bullet).
 *
 * A level text is read as prefix + `%k.%k+1....%N` + suffix, where `%N` is the level's own
 * number and the run of placeholders before it (joined by ".") gives how many levels the label
 * shows. Anything else (`%1-%2`, a placeholder of a deeper level) keeps the level's own number
 * with the text around it, and is reported as simplified.
 */
import { LIST_NUMBER_FORMATS, MAX_LABEL_LEVELS, listNumberingOf, safeBullet, safeFontFamily } from '@ostal/model';
import type { ListLevelDef } from './list-level-def.js';
import type { ListNumberFormat } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** ST_NumberFormat values and the model formats they map to. */
const FROM_WML: Readonly<Record<string, ListNumberFormat>> = {
  decimal: 'decimal',
  decimalZero: 'decimal-zero',
  lowerRoman: 'lower-roman',
  upperRoman: 'upper-roman',
  lowerLetter: 'lower-letter',
  upperLetter: 'upper-letter',
  decimalEnclosedCircle: 'decimal-enclosed-circle',
  // Not ST_NumberFormat values: Word's custom Greek formats, as `wml-numbering.ts` reads them.
  lowerGreek: 'lower-greek',
  upperGreek: 'upper-greek',
  none: 'none',
};

const TO_WML: Readonly<Record<ListNumberFormat, string>> = {
  decimal: 'decimal',
  'decimal-zero': 'decimalZero',
  'lower-roman': 'lowerRoman',
  'upper-roman': 'upperRoman',
  'lower-letter': 'lowerLetter',
  'upper-letter': 'upperLetter',
  'decimal-enclosed-circle': 'decimalEnclosedCircle',
  'lower-greek': 'custom',
  'upper-greek': 'custom',
  none: 'none',
};

/** The `w:format` of the custom formats (17.9.17 in the 2010+ schema), written as Word does: a `w14` choice with a decimal fallback. */
const CUSTOM_WML: Readonly<Partial<Record<ListNumberFormat, string>>> = {
  'lower-greek': '\u03b1, \u03b2, \u03b3, ...',
  'upper-greek': '\u0391, \u0392, \u0393, ...',
};

/** The `w:numFmt` of a level, wrapped in `mc:AlternateContent` for a custom format. */
function numFmtXml(numFmt: string, format: ListNumberFormat | undefined): XmlOut {
  const custom = format !== undefined ? CUSTOM_WML[format] : undefined;
  if (custom === undefined) return x('w:numFmt', { 'w:val': numFmt });
  return x(
    'mc:AlternateContent',
    {},
    x('mc:Choice', { Requires: 'w14' }, x('w:numFmt', { 'w:val': 'custom', 'w:format': custom })),
    x('mc:Fallback', {}, x('w:numFmt', { 'w:val': 'decimal' })),
  );
}

/** The model attributes of a level, and whether its label had to be simplified. */
export interface WmlLevelFormat {
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly simplified: boolean;
}

const MAX_TEXT = 50;

function clip(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f]/g, '').slice(0, MAX_TEXT);
}

/**
 * The list attributes of a level: `numFmt` (ST_NumberFormat), its `w:lvlText` and the font of its
 * run properties, at level `ilvl` (0-8).
 */
export function listFormatOfLevel(numFmt: string, lvlText: string | undefined, font: string | undefined, ilvl: number): WmlLevelFormat {
  if (numFmt === 'none' && (lvlText ?? '').replace(/%[1-9]/g, '') !== '') {
    return { attrs: { format: 'none', prefix: clip((lvlText ?? '').replace(/%[1-9]/g, '')), suffix: '', levels: 1 }, simplified: false };
  }
  if (numFmt === 'bullet' || numFmt === 'none') {
    // A bullet level without a level text shows the default bullet.
    if (numFmt === 'bullet' && lvlText === undefined) return { attrs: {}, simplified: false };
    const bullet = numFmt === 'none' ? '' : safeBullet([...(lvlText ?? '')][0] ?? '') ?? '';
    const family = bullet !== '' && font !== undefined ? safeFontFamily(font) : null;
    return { attrs: { bullet, bulletFont: family }, simplified: false };
  }
  const format = FROM_WML[numFmt];
  let simplified = format === undefined;
  const text = lvlText ?? `%${String(ilvl + 1)}.`;
  const own = ilvl + 1;
  const matches = [...text.matchAll(/%([1-9])/g)].map((m) => ({ n: Number(m[1]), at: m.index, end: m.index + m[0].length }));
  let lastIndex = -1;
  for (let i = matches.length - 1; i >= 0; i--) if (matches[i]!.n === own) { lastIndex = i; break; }
  if (lastIndex < 0) {
    // No number of its own: the text alone is the label.
    return { attrs: { format: 'none', prefix: clip(text.replace(/%[1-9]/g, '')), suffix: '', levels: 1 }, simplified: simplified || matches.length > 0 };
  }
  let first = lastIndex;
  while (first > 0) {
    const prev = matches[first - 1]!;
    const cur = matches[first]!;
    if (prev.n !== cur.n - 1 || text.slice(prev.end, cur.at) !== '.') break;
    first -= 1;
  }
  const last = matches[lastIndex]!;
  let prefix = text.slice(0, matches[first]!.at);
  let suffix = text.slice(last.end);
  if (/%[1-9]/.test(prefix) || /%[1-9]/.test(suffix)) {
    simplified = true;
    prefix = prefix.replace(/%[1-9]/g, '');
    suffix = suffix.replace(/%[1-9]/g, '');
  }
  if (prefix.length > MAX_TEXT || suffix.length > MAX_TEXT) simplified = true;
  const levels = Math.min(MAX_LABEL_LEVELS, last.n - matches[first]!.n + 1);
  return { attrs: { format: format ?? 'decimal', prefix: clip(prefix), suffix: clip(suffix), levels }, simplified };
}

function escapeLevelText(s: string): string {
  // A literal percent sign would read as a placeholder: Word has no escape, so it is dropped.
  return s.replace(/%/g, '');
}

/** The `w:lvl` children that give the label: `w:start`, `w:numFmt`, `w:lvlText` (17.9.6 order), then `w:lvlJc` and the indents. */
export function wmlLevel(ilvl: number, def: ListLevelDef, defaultBullet: string, indent: XmlOut): XmlOut {
  let numFmt: string;
  let lvlText: string;
  let font: string | null = null;
  let format: ListNumberFormat | undefined;
  if (def.ordered) {
    const n = listNumberingOf(def.attrs);
    format = n.format;
    numFmt = (LIST_NUMBER_FORMATS as readonly string[]).includes(n.format) ? TO_WML[n.format] : 'decimal';
    const levels = Math.min(n.levels, ilvl + 1);
    const numbers = Array.from({ length: levels }, (_, i) => `%${String(ilvl + 2 - levels + i)}`).join('.');
    lvlText = escapeLevelText(n.prefix) + (n.format === 'none' ? '' : numbers) + escapeLevelText(n.suffix);
  } else {
    const bullet = (def.attrs.bullet as string | null | undefined) ?? defaultBullet;
    numFmt = bullet === '' ? 'none' : 'bullet';
    lvlText = bullet;
    font = bullet === '' ? null : ((def.attrs.bulletFont as string | null | undefined) ?? null);
  }
  return x(
    'w:lvl',
    { 'w:ilvl': ilvl },
    x('w:start', { 'w:val': def.start }),
    numFmtXml(numFmt, format),
    x('w:lvlText', { 'w:val': lvlText }),
    x('w:lvlJc', { 'w:val': 'left' }),
    indent,
    font ? x('w:rPr', {}, x('w:rFonts', { 'w:ascii': font, 'w:hAnsi': font, 'w:cs': font, 'w:hint': 'default' })) : null,
  );
}
