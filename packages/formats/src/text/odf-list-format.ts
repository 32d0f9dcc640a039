/**
 * ODF list styles and the list formats of the model (`text-list-format.ts`), both ways (ODF 1.3
 * Part 3, 16.30 `text:list-style`, 16.31 `text:list-level-style-number` with 19.500
 * `style:num-format`, 19.499/19.502 `style:num-prefix`/`style:num-suffix`, 19.797
 * `text:display-levels`, 19.868 `text:start-value`; 16.32 `text:list-level-style-bullet` with
 * 19.763 `text:bullet-char` and the font of its `style:text-properties`; 17.19 list level
 * properties).
 *
 * Writers emit one list style per distinct nest format (a top-level list and the lists nested in
 * it, see {@link OdfListStyleSet}): nested `text:list` elements name no style and so use their
 * outer list's, and a nested list whose format differs from its level names a style of its own.
 */
import { LIST_NUMBER_FORMATS, MAX_LABEL_LEVELS, defaultBullet, safeBullet, safeFontFamily } from '@ostal/model';
import type { ListNumberFormat } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { levelDefOf, levelKey } from './list-level-def.js';
import type { ListLevelDef } from './list-level-def.js';

/** What one level of a list style shows. */
export interface OdfListLevel {
  readonly ordered: boolean;
  readonly start: number;
  /** The list node's format attributes (`text-list-format.ts`). */
  readonly format: Readonly<Record<string, unknown>>;
  /** True when the number format is not one the model has (it counts in decimal). */
  readonly simplified: boolean;
}

/** `style:num-format` values and the model formats they map to (LibreOffice's names for the longer ones). */
export const FROM_ODF: Readonly<Record<string, ListNumberFormat>> = {
  '1': 'decimal',
  i: 'lower-roman',
  I: 'upper-roman',
  a: 'lower-letter',
  A: 'upper-letter',
  '01, 02, 03, ...': 'decimal-zero',
  '\u2460, \u2461, \u2462, ...': 'decimal-enclosed-circle',
  '\u03b1, \u03b2, ... (gr)': 'lower-greek',
  '\u0391, \u0392, ... (gr)': 'upper-greek',
  '\u03b1, \u03b2, \u03b3, ...': 'lower-greek',
  '\u0391, \u0392, \u0393, ...': 'upper-greek',
};

export const TO_ODF: Readonly<Record<ListNumberFormat, string>> = {
  decimal: '1',
  'decimal-zero': '01, 02, 03, ...',
  'lower-roman': 'i',
  'upper-roman': 'I',
  'lower-letter': 'a',
  'upper-letter': 'A',
  'decimal-enclosed-circle': '\u2460, \u2461, \u2462, ...',
  // ODF names no Greek format: LibreOffice's names (style:num-format is any string, 19.500).
  'lower-greek': '\u03b1, \u03b2, ... (gr)',
  'upper-greek': '\u0391, \u0392, ... (gr)',
  none: '',
};

const MAX_TEXT = 50;

function clip(s: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (s ?? '').replace(/[\u0000-\u001f]/g, '').slice(0, MAX_TEXT);
}

/** The font of a level's `style:text-properties`, through the document's font faces. */
function levelFont(lvl: XmlElement, faces: ReadonlyMap<string, string>): string | null {
  const props = childElement(lvl, NS.style, 'text-properties');
  if (!props) return null;
  const name = attr(props, NS.style, 'font-name');
  const family = name !== undefined ? faces.get(name) ?? name : attr(props, NS.fo, 'font-family');
  return family === undefined ? null : safeFontFamily(family.split(',')[0]);
}

/** Reads the levels of a `text:list-style` (1-based level numbers). */
export function readOdfListStyle(el: XmlElement, faces: ReadonlyMap<string, string>): Map<number, OdfListLevel> {
  const levels = new Map<number, OdfListLevel>();
  for (const lvl of childElements(el, NS.text)) {
    const level = Number(attr(lvl, NS.text, 'level') ?? '1');
    if (lvl.local === 'list-level-style-number') {
      const numFormat = attr(lvl, NS.style, 'num-format') ?? '';
      const start = Number(attr(lvl, NS.text, 'start-value') ?? '1');
      const display = Number.parseInt(attr(lvl, NS.text, 'display-levels') ?? '1', 10);
      const start1 = Number.isFinite(start) ? start : 1;
      const label = clip(`${attr(lvl, NS.style, 'num-prefix') ?? ''}${attr(lvl, NS.style, 'num-suffix') ?? ''}`);
      if (numFormat === '' && label !== '') {
        levels.set(level, { ordered: true, start: start1, format: { format: 'none', prefix: label, suffix: '', levels: 1 }, simplified: false });
        continue;
      }
      if (numFormat === '') {
        // No number: the level shows nothing (a list whose items have no label).
        levels.set(level, { ordered: false, start: start1, format: { bullet: '', bulletFont: null }, simplified: false });
        continue;
      }
      const format = FROM_ODF[numFormat];
      levels.set(level, {
        ordered: true,
        start: start1,
        format: {
          format: format ?? 'decimal',
          prefix: clip(attr(lvl, NS.style, 'num-prefix')),
          suffix: clip(attr(lvl, NS.style, 'num-suffix')),
          levels: Number.isFinite(display) ? Math.max(1, Math.min(MAX_LABEL_LEVELS, display, level)) : 1,
        },
        simplified: format === undefined,
      });
    } else if (lvl.local === 'list-level-style-bullet') {
      const bullet = safeBullet([...(attr(lvl, NS.text, 'bullet-char') ?? '')][0] ?? '') ?? '';
      levels.set(level, { ordered: false, start: 1, format: { bullet, bulletFont: bullet === '' ? null : levelFont(lvl, faces) }, simplified: false });
    } else if (lvl.local === 'list-level-style-image') {
      levels.set(level, { ordered: false, start: 1, format: {}, simplified: false });
    }
  }
  return levels;
}

