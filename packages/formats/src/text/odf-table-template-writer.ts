/**
 * Writes back the table templates tables follow (ODF 1.3 Part 3, 16.3 `table:table-template`
 * and 19.728/19.736-19.741 on `table:table`); mirrors `odf-table-template.ts`. The template and
 * its cell styles go to `office:styles` as the file had them, less what is not ODF 1.3
 * (LibreOffice's `loext:` corner regions and any other foreign element or attribute), so the
 * file stays valid and LibreOffice still shows the table's style. The cells themselves carry
 * the resolved formatting, as from any other source.
 */
import type { TableTemplate } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { parseSource, xmlOutOf } from './opaque-xml.js';

/** The ODF 1.3 namespaces a kept template may use. */
const ODF = new Set<string>([NS.office, NS.style, NS.text, NS.table, NS.fo, NS.svg, NS.draw, NS.xlink, NS.number]);

/** `table:table` attributes naming `template` and the regions in use. */
export function templateAttrs(template: TableTemplate | null): Record<string, string | undefined> {
  if (!template) return {};
  const flag = (on: boolean): string | undefined => (on ? 'true' : undefined);
  return {
    'table:template-name': template.name,
    'table:use-first-row-styles': flag(template.firstRow),
    'table:use-last-row-styles': flag(template.lastRow),
    'table:use-first-column-styles': flag(template.firstColumn),
    'table:use-last-column-styles': flag(template.lastColumn),
    'table:use-banding-rows-styles': flag(template.bandingRows),
    'table:use-banding-columns-styles': flag(template.bandingColumns),
  };
}

/** `el` without foreign elements and attributes (a copy). */
function odfOnly(el: XmlElement): XmlElement {
  const attrs = new Map([...el.attrs].filter(([name]) => !name.startsWith('{') || ODF.has(name.slice(1, name.indexOf('}')))));
  const children: XmlNode[] = [];
  for (const c of el.children) if (typeof c === 'string') children.push(c);
  else if (ODF.has(c.ns)) children.push(odfOnly(c));
  return { ns: el.ns, local: el.local, qname: el.qname, attrs, nsDecls: el.nsDecls, children };
}

const CORNERS = ['first-row-start-column', 'first-row-end-column', 'last-row-start-column', 'last-row-end-column'] as const;

/** A template with the four corner attributes ODF 1.3 requires (19.729-19.732), `row` where the file said none. */
function withCorners(el: XmlElement): XmlElement {
  const attrs = new Map(el.attrs);
  for (const c of CORNERS) if (attr(el, NS.table, c) === undefined) attrs.set(`{${NS.table}}${c}`, 'row');
  return { ...pick(el), attrs };
}

function pick(el: XmlElement): XmlElement {
  return { ns: el.ns, local: el.local, qname: el.qname, attrs: el.attrs, nsDecls: el.nsDecls, children: el.children };
}

/** `out` without the declarations of the usual ODF prefixes, which the parts' roots make. */
function inParts(out: XmlOut): XmlOut {
  const usual = NS as Readonly<Record<string, string>>;
  const attrs = Object.fromEntries(Object.entries(out.attrs).filter(([k, v]) => !(k.startsWith('xmlns:') && usual[k.slice(6)] === v && ODF.has(String(v)))));
  return { ...out, attrs };
}

/** The templates tables of a document follow, written once each into `office:styles`. */
export class OdfTemplateSet {
  private readonly sources = new Map<string, readonly string[]>();
  /** Names of the cell styles written, so two templates sharing one write it once. */
  private readonly cellStyles = new Set<string>();

  /** Notes that a table follows `template`. */
  add(template: TableTemplate | null): void {
    if (template && template.source.length > 0 && !this.sources.has(template.name)) this.sources.set(template.name, template.source);
  }

  /** The `table:table-template` elements and their cell styles, for `office:styles`. */
  styles(): XmlOut[] {
    const out: XmlOut[] = [];
    for (const source of this.sources.values()) {
      for (const s of source) {
        const el = parseSource(s);
        if (!el || !ODF.has(el.ns)) continue;
        if (el.local === 'style') {
          const name = attr(el, NS.style, 'name');
          if (name === undefined || this.cellStyles.has(name)) continue;
          this.cellStyles.add(name);
        }
        const kept = odfOnly(el);
        out.push(inParts(xmlOutOf(el.local === 'table-template' ? withCorners(kept) : kept)));
      }
    }
    return out;
  }
}
