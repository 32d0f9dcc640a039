/**
 * WordprocessingML styles (ECMA-376 Part 1, 17.7): the parts of `styles.xml` the text reader
 * needs — heading levels (`w:outlineLvl` 17.3.1.20, or the built-in "heading N" names),
 * numbering carried by paragraph styles (17.3.1.19), bold/italic/underline through `w:basedOn`
 * chains (17.7.4.3), the document defaults (17.7.5) and whether table styles draw borders
 * (17.7.6, `w:tblPr/w:tblBorders`), paragraph properties of styles (17.7.4.17 `w:pPr`) and
 * display names.
 *
 * The document defaults and the default paragraph style (with the styles it is based on) are
 * the baseline: their bold/italic/underline still apply, but their fonts, sizes, colours and
 * paragraph properties are not stored (the editor and the writers have their own defaults).
 * Other styles' properties are resolved into the paragraph (see CONTEXT.md). The `Hyperlink`
 * character style's colour is the look of a link, not a colour mark.
 *
 * Toggle properties (17.7.3) are simplified: a later declaration wins instead of XOR-ing.
 */
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { mergeBlockProps, withoutBaseline } from './block-props.js';
import type { BlockProps } from './block-props.js';
import { RunBaseline, mergeCharProps, runFormat, togglesOf } from './text-marks.js';
import type { CharProps } from './text-marks.js';
import { readParagraphProps } from './wml-paragraph-properties.js';
import { intVal, readRunProps, wVal } from './wml-run-properties.js';
import type { ThemeFonts, WmlNs } from './wml-run-properties.js';
import { readWordTableBorders } from './border-props.js';
import type { TableBorderSides } from './border-props.js';
import { StyleSheetCollector, isLookStyle } from './style-sheet.js';
import { mergeTableStyleFormats, readTableStyleFormats, withoutDeclared, withoutTextFormatting } from './wml-table-style.js';
import type { TableStyleFormats } from './wml-table-style.js';
import { xmlSource } from './opaque-xml.js';
import type { StyleSheetEntry, StyleSheetSource } from './style-sheet.js';
import { MAX_STYLE_NAME } from '@ostal/model';
import type { HeadingLook, TextBase, TextStyleFamily } from '@ostal/model';
import { headingLookFrom } from './heading-looks.js';
import { textBaseFromBaseline } from './text-base.js';

interface WmlStyle {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly next: string | undefined;
  readonly outlineLevel: number | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
  readonly run: CharProps | undefined;
  readonly para: BlockProps | undefined;
  readonly tableBorders: TableBorderSides | undefined;
  readonly table: TableStyleFormats | undefined;
}

/** A numbering reference: `w:numId` and `w:ilvl`. */
export interface NumberingRef {
  readonly numId: string;
  readonly ilvl: number | undefined;
}

// Built-in heading names as producers write them in styleId or name (English, French, German, Dutch, Italian, Spanish...).
const HEADING_NAME = /^(?:heading|titre|berschrift|überschrift|kop|titolo|encabezado|otsikko|rubrik|nagłówek|título|titulo)\s*([1-9])$/i;
/** True for a built-in heading style's name or id ("heading 2", "Titre 1"...), in the languages producers write them in. */
export function isHeadingStyleName(name: string): boolean {
  return HEADING_NAME.test(name);
}
const LIST_CONTINUE = /^list\s*continue\s*([1-9])?$/i;
const MAX_CHAIN = 32;

/** Resolved style information of one `styles.xml` part. */
export class WmlStyles implements StyleSheetSource {
  /** The styles content used, for the model's style sheet (`style-sheet.ts`). */
  readonly used = new StyleSheetCollector();
  private readonly styles = new Map<string, WmlStyle>();
  /** The `w:style` elements of table styles, by id, kept for {@link tableStyleSource}. */
  private readonly tableElements = new Map<string, XmlElement>();
  private readonly runCache = new Map<string, CharProps>();
  private readonly paraCache = new Map<string, BlockProps>();
  private readonly headingCache = new Map<string, number | undefined>();
  /** Id of the default table style (`w:default="1"`), which tables naming none use. */
  readonly defaultTableStyle: string | undefined;
  /** Run and paragraph properties the default paragraph style's chain declares (they beat a table style's). */
  private readonly normalDeclared: { run: CharProps; para: BlockProps };
  /** Id of the default paragraph style (`w:default="1"`), if any. */
  readonly defaultParagraphStyle: string | undefined;
  /** Run properties of `w:docDefaults`. */
  readonly defaultRun: CharProps;
  /** Bold/italic/underline of the document defaults and the default paragraph style: every paragraph starts from them. */
  readonly baseRun: CharProps;
  /** Drops run values equal to the baseline's (files from other producers only). */
  readonly runBaseline: RunBaseline;
  /** Paragraph properties of the baseline, to drop values equal to them; null for files Ostal wrote. */
  readonly blockBaseline: BlockProps | null;
  /** `w:lang` of the document defaults, a BCP 47 tag. */
  readonly language: string | undefined;
  /** The document's base formatting: the baseline's font, size, colour and paragraph properties (Word's 10 pt when none is said). */
  readonly textBase: TextBase;

