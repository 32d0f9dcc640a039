/**
 * Charts of ODP frames: the chart object a `draw:object` names (`./Object 1` ->
 * `Object 1/content.xml`, or the `office:document` inside it in a flat file) read into the
 * model's {@link Chart}, values from the chart's own data table (presentations have no cells).
 */
import type { Chart } from '@ostal/model';
import { decodeText } from '../container/zip-reader.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElement, isElement } from '../xml/xml-tree.js';
import type { OdfNode } from '../sheets/odf-style-node.js';
import { chartOfOdfObject } from '../sheets/ods-charts.js';

const MAX_CHART_BYTES = 8 * 1024 * 1024;

/** The same tree as the streaming readers build (attributes keyed `uri local`). */
function odfNodeOf(el: XmlElement, depth = 0): OdfNode {
  const attrs = new Map<string, string>();
  for (const [key, value] of el.attrs) {
    const m = /^\{([^}]*)\}(.*)$/.exec(key);
    attrs.set(m ? `${m[1]!} ${m[2]!}` : ` ${key}`, value);
  }
  const node: OdfNode = { ns: el.ns, local: el.local, attrs, children: [], text: '', content: [] };
  for (const c of el.children) {
    if (isElement(c)) {
      if (depth > 200) continue;
      const child = odfNodeOf(c, depth + 1);
      node.children.push(child);
      node.content.push(child);
    } else {
      node.text += c;
      node.content.push(c);
    }
  }
  return node;
}

/** The chart of a `draw:object`, or undefined (not a chart, unreadable, or a kind the model lacks). */
export function chartOfDrawObject(obj: XmlElement, file: ((path: string) => Uint8Array | undefined) | undefined, maxDepth: number): Chart | undefined {
  let root = childElement(obj, NS.office, 'document');
  if (!root) {
    const href = attr(obj, NS.xlink, 'href');
    const path = href?.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!path || path.includes('..') || path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path) || !file) return undefined;
    const bytes = file(`${path}/content.xml`);
    if (!bytes || bytes.length > MAX_CHART_BYTES) return undefined;
    try {
      root = parseXml(decodeText(bytes), { part: `${path}/content.xml`, maxDepth });
    } catch {
      return undefined;
    }
  }
  return chartOfOdfObject(odfNodeOf(root));
}
