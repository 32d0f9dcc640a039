/**
 * WordprocessingML numbering (ECMA-376 Part 1, 17.9): `w:num` instances (17.9.15) point to
 * `w:abstractNum` definitions (17.9.1) whose `w:lvl` (17.9.6) give the number format (17.9.17,
 * `bullet` or a counting format) and start value (17.9.25); `w:lvlOverride`/`w:startOverride`
 * (17.9.8, 17.9.26) adjust one instance; `w:numStyleLink` (17.9.21) defers to a numbering style.
 * A level's label comes from `w:lvlText` (17.9.11: `%N` shows level N's number) and, for
 * bullets, the font of the level's run properties (`w:rPr/w:rFonts`), mapped to the list
 * attributes of `text-list-format.ts` by `wml-list-format.ts`.
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { listFormatOfLevel } from './wml-list-format.js';
import { intVal, wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';
import type { WmlStyles } from './wml-styles.js';

/** What one level of one numbering instance shows. */
export interface ListLevelInfo {
  /** False for bullets (and the `none` format), true for every counting format. */
  readonly ordered: boolean;
  readonly start: number;
  /** The level's own start, without the instance's start override. */
  readonly definedStart: number;
  /** The list node's format attributes (`text-list-format.ts`). */
  readonly format: Readonly<Record<string, unknown>>;
  /** True when the label could not be kept exactly (reported by the body reader). */
  readonly simplified: boolean;
}

interface LevelDef {
  readonly format: string | undefined;
  readonly start: number | undefined;
  readonly text: string | undefined;
  readonly font: string | undefined;
}

interface AbstractDef {
  readonly levels: Map<number, LevelDef>;
  readonly numStyleLink: string | undefined;
}

interface NumDef {
  readonly abstractId: string;
  readonly startOverrides: Map<number, number>;
  readonly levelOverrides: Map<number, LevelDef>;
}

/** Word's custom number formats (`w:numFmt w:val="custom" w:format`, Word 2010) that the model has, as format names `listFormatOfLevel` knows. */
const CUSTOM_FORMATS: Readonly<Record<string, string>> = {
  '\u03b1, \u03b2, \u03b3, ...': 'lowerGreek',
  '\u0391, \u0392, \u0393, ...': 'upperGreek',
  '01, 02, 03, ...': 'decimalZero',
};

/**
 * The number format of a level: its `w:numFmt`, or the one inside `mc:AlternateContent` (Word
 * writes custom formats, Greek letters among them, as a `w14` choice with a plain fallback):
 * a custom format the model has, else the fallback's.
 */
function levelNumFmt(lvl: XmlElement, ns: WmlNs): string | undefined {
  const direct = childElement(lvl, ns.w, 'numFmt');
  if (direct) return wVal(direct, ns);
  let fallback: string | undefined;
  for (const alt of childElements(lvl, NS.mc, 'AlternateContent')) {
    for (const branch of childElements(alt, NS.mc)) {
      const numFmt = childElement(branch, ns.w, 'numFmt');
      if (!numFmt) continue;
      const val = wVal(numFmt, ns);
      const custom = val === 'custom' ? CUSTOM_FORMATS[attr(numFmt, ns.w, 'format') ?? ''] : undefined;
      if (custom !== undefined) return custom;
      if (branch.local === 'Fallback' || fallback === undefined) fallback = val === 'custom' ? undefined : val;
    }
  }
  return fallback;
}

function readLevel(lvl: XmlElement, ns: WmlNs): LevelDef {
  const rPr = childElement(lvl, ns.w, 'rPr');
  const fonts = rPr && childElement(rPr, ns.w, 'rFonts');
  return {
    format: levelNumFmt(lvl, ns),
    start: intVal(childElement(lvl, ns.w, 'start'), ns),
    text: wVal(childElement(lvl, ns.w, 'lvlText'), ns),
    font: fonts && (attr(fonts, ns.w, 'ascii') ?? attr(fonts, ns.w, 'hAnsi')),
  };
}

