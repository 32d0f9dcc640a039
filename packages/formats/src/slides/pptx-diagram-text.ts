/**
 * The text of a SmartArt diagram that has no drawing part (ECMA-376 Part 1, 21.4.3 dgm:dataModel:
 * points `dgm:pt` joined by `dgm:cxn` parent-of connections). PowerPoint lays a diagram out from
 * its data and layout parts and saves what it drew in a drawing part ([MS-ODRAWXML] dsp:drawing);
 * decks written by other tools, or stripped, have the data alone. Where the diagram itself cannot
 * be kept (ODP), its nodes' text is laid out as a simple outline in the diagram's frame, one box
 * per node in the order of the data (each node, then its children by `srcOrd`), indented by
 * level, so the text survives the conversion.
 */
import { paragraphPlainText } from '@ostal/model';
import type { DeckShape, TextBody } from '@ostal/model';
import { parseXml } from '../xml/xml-parser.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readRichTextBody } from './dml-rich-text.js';

/** Points of these types carry a diagram's text (ST_PtType; `node` is the default). */
const TEXT_POINTS = new Set(['node', 'asst']);

/** Share of the frame's width each level is indented by. */
const INDENT = 0.06;

function dgm(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).filter((c) => c.local === local && c.ns.endsWith('/diagram'));
}

function hasText(body: TextBody | undefined): body is TextBody {
  return body !== undefined && body.paragraphs.some((p) => paragraphPlainText(p).trim() !== '');
}

/**
 * Text boxes for the nodes of the data model `xml`, in a frame of `cx` × `cy` EMU (their
 * positions in the frame's own space); undefined when the diagram holds no text or the part
 * cannot be read.
 */
export function diagramTextShapes(xml: string, cx: number, cy: number, part = 'diagram data'): DeckShape[] | undefined {
  let root: XmlElement;
  try {
    root = parseXml(xml, { part, maxDepth: 256 });
  } catch {
    return undefined;
  }
  const points = new Map<string, { type: string; text?: TextBody }>();
  for (const list of dgm(root, 'ptLst'))
    for (const pt of dgm(list, 'pt')) {
      const id = attr(pt, '', 'modelId');
      const t = dgm(pt, 't')[0];
      const text = t ? readRichTextBody(t) : undefined;
      if (id) points.set(id, { type: attr(pt, '', 'type') ?? 'node', ...(text ? { text } : {}) });
    }
  const children = new Map<string, { id: string; order: number }[]>();
  for (const list of dgm(root, 'cxnLst'))
    for (const cxn of dgm(list, 'cxn')) {
      if ((attr(cxn, '', 'type') ?? 'parOf') !== 'parOf') continue;
      const src = attr(cxn, '', 'srcId');
      const dest = attr(cxn, '', 'destId');
      if (!src || !dest) continue;
      const list = children.get(src) ?? [];
      list.push({ id: dest, order: Number(attr(cxn, '', 'srcOrd') ?? 0) });
      children.set(src, list);
    }
  const doc = [...points].find(([, p]) => p.type === 'doc')?.[0];
  if (!doc) return undefined;
  const nodes: { text: TextBody; level: number }[] = [];
  const seen = new Set<string>();
  const visit = (id: string, level: number): void => {
    if (seen.has(id) || seen.size > 10_000) return;
    seen.add(id);
    const point = points.get(id);
    if (point && TEXT_POINTS.has(point.type) && hasText(point.text)) nodes.push({ text: point.text, level });
    const next = point?.type === 'doc' || (point && TEXT_POINTS.has(point.type)) ? level + (point.type === 'doc' ? 0 : 1) : level;
    for (const child of [...(children.get(id) ?? [])].sort((a, b) => a.order - b.order)) visit(child.id, next);
  };
  visit(doc, 0);
  if (nodes.length === 0) return undefined;
  const height = Math.max(1, Math.floor(cy / nodes.length));
  return nodes.map((node, i): DeckShape => {
    const x = Math.min(Math.round(cx * INDENT * node.level), Math.round(cx / 2));
    return {
      kind: 'shape',
      id: i + 1,
      name: `Diagram text ${String(i + 1)}`,
      xfrm: { x, y: i * height, cx: Math.max(1, cx - x), cy: height },
      geometry: 'rect',
      textBox: true,
      text: { ...node.text, props: { ...node.text.props, anchor: 'middle', wrap: true } },
    };
  });
}
