/**
 * Placeholder shapes as Ostal writes them (ECMA-376 Part 1, 19.3.1.43 p:sp with 19.3.1.36 p:ph;
 * 19.3.1.45 p:spTree, whose first two children are the group's own properties). Element order
 * follows the schema: nvSpPr, spPr, style, txBody.
 */
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { writeTextBodyContent } from './dml-text.js';
import { IDENTITY_COLOR_MAP } from './pptx-color-map.js';

/** A rectangle in EMUs. */
export interface EmuRect {
  readonly x: number;
  readonly y: number;
  readonly cx: number;
  readonly cy: number;
}

/** Namespace declarations of every PresentationML part Ostal writes. */
export const PML_NAMESPACES = { 'xmlns:a': NS.a, 'xmlns:r': NS.r, 'xmlns:p': NS.p } as const;

/** The mandatory start of a shape tree: the tree's own non-visual and group properties. */
export function spTreeHead(): XmlOut[] {
  return [
    x('p:nvGrpSpPr', {}, x('p:cNvPr', { id: 1, name: '' }), x('p:cNvGrpSpPr'), x('p:nvPr')),
    x(
      'p:grpSpPr',
      {},
      x('a:xfrm', {}, x('a:off', { x: 0, y: 0 }), x('a:ext', { cx: 0, cy: 0 }), x('a:chOff', { x: 0, y: 0 }), x('a:chExt', { cx: 0, cy: 0 })),
    ),
  ];
}

/** What distinguishes one placeholder shape from another. */
export interface PlaceholderSpec {
  /** Shape id, unique within the part (the tree itself is 1). */
  readonly id: number;
  readonly name: string;
  /** ST_PlaceholderType; left out means "obj". */
  readonly type?: string;
  readonly idx?: number;
  /** Position; left out to inherit it from the layout and master. */
  readonly rect?: EmuRect;
  /** Text paragraphs; undefined writes no text body (the notes slide image). */
  readonly paragraphs?: readonly string[];
  readonly lang?: string;
  /** Text body properties, e.g. `anchor: 'ctr'` for titles on masters. */
  readonly bodyPr?: Readonly<Record<string, string>>;
  /** Locks for the slide image on notes pages. */
  readonly imageLocks?: boolean;
}

function spPr(rect: EmuRect | undefined): XmlOut {
  if (!rect) return x('p:spPr');
  return x(
    'p:spPr',
    {},
    x('a:xfrm', {}, x('a:off', { x: rect.x, y: rect.y }), x('a:ext', { cx: rect.cx, cy: rect.cy })),
    x('a:prstGeom', { prst: 'rect' }, x('a:avLst')),
  );
}

/** A placeholder `p:sp`. */
export function placeholderShape(spec: PlaceholderSpec): XmlOut {
  const locks = spec.imageLocks ? { noGrp: 1, noRot: 1, noChangeAspect: 1 } : { noGrp: 1 };
  let txBody: XmlOut | null = null;
  if (spec.paragraphs) {
    const [bodyPr, ...rest] = writeTextBodyContent(spec.paragraphs, spec.lang);
    txBody = x('p:txBody', {}, spec.bodyPr ? x('a:bodyPr', spec.bodyPr, x('a:normAutofit')) : bodyPr, rest);
  }
  return x(
    'p:sp',
    {},
    x(
      'p:nvSpPr',
      {},
      x('p:cNvPr', { id: spec.id, name: spec.name }),
      x('p:cNvSpPr', {}, x('a:spLocks', locks)),
      x('p:nvPr', {}, x('p:ph', { type: spec.type, idx: spec.idx })),
    ),
    spPr(spec.rect),
    txBody,
  );
}

/** Where a deck of this size places its title and body, in PowerPoint's usual proportions. */
export function slideFrames(cx: number, cy: number): { title: EmuRect; body: EmuRect } {
  const left = Math.round(cx * 0.06875);
  const width = cx - 2 * left;
  return {
    title: { x: left, y: Math.round(cy * 0.0532), cx: width, cy: Math.round(cy * 0.1933) },
    body: { x: left, y: Math.round(cy * 0.2662), cx: width, cy: Math.round(cy * 0.6345) },
  };
}

/** The colour mapping every master carries (19.3.1.6 p:clrMap): the identity on the theme. */
export function colourMap(): XmlOut {
  return x('p:clrMap', { ...IDENTITY_COLOR_MAP });
}
