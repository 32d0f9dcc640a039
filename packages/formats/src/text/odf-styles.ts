/**
 * ODF styles the text reader needs (ODF 1.3 Part 3, 16.2 `style:style`, 16.4
 * `style:default-style`, 16.23 `style:font-face`; the text and paragraph properties of
 * `odf-format-props.ts`; 16.30 `text:list-style` with its bullet/number/image level styles
 * 16.31-16.33; paragraph breaks `fo:break-before` 20.182 and `fo:break-after` 20.181).
 * Named styles (office:styles) and automatic styles (office:automatic-styles) are looked up by
 * name within their family; `style:parent-style-name` chains are resolved.
 *
 * The paragraph default style and the `Standard` style are the baseline: their bold/italic/
 * underline apply, but their fonts, sizes, colours and paragraph properties are not stored (as
 * for DOCX, see CONTEXT.md). Headings take only what their automatic styles declare.
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { mergeBlockProps, withoutBaseline } from './block-props.js';
import type { BlockProps } from './block-props.js';
import { mergeOdfCharProps, readOdfParagraphProps, readOdfTextProps } from './odf-format-props.js';
import { readOdfListStyle } from './odf-list-format.js';
import { readOdfOutlineStyle } from './outline-numbering.js';
import type { OutlineLevel } from '@ostal/model';
import type { OdfListLevel } from './odf-list-format.js';
import type { OdfCharProps } from './odf-format-props.js';
import { RunBaseline, runFormat, togglesOf } from './text-marks.js';
import type { CharProps } from './text-marks.js';
import { StyleSheetCollector, isLookStyle } from './style-sheet.js';
import { isHeadingStyleName } from './wml-styles.js';
import type { StyleSheetEntry, StyleSheetSource } from './style-sheet.js';
import { HEADING_LOOK_LEVELS, MAX_STYLE_NAME } from '@ostal/model';
import type { HeadingLook, TextBase, TextStyleFamily } from '@ostal/model';
import { headingLookFrom } from './heading-looks.js';
import { textBaseFromBaseline } from './text-base.js';

/** The named paragraph style every other one derives from in office documents. */
const BASE_STYLE = 'Standard';
/** Font size a percentage refers to when nothing above it gives one. */
const FALLBACK_SIZE = 12;

interface OdfStyle {
  readonly name: string;
  readonly displayName: string | undefined;
  readonly automatic: boolean;
  readonly parent: string | undefined;
  readonly next: string | undefined;
  /** `style:default-outline-level`: a heading style. */
  readonly outlineLevel: string | undefined;
  readonly props: OdfCharProps | undefined;
  readonly para: BlockProps | undefined;
  readonly listStyle: string | undefined;
  /** `fo:break-before`/`fo:break-after` of the paragraph properties: true for `page`, undefined when not set. */
  readonly breakBefore: boolean | undefined;
  readonly breakAfter: boolean | undefined;
}

/** Page breaks a paragraph style asks for. */
export interface OdfParagraphBreaks {
  readonly before: boolean;
  readonly after: boolean;
}

function breakValue(props: XmlElement | undefined, local: string): boolean | undefined {
  const v = props && attr(props, NS.fo, local);
  return v === undefined ? undefined : v === 'page';
}

const MAX_CHAIN = 32;

