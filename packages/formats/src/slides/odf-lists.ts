/**
 * Bullets and numbering of slide paragraphs as ODF lists (ODF 1.3 Part 3, 5.3 text:list and
 * text:list-item with text:start-value, 5.3.3 text:list-header; 16.31 text:list-style with
 * 16.32 text:list-level-style-bullet, 16.33 text:list-level-style-number and 17.19
 * style:list-level-properties), to and from DrawingML a:buChar / a:buAutoNum
 * (ECMA-376 Part 1, 21.1.2.4; ST_TextAutonumberScheme 20.1.10.61).
 */
import type { Bullet, DeckColor, TextParagraph } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfLengthToEmu } from './odf-lengths.js';

/** Number formats of ODF (style:num-format) for the DrawingML scheme prefixes. */
const FORMAT_OF_PREFIX: Readonly<Record<string, string>> = { arabic: '1', alphaLc: 'a', alphaUc: 'A', romanLc: 'i', romanUc: 'I' };

/** num-format, prefix and suffix of a DrawingML autonumber scheme. */
export function odfNumbering(scheme: string): { format: string; prefix?: string; suffix?: string } {
  const m = /^(arabic|alphaLc|alphaUc|romanLc|romanUc)(Period|ParenR|ParenBoth|Plain|Minus)?/.exec(scheme);
  const format = FORMAT_OF_PREFIX[m?.[1] ?? 'arabic'] ?? '1';
  switch (m?.[2]) {
    case 'ParenR':
      return { format, suffix: ')' };
    case 'ParenBoth':
      return { format, prefix: '(', suffix: ')' };
    case 'Plain':
      return { format };
    case 'Minus':
      return { format, suffix: ' -' };
    case 'Period':
    case undefined:
    default:
      return { format, suffix: '.' };
  }
}

/** The DrawingML autonumber scheme closest to an ODF number format, prefix and suffix. */
export function dmlScheme(format: string, prefix: string | undefined, suffix: string | undefined): string {
  const base = format === 'a' ? 'alphaLc' : format === 'A' ? 'alphaUc' : format === 'i' ? 'romanLc' : format === 'I' ? 'romanUc' : 'arabic';
  const s = (suffix ?? '').trim();
  if (s === ')') return `${base}${prefix?.trim() === '(' ? 'ParenBoth' : 'ParenR'}`;
  if (s === '' && base === 'arabic') return 'arabicPlain';
  if (s === '-' && base === 'arabic') return 'arabicMinus';
  return `${base}Period`;
}

function hexColor(v: string | undefined): DeckColor | undefined {
  return v && /^#[0-9a-fA-F]{6}$/.test(v) ? { rgb: v.slice(1).toUpperCase() } : undefined;
}

/** The bullet of one list level style element (bullet, number or image), `none` when it shows no label. */
/** A percentage (`75%`) in thousandths of a percent, within DrawingML's bullet sizes (25% to 400%). */
function relativeSize(v: string | undefined): number | undefined {
  const m = v ? /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(v) : null;
  const n = m ? Math.round(Number(m[1]) * 1000) : undefined;
  return n !== undefined && n >= 25_000 && n <= 400_000 && n !== 100_000 ? n : undefined;
}

export function bulletOfLevelStyle(lvl: XmlElement | undefined, picture?: (el: XmlElement) => string | undefined): Bullet | undefined {
  if (!lvl) return undefined;
  const props = childElement(lvl, NS.style, 'text-properties');
  const size = relativeSize(attr(lvl, NS.text, 'bullet-relative-size')) ?? relativeSize(props ? attr(props, NS.fo, 'font-size') : undefined);
  const sized = size !== undefined ? { sizePct: size } : {};
  if (lvl.local === 'list-level-style-number') {
    const format = attr(lvl, NS.style, 'num-format') ?? '1';
    if (format === '') return { kind: 'none' };
    const start = Number(attr(lvl, NS.text, 'start-value') ?? '1');
    const startAt = Number.isInteger(start) && start > 1 && start < 32_768 ? start : undefined;
    return { kind: 'number', scheme: dmlScheme(format, attr(lvl, NS.style, 'num-prefix'), attr(lvl, NS.style, 'num-suffix')), ...(startAt !== undefined ? { startAt } : {}), ...sized };
  }
  if (lvl.local === 'list-level-style-bullet') {
    const char = attr(lvl, NS.text, 'bullet-char') ?? '';
    if (char === '') return { kind: 'none' };
    const family = props ? (attr(props, NS.fo, 'font-family') ?? attr(props, NS.style, 'font-name')) : undefined;
    // LibreOffice's own symbol fonts hold ordinary Unicode bullets: other suites have no such font.
    const font = family?.replace(/^'|'$/g, '').replace(/^(StarSymbol|OpenSymbol)$/i, '');
    const color = props && attr(props, NS.style, 'use-window-font-color') !== 'true' ? hexColor(attr(props, NS.fo, 'color')) : undefined;
    return { kind: 'char', char: [...char][0] ?? '•', ...(font ? { font } : {}), ...(color ? { color } : {}), ...sized };
  }
  if (lvl.local === 'list-level-style-image') {
    const media = picture?.(lvl);
    // Its size relative to the text: its height against the 0.4 cm Ostal writes for 100 %.
    const levelProps = childElement(lvl, NS.style, 'list-level-properties');
    const height = levelProps ? odfLengthToEmu(attr(levelProps, NS.fo, 'height')) : undefined;
    const fromHeight = height !== undefined ? Math.round((height / 144_000) * 100) * 1000 : undefined;
    const imageSize = fromHeight !== undefined && fromHeight >= 25_000 && fromHeight <= 400_000 && fromHeight !== 100_000 ? { sizePct: fromHeight } : sized;
    return { kind: 'char', char: '•', ...(media ? { picture: media } : {}), ...imageSize };
  }
  return undefined;
}

