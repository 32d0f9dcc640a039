/**
 * DrawingML rich text read into the deck model (ECMA-376 Part 1, 21.1.2: a:bodyPr 21.1.2.1.1,
 * a:pPr 21.1.2.2.7, a:rPr 21.1.2.3.9, bullets 21.1.2.4, list styles a:lvlNpPr 21.1.2.4.13).
 */
import type { BodyProperties, Bullet, LevelStyles, ParagraphStyle, RunStyle, Spacing, DeckTextAlign, TextBody, TextParagraph, TextRun } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { intAttr, readColor } from './dml-properties.js';
import type { MediaResolver } from './dml-properties.js';
import { aChild, alternateContent, isA, relAttr } from './ooxml-names.js';

const ALIGN: Readonly<Record<string, DeckTextAlign>> = { l: 'left', ctr: 'center', r: 'right', just: 'justify', dist: 'justify' };

/** Resolves a hyperlink relationship id to its target. */
export type LinkResolver = (relId: string) => string | undefined;

function flag(el: XmlElement, name: string): boolean | undefined {
  const v = attr(el, '', name);
  return v === undefined ? undefined : v === '1' || v === 'true';
}

/** Character properties of a:rPr / a:defRPr / a:endParaRPr. */
export function readRunStyle(rPr: XmlElement | undefined, links?: LinkResolver): RunStyle | undefined {
  if (!rPr) return undefined;
  const style: { -readonly [K in keyof RunStyle]: RunStyle[K] } = {};
  const size = intAttr(rPr, 'sz');
  if (size !== undefined) style.size = size;
  const b = flag(rPr, 'b');
  if (b !== undefined) style.bold = b;
  const i = flag(rPr, 'i');
  if (i !== undefined) style.italic = i;
  const u = attr(rPr, '', 'u');
  if (u !== undefined) style.underline = u !== 'none';
  const strike = attr(rPr, '', 'strike');
  if (strike !== undefined) style.strike = strike !== 'noStrike';
  const latin = aChild(rPr, 'latin');
  const font = latin ? attr(latin, '', 'typeface') : undefined;
  if (font) style.font = font;
  const color = readColor(aChild(rPr, 'solidFill'));
  if (color) style.color = color;
  const click = aChild(rPr, 'hlinkClick');
  if (click && links) {
    const id = relAttr(click);
    const target = id ? links(id) : undefined;
    if (target) style.link = target;
  }
  return Object.keys(style).length > 0 ? style : undefined;
}

function readSpacing(el: XmlElement | undefined): Spacing | undefined {
  const pct = intAttr(aChild(el, 'spcPct'), 'val');
  if (pct !== undefined) return { pct };
  const pts = intAttr(aChild(el, 'spcPts'), 'val');
  return pts !== undefined ? { pts } : undefined;
}

/** a:buSzPct in thousandths of a percent (Transitional integer, Strict `75%`), within ST_TextBulletSizePercent. */
function bulletSize(pPr: XmlElement): number | undefined {
  const v = attr(aChild(pPr, 'buSzPct') ?? pPr, '', 'val');
  if (v === undefined || !aChild(pPr, 'buSzPct')) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(v);
  if (!m) return undefined;
  const n = Math.round(Number(m[1]) * (m[2] === '%' ? 1000 : 1));
  return n >= 25_000 && n <= 400_000 ? n : undefined;
}

function readBullet(pPr: XmlElement, media?: MediaResolver): Bullet | undefined {
  if (aChild(pPr, 'buNone')) return { kind: 'none' };
  const size = bulletSize(pPr);
  const sized = size !== undefined && size !== 100_000 ? { sizePct: size } : {};
  const auto = aChild(pPr, 'buAutoNum');
  if (auto) {
    const startAt = intAttr(auto, 'startAt');
    return { kind: 'number', scheme: attr(auto, '', 'type') ?? 'arabicPeriod', ...(startAt !== undefined ? { startAt } : {}), ...sized };
  }
  const blip = aChild(aChild(pPr, 'buBlip'), 'blip');
  const picture = blip && media ? media(attr(blip, NS.r, 'embed') ?? attr(blip, NS.strictR, 'embed')) : undefined;
  if (picture) return { kind: 'char', char: '•', picture, ...sized };
  const ch = aChild(pPr, 'buChar');
  if (ch) {
    const font = attr(aChild(pPr, 'buFont') ?? ch, '', 'typeface');
    const color = readColor(aChild(pPr, 'buClr'));
    return { kind: 'char', char: attr(ch, '', 'char') ?? '•', ...(font ? { font } : {}), ...(color ? { color } : {}), ...sized };
  }
  return undefined;
}

/** Paragraph properties of a:pPr / a:lvlNpPr. */
export function readParagraphStyle(pPr: XmlElement | undefined, media?: MediaResolver): ParagraphStyle | undefined {
  if (!pPr) return undefined;
  const style: { -readonly [K in keyof ParagraphStyle]: ParagraphStyle[K] } = {};
  const align = ALIGN[attr(pPr, '', 'algn') ?? ''];
  if (align) style.align = align;
  const lvl = intAttr(pPr, 'lvl');
  if (lvl !== undefined && lvl >= 0 && lvl <= 8) style.level = lvl;
  const marL = intAttr(pPr, 'marL');
  if (marL !== undefined) style.marginLeft = marL;
  const indent = intAttr(pPr, 'indent');
  if (indent !== undefined) style.indent = indent;
  const bullet = readBullet(pPr, media);
  if (bullet) style.bullet = bullet;
  const before = readSpacing(aChild(pPr, 'spcBef'));
  if (before) style.spaceBefore = before;
  const after = readSpacing(aChild(pPr, 'spcAft'));
  if (after) style.spaceAfter = after;
  const line = readSpacing(aChild(pPr, 'lnSpc'));
  if (line) style.lineSpacing = line;
  return Object.keys(style).length > 0 ? style : undefined;
}

