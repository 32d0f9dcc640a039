/**
 * Body properties of ODF text frames read into the deck model (ODF 1.3 Part 3, 20.2 graphic
 * properties; written by `odp-shapes-write.ts` `bodyPropsAttrs`).
 */
import type { BodyProperties } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { odfLengthToEmu } from './odf-lengths.js';

/**
 * A text frame's body properties (DrawingML a:bodyPr) read from its style's graphic properties
 * (ODF 1.3 Part 3, 20.2): draw:textarea-vertical-align, shrinking or growing, fo:padding-*,
 * fo:wrap-option. `get` reads a property through the style's parents.
 */
export function bodyPropsOf(get: (ns: string, local: string) => string | undefined): BodyProperties | undefined {
  const v = get(NS.draw, 'textarea-vertical-align');
  const anchor: 'top' | 'middle' | 'bottom' | undefined = v === 'top' || v === 'middle' || v === 'bottom' ? v : undefined;
  const wrap = get(NS.fo, 'wrap-option');
  const props = {
    ...(anchor ? { anchor } : {}),
    ...(get(NS.draw, 'fit-to-size') === 'shrink-to-fit' || get(NS.style, 'shrink-to-fit') === 'true' ? { autofit: 'shrink' as const } : get(NS.draw, 'auto-grow-height') === 'true' ? { autofit: 'resize' as const } : {}),
    ...insetsOf(get),
    ...(wrap === 'wrap' ? { wrap: true } : wrap === 'no-wrap' ? { wrap: false } : {}),
  };
  return Object.keys(props).length > 0 ? props : undefined;
}

/** fo:padding-* as insets; a side the style leaves out keeps DrawingML's default (0.1 in left and right, 0.05 in top and bottom). */
function insetsOf(get: (ns: string, local: string) => string | undefined): { insets?: NonNullable<BodyProperties['insets']> } {
  const all = get(NS.fo, 'padding');
  const side = (name: string, fallback: number): number => odfLengthToEmu(get(NS.fo, `padding-${name}`) ?? all) ?? fallback;
  if (all === undefined && ['left', 'top', 'right', 'bottom'].every((n) => get(NS.fo, `padding-${n}`) === undefined)) return {};
  return { insets: { left: side('left', 91_440), top: side('top', 45_720), right: side('right', 91_440), bottom: side('bottom', 45_720) } };
}