/** A style's display name: its `style:display-name`, else its name decoded (`Text_20_body` → `Text body`). */
function displayOf(s: OdfStyle): string {
  return s.displayName ?? s.name.replace(/_([0-9a-f]{2})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Text, paragraph and list styles of a document, from content.xml and styles.xml (or one flat document). */
export class OdfStyles implements StyleSheetSource {
  /** The named styles content used, for the model's style sheet (`style-sheet.ts`). */
  readonly used: StyleSheetCollector;
  private readonly text = new Map<string, OdfStyle>();
  private readonly paragraph = new Map<string, OdfStyle>();
  private readonly lists = new Map<string, Map<number, OdfListLevel>>();
  private readonly cache = new Map<string, CharProps>();
  private readonly paraCache = new Map<string, BlockProps>();
  /** Font size of the paragraph default style, for percentages. */
  private readonly defaultSize: number;
  private readonly scaleCache = new Map<string, number | undefined>();
  /** Font size of the baseline (default style, `Standard`), in points: what a span's percentage refers to when nothing closer gives a size. */
  readonly baselineSize: number;
  /** Bold/italic/underline of the default paragraph style and `Standard`: every paragraph starts from them. */
  readonly baseRun: CharProps;
  /** Drops run values equal to the baseline's (files from other producers only). */
  readonly runBaseline: RunBaseline;
  /** The levels of the document's `text:outline-style` (heading numbering), if it has one. */
  outline: (OutlineLevel | null)[] | undefined;
  /** Paragraph properties of the baseline, to drop values equal to them; null for files Ostal wrote. */
  readonly blockBaseline: BlockProps | null;
  /** The document's base formatting: the baseline's font, size, colour and paragraph properties. */
  readonly textBase: TextBase;

  /**
   * Collects styles from the roots given, later roots winning on a name clash: pass styles.xml
   * before content.xml, so content's automatic styles take precedence. `ownFile` is true for
   * a file Ostal wrote: values equal to its baseline are then kept (see CONTEXT.md). `used`
   * collects the named styles content uses (shared by the styles of headers and footers).
   */
  constructor(roots: readonly (XmlElement | undefined)[], ownFile = false, used = new StyleSheetCollector()) {
    this.used = used;
    const faces = new Map<string, string>();
    for (const root of roots) {
      const decls = root && childElement(root, NS.office, 'font-face-decls');
      for (const face of decls ? childElements(decls, NS.style, 'font-face') : []) {
        const name = attr(face, NS.style, 'name');
        const family = attr(face, NS.svg, 'font-family');
        if (name !== undefined) faces.set(name, family ?? name);
      }
    }
    let defaultText: OdfCharProps | undefined;
    let defaultBlock: BlockProps = {};
    for (const root of roots) {
      if (!root) continue;
      for (const group of childElements(root, NS.office)) {
        if (group.local !== 'styles' && group.local !== 'automatic-styles') continue;
        for (const el of group.children) {
          if (typeof el !== 'object') continue;
          if (el.ns === NS.style && el.local === 'default-style' && attr(el, NS.style, 'family') === 'paragraph') {
            defaultText = readOdfTextProps(childElement(el, NS.style, 'text-properties'), faces);
            defaultBlock = readOdfParagraphProps(childElement(el, NS.style, 'paragraph-properties')) ?? {};
          }
          if (el.ns === NS.text && el.local === 'outline-style') this.outline = readOdfOutlineStyle(el);
          const name = attr(el, NS.style, 'name');
          if (name === undefined) continue;
          if (el.ns === NS.style && el.local === 'style') {
            const family = attr(el, NS.style, 'family');
            const map = family === 'text' ? this.text : family === 'paragraph' ? this.paragraph : undefined;
            const paragraphProps = childElement(el, NS.style, 'paragraph-properties');
            map?.set(name, {
              name,
              displayName: attr(el, NS.style, 'display-name'),
              automatic: group.local === 'automatic-styles',
              parent: attr(el, NS.style, 'parent-style-name'),
              next: attr(el, NS.style, 'next-style-name'),
              outlineLevel: attr(el, NS.style, 'default-outline-level'),
              props: readOdfTextProps(childElement(el, NS.style, 'text-properties'), faces),
              para: readOdfParagraphProps(paragraphProps),
              listStyle: attr(el, NS.style, 'list-style-name'),
              breakBefore: breakValue(paragraphProps, 'break-before'),
              breakAfter: breakValue(paragraphProps, 'break-after'),
            });
          } else if (el.ns === NS.text && el.local === 'list-style') {
            this.lists.set(name, readOdfListStyle(el, faces));
          }
        }
      }
    }
    this.defaultSize = defaultText?.props.size ?? FALLBACK_SIZE;
    let base: CharProps = defaultText ? defaultText.props : {};
    const standard = this.paragraph.get(BASE_STYLE);
    if (standard?.props) base = mergeOdfCharProps(base, standard.props, this.defaultSize);
    this.baselineSize = base.size ?? this.defaultSize;
    this.baseRun = togglesOf(base) ?? {};
    this.runBaseline = new RunBaseline(ownFile ? null : base);
    const block = mergeBlockProps(defaultBlock, standard?.para);
    this.blockBaseline = ownFile ? null : block;
    this.textBase = textBaseFromBaseline(base, block, { size: this.defaultSize });
  }

  /**
   * Display name of the named paragraph style a paragraph uses (its own, or the parent of its
   * automatic style), or null for `Standard`, no style, or headings (`heading`).
   */
  styleName(name: string | undefined, heading = false): string | null {
    if (heading) return null;
    const named = this.chain(this.paragraph, name, false).find((s) => !s.automatic);
    if (!named || named.name === BASE_STYLE) return null;
    this.used.use('paragraph', named.name);
    return displayOf(named);
  }

  /** Display name of the common text style a span's style is or derives from (model `char_style`), or null. */
  charStyleName(name: string | undefined): string | null {
    const named = this.chain(this.text, name, false).find((s) => !s.automatic);
    if (!named || isLookStyle(named.name) || isLookStyle(displayOf(named))) return null;
    const display = displayOf(named);
    if (display.trim() === '' || display.length > MAX_STYLE_NAME) return null;
    this.used.use('character', named.name);
    return display;
  }

  entry(family: TextStyleFamily, id: string): StyleSheetEntry | undefined {
    const s = (family === 'paragraph' ? this.paragraph : this.text).get(id);
    if (!s || s.automatic) return undefined;
    const display = displayOf(s);
    // Heading styles (an outline level, or a heading's name as the DOCX reader knows it) are
    // structure in the model, not named styles.
    const heading = s.outlineLevel !== undefined || isHeadingStyleName(display);
    const named = display.trim() !== '' && display.length <= MAX_STYLE_NAME && !(family === 'paragraph' && (s.name === BASE_STYLE || heading)) && !(family === 'character' && (isLookStyle(s.name) || isLookStyle(display)));
    return { name: named ? display : null, basedOn: s.parent, next: family === 'paragraph' ? s.next : undefined };
  }

  ids(family: TextStyleFamily): string[] {
    return [...(family === 'paragraph' ? this.paragraph : this.text).values()].filter((s) => !s.automatic).map((s) => s.name);
  }

  isDefault(id: string): boolean {
    return id === BASE_STYLE;
  }

  /** Resolved paragraph properties of a paragraph style, without the baseline; headings keep only automatic styles' properties. */
  blockProps(name: string | undefined, heading = false): BlockProps {
    if (name === undefined) return {};
    const key = (heading ? 'h:' : 'p:') + name;
    const cached = this.paraCache.get(key);
    if (cached) return cached;
    let props: BlockProps = {};
    const chain = this.chain(this.paragraph, name, true).filter((s) => !heading || s.automatic);
    for (let i = chain.length - 1; i >= 0; i--) props = mergeBlockProps(props, chain[i]!.para);
    // Tab stop positions count from the paragraph's indent in ODF, from the margin in the model.
    const indent = props.indentLeft ?? 0;
    if (props.tabs && indent !== 0) props = { ...props, tabs: props.tabs.map((t) => ({ ...t, pos: t.pos + indent })) };
    this.paraCache.set(key, props);
    return props;
  }

  /**
   * The look of each heading level 1-9 (index 0 = level 1; level 10 is Ostal's, DOCX having none): that of the common paragraph style
   * of the level (`style:default-outline-level`; `Heading_20_N` first), less the baseline;
   * undefined for a level no style makes.
   */
  headingLooks(): (HeadingLook | undefined)[] {
    const looks: (HeadingLook | undefined)[] = [];
    const styles = [...this.paragraph.values()].filter((s) => !s.automatic && s.outlineLevel !== undefined);
    for (const s of [...styles.filter((st) => st.name.startsWith('Heading_20_')), ...styles]) {
      const level = Number(s.outlineLevel);
      if (!Number.isInteger(level) || level < 1 || level > HEADING_LOOK_LEVELS || looks[level - 1]) continue;
      const run = this.runBaseline.apply(runFormat(this.paragraphProps(s.name) ?? {})).props;
      looks[level - 1] = headingLookFrom(run, withoutBaseline(this.blockProps(s.name), this.blockBaseline));
    }
    return looks;
  }

  /**
   * For a text style whose size is a percentage with no absolute size in its chain: the factor
   * to apply to the size of the text around it (ODF 1.3 Part 3, 20.200); otherwise undefined.
   */
  textSizeScale(name: string | undefined): number | undefined {
    if (name === undefined) return undefined;
    if (this.scaleCache.has(name)) return this.scaleCache.get(name);
    let scale: number | undefined;
    const chain = this.chain(this.text, name, false);
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = chain[i]!.props;
      if (p?.props.size !== undefined) scale = undefined;
      else if (p?.sizePercent !== undefined) scale = (scale ?? 1) * (p.sizePercent / 100);
    }
    // A chain with an absolute size below a percentage resolved it already.
    if (scale !== undefined && chain.some((s) => s.props?.props.size !== undefined)) scale = undefined;
    this.scaleCache.set(name, scale);
    return scale;
  }

  /** Resolved character properties of a text style (family `text`); a percentage size is left to {@link textSizeScale}. */
  textProps(name: string | undefined): CharProps | undefined {
    return name === undefined ? undefined : this.resolve(this.text, 't:', name);
  }

  /** Resolved character properties of a paragraph style (family `paragraph`). */
  paragraphProps(name: string | undefined): CharProps | undefined {
    return name === undefined ? undefined : this.resolve(this.paragraph, 'p:', name);
  }

  /** The list style a paragraph style (or one of its parents) names, if any. */
  paragraphListStyle(name: string | undefined): string | undefined {
    let n = name;
    for (let i = 0; n !== undefined && i < MAX_CHAIN; i++) {
      const s = this.paragraph.get(n);
      if (!s) return undefined;
      if (s.listStyle) return s.listStyle;
      n = s.parent;
    }
    return undefined;
  }

  /** Page breaks before and after paragraphs of style `name` (through its parents). */
  paragraphBreaks(name: string | undefined): OdfParagraphBreaks {
    let before: boolean | undefined;
    let after: boolean | undefined;
    let n = name;
    const seen = new Set<string>();
    while (n !== undefined && !seen.has(n) && seen.size < MAX_CHAIN) {
      seen.add(n);
      const s = this.paragraph.get(n);
      if (!s) break;
      before ??= s.breakBefore;
      after ??= s.breakAfter;
      n = s.parent;
    }
    return { before: before ?? false, after: after ?? false };
  }

  /** Level `level` (1-based) of list style `name`; bullets when the style or level is unknown. */
  listLevel(name: string | undefined, level: number): OdfListLevel {
    const levels = name === undefined ? undefined : this.lists.get(name);
    return levels?.get(level) ?? levels?.get(Math.min(level, 10)) ?? { ordered: false, start: 1, format: {}, simplified: false };
  }

  /** The style and its ancestors, nearest first; stops on cycles, and at `Standard` when `stopAtBase`. */
  private chain(map: ReadonlyMap<string, OdfStyle>, name: string | undefined, stopAtBase: boolean): OdfStyle[] {
    const chain: OdfStyle[] = [];
    const seen = new Set<string>();
    let n = name;
    while (n !== undefined && !seen.has(n) && chain.length < MAX_CHAIN) {
      if (stopAtBase && n === BASE_STYLE && map === this.paragraph) break;
      seen.add(n);
      const s = map.get(n);
      if (!s) break;
      chain.push(s);
      n = s.parent;
    }
    return chain;
  }

  private resolve(map: ReadonlyMap<string, OdfStyle>, prefix: string, name: string): CharProps {
    const key = prefix + name;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const chain = this.chain(map, name, true);
    let props: CharProps = {};
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = chain[i]!.props;
      if (p) props = mergeOdfCharProps(props, p, map === this.text ? undefined : this.defaultSize);
    }
    this.cache.set(key, props);
    return props;
  }
}
