/**
 * Optional parts (styles, numbering, themes, metadata): a missing one is simply absent, a
 * malformed one is reported and skipped — it is content, not the container — while hostile
 * input (DTDs, limits) still stops the read.
 */
import type { ReadContext } from './codec.js';
import { FormatError } from './errors.js';
import type { XmlElement } from './xml/xml-tree.js';

/** What both package kinds (OPC and ODF) offer for reading a part. */
export interface PartSource {
  has(part: string): boolean;
  xml(part: string): XmlElement;
}

/** The parsed part, or undefined when it is absent or not well-formed (then with a diagnostic). */
export function optionalPartXml(pkg: PartSource, part: string | undefined, ctx: ReadContext): XmlElement | undefined {
  if (part === undefined || !pkg.has(part)) return undefined;
  try {
    return pkg.xml(part);
  } catch (err) {
    if (err instanceof FormatError && err.reason === 'malformed-xml') {
      ctx.diagnostics.add('error', 'part-unreadable', `The part ${part} is not well-formed XML and was ignored.`, part);
      return undefined;
    }
    throw err;
  }
}
