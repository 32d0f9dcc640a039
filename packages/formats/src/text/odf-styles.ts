/**
 * ODF styles the text reader needs (ODF 1.3 Part 3, 16.2 `style:style`, 16.27.28 text
 * properties `fo:font-weight` 20.204, `fo:font-style` 20.203, `style:text-underline-style`
 * 20.381; 16.30 `text:list-style` with its bullet/number/image level styles 16.31-16.33;
 * paragraph breaks `fo:break-before` 20.182 and `fo:break-after` 20.181).
 * Named styles (office:styles) and automatic styles (office:automatic-styles) are looked up by
 * name within their family; `style:parent-style-name` chains are resolved.
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { mergeCharProps } from './text-marks.js';
import type { CharProps } from './text-marks.js';

interface OdfStyle {
  readonly parent: string | undefined;
  readonly props: CharProps | undefined;
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

/** What one level of a list style shows. */
export interface OdfListLevel {
  readonly ordered: boolean;
  readonly start: number;
}

const MAX_CHAIN = 32;

/** The mark-relevant text properties of a `style:text-properties` element. */
export function readTextProps(el: XmlElement | undefined): CharProps | undefined {
  if (!el) return undefined;
  let bold: boolean | undefined;
  const weight = attr(el, NS.fo, 'font-weight');
  if (weight !== undefined) bold = weight === 'bold' || (/^\d+$/.test(weight) && Number(weight) >= 600);
  const style = attr(el, NS.fo, 'font-style');
  const italic = style === undefined ? undefined : style === 'italic' || style === 'oblique';
  const uStyle = attr(el, NS.style, 'text-underline-style');
  const uType = attr(el, NS.style, 'text-underline-type');
  let underline: boolean | undefined;
  if (uStyle !== undefined) underline = uStyle !== 'none' && uType !== 'none';
  else if (uType !== undefined) underline = uType !== 'none';
  if (bold === undefined && italic === undefined && underline === undefined) return undefined;
  return { bold, italic, underline };
}

function readListStyle(el: XmlElement): Map<number, OdfListLevel> {
  const levels = new Map<number, OdfListLevel>();
  for (const lvl of childElements(el, NS.text)) {
    const level = Number(attr(lvl, NS.text, 'level') ?? '1');
    if (lvl.local === 'list-level-style-number') {
      const format = attr(lvl, NS.style, 'num-format');
      const start = Number(attr(lvl, NS.text, 'start-value') ?? '1');
      levels.set(level, { ordered: format !== '', start: Number.isFinite(start) ? start : 1 });
    } else if (lvl.local === 'list-level-style-bullet' || lvl.local === 'list-level-style-image') {
      levels.set(level, { ordered: false, start: 1 });
    }
  }
  return levels;
}

/** Text, paragraph and list styles of a document, from content.xml and styles.xml (or one flat document). */
export class OdfStyles {
  private readonly text = new Map<string, OdfStyle>();
  private readonly paragraph = new Map<string, OdfStyle>();
  private readonly lists = new Map<string, Map<number, OdfListLevel>>();
  private readonly cache = new Map<string, CharProps>();

  /**
   * Collects styles from the roots given, later roots winning on a name clash: pass styles.xml
   * before content.xml, so content's automatic styles take precedence.
   */
  constructor(roots: readonly (XmlElement | undefined)[]) {
    for (const root of roots) {
      if (!root) continue;
      for (const group of childElements(root, NS.office)) {
        if (group.local !== 'styles' && group.local !== 'automatic-styles') continue;
        for (const el of group.children) {
          if (typeof el !== 'object') continue;
          const name = attr(el, NS.style, 'name');
          if (name === undefined) continue;
          if (el.ns === NS.style && el.local === 'style') {
            const family = attr(el, NS.style, 'family');
            const map = family === 'text' ? this.text : family === 'paragraph' ? this.paragraph : undefined;
            const paragraphProps = childElement(el, NS.style, 'paragraph-properties');
            map?.set(name, {
              parent: attr(el, NS.style, 'parent-style-name'),
              props: readTextProps(childElement(el, NS.style, 'text-properties')),
              listStyle: attr(el, NS.style, 'list-style-name'),
              breakBefore: breakValue(paragraphProps, 'break-before'),
              breakAfter: breakValue(paragraphProps, 'break-after'),
            });
          } else if (el.ns === NS.text && el.local === 'list-style') {
            this.lists.set(name, readListStyle(el));
          }
        }
      }
    }
  }

  /** Resolved character properties of a text style (family `text`). */
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
    return levels?.get(level) ?? levels?.get(Math.min(level, 10)) ?? { ordered: false, start: 1 };
  }

  private resolve(map: ReadonlyMap<string, OdfStyle>, prefix: string, name: string): CharProps {
    const key = prefix + name;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const chain: OdfStyle[] = [];
    const seen = new Set<string>();
    let n: string | undefined = name;
    while (n !== undefined && !seen.has(n) && chain.length < MAX_CHAIN) {
      seen.add(n);
      const s = map.get(n);
      if (!s) break;
      chain.push(s);
      n = s.parent;
    }
    let props: CharProps = {};
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = chain[i]!.props;
      if (p) props = mergeCharProps(props, p);
    }
    this.cache.set(key, props);
    return props;
  }
}
