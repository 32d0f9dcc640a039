/**
 * Heading outline numbering (model: `packages/model/src/text-outline.ts`) in both formats.
 *
 * - ODF (ODF 1.3 Part 3, 16.34 `text:outline-style`, 16.35 `text:outline-level-style` with
 *   19.500 `style:num-format`, 19.499/19.502 `style:num-prefix`/`style:num-suffix`, 19.797
 *   `text:display-levels`, 19.868 `text:start-value`): the outline style applies to every
 *   `text:h` of its `text:outline-level`, unless the heading says `text:is-list-header="true"`
 *   (19.853: not numbered); `text:restart-numbering` with `text:start-value` (19.857, 19.868)
 *   restarts the heading's level.
 * - DOCX (ECMA-376 Part 1, 17.3.1.19 `w:numPr` in a heading style or paragraph, 17.9 numbering):
 *   a heading whose style (or own properties) names a numbering instance is numbered; `numId`
 *   0 takes the number away. The outline is the numbering definition the first numbered heading
 *   of each level uses; the numbers Word would show are counted by the body reader's list
 *   counters, and a heading showing another number than plain counting gives gets a `restart`.
 *   The writer puts the numbering in the `HeadingN` styles (so headings added in Word are
 *   numbered too), a `w:numId` 0 on unnumbered headings and a `w:num` with a start override per
 *   restart.
 *
 * Both readers pass what the file says through an {@link OutlineTracker}, which keeps `restart`
 * only where it changes the number, so every format reads the same model back.
 */
import { LIST_NUMBER_FORMATS, MAX_LABEL_LEVELS, MAX_OUTLINE_LEVELS, OutlineCounter, outlineLevelShows, outlineOf } from '@ostal/model';
import type { ListNumberFormat, OutlineLevel, OutlineNumbering } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { ListLevelDef } from './list-level-def.js';
import { FROM_ODF, TO_ODF } from './odf-list-format.js';

/** Levels both formats keep: Word has 9 (ODF 10; headings use the first 6). */
const WML_OUTLINE_LEVELS = 9;
/** A level that shows nothing. */
const SILENT: OutlineLevel = { format: 'none', prefix: '', suffix: '', levels: 1, start: 1 };
const MAX_TEXT = 50;
const MAX_START = 32767;

function clip(s: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (s ?? '').replace(/[\u0000-\u001f]/g, '').slice(0, MAX_TEXT);
}

function startValue(v: number | undefined): number {
  return v !== undefined && Number.isInteger(v) && v >= 0 ? Math.min(v, MAX_START) : 1;
}

/**
 * The form of an outline both formats give back: 9 levels at most, levels past the last one that shows are
 * dropped, a level shows at most the levels above it, a level showing nothing is {@link SILENT}
 * (with its start), and an outline where nothing shows is null.
 */
export function canonicalOutline(levels: readonly (OutlineLevel | null | undefined)[]): OutlineNumbering | null {
  const out: OutlineLevel[] = [];
  for (let i = 0; i < Math.min(levels.length, WML_OUTLINE_LEVELS); i++) {
    const l = levels[i];
    if (!outlineLevelShows(l)) {
      out.push({ ...SILENT, start: startValue((levels[i] ?? undefined)?.start) });
      continue;
    }
    const none = l.format === 'none';
    out.push({
      format: l.format,
      prefix: none ? clip(l.prefix + l.suffix) : clip(l.prefix),
      suffix: none ? '' : clip(l.suffix),
      levels: none ? 1 : Math.max(1, Math.min(l.levels, i + 1, MAX_LABEL_LEVELS)),
      start: startValue(l.start),
    });
  }
  while (out.length > 0 && !outlineLevelShows(out[out.length - 1])) out.pop();
  return out.length === 0 ? null : out;
}

/** `doc` with the outline numbering `outline` (null: none). */
export function withOutline(doc: PMNode, outline: OutlineNumbering | null): PMNode {
  if (outline === null && doc.attrs.outline === null) return doc;
  return doc.type.create({ ...doc.attrs, outline }, doc.content);
}

/**
 * Follows the numbered headings of a document being read: decides what the model stores for
 * each (`numbered`, and `restart` only where the file's number differs from plain counting).
 */
export class OutlineTracker {
  private readonly levels: (OutlineLevel | null)[] = [];
  private readonly counter = new OutlineCounter(this.levels);
  private readonly fromHeadings = new Set<number>();

  /** @param defined the outline the file declares up front (ODF), if any. */
  constructor(defined?: readonly (OutlineLevel | null)[]) {
    if (defined) this.levels.push(...defined);
  }

