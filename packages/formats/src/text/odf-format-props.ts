/**
 * ODF text and paragraph formatting properties, read and written (ODF 1.3 Part 3: 16.27.28
 * `style:text-properties` — 20.204 `fo:font-weight`, 20.203 `fo:font-style`, 20.381
 * `style:text-underline-style`, 20.372 `style:text-line-through-style`, 20.374
 * `style:text-position`, 20.199 `fo:font-family`, 20.353 `style:font-name` with 16.23
 * `style:font-face`, 20.200 `fo:font-size` (points or a percentage of the parent's size),
 * 20.187 `fo:color`, 20.175 `fo:background-color`; 17.6 `style:paragraph-properties` — 20.216
 * `fo:text-align`, 20.193-20.197 margins, 20.217 `fo:text-indent`, 20.188 `fo:line-height`
 * (only percentages map to a line height), 20.192 `fo:keep-with-next`). Lengths in 18.3.18
 * units (cm, mm, in, pt, pc, px) convert to twips.
 */
import { MAX_TAB_STOPS, MAX_TWIPS, isTextBorders, isTabStops, safeColor, safeFontFamily, safeFontSize, safeLanguageTag, safeLetterSpacing } from '@ostal/model';
import type { TabAlign, TabLeader, TabStop } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { TextAlign } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { clampTwips, lineMultiple } from './block-props.js';
import { odfBorderAttrs, readOdfBorders } from './border-props.js';
import type { BlockProps } from './block-props.js';
import { mergeCharProps } from './text-marks.js';
import type { CharProps, RunFormat } from './text-marks.js';

const TWIPS_PER: Readonly<Record<string, number>> = { cm: 1440 / 2.54, mm: 144 / 2.54, in: 1440, pt: 20, pc: 240, px: 15 };

/** Twips of an ODF length (`1.27cm`, `0.5in`, `12pt`), or undefined. */
export function odfLengthToTwips(v: string | undefined): number | undefined {
  const m = /^(-?\d*\.?\d+)(cm|mm|in|pt|pc|px)$/.exec((v ?? '').trim());
  if (!m) return undefined;
  const t = Number(m[1]) * TWIPS_PER[m[2]!]!;
  return Number.isFinite(t) ? clampTwips(t) : undefined;
}

/** Character properties with a relative font size still to be resolved against the parent's. */
export interface OdfCharProps {
  readonly props: CharProps;
  /** `fo:font-size` as a percentage, when it was one. */
  readonly sizePercent: number | undefined;
}

/** Resolves the font of a `style:font-name` through the document's `style:font-face` declarations. */
export type OdfFontFaces = ReadonlyMap<string, string>;

/** A language tag from ODF's language/country/script triple or its RFC tag (`none`: no language; `zxx`, no linguistic content, is a tag). */
function odfTag(el: XmlElement, suffix: '' | '-asian' | '-complex'): string | null | undefined {
  const rfc = attr(el, NS.style, `rfc-language-tag${suffix}`);
  if (rfc !== undefined) return safeLanguageTag(rfc);
  const language = attr(el, suffix === '' ? NS.fo : NS.style, `language${suffix}`);
  if (language === undefined) return undefined;
  if (language === 'none' || language === '') return null;
  const country = attr(el, suffix === '' ? NS.fo : NS.style, `country${suffix}`);
  const script = attr(el, suffix === '' ? NS.fo : NS.style, `script${suffix}`);
  return safeLanguageTag([language, script, country].filter((v) => v !== undefined && v !== 'none' && v !== '').join('-'));
}

/**
 * Caps (20.218 `fo:text-transform`, 20.202 `fo:font-variant`), letter spacing (20.206
 * `fo:letter-spacing`), languages (20.207 `fo:language`, 20.180 `fo:country`, 20.212
 * `fo:script`, their `-asian`/`-complex` forms and 20.346 `style:rfc-language-tag`) and the
 * East-Asian font (20.354 `style:font-name-asian`).
 */
