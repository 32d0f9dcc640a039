/**
 * PresentationML reading (ECMA-376 Part 1, 19.2.1.26 p:presentation: p:sldIdLst order and
 * p:sldSz; 19.3.1.38 p:sld; 19.3.1.26 p:notes reached by the notesSlide relationship, 13.3.5),
 * Transitional or Strict, into the model's Deck.
 */
import { DECK_VERSION } from '@ostal/model';
import type { Deck, Slide } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import { OpcPackage } from '../ooxml/opc-package.js';
import type { Relationship } from '../ooxml/opc-package.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readCoreProperties } from '../ooxml/core-properties.js';
import { isP, pChild, relAttr } from './ooxml-names.js';
import { readShapeTree } from './pptx-shapes.js';
import { composeSlide, countDropped, notesText, reportDropped } from './slide-content.js';
import type { DroppedKind } from './slide-content.js';
import { emuToMm } from './slide-units.js';

/** PowerPoint's default slide size (10 x 7.5 in) when p:sldSz is absent. */
const DEFAULT_SIZE_EMU = { cx: 9_144_000, cy: 6_858_000 };

/** Reasons a single part may fail without making the whole package unreadable. */
const PART_LEVEL = new Set(['malformed-xml', 'missing-part']);

/** Runs `fn` on one part, turning a part-level failure into an error diagnostic (returns undefined). */
function guarded<T>(part: string, ctx: ReadContext, what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FormatError && PART_LEVEL.has(err.reason)) {
      ctx.diagnostics.add('error', 'unreadable-part', `The ${what} "${part}" could not be read and was skipped: ${err.message}`, part);
      return undefined;
    }
    throw err;
  }
}

function partXml(pkg: OpcPackage, part: string, ctx: ReadContext, what: string): XmlElement | undefined {
  return guarded(part, ctx, what, () => pkg.xml(part));
}

function sizeOf(presentation: XmlElement): Deck['size'] {
  const sz = pChild(presentation, 'sldSz');
  const cx = Number(sz ? attr(sz, '', 'cx') : NaN);
  const cy = Number(sz ? attr(sz, '', 'cy') : NaN);
  const ok = (n: number): boolean => Number.isFinite(n) && n > 0;
  return {
    widthMm: emuToMm(ok(cx) ? cx : DEFAULT_SIZE_EMU.cx),
    heightMm: emuToMm(ok(cy) ? cy : DEFAULT_SIZE_EMU.cy),
  };
}

function readNotes(pkg: OpcPackage, slidePart: string, ctx: ReadContext): string {
  const rel = guarded(slidePart, ctx, 'relationships of slide', () => pkg.relationshipOfType(slidePart, 'notesSlide'));
  if (!rel || rel.external || !pkg.has(rel.target)) return '';
  const root = partXml(pkg, rel.target, ctx, 'notes slide');
  if (!root) return '';
  return notesText(readShapeTree(pChild(root, 'cSld')));
}

function readSlide(pkg: OpcPackage, part: string, ctx: ReadContext, dropped: Map<DroppedKind, number>): Slide | undefined {
  const root = partXml(pkg, part, ctx, 'slide');
  if (!root) return undefined;
  if (!isP(root, 'sld')) {
    ctx.diagnostics.add('error', 'unreadable-part', `The part "${part}" is not a slide (root element ${root.qname}); skipped.`, part);
    return undefined;
  }
  const content = readShapeTree(pChild(root, 'cSld'));
  for (const [kind, n] of content.dropped) countDropped(dropped, kind, n);
  return composeSlide(content, readNotes(pkg, part, ctx), ctx.diagnostics, { part, path: '/p:sld/p:cSld/p:spTree' });
}

function slideRelationship(rels: ReadonlyMap<string, Relationship>, sldId: XmlElement): Relationship | undefined {
  const id = relAttr(sldId);
  return id === undefined ? undefined : rels.get(id);
}

/**
 * Reads a .pptx (or .potx/.ppsx/.pptm) package into a Deck: slide order from p:sldIdLst,
 * hidden slides kept, notes from notes slides, metadata from the core properties.
 * @throws FormatError when the package or its presentation part is unreadable.
 */
export function readPptx(bytes: Uint8Array, ctx: ReadContext): Deck {
  const pkg = OpcPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged);
  const mainRel = pkg.relationshipOfType('', 'officeDocument');
  const main = mainRel && !mainRel.external && pkg.has(mainRel.target) ? mainRel.target : 'ppt/presentation.xml';
  if (!pkg.has(main)) throw new FormatError('missing-part', 'The package has no presentation part (ppt/presentation.xml).', main);
  const presentation = pkg.xml(main);
  if (!isP(presentation, 'presentation')) {
    throw new FormatError('missing-part', `The main part "${main}" is not a PresentationML presentation.`, main);
  }
  const rels = new Map(pkg.relationships(main).map((r) => [r.id, r]));
  const slides: Slide[] = [];
  const dropped = new Map<DroppedKind, number>();
  const list = pChild(presentation, 'sldIdLst');
  for (const sldId of list ? childElements(list).filter((e) => isP(e, 'sldId')) : []) {
    const rel = slideRelationship(rels, sldId);
    if (!rel || rel.external || !pkg.has(rel.target)) {
      const what = rel ? `its part "${rel.target}" is missing` : `relationship "${relAttr(sldId) ?? ''}" is missing`;
      ctx.diagnostics.add('error', 'missing-slide', `Slide ${String(slides.length + 1)} could not be read: ${what}.`, main, '/p:presentation/p:sldIdLst/p:sldId');
      continue;
    }
    const slide = readSlide(pkg, rel.target, ctx, dropped);
    if (slide) slides.push(slide);
  }
  reportDropped(dropped, ctx.diagnostics);
  const coreRel = pkg.relationshipOfType('', 'core-properties');
  const corePart = coreRel && !coreRel.external && pkg.has(coreRel.target) ? coreRel.target : 'docProps/core.xml';
  const core = pkg.has(corePart) ? partXml(pkg, corePart, ctx, 'core properties part') : undefined;
  return { kind: 'deck', version: DECK_VERSION, meta: core ? readCoreProperties(core) : {}, size: sizeOf(presentation), slides };
}
