/**
 * A chart object's document in its two forms (ODF 1.3 Part 3, 3.1 `office:document` of a flat
 * file; 3.1.2-3.1.4 the `office:document-content`, `-styles`, `-meta` of a package's folder):
 * the files of a packaged sub-document merged into one `office:document` for a flat file, and
 * back. Used by `odf-chart-source.ts` so a kept chart object goes from ODT to FODT and back.
 */
import { NS } from '../xml/namespaces.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { childElement, isElement } from '../xml/xml-tree.js';
import { CHART_MEDIA_TYPE } from '../sheets/ods-charts.js';

/** The top-level elements of an `office:document`, in schema order. */
const ORDER = ['meta', 'settings', 'scripts', 'font-face-decls', 'styles', 'automatic-styles', 'master-styles', 'body'] as const;
/** Which of them each file of a package holds (Part 3, 3.1.2-3.1.4). */
const FILES: Readonly<Record<string, readonly string[]>> = {
  'content.xml': ['scripts', 'font-face-decls', 'automatic-styles', 'body'],
  'styles.xml': ['font-face-decls', 'styles', 'automatic-styles', 'master-styles'],
  'meta.xml': ['meta'],
};
const ROOTS: Readonly<Record<string, string>> = { 'content.xml': 'document-content', 'styles.xml': 'document-styles', 'meta.xml': 'document-meta' };

function officeElement(local: string, attrs: ReadonlyMap<string, string>, nsDecls: ReadonlyMap<string, string>, children: readonly XmlNode[]): XmlElement {
  return { ns: NS.office, local, qname: `office:${local}`, attrs, nsDecls, children };
}

/** The elements named `local` of the roots, their children joined (style names: those of content.xml first). */
function joined(roots: readonly XmlElement[], local: string): XmlElement | undefined {
  const found = roots.map((r) => childElement(r, NS.office, local)).filter((e): e is XmlElement => e !== undefined);
  if (found.length === 0) return undefined;
  if (found.length === 1 || local === 'body' || local === 'meta') return found[0];
  const seen = new Set<string>();
  const children: XmlNode[] = [];
  for (const el of found) {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      const key = `${c.local} ${c.attrs.get(`{${NS.style}}name`) ?? c.attrs.get(`{${NS.style}}family`) ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      children.push(c);
    }
  }
  return { ...found[0]!, children };
}

/** The `office:document` of a packaged chart's files (`content.xml` required). */
export function inlineDocument(files: Readonly<Record<string, XmlElement>>): XmlElement | undefined {
  const content = files['content.xml'];
  if (!content) return undefined;
  const roots = [content, files['styles.xml'], files['meta.xml']].filter((r): r is XmlElement => r !== undefined);
  const nsDecls = new Map<string, string>();
  for (const r of roots) for (const [p, uri] of r.nsDecls) if (!nsDecls.has(p)) nsDecls.set(p, uri);
  const attrs = new Map(content.attrs);
  attrs.set(`{${NS.office}}mimetype`, CHART_MEDIA_TYPE);
  const children = ORDER.map((local) => joined(roots, local)).filter((e): e is XmlElement => e !== undefined);
  return officeElement('document', attrs, nsDecls, children);
}

/** The files (`content.xml`, `styles.xml`, `meta.xml`) of a chart's inline `office:document`. */
export function packagedFiles(doc: XmlElement): Record<string, XmlElement> {
  const attrs = new Map([...doc.attrs].filter(([k]) => k !== `{${NS.office}}mimetype`));
  const out: Record<string, XmlElement> = {};
  for (const [file, locals] of Object.entries(FILES)) {
    const children = locals.map((l) => childElement(doc, NS.office, l)).filter((e): e is XmlElement => e !== undefined);
    // Automatic styles go with the content, and to styles.xml only when master styles may use them.
    const kept = file === 'styles.xml' && !childElement(doc, NS.office, 'master-styles') ? children.filter((c) => c.local !== 'automatic-styles') : children;
    if (file !== 'content.xml' && kept.length === 0) continue;
    out[file] = officeElement(ROOTS[file]!, attrs, doc.nsDecls, kept);
  }
  return out;
}