  /** Reads `root` (the `w:styles` element), or builds an empty set when the part is missing. */
  /**
   * @param ownFile true for a file Ostal wrote: its baseline is the writer's own, and values
   *   equal to it are kept (see CONTEXT.md).
   */
  constructor(root: XmlElement | undefined, private readonly ns: WmlNs, readonly theme?: ThemeFonts, ownFile = false) {
    let defaultParagraphStyle: string | undefined;
    let defaultTableStyle: string | undefined;
    let defaultRun: CharProps = {};
    let defaultBlock: BlockProps = {};
    let language: string | undefined;
    if (root) {
      const docDefaults = childElement(root, ns.w, 'docDefaults') ?? root;
      const pPrDefault = childElement(docDefaults, ns.w, 'pPrDefault');
      defaultBlock = readParagraphProps(pPrDefault && childElement(pPrDefault, ns.w, 'pPr'), ns) ?? {};
      const rPrDefault = childElement(docDefaults, ns.w, 'rPrDefault');
      const rPr = rPrDefault && childElement(rPrDefault, ns.w, 'rPr');
      defaultRun = readRunProps(rPr, ns, theme) ?? {};
      const lang = rPr && childElement(rPr, ns.w, 'lang');
      language = lang ? wVal(lang, ns) : undefined;
      for (const el of childElements(root, ns.w, 'style')) {
        const style = readStyle(el, ns, theme);
        if (!style) continue;
        this.styles.set(style.id, style);
        if (style.type === 'table') this.tableElements.set(style.id, el);
        const isDefault = attr(el, ns.w, 'default');
        if (style.type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) defaultParagraphStyle = style.id;
        if (style.type === 'table' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) defaultTableStyle = style.id;
      }
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
    this.defaultTableStyle = defaultTableStyle;
    this.defaultRun = defaultRun;
    this.language = language;
    let base = defaultRun;
    let block = defaultBlock;
    const chain = defaultParagraphStyle === undefined ? [] : this.chain(defaultParagraphStyle, false);
    let normalRun: CharProps = {};
    let normalPara: BlockProps = {};
    for (const st of chain.reverse()) {
      if (st.run) base = mergeCharProps(base, st.run);
      if (st.run) normalRun = mergeCharProps(normalRun, st.run);
      block = mergeBlockProps(block, st.para);
      normalPara = mergeBlockProps(normalPara, st.para);
    }
    this.normalDeclared = { run: normalRun, para: normalPara };
    this.baseRun = togglesOf(base) ?? {};
    this.runBaseline = new RunBaseline(ownFile ? null : base);
    this.blockBaseline = ownFile ? null : block;
    this.textBase = textBaseFromBaseline(base, block, { size: 10 });
  }

  /** Display name of a paragraph style for the model, or null for the default style and unknown ids. */
  styleName(styleId: string | undefined): string | null {
    const name = this.paragraphStyleName(styleId);
    if (name !== null) this.used.use('paragraph', styleId!);
    return name;
  }

  private paragraphStyleName(styleId: string | undefined): string | null {
    if (styleId === undefined || styleId === this.defaultParagraphStyle) return null;
    const s = this.styles.get(styleId);
    if (!s) return null;
    return s.name !== '' ? s.name : s.id;
  }

  /** Display name of a character style for the model (`char_style`), or null for links' and notes' styles and unknown ids. */
  charStyleName(styleId: string | undefined): string | null {
    const s = styleId === undefined ? undefined : this.styles.get(styleId);
    if (!s || s.type !== 'character' || isLookStyle(s.id) || isLookStyle(s.name)) return null;
    const name = (s.name !== '' ? s.name : s.id).slice(0, MAX_STYLE_NAME);
    if (name.trim() === '') return null;
    this.used.use('character', s.id);
    return name;
  }

  entry(family: TextStyleFamily, id: string): StyleSheetEntry | undefined {
    const s = this.styles.get(id);
    if (!s) return undefined;
    if (family === 'character') {
      const name = s.type === 'character' && !isLookStyle(s.id) && !isLookStyle(s.name) ? (s.name !== '' ? s.name : s.id).slice(0, MAX_STYLE_NAME) : '';
      return { name: name.trim() === '' ? null : name, basedOn: s.basedOn, next: undefined };
    }
    // Headings are nodes of their own in the model, not named styles.
    const name = s.type === 'paragraph' && this.headingLevel(id) === undefined ? this.paragraphStyleName(id) : null;
    return { name: name !== null && name.length <= MAX_STYLE_NAME ? name : null, basedOn: s.basedOn, next: s.next };
  }

  ids(family: TextStyleFamily): string[] {
    return [...this.styles.values()].filter((s) => s.type === family).map((s) => s.id);
  }

  isDefault(id: string): boolean {
    return id === this.defaultParagraphStyle;
  }

  /** Resolved paragraph properties of a paragraph style, without the baseline (see the file comment). */
  paragraphProps(styleId: string | undefined): BlockProps {
    if (styleId === undefined) return {};
    const cached = this.paraCache.get(styleId);
    if (cached) return cached;
    let props: BlockProps = {};
    for (const s of this.chain(styleId, true).reverse()) props = mergeBlockProps(props, s.para);
    this.paraCache.set(styleId, props);
    return props;
  }

  /** The numbering of the first paragraph style of heading level `level` (1-9) that has one. */
  headingNumbering(level: number): NumberingRef | undefined {
    for (const s of this.styles.values()) {
      if (s.type !== 'paragraph' || this.headingLevel(s.id) !== level) continue;
      const ref = this.numbering(s.id);
      if (ref) return ref;
    }
    return undefined;
  }

  /**
   * The look of each heading level 1-9 (index 0 = level 1): that of the first paragraph style
   * that is a heading style of the level itself (by its outline level or built-in name), less
   * the baseline; undefined for a level no style makes.
   */
  headingLooks(): (HeadingLook | undefined)[] {
    const looks: (HeadingLook | undefined)[] = [];
    for (const s of this.styles.values()) {
      if (s.type !== 'paragraph') continue;
      const own = s.outlineLevel !== undefined || HEADING_NAME.test(s.name) || HEADING_NAME.test(s.id);
      const level = own ? this.headingLevel(s.id) : undefined;
      if (level === undefined || looks[level - 1]) continue;
      const run = this.runBaseline.apply(runFormat(this.runProps(s.id))).props;
      looks[level - 1] = headingLookFrom(run, withoutBaseline(this.paragraphProps(s.id), this.blockBaseline));
    }
    return looks;
  }

  /** Heading level 1-9 of a paragraph style (through its `w:basedOn` chain), or undefined. */
  headingLevel(styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    if (this.headingCache.has(styleId)) return this.headingCache.get(styleId);
    let level: number | undefined;
    for (const s of this.chain(styleId)) {
      if (s.outlineLevel !== undefined) {
        level = outlineToHeading(s.outlineLevel);
        break;
      }
      const m = HEADING_NAME.exec(s.name) ?? HEADING_NAME.exec(s.id);
      if (m) {
        level = Number(m[1]);
        break;
      }
    }
    this.headingCache.set(styleId, level);
    return level;
  }

  /** Resolved run properties of a style chain (paragraph or character style), without the baseline. */
  runProps(styleId: string | undefined): CharProps {
    if (styleId === undefined) return {};
    const cached = this.runCache.get(styleId);
    if (cached) return cached;
    let props: CharProps = {};
    for (const s of this.chain(styleId, true).reverse()) {
      if (!s.run) continue;
      props = mergeCharProps(props, s.id === 'Hyperlink' ? { ...s.run, color: undefined } : s.run);
    }
    this.runCache.set(styleId, props);
    return props;
  }

  /** The numbering a paragraph style (or one it is based on) applies, if any. */
  numbering(styleId: string | undefined): NumberingRef | undefined {
    if (styleId === undefined) return undefined;
    for (const s of this.chain(styleId)) if (s.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl };
    return undefined;
  }

  /** For a "List Continue N" paragraph style: the list level (0-based) it continues. */
  listContinueLevel(styleId: string | undefined): number | undefined {
    const s = styleId === undefined ? undefined : this.styles.get(styleId);
    if (!s) return undefined;
    const m = LIST_CONTINUE.exec(s.name) ?? LIST_CONTINUE.exec(s.id);
    return m ? Number(m[1] ?? '1') - 1 : undefined;
  }

  /**
   * The table borders a table style declares with those of the styles it is based on (each side
   * from the nearest style that says it); undefined when none says anything.
   */
  tableBorders(styleId: string | undefined): TableBorderSides | undefined {
    if (styleId === undefined) return undefined;
    let out: TableBorderSides | undefined;
    for (const s of this.chain(styleId).reverse()) if (s.tableBorders) out = { ...out, ...s.tableBorders };
    return out;
  }

  /**
   * What a table style (with the styles it is based on) says of cells, its regions' run and
   * paragraph properties without those the default paragraph style declares (a paragraph style
   * beats a table style, 17.7.2); undefined when it says nothing.
   */
  tableStyleFormats(styleId: string | undefined): TableStyleFormats | undefined {
    if (styleId === undefined) return undefined;
    const merged = mergeTableStyleFormats(this.chain(styleId).reverse().map((s) => s.table));
    return merged && withoutDeclared(merged, this.normalDeclared.run, this.normalDeclared.para);
  }

  /**
   * The definition of table style `styleId` as the file has it, serialised: its `w:style`, then
   * those of the styles it is based on, nearest first. Undefined for unknown or non-table
   * styles, and for Strict files (their namespace cannot go into a Transitional `styles.xml`).
   */
  tableStyleSource(styleId: string | undefined): string[] | undefined {
    if (styleId === undefined || this.ns.strict || !this.tableElements.has(styleId)) return undefined;
    const out: string[] = [];
    for (const s of this.chain(styleId)) {
      const el = this.tableElements.get(s.id);
      if (!el) break;
      // Only the tables naming it use it: `w:default` would restyle the others once written back.
      const attrs = new Map([...el.attrs].filter(([k]) => k !== `{${this.ns.w}}default`));
      out.push(xmlSource(withoutTextFormatting({ ns: el.ns, local: el.local, qname: el.qname, attrs, nsDecls: el.nsDecls, children: el.children }, this.ns.w)));
    }
    return out;
  }

  /**
   * The style and its ancestors, nearest first; stops on cycles and absurd depths, and at the
   * default paragraph style when `stopAtDefault`.
   */
  private chain(styleId: string, stopAtDefault = false): WmlStyle[] {
    const out: WmlStyle[] = [];
    const seen = new Set<string>();
    let id: string | undefined = styleId;
    while (id !== undefined && !seen.has(id) && out.length < MAX_CHAIN) {
      if (stopAtDefault && id === this.defaultParagraphStyle) break;
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      out.push(s);
      id = s.basedOn;
    }
    return out;
  }
}

function outlineToHeading(outline: number): number | undefined {
  if (outline < 0 || outline >= 9) return undefined; // 9 is "body text"
  return outline + 1;
}

function readStyle(el: XmlElement, ns: WmlNs, theme: ThemeFonts | undefined): WmlStyle | undefined {
  const id = attr(el, ns.w, 'styleId');
  if (id === undefined) return undefined;
  const pPr = childElement(el, ns.w, 'pPr');
  const numPr = pPr && childElement(pPr, ns.w, 'numPr');
  const numIdEl = numPr && childElement(numPr, ns.w, 'numId');
  const tblPr = childElement(el, ns.w, 'tblPr');
  return {
    id,
    type: attr(el, ns.w, 'type') ?? 'paragraph',
    name: (wVal(childElement(el, ns.w, 'name'), ns) ?? '').trim(),
    basedOn: wVal(childElement(el, ns.w, 'basedOn'), ns),
    next: wVal(childElement(el, ns.w, 'next'), ns),
    outlineLevel: pPr ? intVal(childElement(pPr, ns.w, 'outlineLvl'), ns) : undefined,
    numId: numIdEl ? wVal(numIdEl, ns) : undefined,
    ilvl: numPr ? intVal(childElement(numPr, ns.w, 'ilvl'), ns) : undefined,
    run: readRunProps(childElement(el, ns.w, 'rPr'), ns, theme),
    para: readParagraphProps(pPr, ns),
    tableBorders: readWordTableBorders(tblPr && childElement(tblPr, ns.w, 'tblBorders'), ns),
    table: attr(el, ns.w, 'type') === 'table' ? readTableStyleFormats(el, ns, theme) : undefined,
  };
}
