/**
 * ODF data styles of text documents (ODF 1.3 Part 3, 16.29: `number:number-style`,
 * `number:date-style`, `number:time-style`...), which table cells with typed values
 * (`text-cell-value.ts` in the model) and date/time fields (`text:date`, `text:time` with
 * `style:data-style-name`) display their values with.
 *
 * The model keeps a data style as a spreadsheet number format code, the form the sheet codecs
 * already convert both ways (`../sheets/odf-number-format.ts`): this module adapts the text
 * codecs' XML tree to that converter on reading, and collects the styles a written document
 * needs (`N1`, `N2`... with their `style:map` companions) on writing.
 */
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { dataStyleXml, excelCodeOfDataStyle } from '../sheets/odf-number-format.js';
import type { OdfNode } from '../sheets/odf-style-node.js';
import { odfStyleGroups } from '../odf/odf-style-groups.js';

/** Turns a parsed element into the sheet codecs' style node (attributes keyed `uri local`). */
function odfNodeOf(el: XmlElement): OdfNode {
  const attrs = new Map<string, string>();
  for (const [name, value] of el.attrs) {
    const end = name.indexOf('}');
    attrs.set(name.startsWith('{') ? `${name.slice(1, end)} ${name.slice(end + 1)}` : ` ${name}`, value);
  }
  const children: OdfNode[] = [];
  const content: (string | OdfNode)[] = [];
  let text = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      text += c;
      content.push(c);
    } else {
      const node = odfNodeOf(c);
      children.push(node);
      content.push(node);
    }
  }
  return { ns: el.ns, local: el.local, attrs, children, text, content };
}

/** The data styles of a document (styles.xml and content.xml, or one flat document), by name. */
export class OdfDataStyles {
  private readonly byName = new Map<string, XmlElement>();
  private readonly codes = new Map<string, string | null>();

  /** Collects data styles from `roots`, later roots winning (pass styles.xml before content.xml). */
  constructor(roots: readonly (XmlElement | undefined)[]) {
    for (const group of odfStyleGroups(roots)) {
      for (const el of childElements(group, NS.number)) {
        const name = el.attrs.get(`{${NS.style}}name`);
        if (name !== undefined && el.local.endsWith('-style')) this.byName.set(name, el);
      }
    }
  }

  /** The number format code of data style `name`, or undefined when unknown or the general format. */
  code(name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    const known = this.codes.get(name);
    if (known !== undefined) return known ?? undefined;
    const el = this.byName.get(name);
    let code: string | undefined;
    if (el) {
      try {
        code = excelCodeOfDataStyle(odfNodeOf(el), (n) => {
          const other = this.byName.get(n);
          return other && odfNodeOf(other);
        });
      } catch {
        code = undefined;
      }
    }
    this.codes.set(name, code ?? null);
    return code;
  }
}

const WRAP_OPEN = `<r xmlns:number="${NS.number}" xmlns:style="${NS.style}" xmlns:fo="${NS.fo}" xmlns:svg="${NS.svg}">`;

/** Writer output for an element parsed from `dataStyleXml` (prefixes as that function writes them). */
function outOf(el: XmlElement): XmlOut {
  const attrs: Record<string, string> = {};
  for (const [name, value] of el.attrs) {
    const end = name.indexOf('}');
    const ns = name.startsWith('{') ? name.slice(1, end) : '';
    const local = name.startsWith('{') ? name.slice(end + 1) : name;
    const prefix = ns === NS.number ? 'number:' : ns === NS.style ? 'style:' : ns === NS.fo ? 'fo:' : ns === NS.svg ? 'svg:' : '';
    attrs[prefix + local] = value;
  }
  return x(el.qname, attrs, el.children.map((c) => (typeof c === 'string' ? c : outOf(c))));
}

/** The data styles a written document uses: one per distinct format code, `N1`, `N2`... */
export class OdfDataStyleSet {
  private readonly names = new Map<string, string>();

  /** The name of the data style showing `code`. */
  name(code: string): string {
    let name = this.names.get(code);
    if (name === undefined) {
      name = `N${String(this.names.size + 1)}`;
      this.names.set(code, name);
    }
    return name;
  }

  /** The `number:*-style` elements (with the styles their maps name), for `office:automatic-styles`. */
  elements(): XmlOut[] {
    const out: XmlOut[] = [];
    for (const [code, name] of this.names) {
      let xml: string;
      try {
        xml = dataStyleXml(code, name);
      } catch {
        continue;
      }
      const root = parseXml(`${WRAP_OPEN}${xml}</r>`, { part: 'data style', maxDepth: 16 });
      for (const c of root.children) if (typeof c === 'object') out.push(outOf(c));
    }
    return out;
  }
}