/** The numbering definitions of one `numbering.xml` part. */
export class WmlNumbering {
  private readonly abstracts = new Map<string, AbstractDef>();
  private readonly nums = new Map<string, NumDef>();
  private readonly cache = new Map<string, ListLevelInfo | null>();

  /** Reads `root` (the `w:numbering` element); a missing part gives no lists. */
  constructor(
    root: XmlElement | undefined,
    private readonly ns: WmlNs,
    private readonly styles: WmlStyles,
  ) {
    if (!root) return;
    for (const el of childElements(root, ns.w, 'abstractNum')) {
      const id = attr(el, ns.w, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of childElements(el, ns.w, 'lvl')) levels.set(intVal(lvl, ns, 'ilvl') ?? 0, readLevel(lvl, ns));
      this.abstracts.set(id, { levels, numStyleLink: wVal(childElement(el, ns.w, 'numStyleLink'), ns) });
    }
    for (const el of childElements(root, ns.w, 'num')) {
      const id = attr(el, ns.w, 'numId');
      const abstractId = wVal(childElement(el, ns.w, 'abstractNumId'), ns);
      if (id === undefined || abstractId === undefined) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, LevelDef>();
      for (const o of childElements(el, ns.w, 'lvlOverride')) {
        const ilvl = intVal(o, ns, 'ilvl') ?? 0;
        const start = intVal(childElement(o, ns.w, 'startOverride'), ns);
        if (start !== undefined) startOverrides.set(ilvl, start);
        const lvl = childElement(o, ns.w, 'lvl');
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl, ns));
      }
      this.nums.set(id, { abstractId, startOverrides, levelOverrides });
    }
  }

  /** The level `ilvl` of numbering instance `numId`, or undefined when it shows no list (`numId` 0 or unknown). */
  level(numId: string, ilvl: number): ListLevelInfo | undefined {
    const key = `${numId}/${String(ilvl)}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const info = this.resolve(numId, ilvl);
    this.cache.set(key, info ?? null);
    return info;
  }

  /**
   * What numbering instance `numId` counts with: its abstract definition (instances of one
   * definition share their counters, as in Word and LibreOffice) and the levels its start
   * overrides restart.
   */
  counting(numId: string): { readonly key: string; readonly restarts: ReadonlyMap<number, number> } | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    let key = num.abstractId;
    const abstract = this.abstracts.get(num.abstractId);
    if (abstract?.numStyleLink !== undefined) {
      const linked = this.styles.numbering(abstract.numStyleLink);
      const linkedNum = linked && this.nums.get(linked.numId);
      if (linkedNum) key = linkedNum.abstractId;
    }
    return { key, restarts: num.startOverrides };
  }

  private resolve(numId: string, ilvl: number): ListLevelInfo | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    let abstract = this.abstracts.get(num.abstractId);
    if (abstract?.numStyleLink !== undefined) {
      const linked = this.styles.numbering(abstract.numStyleLink);
      const linkedNum = linked && this.nums.get(linked.numId);
      if (linkedNum && linked.numId !== numId) abstract = this.abstracts.get(linkedNum.abstractId) ?? abstract;
    }
    const def = num.levelOverrides.get(ilvl) ?? abstract?.levels.get(ilvl);
    const format = def?.format;
    // A missing level shows no number; a level without w:numFmt counts in decimal (the default).
    // `none` with a text shows that text: an ordered list whose label has no number.
    const ordered = def !== undefined && format !== 'bullet' && (format !== 'none' || (def.text ?? '').replace(/%[1-9]/g, '') !== '');
    const label = def ? listFormatOfLevel(format ?? 'decimal', def.text, def.font, ilvl) : { attrs: {}, simplified: false };
    return { ordered, start: num.startOverrides.get(ilvl) ?? def?.start ?? 1, definedStart: def?.start ?? 1, format: label.attrs, simplified: label.simplified };
  }
}