  /** Level `level` (1-based) of the outline, if defined. */
  level(level: number): OutlineLevel | null | undefined {
    return this.levels[level - 1];
  }

  /**
   * Defines level `level` (1-based): a heading of the level (`fromHeading`) defines it once; a
   * level no heading defined yet takes `def` only when it has no definition at all.
   */
  define(level: number, def: OutlineLevel, fromHeading = true): void {
    if (level < 1 || level > MAX_OUTLINE_LEVELS) return;
    while (this.levels.length < level - 1) this.levels.push(null);
    const known = this.levels[level - 1];
    if (fromHeading ? !this.fromHeadings.has(level) : known === undefined || known === null) this.levels[level - 1] = def;
    if (fromHeading) this.fromHeadings.add(level);
  }

  /**
   * The outline attributes of a heading at `level` (1-6): `numbered` as the file says (only when
   * its level shows something), and the number it shows when the file gives one.
   */
  heading(level: number, numbered: boolean, shows: number | null): { numbered: boolean; restart: number | null } {
    if (!numbered || !outlineLevelShows(this.levels[level - 1])) return { numbered: false, restart: null };
    const restart = shows !== null && shows !== this.counter.peek(level) ? Math.max(0, Math.min(MAX_START, shows)) : null;
    this.counter.next(level, restart);
    return { numbered: true, restart };
  }

  /** The outline read, in its canonical form. */
  outline(): OutlineNumbering | null {
    return canonicalOutline(this.levels);
  }
}

// ---------------------------------------------------------------------------------------------
// ODF

/** The levels of a `text:outline-style` (index 0: level 1). */
export function readOdfOutlineStyle(el: XmlElement): (OutlineLevel | null)[] {
  const levels: (OutlineLevel | null)[] = [];
  for (const lvl of childElements(el, NS.text, 'outline-level-style')) {
    const level = Number.parseInt(attr(lvl, NS.text, 'level') ?? '', 10);
    if (!Number.isInteger(level) || level < 1 || level > MAX_OUTLINE_LEVELS) continue;
    while (levels.length < level) levels.push(null);
    const numFormat = attr(lvl, NS.style, 'num-format') ?? '';
    const display = Number.parseInt(attr(lvl, NS.text, 'display-levels') ?? '1', 10);
    const format: ListNumberFormat = numFormat === '' ? 'none' : FROM_ODF[numFormat] ?? 'decimal';
    levels[level - 1] = {
      format,
      prefix: clip(attr(lvl, NS.style, 'num-prefix')),
      suffix: clip(attr(lvl, NS.style, 'num-suffix')),
      levels: Number.isInteger(display) ? Math.max(1, Math.min(MAX_LABEL_LEVELS, display)) : 1,
      start: startValue(Number.parseInt(attr(lvl, NS.text, 'start-value') ?? '1', 10)),
    };
  }
  return levels;
}

/**
 * What a `text:h` says about its number: whether it is numbered and, when it restarts, the
 * number it shows (`text:start-value`, else its level's start).
 */
export function odfHeadingNumber(h: XmlElement, levelStart: number): { numbered: boolean; shows: number | null } {
  const numbered = attr(h, NS.text, 'is-list-header') !== 'true';
  if (attr(h, NS.text, 'restart-numbering') !== 'true') return { numbered, shows: null };
  const start = Number.parseInt(attr(h, NS.text, 'start-value') ?? '', 10);
  return { numbered, shows: Number.isInteger(start) && start >= 0 ? start : levelStart };
}

/** The `text:outline-style` of a document's outline numbering, or null when it has none. */
export function odfOutlineStyle(doc: PMNode): XmlOut | null {
  const outline = outlineOf(doc);
  if (!outline) return null;
  const levels = Array.from({ length: MAX_OUTLINE_LEVELS }, (_, i) => {
    const l = outline[i] ?? SILENT;
    const format = (LIST_NUMBER_FORMATS as readonly unknown[]).includes(l.format) ? l.format : 'decimal';
    const indent = 0.762 + 0.254 * i;
    return x(
      'text:outline-level-style',
      {
        'text:level': i + 1,
        'style:num-prefix': l.prefix || undefined,
        'style:num-suffix': l.suffix || undefined,
        'style:num-format': TO_ODF[format],
        'style:num-letter-sync': format === 'lower-letter' || format === 'upper-letter' ? 'true' : undefined,
        'text:display-levels': l.levels > 1 ? Math.min(l.levels, i + 1) : undefined,
        'text:start-value': l.start !== 1 ? l.start : undefined,
      },
      x(
        'style:list-level-properties',
        { 'text:list-level-position-and-space-mode': 'label-alignment' },
        x('style:list-level-label-alignment', {
          'text:label-followed-by': 'listtab',
          'text:list-tab-stop-position': `${indent.toFixed(3)}cm`,
          'fo:text-indent': `-${indent.toFixed(3)}cm`,
          'fo:margin-left': `${indent.toFixed(3)}cm`,
        }),
      ),
    );
  });
  return x('text:outline-style', { 'style:name': 'Outline' }, levels);
}

