/**
 * WordprocessingML numbering (ECMA-376 Part 1, 17.9): `w:num` instances (17.9.15) point to
 * `w:abstractNum` definitions (17.9.1) whose `w:lvl` (17.9.6) give the number format (17.9.17,
 * `bullet` or a counting format) and start value (17.9.25); `w:lvlOverride`/`w:startOverride`
 * (17.9.8, 17.9.26) adjust one instance; `w:numStyleLink` (17.9.21) defers to a numbering style.
 */
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { intVal, wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';
import type { WmlStyles } from './wml-styles.js';

/** What one level of one numbering instance shows. */
export interface ListLevelInfo {
  /** False for bullets (and the `none` format), true for every counting format. */
  readonly ordered: boolean;
  readonly start: number;
}

interface LevelDef {
  readonly format: string | undefined;
  readonly start: number | undefined;
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

function readLevel(lvl: XmlElement, ns: WmlNs): LevelDef {
  return { format: wVal(childElement(lvl, ns.w, 'numFmt'), ns), start: intVal(childElement(lvl, ns.w, 'start'), ns) };
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
    return {
      // A missing level shows no number; a level without w:numFmt counts in decimal (the default).
      ordered: def !== undefined && format !== 'bullet' && format !== 'none',
      start: num.startOverrides.get(ilvl) ?? def?.start ?? 1,
    };
  }
}
