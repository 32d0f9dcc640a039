/**
 * Parts kept verbatim with an object (a chart with its styles, colours and embedded workbook):
 * read through the relationships of the object's part (ECMA-376 Part 2, 9.3), written back under
 * the same or new part names with their relationships re-pointed.
 */
import type { KeptPart } from '@ostal/model';
import type { OpcPackage } from './opc-package.js';

/** Runs `fn` on one part; undefined when the part cannot be read (the caller reports why). */
export type PartGuard = <T>(part: string, what: string, fn: () => T) => T | undefined;

/** Type of a relationship to a slide (Transitional and Strict URIs end alike). */
export const SLIDE_REL = '/relationships/slide';

/** Deepest chain of relationships followed, and most parts kept for one object. */
const MAX_DEPTH = 4;
const MAX_PARTS = 64;

/** Part `path` and, through its relationships, the parts it needs, in that order (first: `path`). */
export function keptPartsOf(pkg: OpcPackage, path: string, guard: PartGuard): KeptPart[] {
  const out: KeptPart[] = [];
  const seen = new Set<string>();
  const visit = (part: string, depth: number): void => {
    if (seen.has(part) || depth > MAX_DEPTH || out.length > MAX_PARTS) return;
    seen.add(part);
    const data = guard(part, 'embedded object part', () => pkg.zip.read(part));
    if (!data) return;
    const rels = guard(part, 'relationships of part', () => pkg.relationships(part)) ?? [];
    out.push({ path: part, type: pkg.contentType(part) ?? 'application/octet-stream', data, ...(rels.length > 0 ? { rels: rels.map((r) => ({ id: r.id, type: r.type, target: r.target, ...(r.external ? { external: true } : {}) })) } : {}) });
    // A jump to another slide (a hyperlink in a SmartArt node, ECMA-376 Part 1, 19.3.1.x slide
    // relationship) names a slide of the deck, written by the deck's own writer: not kept with the object.
    for (const r of rels) if (!r.external && !r.type.endsWith(SLIDE_REL) && pkg.has(r.target)) visit(r.target, depth + 1);
  };
  visit(path, 0);
  return out;
}

/** `to` relative to the folder of `from` (both part names, no leading slash). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
