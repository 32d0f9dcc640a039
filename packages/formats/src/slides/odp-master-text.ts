/**
 * Text styles of a master page, every level: the ODF presentation styles `<master>-title` and
 * `<master>-outline1` to `<master>-outline9` (each outline level the child of the one above,
 * ODF 1.3 Part 3, 16.2 style:style family "presentation"; 17.6 paragraph and 16.27 text
 * properties), the outline list style inside `<master>-outline1`'s graphic properties giving
 * bullets by level, to and from the deck's `LevelStyles` (PresentationML p:titleStyle and
 * p:bodyStyle a:lvl1pPr...a:lvl9pPr).
 */
import { resolveColor } from '@ostal/model';
import type { BodyProperties, Deck, LevelStyles, ParagraphStyle, RunStyle, Spacing } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfLengthToCentiPoints, odfLengthToEmu } from './odf-lengths.js';
import { bodyPropsAttrs } from './odp-shapes-write.js';
import { bulletOfLevelStyle, levelIndents, levelStyleElement, levelStyleXml } from './odf-lists.js';

/** Styles by family and name. */
export type StyleLookup = (family: string, name: string | undefined) => XmlElement | undefined;

const ALIGN_IN: Readonly<Record<string, ParagraphStyle['align']>> = { start: 'left', left: 'left', center: 'center', end: 'right', right: 'right', justify: 'justify' };
const ALIGN_OUT = { left: 'start', center: 'center', right: 'end', justify: 'justify' } as const;

/** A property of a presentation style or its parents. */
function inherited(styles: StyleLookup, name: string, props: string, ns: string, local: string): string | undefined {
  let style = styles('presentation', name);
  for (let depth = 0; style && depth < 12; depth++) {
    const p = childElement(style, NS.style, props);
    const v = p ? attr(p, ns, local) : undefined;
    if (v !== undefined) return v;
    style = styles('presentation', attr(style, NS.style, 'parent-style-name'));
  }
  return undefined;
}

function readRun(styles: StyleLookup, name: string): RunStyle | undefined {
  return runOf((ns, local) => inherited(styles, name, 'text-properties', ns, local));
}

type Getter = (ns: string, local: string) => string | undefined;

