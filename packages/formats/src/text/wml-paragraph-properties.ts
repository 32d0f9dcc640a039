/**
 * WordprocessingML paragraph properties that map to paragraph attributes (ECMA-376 Part 1,
 * 17.3.1: `w:jc` 17.3.1.13 with ST_Jc 17.18.44, `w:bidi` 17.3.1.6, `w:ind` 17.3.1.12,
 * `w:spacing` 17.3.1.33 with ST_LineSpacingRule 17.18.48, `w:keepNext` 17.3.1.15, `w:bidi`
 * 17.3.1.6 as the paragraph direction, `w:shd` 17.3.1.31 as its shading, `w:tabs` 17.3.1.38,
 * `w:pBdr` 17.3.1.24 as its borders in `border-props.ts`),
 * read and
 * written. Lengths are twips, as in the model.
 *
 * Only `auto` line spacing (a multiple of 240) maps to a line height; exact and at-least
 * spacing are absolute lengths the model does not keep.
 */
import { MAX_TAB_STOPS, isTextBorders, isTabStops } from '@ostal/model';
import type { TabAlign, TabLeader, TextAlign } from '@ostal/model';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { clampTwips, lineMultiple } from './block-props.js';
import { readWordBorders, wordBordersXml } from './border-props.js';
import type { BlockProps } from './block-props.js';
import { hexColor, onOff, wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';

function twips(el: XmlElement, ns: WmlNs, ...names: string[]): number | undefined {
  for (const n of names) {
    const v = attr(el, ns.w, n);
    if (v === undefined) continue;
    const t = Number(v);
    if (Number.isFinite(t)) return clampTwips(t);
  }
  return undefined;
}

function alignOf(jc: string | undefined, rtl: boolean): TextAlign | null | undefined {
  switch (jc) {
    case undefined:
      return undefined;
    case 'start':
    case 'left':
      return rtl ? 'right' : 'left';
    case 'end':
    case 'right':
      return rtl ? 'left' : 'right';
    case 'center':
      return 'center';
    case 'both':
    case 'distribute':
    case 'mediumKashida':
    case 'highKashida':
    case 'lowKashida':
    case 'thaiDistribute':
      return 'justify';
    default:
      return null;
  }
}

/** The paragraph properties a `w:pPr` declares (undefined when none). */
export function readParagraphProps(pPr: XmlElement | undefined, ns: WmlNs): BlockProps | undefined {
  if (!pPr) return undefined;
  const w = ns.w;
  const p: BlockProps = {};
  const rtl = onOff(childElement(pPr, w, 'bidi'), ns) ?? false;
  const align = alignOf(wVal(childElement(pPr, w, 'jc'), ns), rtl);
  if (align !== undefined) p.align = align;
  const ind = childElement(pPr, w, 'ind');
  if (ind) {
    p.indentLeft = twips(ind, ns, 'start', 'left');
    p.indentRight = twips(ind, ns, 'end', 'right');
    const hanging = twips(ind, ns, 'hanging');
    p.indentFirstLine = hanging !== undefined ? -hanging : twips(ind, ns, 'firstLine');
  }
  const spacing = childElement(pPr, w, 'spacing');
  if (spacing) {
    p.spaceBefore = twips(spacing, ns, 'before');
    p.spaceAfter = twips(spacing, ns, 'after');
    const rule = attr(spacing, w, 'lineRule') ?? 'auto';
    const line = Number(attr(spacing, w, 'line'));
    if (rule === 'auto' && attr(spacing, w, 'line') !== undefined && Number.isFinite(line)) p.lineHeight = lineMultiple(line / 240);
  }
  const keep = onOff(childElement(pPr, w, 'keepNext'), ns);
  if (keep !== undefined) p.keepWithNext = keep;
  const bidi = onOff(childElement(pPr, w, 'bidi'), ns);
  if (bidi !== undefined) p.direction = bidi ? 'rtl' : null;
  const borders = readWordBorders(childElement(pPr, w, 'pBdr'), ns);
  if (borders) p.borders = borders;
  const shd = childElement(pPr, w, 'shd');
  if (shd) p.shading = hexColor(attr(shd, w, 'fill'));
  const tabs = childElement(pPr, w, 'tabs');
  if (tabs) p.tabs = readTabs(tabs, ns);
  return p;
}

const TAB_ALIGN: Readonly<Record<string, TabAlign | 'clear'>> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', decimal: 'decimal', clear: 'clear' };
const TAB_LEADER: Readonly<Record<string, TabLeader>> = { none: 'none', dot: 'dot', hyphen: 'hyphen', underscore: 'underscore', heavy: 'underscore', middleDot: 'middle-dot' };
const LEADER_OUT: Readonly<Record<TabLeader, string | undefined>> = { none: undefined, dot: 'dot', hyphen: 'hyphen', underscore: 'underscore', 'middle-dot': 'middleDot' };

/** `w:tabs` (17.3.1.38): custom tab stops (bar and list tabs are not kept), `clear` entries included. */
function readTabs(tabs: XmlElement, ns: WmlNs): NonNullable<BlockProps['tabs']> {
  const out: NonNullable<BlockProps['tabs']>[number][] = [];
  for (const tab of childElements(tabs, ns.w, 'tab')) {
    const align = TAB_ALIGN[attr(tab, ns.w, 'val') ?? ''];
    const pos = Number(attr(tab, ns.w, 'pos'));
    if (align === undefined || !Number.isFinite(pos) || out.length >= MAX_TAB_STOPS) continue;
    if (align === 'clear') out.push({ pos: clampTwips(pos), align, leader: 'none' });
    else out.push({ pos: clampTwips(pos), align, leader: TAB_LEADER[attr(tab, ns.w, 'leader') ?? 'none'] ?? 'none' });
  }
  return out;
}

const JC: Readonly<Record<TextAlign, string>> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** The `w:pPr` children after `w:pStyle`, in schema order (17.3.1.26), with `numPr` in its place. */
export function paragraphPropsXml(attrs: Readonly<Record<string, unknown>>, inList: boolean, numPr: XmlOut | null = null): XmlOut[] {
  const out: XmlOut[] = [];
  if (attrs.keepWithNext === true) out.push(x('w:keepNext'));
  if (numPr) out.push(numPr);
  const pBdr = wordBordersXml(isTextBorders(attrs.borders) ? attrs.borders : null);
  if (pBdr) out.push(pBdr);
  const shading = typeof attrs.shading === 'string' ? attrs.shading : undefined;
  if (shading) out.push(x('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': shading.slice(1).toUpperCase() }));
  if (isTabStops(attrs.tabs)) {
    out.push(x('w:tabs', {}, attrs.tabs.map((t) => x('w:tab', { 'w:val': t.align, 'w:leader': LEADER_OUT[t.leader], 'w:pos': t.pos }))));
  }
  const rtl = attrs.direction === 'rtl';
  if (rtl) out.push(x('w:bidi'));
  const n = (k: string): number | undefined => (typeof attrs[k] === 'number' ? (attrs[k]) : undefined);
  const before = n('spaceBefore');
  const after = n('spaceAfter');
  const line = n('lineHeight');
  if (before !== undefined || after !== undefined || line !== undefined) {
    out.push(x('w:spacing', { 'w:before': before, 'w:after': after, 'w:line': line !== undefined ? Math.round(line * 240) : undefined, 'w:lineRule': line !== undefined ? 'auto' : undefined }));
  }
  const left = inList ? undefined : n('indentLeft');
  const right = inList ? undefined : n('indentRight');
  const first = inList ? undefined : n('indentFirstLine');
  if (left !== undefined || right !== undefined || first !== undefined) {
    out.push(x('w:ind', { 'w:left': left, 'w:right': right, 'w:hanging': first !== undefined && first < 0 ? -first : undefined, 'w:firstLine': first !== undefined && first >= 0 ? first : undefined }));
  }
  const align = attrs.align as TextAlign | null | undefined;
  // In a right-to-left paragraph left and right are read swapped (see alignOf): write them so.
  if (align) out.push(x('w:jc', { 'w:val': rtl && align === 'left' ? 'right' : rtl && align === 'right' ? 'left' : JC[align] }));
  return out;
}