/** The numbering attributes of a `text:h` for `heading` in a document with outline `outline`. */
export function odfHeadingAttrs(heading: PMNode, outline: OutlineNumbering | null): Record<string, string | undefined> {
  if (!outline || !outlineLevelShows(outline[Number(heading.attrs.level) - 1])) return {};
  if (heading.attrs.numbered !== true) return { 'text:is-list-header': 'true' };
  const restart = heading.attrs.restart as number | null;
  return restart === null ? {} : { 'text:restart-numbering': 'true', 'text:start-value': String(restart) };
}

// ---------------------------------------------------------------------------------------------
// DOCX

/** The outline level a DOCX numbering level gives (`ordered` false: a level without a number). */
export function outlineLevelOfList(ordered: boolean, format: Readonly<Record<string, unknown>>, start: number): OutlineLevel {
  if (!ordered) return { ...SILENT, start: startValue(start) };
  const f = (LIST_NUMBER_FORMATS as readonly unknown[]).includes(format.format) ? (format.format as ListNumberFormat) : 'decimal';
  return {
    format: f,
    prefix: typeof format.prefix === 'string' ? clip(format.prefix) : '',
    suffix: typeof format.suffix === 'string' ? clip(format.suffix) : '.',
    levels: typeof format.levels === 'number' ? format.levels : 1,
    start: startValue(start),
  };
}

/** The `w:lvl` definitions (9 levels) of the outline's `w:abstractNum`. */
export function wmlOutlineLevels(outline: OutlineNumbering): ListLevelDef[] {
  return Array.from({ length: 9 }, (_, i): ListLevelDef => {
    const l = outline[i] ?? SILENT;
    return { ordered: true, attrs: { format: l.format, prefix: l.prefix, suffix: l.suffix, levels: Math.min(l.levels, i + 1) }, start: l.start };
  });
}

/**
 * The numbering instances of a document's outline: `numId` for the heading styles, and one
 * instance per restarting heading, allocated in writing order (ids right after the outline's).
 */
export class WmlOutlineNumbering {
  /** The instance the heading styles name, or null when the document has no outline numbering. */
  readonly numId: number | null;
  /** Start overrides of restarting headings: `w:num` id, level and start. */
  readonly restarts: { readonly numId: number; readonly ilvl: number; readonly start: number }[] = [];
  private readonly reserved: number;

  constructor(readonly outline: OutlineNumbering | null, doc: PMNode) {
    let count = 0;
    if (outline) {
      doc.descendants((node) => {
        if (node.type.name === 'heading' && node.attrs.numbered === true && node.attrs.restart !== null) count++;
        return !node.isTextblock;
      });
    }
    this.numId = outline ? 1 : null;
    this.reserved = count;
  }

  /** Ids the outline uses; list instances start after them. */
  get idsUsed(): number {
    return this.numId === null ? 0 : 1 + this.reserved;
  }

  /** True when headings at `level` (1-6) are numbered by the heading style. */
  styleNumbered(level: number): boolean {
    return this.numId !== null && level <= 9 && outlineLevelShows(this.outline?.[level - 1]);
  }

  /** The `w:numPr` a heading paragraph needs beyond its style's, or null. */
  headingNumPr(heading: PMNode): XmlOut | null {
    const level = Number(heading.attrs.level);
    if (!this.styleNumbered(level)) return null;
    if (heading.attrs.numbered !== true) return x('w:numPr', {}, x('w:ilvl', { 'w:val': 0 }), x('w:numId', { 'w:val': 0 }));
    const restart = heading.attrs.restart as number | null;
    if (restart === null || this.restarts.length >= this.reserved) return null;
    const numId = this.numId! + 1 + this.restarts.length;
    this.restarts.push({ numId, ilvl: level - 1, start: restart });
    return x('w:numPr', {}, x('w:ilvl', { 'w:val': level - 1 }), x('w:numId', { 'w:val': numId }));
  }

  /** The `w:numPr` of the `HeadingN` style, or null. */
  styleNumPr(level: number): XmlOut | null {
    return this.styleNumbered(level) ? x('w:numPr', {}, x('w:ilvl', { 'w:val': level - 1 }), x('w:numId', { 'w:val': this.numId! })) : null;
  }
}