function readOdfCharExtras(el: XmlElement, faces: OdfFontFaces, p: CharProps): void {
  const transform = attr(el, NS.fo, 'text-transform');
  const variant = attr(el, NS.fo, 'font-variant');
  if (transform === 'uppercase') p.caps = 'all';
  else if (variant === 'small-caps') p.caps = 'small';
  else if (transform === 'none' || variant === 'normal') p.caps = 'none';
  const spacing = attr(el, NS.fo, 'letter-spacing');
  if (spacing === 'normal') p.letterSpacing = null;
  else if (spacing !== undefined) {
    const twips = odfLengthToTwips(spacing);
    if (twips !== undefined) p.letterSpacing = safeLetterSpacing(twips / 20);
  }
  const lang = odfTag(el, '');
  if (lang !== undefined) p.lang = lang;
  const asian = odfTag(el, '-asian');
  if (asian !== undefined) p.langEastAsia = asian;
  const complex = odfTag(el, '-complex');
  if (complex !== undefined) p.langComplex = complex;
  const asianName = attr(el, NS.style, 'font-name-asian');
  const asianFamily = asianName !== undefined ? faces.get(asianName) ?? asianName : attr(el, NS.style, 'font-family-asian');
  if (asianFamily !== undefined) p.fontEastAsia = safeFontFamily(asianFamily.split(',')[0]);
}

/** The ODF attributes of a language tag: language and country when they say it all, else the RFC tag too. */
function odfLanguageAttrs(tag: string | null | undefined, suffix: '' | '-asian' | '-complex'): Record<string, string | undefined> {
  if (!tag) return {};
  const prefix = suffix === '' ? 'fo' : 'style';
  const parts = tag.split('-');
  const simple = parts.length <= 2 && (parts.length === 1 || /^[A-Z]{2}$/.test(parts[1]!));
  return {
    [`${prefix}:language${suffix}`]: parts[0],
    [`${prefix}:country${suffix}`]: simple ? parts[1] : undefined,
    [`style:rfc-language-tag${suffix}`]: simple ? undefined : tag,
  };
}

/** Reads a `style:text-properties` element (undefined when it declares nothing the model keeps). */
export function readOdfTextProps(el: XmlElement | undefined, faces: OdfFontFaces): OdfCharProps | undefined {
  if (!el) return undefined;
  const p: CharProps = {};
  const weight = attr(el, NS.fo, 'font-weight');
  if (weight !== undefined) p.bold = weight === 'bold' || (/^\d+$/.test(weight) && Number(weight) >= 600);
  const style = attr(el, NS.fo, 'font-style');
  if (style !== undefined) p.italic = style === 'italic' || style === 'oblique';
  const uStyle = attr(el, NS.style, 'text-underline-style');
  const uType = attr(el, NS.style, 'text-underline-type');
  if (uStyle !== undefined) p.underline = uStyle !== 'none' && uType !== 'none';
  else if (uType !== undefined) p.underline = uType !== 'none';
  const sStyle = attr(el, NS.style, 'text-line-through-style');
  const sType = attr(el, NS.style, 'text-line-through-type');
  if (sStyle !== undefined) p.strike = sStyle !== 'none' && sType !== 'none';
  else if (sType !== undefined) p.strike = sType !== 'none';
  const pos = attr(el, NS.style, 'text-position');
  if (pos !== undefined) {
    const first = pos.trim().split(/\s+/)[0] ?? '';
    const pct = Number.parseFloat(first);
    p.vertAlign = first === 'super' || pct > 0 ? 'superscript' : first === 'sub' || pct < 0 ? 'subscript' : 'baseline';
  }
  const fontName = attr(el, NS.style, 'font-name');
  const family = fontName !== undefined ? faces.get(fontName) ?? fontName : attr(el, NS.fo, 'font-family');
  if (family !== undefined) {
    const f = safeFontFamily(family.split(',')[0]);
    if (f !== null) p.font = f;
  }
  let sizePercent: number | undefined;
  const size = attr(el, NS.fo, 'font-size');
  if (size !== undefined) {
    if (size.endsWith('%')) {
      const pct = Number.parseFloat(size);
      if (Number.isFinite(pct) && pct > 0) sizePercent = pct;
    } else {
      const twips = odfLengthToTwips(size);
      if (twips !== undefined) p.size = safeFontSize(twips / 20);
    }
  }
  const color = attr(el, NS.fo, 'color');
  if (color !== undefined) p.color = safeColor(color);
  const bg = attr(el, NS.fo, 'background-color');
  if (bg !== undefined) p.highlight = bg === 'transparent' ? null : safeColor(bg);
  readOdfCharExtras(el, faces, p);
  if (Object.values(p).every((v) => v === undefined) && sizePercent === undefined) return undefined;
  return { props: p, sizePercent };
}