function readParagraph(p: XmlElement, links?: LinkResolver, media?: MediaResolver): TextParagraph {
  const runs: TextRun[] = [];
  const push = (text: string, style: RunStyle | undefined): void => {
    const last = runs[runs.length - 1];
    if (last && last.style === style && !last.field) runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push(style ? { text, style } : { text });
  };
  const visit = (nodes: readonly XmlElement[]): void => {
    for (const c of nodes) {
      if (isA(c, 'r') || isA(c, 'fld')) {
        const style = readRunStyle(aChild(c, 'rPr'), links);
        let text = '';
        for (const t of childElements(c)) if (isA(t, 't')) text += textContent(t);
        const type = isA(c, 'fld') ? attr(c, '', 'type') : undefined;
        if (type === 'slidenum' || type?.startsWith('datetime')) runs.push({ text, field: type as TextRun['field'] & string, ...(style ? { style } : {}) });
        else if (text !== '') push(text, style);
      } else if (isA(c, 'br')) {
        push('\n', readRunStyle(aChild(c, 'rPr'), links));
      } else if (c.ns === NS.mc && c.local === 'AlternateContent') {
        visit(alternateContent(c));
      }
    }
  };
  visit(childElements(p));
  const pPr = aChild(p, 'pPr');
  // An a:pPr of nothing the model holds still reads as `{}`: such a paragraph has properties of
  // its own, which decides how LibreOffice reads a footer placeholder (see odp-furniture.ts).
  const style = readParagraphStyle(pPr, media) ?? (pPr ? {} : undefined);
  const endStyle = readRunStyle(aChild(p, 'endParaRPr'));
  return { runs, ...(style ? { style } : {}), ...(endStyle ? { endStyle } : {}) };
}

const ANCHOR: Readonly<Record<string, BodyProperties['anchor']>> = { t: 'top', ctr: 'middle', b: 'bottom' };

function readBodyProperties(bodyPr: XmlElement | undefined): BodyProperties | undefined {
  if (!bodyPr) return undefined;
  const props: { -readonly [K in keyof BodyProperties]: BodyProperties[K] } = {};
  const anchor = ANCHOR[attr(bodyPr, '', 'anchor') ?? ''];
  if (anchor) props.anchor = anchor;
  if (aChild(bodyPr, 'noAutofit')) props.autofit = 'none';
  const norm = aChild(bodyPr, 'normAutofit');
  if (norm) {
    props.autofit = 'shrink';
    const scale = intAttr(norm, 'fontScale');
    if (scale !== undefined) props.fontScale = scale;
    const reduction = intAttr(norm, 'lnSpcReduction');
    if (reduction !== undefined) props.lineSpaceReduction = reduction;
  }
  if (aChild(bodyPr, 'spAutoFit')) props.autofit = 'resize';
  const l = intAttr(bodyPr, 'lIns');
  const t = intAttr(bodyPr, 'tIns');
  const r = intAttr(bodyPr, 'rIns');
  const b = intAttr(bodyPr, 'bIns');
  if (l !== undefined || t !== undefined || r !== undefined || b !== undefined) {
    // Defaults of ST_Coordinate32 insets: 0.1 in left and right, 0.05 in top and bottom.
    props.insets = { left: l ?? 91_440, top: t ?? 45_720, right: r ?? 91_440, bottom: b ?? 45_720 };
  }
  const wrap = attr(bodyPr, '', 'wrap');
  if (wrap !== undefined) props.wrap = wrap !== 'none';
  const vert = attr(bodyPr, '', 'vert');
  if (vert !== undefined && vert !== 'horz') props.vertical = vert;
  return Object.keys(props).length > 0 ? props : undefined;
}

/** The rich text of `p:txBody` / `a:txBody`, or undefined when there is none. */
export function readRichTextBody(txBody: XmlElement | undefined, links?: LinkResolver, media?: MediaResolver): TextBody | undefined {
  if (!txBody) return undefined;
  const paragraphs = childElements(txBody)
    .filter((c) => isA(c, 'p'))
    .map((p) => readParagraph(p, links, media));
  const props = readBodyProperties(aChild(txBody, 'bodyPr'));
  const listStyle = readLevelStyles(aChild(txBody, 'lstStyle'), media);
  return { paragraphs, ...(props ? { props } : {}), ...(listStyle ? { listStyle } : {}) };
}

/** Level styles of a list style (a:lstStyle, p:titleStyle, p:bodyStyle, p:otherStyle). */
export function readLevelStyles(list: XmlElement | undefined, media?: MediaResolver): LevelStyles | undefined {
  if (!list) return undefined;
  const levels: { paragraph?: ParagraphStyle; run?: RunStyle }[] = [];
  for (let n = 1; n <= 9; n++) {
    const lvl = aChild(list, `lvl${String(n)}pPr`);
    const paragraph = readParagraphStyle(lvl, media);
    const run = readRunStyle(aChild(lvl, 'defRPr'));
    levels.push({ ...(paragraph ? { paragraph } : {}), ...(run ? { run } : {}) });
  }
  while (levels.length > 0 && Object.keys(levels[levels.length - 1]!).length === 0) levels.pop();
  return levels.length > 0 ? levels : undefined;
}