/** The level style of `level` (0-based) in a text:list-style element. */
export function levelStyleElement(listStyle: XmlElement | undefined, level: number): XmlElement | undefined {
  return listStyle ? childElements(listStyle, NS.text).find((c) => attr(c, NS.text, 'level') === String(level + 1)) : undefined;
}

/** Left margin and first-line indent (EMU) a list level style gives its paragraphs. */
export function levelIndents(lvl: XmlElement | undefined): { marginLeft?: number; indent?: number } {
  const props = lvl ? childElement(lvl, NS.style, 'list-level-properties') : undefined;
  const align = props ? childElement(props, NS.style, 'list-level-label-alignment') : undefined;
  if (align) {
    const marginLeft = odfLengthToEmu(attr(align, NS.fo, 'margin-left'));
    const indent = odfLengthToEmu(attr(align, NS.fo, 'text-indent'));
    return { ...(marginLeft !== undefined ? { marginLeft } : {}), ...(indent !== undefined ? { indent } : {}) };
  }
  if (!props) return {};
  const before = odfLengthToEmu(attr(props, NS.text, 'space-before'));
  const width = odfLengthToEmu(attr(props, NS.text, 'min-label-width'));
  if (before === undefined && width === undefined) return {};
  return { marginLeft: (before ?? 0) + (width ?? 0), indent: -(width ?? 0) };
}

/** Thousandths of a percent as an ODF percentage (`75%`). */
function percent(v: number): string {
  return `${String(Math.round(Math.min(400_000, Math.max(25_000, v)) / 10) / 100)}%`;
}

/** The default left margin of a level when neither paragraph nor style gives one (6 mm a level). */
const STEP = 216_000;