/**
 * Merges a style's properties onto its parent's, resolving a percentage size against the
 * parent's size or else `parentSize` (points); with no size to refer to, the percentage is left
 * to the caller (see `OdfStyles.textSizeScale`).
 */
export function mergeOdfCharProps(base: CharProps, over: OdfCharProps, parentSize: number | undefined): CharProps {
  const merged = mergeCharProps(base, over.props);
  const from = base.size ?? parentSize;
  if (over.sizePercent !== undefined && from != null) merged.size = safeFontSize((from * over.sizePercent) / 100);
  return merged;
}

function alignOf(v: string | undefined): TextAlign | null | undefined {
  if (v === undefined) return undefined;
  if (v === 'start' || v === 'left') return 'left';
  if (v === 'end' || v === 'right') return 'right';
  if (v === 'center' || v === 'justify') return v;
  return null;
}

/** Reads a `style:paragraph-properties` element (undefined when absent). */
export function readOdfParagraphProps(el: XmlElement | undefined): BlockProps | undefined {
  if (!el) return undefined;
  const p: BlockProps = {};
  const align = alignOf(attr(el, NS.fo, 'text-align'));
  if (align !== undefined) p.align = align;
  p.indentLeft = odfLengthToTwips(attr(el, NS.fo, 'margin-left'));
  p.indentRight = odfLengthToTwips(attr(el, NS.fo, 'margin-right'));
  p.indentFirstLine = odfLengthToTwips(attr(el, NS.fo, 'text-indent'));
  p.spaceBefore = odfLengthToTwips(attr(el, NS.fo, 'margin-top'));
  p.spaceAfter = odfLengthToTwips(attr(el, NS.fo, 'margin-bottom'));
  const line = attr(el, NS.fo, 'line-height');
  if (line === 'normal') p.lineHeight = null;
  else if (line?.endsWith('%')) p.lineHeight = lineMultiple(Number.parseFloat(line) / 100);
  const keep = attr(el, NS.fo, 'keep-with-next');
  if (keep !== undefined) p.keepWithNext = keep === 'always';
  // 20.394 style:writing-mode, 20.175 fo:background-color.
  const mode = attr(el, NS.style, 'writing-mode');
  if (mode === 'rl-tb' || mode === 'rl') p.direction = 'rtl';
  else if (mode === 'lr-tb' || mode === 'lr') p.direction = null;
  const bg = attr(el, NS.fo, 'background-color');
  if (bg !== undefined) p.shading = bg === 'transparent' ? null : safeColor(bg);
  const borders = readOdfBorders(el);
  if (borders) p.borders = borders;
  const tabs = childElement(el, NS.style, 'tab-stops');
  if (tabs) p.tabs = readOdfTabStops(tabs);
  return p;
}

function pt(twips: number): string {
  return `${String(Math.round(twips * 5) / 100)}pt`;
}

/** `style:text-properties` attributes of a format; `fontName` is the font face declared for its font. */
export function odfTextPropsAttrs(format: RunFormat): Record<string, string | undefined> {
  const p = format.props;
  const bold = p.bold ? 'bold' : undefined;
  const italic = p.italic ? 'italic' : undefined;
  const size = p.size ? `${String(p.size)}pt` : undefined;
  return {
    'style:font-name': p.font ?? undefined,
    'fo:font-size': size,
    'fo:color': p.color ?? undefined,
    'fo:font-style': italic,
    'style:text-underline-style': p.underline ? 'solid' : undefined,
    'style:text-underline-width': p.underline ? 'auto' : undefined,
    'style:text-underline-color': p.underline ? 'font-color' : undefined,
    'style:text-line-through-style': p.strike ? 'solid' : undefined,
    'style:text-line-through-type': p.strike ? 'single' : undefined,
    'style:text-position': p.vertAlign === 'superscript' ? 'super 58%' : p.vertAlign === 'subscript' ? 'sub 58%' : undefined,
    'fo:font-weight': bold,
    'fo:background-color': p.highlight ?? undefined,
    'style:font-size-asian': size,
    'style:font-style-asian': italic,
    'style:font-weight-asian': bold,
    'style:font-size-complex': size,
    'style:font-style-complex': italic,
    'style:font-weight-complex': bold,
    'fo:text-transform': p.caps === 'all' ? 'uppercase' : undefined,
    'fo:font-variant': p.caps === 'small' ? 'small-caps' : undefined,
    'fo:letter-spacing': p.letterSpacing ? `${String(p.letterSpacing)}pt` : undefined,
    'style:font-name-asian': p.fontEastAsia ?? undefined,
    ...odfLanguageAttrs(p.lang, ''),
    ...odfLanguageAttrs(p.langEastAsia, '-asian'),
    ...odfLanguageAttrs(p.langComplex, '-complex'),
  };
}

