/**
 * Paragraph properties as readers collect them from styles and paragraphs (ECMA-376 Part 1,
 * 17.3.1 paragraph properties; ODF 1.3 Part 3, 17.6 paragraph properties), before they become
 * the `BlockFormat` attributes of a paragraph or heading (`@ostal/model`, units in twips).
 * `undefined` inherits; `null` clears.
 */
import { MAX_TWIPS, textBordersOf, tabStops } from '@ostal/model';
import type { BlockFormat, TabStop, TextAlign } from '@ostal/model';
import type { BorderSides } from './border-props.js';

/** Declared paragraph properties of one style or paragraph. */
export interface BlockProps {
  align?: TextAlign | null;
  indentLeft?: number | null;
  indentRight?: number | null;
  indentFirstLine?: number | null;
  spaceBefore?: number | null;
  spaceAfter?: number | null;
  lineHeight?: number | null;
  keepWithNext?: boolean;
  direction?: 'rtl' | null;
  /** `#rrggbb`. */
  shading?: string | null;
  /** Border sides declared here; a `null` side removes an inherited line. */
  borders?: BorderSides;
  /** Tab stops declared here; `clear` entries remove an inherited stop at their position. */
  tabs?: readonly (TabStop | { readonly pos: number; readonly align: 'clear'; readonly leader: 'none' })[];
}

const KEYS = ['align', 'indentLeft', 'indentRight', 'indentFirstLine', 'spaceBefore', 'spaceAfter', 'lineHeight', 'keepWithNext', 'direction', 'shading', 'borders', 'tabs'] as const;

/** Merges `over` onto `base`: declared properties of `over` win. */
export function mergeBlockProps(base: BlockProps, over: BlockProps | undefined): BlockProps {
  if (!over) return base;
  const out: BlockProps = { ...base };
  for (const k of KEYS) if (over[k] !== undefined) (out as Record<string, unknown>)[k] = over[k];
  // Tab stops add up along the style chain (ECMA-376 Part 1, 17.3.1.37).
  if (base.tabs && over.tabs) {
    const replaced = new Set(over.tabs.map((t) => t.pos));
    out.tabs = [...base.tabs.filter((t) => !replaced.has(t.pos)), ...over.tabs].sort((a, b) => a.pos - b.pos);
  }
  // Border sides are declared one by one (17.3.1.24; ODF fo:border-<side>).
  if (base.borders && over.borders) out.borders = { ...base.borders, ...over.borders };
  return out;
}

/** `p` without the values equal to `baseline` (a document's default paragraph properties); unchanged for a null baseline. */
export function withoutBaseline(p: BlockProps, baseline: BlockProps | null): BlockProps {
  if (!baseline) return p;
  const out: BlockProps = { ...p };
  for (const k of KEYS) if (k !== 'direction' && out[k] !== undefined && out[k] === baseline[k]) delete out[k];
  if (out.tabs && baseline.tabs && JSON.stringify(out.tabs) === JSON.stringify(baseline.tabs)) delete out.tabs;
  if (out.borders && baseline.borders && JSON.stringify(out.borders) === JSON.stringify(baseline.borders)) delete out.borders;
  // The direction is no style default the writers restore: a right-to-left baseline is kept.
  if (out.direction === undefined && baseline.direction !== undefined) out.direction = baseline.direction;
  return out;
}

/** True when nothing is declared. */
export function isEmptyBlockProps(p: BlockProps): boolean {
  return KEYS.every((k) => p[k] === undefined);
}

/** A length in twips clamped to what the model keeps. */
export function clampTwips(n: number): number {
  return Math.max(-MAX_TWIPS, Math.min(MAX_TWIPS, Math.round(n)));
}

/**
 * A line height multiple rounded to 1/100 and kept within the model's range, or null. Two
 * decimals survive DOCX's 1/240 steps and ODF percentages unchanged, so round trips are stable.
 */
export function lineMultiple(n: number): number | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const v = Math.min(10, Math.round(n * 100) / 100);
  return v > 0 ? v : null;
}

/**
 * The node attributes of resolved properties. In lists, indents belong to the list level and
 * are left out (`inList`).
 */
export function blockAttrs(p: BlockProps, styleName: string | null, inList = false): Partial<BlockFormat> | null {
  const attrs: Record<string, unknown> = {};
  if (p.align) attrs.align = p.align;
  if (!inList) {
    if (p.indentLeft != null) attrs.indentLeft = p.indentLeft;
    if (p.indentRight != null) attrs.indentRight = p.indentRight;
    if (p.indentFirstLine != null) attrs.indentFirstLine = p.indentFirstLine;
  }
  // Paragraph spacing is never negative in either format.
  if (p.spaceBefore != null) attrs.spaceBefore = Math.max(0, p.spaceBefore);
  if (p.spaceAfter != null) attrs.spaceAfter = Math.max(0, p.spaceAfter);
  if (p.lineHeight != null) attrs.lineHeight = p.lineHeight;
  if (p.keepWithNext) attrs.keepWithNext = true;
  if (p.direction === 'rtl') attrs.direction = 'rtl';
  if (p.shading) attrs.shading = p.shading;
  const borders = p.borders && textBordersOf(p.borders);
  if (borders) attrs.borders = borders;
  const tabs = p.tabs && tabStops(p.tabs.filter((t): t is TabStop => t.align !== 'clear'));
  if (tabs) attrs.tabs = tabs;
  if (styleName) attrs.styleName = styleName.slice(0, 200);
  return Object.keys(attrs).length === 0 ? null : (attrs);
}
