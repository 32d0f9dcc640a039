/**
 * A shape's style references (ECMA-376 Part 1, 19.3.1.46 p:style; 20.1.4.2.19 a:lnRef, 20.1.4.2.10
 * a:fillRef, 20.1.4.1.17 a:fontRef): most shapes PowerPoint inserts state no fill, line or text
 * colour of their own but the theme's first fill, second line and a font colour, each with a colour
 * for the theme style's placeholder colour. Read here into the fill, outline and run colours the
 * shape shows, so that it is drawn, and written to PPTX and ODP, as PowerPoint shows it (the link
 * to the theme's style is not kept: a new theme changes these shapes' colours through their
 * scheme colours, not their line widths).
 *
 * The theme's fill styles are taken as solid fills of the reference's colour (Office's default
 * theme fills its first style solid; its second and third are subtle gradients of that colour);
 * line widths come from the theme's line styles (`a:lnStyleLst`) when known, else Office 2013's.
 * Effects (20.1.4.2.8 a:effectRef: shadows mostly) are the theme's effect style of that index
 * (`a:effectStyleLst`), its placeholder colour the reference's (`shape-effects.ts`).
 */
import type { DeckColor, Fill, Outline, TextBody } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readColor } from './dml-properties.js';
import { aChild, isA } from './ooxml-names.js';
import { withPlaceholderColor } from './shape-effects.js';

/** Office 2013's theme line widths (EMU) for lnRef idx 1, 2, 3. */
export const OFFICE_LINE_WIDTHS: readonly number[] = [6350, 12_700, 19_050];

interface StyleRef {
  readonly idx: number;
  readonly color?: DeckColor;
}

/** The references of a shape's p:style. */
export interface ShapeStyleRefs {
  readonly line?: StyleRef;
  readonly fill?: StyleRef;
  /** The text colour of a:fontRef. */
  readonly fontColor?: DeckColor;
  /** a:effectRef: the theme effect style's index (1-based, 0 none) and the colour element for its placeholder colour. */
  readonly effect?: { readonly idx: number; readonly color?: XmlElement };
}

function ref(el: XmlElement | undefined): StyleRef | undefined {
  if (!el) return undefined;
  const idx = Number(attr(el, '', 'idx') ?? '0');
  const color = readColor(el);
  return { idx: Number.isFinite(idx) ? idx : 0, ...(color ? { color } : {}) };
}

/** The references of `p:style`, or undefined when the shape has none. */
export function readShapeStyle(style: XmlElement | undefined): ShapeStyleRefs | undefined {
  if (!style) return undefined;
  const line = ref(aChild(style, 'lnRef'));
  const fill = ref(aChild(style, 'fillRef'));
  const fontColor = readColor(aChild(style, 'fontRef'));
  const effectRef = aChild(style, 'effectRef');
  const effectIdx = Number(effectRef ? (attr(effectRef, '', 'idx') ?? '0') : '0');
  const effectColor = effectRef ? childElements(effectRef).find((c) => isA(c, c.local)) : undefined;
  const effect = effectRef && Number.isInteger(effectIdx) && effectIdx > 0 ? { idx: effectIdx, ...(effectColor ? { color: effectColor } : {}) } : undefined;
  return { ...(line ? { line } : {}), ...(fill ? { fill } : {}), ...(fontColor ? { fontColor } : {}), ...(effect ? { effect } : {}) };
}

/** The effect lists of a theme's `a:fmtScheme/a:effectStyleLst`, in order (undefined where a style has none). */
export function themeEffectStyles(themeRoot: XmlElement | undefined): (XmlElement | undefined)[] {
  const list = aChild(aChild(aChild(themeRoot, 'themeElements'), 'fmtScheme'), 'effectStyleLst');
  return list
    ? childElements(list)
        .filter((c) => isA(c, 'effectStyle'))
        .map((style) => aChild(style, 'effectLst'))
    : [];
}

/** The theme effect list a shape's style refers to, its placeholder colour resolved, or undefined. */
export function styledEffects(refs: ShapeStyleRefs | undefined, styles: readonly (XmlElement | undefined)[]): XmlElement | undefined {
  const effect = refs?.effect;
  const list = effect ? styles[effect.idx - 1] : undefined;
  return list ? withPlaceholderColor(list, effect?.color) : undefined;
}

/** The line widths of a theme's `a:fmtScheme/a:lnStyleLst`, in order (undefined where a style states none). */
export function themeLineWidths(themeRoot: XmlElement | undefined): (number | undefined)[] {
  const fmt = aChild(aChild(themeRoot, 'themeElements'), 'fmtScheme');
  const list = aChild(fmt, 'lnStyleLst');
  return list
    ? childElements(list)
        .filter((c) => isA(c, 'ln'))
        .map((ln) => {
          const w = Number(attr(ln, '', 'w'));
          return Number.isFinite(w) && w >= 0 ? w : undefined;
        })
    : [];
}

/** The fill a shape shows: its own, else its style's (fillRef idx 0 is no fill). */
export function styledFill(own: Fill | undefined, refs: ShapeStyleRefs | undefined): Fill | undefined {
  if (own || !refs?.fill || refs.fill.idx <= 0 || !refs.fill.color) return own;
  return { kind: 'solid', color: refs.fill.color };
}

/**
 * The outline a shape shows: what its own a:ln states, the rest (colour, width) from its style's
 * line (lnRef idx 0 is no line).
 */
export function styledLine(own: Outline | undefined, refs: ShapeStyleRefs | undefined, widths: readonly (number | undefined)[]): Outline | undefined {
  const line = refs?.line;
  if (!line || line.idx <= 0 || own?.fill?.kind === 'none') return own;
  const fill: Fill | undefined = own?.fill ?? (line.color ? { kind: 'solid', color: line.color } : undefined);
  if (!fill) return own;
  const width = own?.width ?? widths[line.idx - 1] ?? OFFICE_LINE_WIDTHS[Math.min(line.idx, OFFICE_LINE_WIDTHS.length) - 1];
  return { ...own, ...(width !== undefined ? { width } : {}), fill };
}

/** The text with the style's font colour on every run that states none. */
export function styledText(text: TextBody | undefined, refs: ShapeStyleRefs | undefined): TextBody | undefined {
  const color = refs?.fontColor;
  if (!text || !color) return text;
  return {
    ...text,
    paragraphs: text.paragraphs.map((p) => ({ ...p, runs: p.runs.map((r) => (r.style?.color ? r : { ...r, style: { ...r.style, color } })) })),
  };
}