/** One level style of a list style Ostal writes, for `bullet` (none: no label). */
export function levelStyleXml(
  level: number,
  bullet: Bullet | undefined,
  indents: { marginLeft?: number; indent?: number },
  hex: (c: DeckColor) => string,
  emu: (v: number) => string,
  picture?: (media: string) => { href?: string; base64?: string } | undefined,
): XmlOut {
  const marginLeft = indents.marginLeft ?? STEP * (level + 1);
  const indent = indents.indent ?? -STEP;
  // The label-width form (text:space-before + text:min-label-width): LibreOffice Impress reads
  // presentation list styles only in that form. A hanging indent is the label's width.
  const labelWidth = Math.max(0, -indent);
  const props = x('style:list-level-properties', { 'text:space-before': emu(Math.max(0, marginLeft - labelWidth)), 'text:min-label-width': emu(labelWidth) });
  const n = level + 1;
  if (bullet?.kind === 'number') {
    const { format, prefix, suffix } = odfNumbering(bullet.scheme);
    // A number's size relative to the text is its text properties' font size in percent.
    const sizeProps = bullet.sizePct !== undefined ? x('style:text-properties', { 'fo:font-size': percent(bullet.sizePct) }) : null;
    return x('text:list-level-style-number', { 'text:level': n, 'style:num-prefix': prefix, 'style:num-suffix': suffix, 'style:num-format': format, 'text:start-value': bullet.startAt !== undefined && bullet.startAt > 1 ? bullet.startAt : undefined }, props, sizeProps);
  }
  const pic = bullet?.kind === 'char' && bullet.picture ? picture?.(bullet.picture) : undefined;
  if (pic) {
    // A picture bullet: a square of the text's size (0.4 cm) scaled by its relative size, centred on the line.
    const side = emu(Math.round(144_000 * ((bullet?.kind === 'char' ? bullet.sizePct : undefined) ?? 100_000) / 100_000));
    const imageProps = x('style:list-level-properties', {
      'text:space-before': emu(Math.max(0, marginLeft - labelWidth)),
      'text:min-label-width': emu(labelWidth),
      'fo:width': side,
      'fo:height': side,
      'style:vertical-pos': 'middle',
      'style:vertical-rel': 'line',
    });
    const link = pic.href ? { 'xlink:href': pic.href, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' } : {};
    return x('text:list-level-style-image', { 'text:level': n, ...link }, pic.base64 !== undefined ? x('office:binary-data', {}, pic.base64) : null, imageProps);
  }
  if (bullet?.kind === 'char') {
    // The relative size twice: ODF's text:bullet-relative-size, and the font size in percent LibreOffice reads.
    const size = bullet.sizePct !== undefined ? percent(bullet.sizePct) : undefined;
    const text =
      bullet.font || bullet.color || size
        ? x('style:text-properties', { 'fo:font-family': bullet.font ? `'${bullet.font.replace(/'/g, '')}'` : undefined, 'fo:color': bullet.color ? hex(bullet.color) : undefined, 'fo:font-size': size })
        : null;
    return x('text:list-level-style-bullet', { 'text:level': n, 'text:bullet-char': [...bullet.char][0] ?? '•', 'text:bullet-relative-size': size }, props, text);
  }
  // No label: a number level with an empty format shows nothing.
  return x('text:list-level-style-number', { 'text:level': n, 'style:num-format': '' }, props);
}

/** How the writer lays out one paragraph of a list. */
export interface ListedParagraph {
  readonly paragraph: TextParagraph;
  /** The paragraph element (text:p). */
  readonly xml: XmlOut;
  readonly level: number;
  /** Its own bullet (undefined: the list style's, i.e. the master's for outlines). */
  readonly bullet: Bullet | undefined;
}

interface ItemTree {
  header: boolean;
  para?: XmlOut;
  sub?: ListTree;
}
interface ListTree {
  items: ItemTree[];
}

function bulletKey(b: Bullet | undefined): string {
  if (!b) return '';
  if (b.kind === 'number') return `n|${b.scheme}|${String(b.startAt ?? 1)}`;
  return JSON.stringify(b);
}

/**
 * Consecutive listed paragraphs as few `text:list` trees as numbering allows: one list while
 * every paragraph at a level shows the same bullet, nested lists for deeper levels, list headers
 * for paragraphs without a label — no bullet, or no text — (a header must open its list, so one
 * inside a list starts a new list that continues the numbering). `listStyle` names the list style of one tree.
 */
export function listBlocks(paragraphs: readonly ListedParagraph[], listStyle: (levels: readonly (ListedParagraph | undefined)[]) => string | undefined): XmlOut[] {
  const trees: { root: ListTree; members: ListedParagraph[]; continues: boolean }[] = [];
  let current: { root: ListTree; members: ListedParagraph[]; continues: boolean } | undefined;
  let seen = new Map<number, string>();
  for (const p of paragraphs) {
    // An empty paragraph shows no label in PowerPoint (nor takes a number); LibreOffice draws one on an empty list item.
    const header = p.bullet?.kind === 'none' || p.paragraph.runs.every((r) => r.text === '' && r.field === undefined);
    const key = bulletKey(p.bullet);
    const known = seen.get(p.level);
    let split = !current || (known !== undefined && known !== key && !header);
    // Where the paragraph would go: a header must be the first child of its list.
    if (!split && header && current) {
      let list = current.root;
      for (let d = 0; d < p.level && list.items.length > 0; d++) {
        const last = list.items[list.items.length - 1];
        list = last && !last.header && last.sub ? last.sub : { items: [] };
      }
      split = list.items.length > 0;
    }
    if (split) {
      const continues = current !== undefined && (known === undefined || known === key || header);
      current = { root: { items: [] }, members: [], continues };
      trees.push(current);
      if (!continues) seen = new Map();
    }
    if (!header && !seen.has(p.level)) seen.set(p.level, key);
    // Deeper levels restart under a shallower paragraph: forget what they showed.
    for (const l of [...seen.keys()]) if (l > p.level) seen.delete(l);
    const tree = current as { root: ListTree; members: ListedParagraph[] };
    tree.members.push(p);
    let list = tree.root;
    for (let d = 0; d < p.level; d++) {
      let last = list.items[list.items.length - 1];
      if (!last || last.header) {
        last = { header: false };
        list.items.push(last);
      }
      last.sub ??= { items: [] };
      list = last.sub;
    }
    list.items.push({ header, para: p.xml });
  }
  return trees.map(({ root, members, continues }) => {
    const firstAt: (ListedParagraph | undefined)[] = [];
    for (const p of members) if (p.bullet?.kind !== 'none' && !firstAt[p.level]) firstAt[p.level] = p;
    const toXml = (list: ListTree, attrs: Record<string, string | undefined>): XmlOut =>
      x(
        'text:list',
        attrs,
        list.items.map((item) => x(item.header ? 'text:list-header' : 'text:list-item', {}, item.para ?? null, item.sub ? toXml(item.sub, {}) : null)),
      );
    return toXml(root, { 'text:style-name': listStyle(firstAt), 'text:continue-numbering': continues ? 'true' : undefined });
  });
}