const LEADER_TEXT: Readonly<Record<string, TabLeader>> = { '.': 'dot', '-': 'hyphen', _: 'underscore', '\u00b7': 'middle-dot' };
const LEADER_OUT: Readonly<Record<TabLeader, { style: string; text: string } | undefined>> = {
  none: undefined,
  dot: { style: 'dotted', text: '.' },
  hyphen: { style: 'solid', text: '-' },
  underscore: { style: 'solid', text: '_' },
  'middle-dot': { style: 'dotted', text: '\u00b7' },
};

/**
 * 17.8 `style:tab-stops`: positions (`style:position`) count from the paragraph's indent;
 * `OdfStyles.blockProps` adds the indent. A leader is read from its text, or a dotted style.
 */
function readOdfTabStops(el: XmlElement): NonNullable<BlockProps['tabs']> {
  const out: TabStop[] = [];
  for (const tab of childElements(el, NS.style, 'tab-stop')) {
    const pos = odfLengthToTwips(attr(tab, NS.style, 'position'));
    if (pos === undefined || out.length >= MAX_TAB_STOPS) continue;
    const type = attr(tab, NS.style, 'type') ?? 'left';
    const align: TabAlign = type === 'center' ? 'center' : type === 'right' ? 'right' : type === 'char' ? 'decimal' : 'left';
    const text = attr(tab, NS.style, 'leader-text');
    const style = attr(tab, NS.style, 'leader-style');
    const leader: TabLeader = text !== undefined && text !== ' ' ? LEADER_TEXT[text] ?? 'dot' : style !== undefined && style !== 'none' ? (style === 'dotted' ? 'dot' : 'underscore') : 'none';
    out.push({ pos, align, leader });
  }
  return out;
}

/** `style:tab-stops` of a block's tab stops (positions from its indent; none in lists), or null. */
export function odfTabStopsXml(attrs: Readonly<Record<string, unknown>>, inList: boolean): XmlOut | null {
  if (!isTabStops(attrs.tabs)) return null;
  const indent = !inList && typeof attrs.indentLeft === 'number' ? attrs.indentLeft : 0;
  return x(
    'style:tab-stops',
    {},
    attrs.tabs.map((t) => {
      const leader = LEADER_OUT[t.leader];
      return x('style:tab-stop', {
        'style:position': pt(t.pos - indent),
        'style:type': t.align === 'decimal' ? 'char' : t.align,
        'style:char': t.align === 'decimal' ? '.' : undefined,
        'style:leader-style': leader?.style,
        'style:leader-text': leader?.text,
      });
    }),
  );
}

/** `style:paragraph-properties` attributes of a block's formatting (indents left out in lists); null when none. */
export function odfParagraphPropsAttrs(attrs: Readonly<Record<string, unknown>>, inList: boolean): Record<string, string | undefined> | null {
  const n = (k: string): number | undefined => (typeof attrs[k] === 'number' ? Math.max(-MAX_TWIPS, Math.min(MAX_TWIPS, attrs[k])) : undefined);
  const len = (k: string, allow = true): string | undefined => {
    const v = allow ? n(k) : undefined;
    return v === undefined ? undefined : pt(v);
  };
  const line = n('lineHeight');
  const out = {
    'fo:margin-left': len('indentLeft', !inList),
    'fo:margin-right': len('indentRight', !inList),
    'fo:margin-top': len('spaceBefore'),
    'fo:margin-bottom': len('spaceAfter'),
    'fo:line-height': line === undefined ? undefined : `${String(Math.round(line * 1000) / 10)}%`,
    'fo:text-align': typeof attrs.align === 'string' ? attrs.align : undefined,
    'fo:text-indent': len('indentFirstLine', !inList),
    'fo:keep-with-next': attrs.keepWithNext === true ? 'always' : undefined,
    'fo:background-color': typeof attrs.shading === 'string' ? attrs.shading : undefined,
    'style:writing-mode': attrs.direction === 'rtl' ? 'rl-tb' : undefined,
    ...odfBorderAttrs(isTextBorders(attrs.borders) ? attrs.borders : null),
  };
  return Object.values(out).some((v) => v !== undefined) ? out : null;
}