/** Levels of a list style. */
export const ODF_LIST_LEVELS = 10;

function levelProperties(level: number): XmlOut {
  const indent = 0.635 * level;
  return x(
    'style:list-level-properties',
    { 'text:list-level-position-and-space-mode': 'label-alignment' },
    x('style:list-level-label-alignment', {
      'text:label-followed-by': 'listtab',
      'text:list-tab-stop-position': `${indent.toFixed(3)}cm`,
      'fo:text-indent': '-0.635cm',
      'fo:margin-left': `${indent.toFixed(3)}cm`,
    }),
  );
}

/** One level style of a written list style. */
function levelStyle(level: number, def: ListLevelDef): XmlOut {
  if (def.ordered) {
    const a = def.attrs;
    const format = (LIST_NUMBER_FORMATS as readonly unknown[]).includes(a.format) ? (a.format as ListNumberFormat) : 'decimal';
    const levels = Math.min(Number(a.levels ?? 1), level);
    return x(
      'text:list-level-style-number',
      {
        'text:level': level,
        'style:num-prefix': (a.prefix as string | undefined) || undefined,
        'style:num-suffix': a.suffix === undefined ? '.' : (a.suffix as string) || undefined,
        'style:num-format': TO_ODF[format],
        // Letters go on AA, BB... as in Word (and the model), not AA, AB...
        'style:num-letter-sync': format === 'lower-letter' || format === 'upper-letter' ? 'true' : undefined,
        'text:display-levels': levels > 1 ? levels : undefined,
      },
      levelProperties(level),
    );
  }
  const bullet = (def.attrs.bullet as string | null | undefined) ?? defaultBullet(level - 1);
  // No bullet at all: a number level without a number shows nothing.
  if (bullet === '') return x('text:list-level-style-number', { 'text:level': level, 'style:num-format': '' }, levelProperties(level));
  const font = (def.attrs.bulletFont as string | null | undefined) ?? null;
  return x(
    'text:list-level-style-bullet',
    { 'text:level': level, 'text:bullet-char': bullet },
    levelProperties(level),
    font ? x('style:text-properties', { 'style:font-name': font }) : null,
  );
}

interface Nest {
  readonly levels: (ListLevelDef | undefined)[];
}

/** The list styles of a document being written: one per distinct nest format. */
export class OdfListStyleSet {
  private readonly byKey = new Map<string, string>();
  private readonly styles: XmlOut[] = [];
  /** @param fonts where the fonts bullets use are added, for `office:font-face-decls`. */
  constructor(private readonly fonts: Set<string>) {}

  /** A new nest for a list at `level` (0-based), or `parent` when the list's format fits its level there. */
  nest(list: PMNode, level: number, parent: Nest | null): { nest: Nest; root: boolean } {
    const def = levelDefOf(list, true);
    if (parent) {
      const known = parent.levels[level];
      if (!known) {
        parent.levels[level] = def;
        return { nest: parent, root: false };
      }
      if (levelKey(known) === levelKey(def)) return { nest: parent, root: false };
    }
    const levels: (ListLevelDef | undefined)[] = Array.from({ length: ODF_LIST_LEVELS }, () => undefined);
    levels[Math.min(level, ODF_LIST_LEVELS - 1)] = def;
    return { nest: { levels }, root: true };
  }

  /** The name of the list style of a complete nest (levels it did not use get defaults of its root's kind). */
  styleName(nest: Nest, rootLevel: number): string {
    const rootOrdered = nest.levels[rootLevel]?.ordered ?? false;
    const full = nest.levels.map((def, i): ListLevelDef => {
      if (def && !def.ordered && def.attrs.bullet == null) return { ...def, attrs: { bullet: defaultBullet(i), bulletFont: null } };
      return def ?? (rootOrdered ? { ordered: true, attrs: {}, start: 1 } : { ordered: false, attrs: { bullet: defaultBullet(i), bulletFont: null }, start: 1 });
    });
    const key = full.map(levelKey).join('\n');
    const known = this.byKey.get(key);
    if (known) return known;
    const name = `L${String(this.styles.length + 1)}`;
    this.byKey.set(key, name);
    for (const def of full) if (!def.ordered && typeof def.attrs.bulletFont === 'string') this.fonts.add(def.attrs.bulletFont);
    this.styles.push(x('text:list-style', { 'style:name': name }, full.map((def, i) => levelStyle(i + 1, def))));
    return name;
  }

  /** The `text:list-style` elements, in order of first use. */
  elements(): readonly XmlOut[] {
    return this.styles;
  }
}