function runOf(get: Getter): RunStyle | undefined {
  const size = odfLengthToCentiPoints(get(NS.fo, 'font-size'));
  const weight = get(NS.fo, 'font-weight');
  const italic = get(NS.fo, 'font-style');
  const color = get(NS.fo, 'color');
  const font = (get(NS.fo, 'font-family') ?? get(NS.style, 'font-name'))?.replace(/^'|'$/g, '');
  const underline = get(NS.style, 'text-underline-style');
  const run: { -readonly [K in keyof RunStyle]: RunStyle[K] } = {
    ...(size !== undefined ? { size } : {}),
    ...(weight !== undefined ? { bold: weight === 'bold' || Number(weight) >= 600 } : {}),
    ...(italic !== undefined ? { italic: italic === 'italic' || italic === 'oblique' } : {}),
    ...(underline !== undefined ? { underline: underline !== 'none' } : {}),
    ...(color && /^#[0-9a-fA-F]{6}$/.test(color) ? { color: { rgb: color.slice(1).toUpperCase() } } : {}),
    ...(font ? { font } : {}),
  };
  return Object.keys(run).length > 0 ? run : undefined;
}

function spacingOf(v: string | undefined): Spacing | undefined {
  const pts = odfLengthToCentiPoints(v);
  return pts !== undefined ? { pts } : undefined;
}

function readParagraph(styles: StyleLookup, name: string, listLevel: XmlElement | undefined): ParagraphStyle | undefined {
  return paragraphOf((ns, local) => inherited(styles, name, 'paragraph-properties', ns, local), listLevel);
}

function paragraphOf(get: Getter, listLevel: XmlElement | undefined): ParagraphStyle | undefined {
  const style: { -readonly [K in keyof ParagraphStyle]: ParagraphStyle[K] } = {};
  const align = ALIGN_IN[get(NS.fo, 'text-align') ?? ''];
  if (align) style.align = align;
  const before = spacingOf(get(NS.fo, 'margin-top'));
  if (before) style.spaceBefore = before;
  const after = spacingOf(get(NS.fo, 'margin-bottom'));
  if (after) style.spaceAfter = after;
  const lh = get(NS.fo, 'line-height');
  if (lh?.endsWith('%') && Number.isFinite(Number(lh.slice(0, -1)))) style.lineSpacing = { pct: Math.round(Number(lh.slice(0, -1)) * 1000) };
  const bullet = bulletOfLevelStyle(listLevel);
  if (bullet) style.bullet = bullet;
  const fromList = levelIndents(listLevel);
  const margin = odfLengthToEmu(get(NS.fo, 'margin-left'));
  const indent = odfLengthToEmu(get(NS.fo, 'text-indent'));
  // The list level places the text; a paragraph margin adds to it.
  const marginLeft = fromList.marginLeft !== undefined ? fromList.marginLeft + (margin ?? 0) : margin;
  const firstLine = fromList.indent ?? indent;
  if (marginLeft !== undefined && (marginLeft !== 0 || firstLine)) style.marginLeft = marginLeft;
  if (firstLine !== undefined && firstLine !== 0) style.indent = firstLine;
  return Object.keys(style).length > 0 ? style : undefined;
}

function trim(levels: { paragraph?: ParagraphStyle; run?: RunStyle }[]): LevelStyles | undefined {
  while (levels.length > 0 && Object.keys(levels[levels.length - 1] ?? {}).length === 0) levels.pop();
  return levels.length > 0 ? levels : undefined;
}

/** Title and body text styles of master page `master`, every outline level that has a style. */
export function readMasterText(styles: StyleLookup, master: string): { titleStyle?: LevelStyles; bodyStyle?: LevelStyles } {
  const title = `${master}-title`;
  const titleLevel = styles('presentation', title)
    ? { ...(readParagraph(styles, title, undefined) ? { paragraph: readParagraph(styles, title, undefined) } : {}), ...(readRun(styles, title) ? { run: readRun(styles, title) } : {}) }
    : {};
  const outline1 = styles('presentation', `${master}-outline1`);
  const graphic = outline1 ? childElement(outline1, NS.style, 'graphic-properties') : undefined;
  const list = graphic ? childElement(graphic, NS.text, 'list-style') : undefined;
  const body: { paragraph?: ParagraphStyle; run?: RunStyle }[] = [];
  for (let level = 0; level < 9; level++) {
    const name = `${master}-outline${String(level + 1)}`;
    if (!styles('presentation', name)) {
      body.push({});
      continue;
    }
    const paragraph = readParagraph(styles, name, levelStyleElement(list, level));
    const run = readRun(styles, name);
    body.push({ ...(paragraph ? { paragraph } : {}), ...(run ? { run } : {}) });
  }
  const titleStyle = trim([titleLevel]);
  const bodyStyle = trim(body);
  return { ...(titleStyle ? { titleStyle } : {}), ...(bodyStyle ? { bodyStyle } : {}) };
}

/**
 * The presentation's default text style (`Deck.defaultTextStyle`, PPTX p:defaultTextStyle) read from
 * the graphic styles text boxes take: `styles` in order of precedence — LibreOffice's "standard"
 * drawing style, then the default graphic style (`style:default-style`, ODF 1.3 Part 3, 16.4).
 * Its first level only, ODF's default style having no levels.
 */
export function readDefaultText(styles: readonly (XmlElement | undefined)[]): LevelStyles | undefined {
  const props = (local: string): Getter => {
    const els = styles.map((st) => (st ? childElement(st, NS.style, local) : undefined));
    return (ns, name) => els.map((el) => (el ? attr(el, ns, name) : undefined)).find((v) => v !== undefined);
  };
  const paragraph = paragraphOf(props('paragraph-properties'), undefined);
  const run = runOf(props('text-properties'));
  return paragraph || run ? [{ ...(paragraph ? { paragraph } : {}), ...(run ? { run } : {}) }] : undefined;
}

/**
 * `over` laid on `base` level by level (ECMA-376 Part 1, 21.1.2.4.12 a:lstStyle over the master's
 * text styles): the paragraph and run properties `over` states win.
 */
export function overlaidLevels(base: LevelStyles | undefined, over: LevelStyles | undefined): LevelStyles | undefined {
  if (!over || over.length === 0) return base;
  if (!base || base.length === 0) return over;
  return Array.from({ length: Math.max(base.length, over.length) }, (_, i) => {
    const b = base[i] ?? {};
    const o = over[i] ?? {};
    const paragraph = b.paragraph || o.paragraph ? { ...b.paragraph, ...o.paragraph } : undefined;
    const run = b.run || o.run ? { ...b.run, ...o.run } : undefined;
    return { ...(paragraph ? { paragraph } : {}), ...(run ? { run } : {}) };
  });
}

/** What writing needs of the deck: colours and theme fonts, lengths. */
export interface MasterTextWriting {
  readonly deck: Deck;
  readonly emu: (v: number) => string;
  /** The typeface written when a level names none. */
  readonly defaultFont: string;
}

function textProps(run: RunStyle | undefined, fallbackSize: string, w: MasterTextWriting, withFallbacks: boolean, themeFont?: string): XmlOut {
  const theme = w.deck.theme;
  const named = run?.font === '+mj-lt' ? theme?.majorFont : run?.font === '+mn-lt' ? theme?.minorFont : run?.font?.startsWith('+') ? undefined : run?.font;
  // A level naming no typeface shows the theme's heading or body font.
  const font = named ?? (withFallbacks ? themeFont : undefined);
  const rgb = run?.color ? resolveColor(run.color, theme?.colors) : undefined;
  return x('style:text-properties', {
    'style:font-name': font || !withFallbacks ? undefined : w.defaultFont,
    'fo:font-family': font ? `'${font.replace(/'/g, '')}'` : undefined,
    'fo:font-size': run?.size !== undefined ? `${String(run.size / 100)}pt` : withFallbacks ? fallbackSize : undefined,
    'fo:font-weight': run?.bold === undefined ? undefined : run.bold ? 'bold' : 'normal',
    'fo:font-style': run?.italic === undefined ? undefined : run.italic ? 'italic' : 'normal',
    'style:text-underline-style': run?.underline === undefined ? undefined : run.underline ? 'solid' : 'none',
    'style:text-underline-width': run?.underline ? 'auto' : undefined,
    'style:text-underline-color': run?.underline ? 'font-color' : undefined,
    'fo:color': rgb ? `#${rgb.toLowerCase()}` : undefined,
  });
}

function paragraphProps(p: ParagraphStyle | undefined, fallbackTop: string | undefined, size: number | undefined): XmlOut {
  // ODF margins are lengths: a share of the line becomes that share of 1.2 lines of the level's size.
  const pts = (s: Spacing | undefined): string | undefined => {
    if (!s) return undefined;
    if ('pts' in s) return `${String(s.pts / 100)}pt`;
    return size !== undefined ? `${String(Math.round((s.pct / 100_000) * size * 1.2) / 100)}pt` : undefined;
  };
  const line = p?.lineSpacing;
  return x('style:paragraph-properties', {
    'fo:margin-top': pts(p?.spaceBefore) ?? fallbackTop,
    'fo:margin-bottom': pts(p?.spaceAfter),
    'fo:line-height': line && 'pct' in line ? `${String(Math.round(line.pct / 1000))}%` : undefined,
    'style:line-height-at-least': line && 'pts' in line ? `${String(line.pts / 100)}pt` : undefined,
    'fo:text-align': p?.align ? ALIGN_OUT[p.align] : undefined,
  });
}

/**
 * The default graphic style (`style:default-style` of family graphic): text boxes' paragraph and
 * text properties from the first level of the presentation's default text style, else 18 pt.
 */
export function defaultGraphicStyle(w: MasterTextWriting): XmlOut {
  const level = w.deck.defaultTextStyle?.[0];
  return x('style:default-style', { 'style:family': 'graphic' }, level?.paragraph ? paragraphProps(level.paragraph, undefined, level.run?.size) : null, textProps(level?.run, '18pt', w, true, level ? w.deck.theme?.minorFont : undefined));
}

const BODY_SIZES = ['26pt', '22pt', '20pt', '18pt', '18pt', '18pt', '18pt', '18pt', '18pt'];

/** What a master page's title and outline presentation styles are made of. */
export interface PageText {
  readonly titleStyle?: LevelStyles;
  readonly bodyStyle?: LevelStyles;
  /** The title placeholder's body properties (anchor, insets, wrap, autofit). */
  readonly titleProps?: BodyProperties;
  /** The body placeholder's (idx 1, when an outline). */
  readonly bodyProps?: BodyProperties;
}

/**
 * The presentation styles of one master page: title, outline levels 1 to 9 (bullets by level when
 * the master gives them) and notes. LibreOffice takes a style as its master page's when its display
 * name is the page's display name and "-title", "-outline1"...: `display` is the page's.
 */
export function masterTextStyles(master: string, text: PageText, w: MasterTextWriting, hex: (c: NonNullable<RunStyle['color']>) => string, display?: string): XmlOut[] {
  const graphic = (anchor: string, props?: BodyProperties, extra?: XmlOut | null): XmlOut =>
    x('style:graphic-properties', { 'draw:stroke': 'none', 'draw:fill': 'none', ...bodyPropsAttrs(props, props !== undefined), 'draw:textarea-vertical-align': props?.anchor ?? anchor }, extra ?? null);
  const named = (suffix: string): Record<string, string | undefined> => ({ 'style:name': `${master}-${suffix}`, 'style:display-name': display !== undefined && display !== master ? `${display}-${suffix}` : undefined });
  const title = text.titleStyle?.[0];
  const body = text.bodyStyle ?? [];
  const hasBullets = body.some((l) => l.paragraph?.bullet !== undefined);
  const fallback = body.find((l) => l.paragraph?.bullet)?.paragraph?.bullet;
  const list = hasBullets
    ? x(
        'text:list-style',
        { 'style:name': `${master}-outline1` },
        Array.from({ length: 10 }, (_, i) => {
          const p = body[Math.min(i, 8)]?.paragraph;
          const indents = { ...(p?.marginLeft !== undefined ? { marginLeft: p.marginLeft } : {}), ...(p?.indent !== undefined ? { indent: p.indent } : {}) };
          return levelStyleXml(i, p?.bullet ?? fallback, indents, hex, w.emu);
        }),
      )
    : null;
  const outline = body.length > 0 ? body : [{}];
  return [
    x('style:style', { ...named('title'), 'style:family': 'presentation' }, graphic('middle', text.titleProps), paragraphProps(title?.paragraph, undefined, title?.run?.size), textProps(title?.run, '40pt', w, true, w.deck.theme?.majorFont)),
    ...Array.from({ length: 9 }, (_, i) => {
      const level = outline[i];
      if (i > 0 && !level) return null;
      return x(
        'style:style',
        { ...named(`outline${String(i + 1)}`), 'style:family': 'presentation', 'style:parent-style-name': i > 0 ? `${master}-outline${String(i)}` : undefined },
        i === 0 ? graphic('top', text.bodyProps, list) : null,
        paragraphProps(level?.paragraph, i === 0 && !level?.paragraph ? '2.5mm' : undefined, level?.run?.size ?? outline[0]?.run?.size),
        textProps(level?.run, BODY_SIZES[i] ?? '18pt', w, i === 0, w.deck.theme?.minorFont),
      );
    }).filter((e): e is XmlOut => e !== null),
    x('style:style', { ...named('notes'), 'style:family': 'presentation' }, graphic('top'), textProps(undefined, '12pt', w, true)),
  ];
}
