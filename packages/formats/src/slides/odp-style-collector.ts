/**
 * Automatic styles of an ODF presentation being written (ODF 1.3 Part 3, 16.2 style:style,
 * 16.30 text:list-style): one style per distinct set of properties, named by family prefix.
 */
import { serializeXmlFragment, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const PREFIX: Readonly<Record<string, string>> = {
  graphic: 'gr',
  presentation: 'pr',
  paragraph: 'P',
  text: 'T',
  'drawing-page': 'dp',
  'table-cell': 'ce',
  'table-column': 'co',
  'table-row': 'ro',
  list: 'L',
};

export class OdpStyleCollector {
  readonly styles: XmlOut[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  /** `prefix` keeps names of styles.xml and content.xml apart (a flat file holds both). */
  constructor(private readonly prefix = '') {}

  /** The name of an automatic style of `family` holding `children` (property elements). */
  style(family: string, children: readonly (XmlOut | null)[], extra: Readonly<Record<string, string | undefined>> = {}): string {
    const kids = children.filter((c): c is XmlOut => c !== null && (Object.values(c.attrs).some((v) => v !== undefined) || c.children.length > 0));
    const key = `${family}|${JSON.stringify(extra)}|${kids.map((k) => serializeXmlFragment(k)).join('')}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const n = (this.counts.get(family) ?? 0) + 1;
    this.counts.set(family, n);
    const name = `${this.prefix}${PREFIX[family] ?? 'S'}${String(n)}`;
    this.byKey.set(key, name);
    if (family === 'list') this.styles.push(x('text:list-style', { 'style:name': name }, kids));
    else this.styles.push(x('style:style', { 'style:name': name, 'style:family': family, ...extra }, kids));
    return name;
  }
}
