/**
 * Formula objects of ODF text kept as `opaque` nodes (ODF 1.3 Part 3, 10.4.2 `draw:frame`,
 * 10.4.6 `draw:object`, 14.9 `math:math`; Part 2, 3 package sub-documents and their manifest
 * entries).
 *
 * Reading: a frame whose `draw:object` is a formula (a sub-document `Object N/` whose content is
 * MathML, or, in flat files, a `math:math` inside the object) becomes an opaque node holding the
 * frame's XML (without its automatic style and replacement image, which would dangle) and the
 * sub-document's `content.xml`, keyed relative to the object's folder. The fallback text is the
 * formula's annotation (its StarMath source), else its MathML text.
 *
 * Writing ({@link OdfObjectWriter}): packaged documents get the files under a fresh `Object N/`
 * folder with its manifest entry; flat documents get the MathML inside the `draw:object`. Chart
 * sub-documents (`odf-frame-writer.ts`) take their `Object N/` folders from the same numbering.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr, childElement, findElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { serializeXml } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { xmlOutOf, xmlSource } from './opaque-xml.js';
import { opaqueNode } from './text-changes.js';
import { pictureMime } from './text-media.js';
import { CHART_MEDIA_TYPE } from '../sheets/ods-charts.js';

/** Text of a package part, or undefined when there is none. */
export type OdfPartText = (path: string) => string | undefined;

const MATHML = 'http://www.w3.org/1998/Math/MathML';
/** Media type of a formula sub-document (ODF 1.3 Part 2, Appendix C). */
export const FORMULA_MEDIA_TYPE = 'application/vnd.oasis.opendocument.formula';
const MAX_DEPTH = 256;
/** Namespaces of the frame attributes kept. */
const FRAME_ATTR_NS = [NS.draw, NS.svg, NS.text, NS.table, NS.presentation, NS.style, NS.fo];

function isMath(el: XmlElement | undefined): el is XmlElement {
  return el !== undefined && el.ns === MATHML && el.local === 'math';
}

/** The formula's displayed fallback: its annotation (source text), else its MathML text. */
function formulaText(math: XmlElement): string {
  const annotation = findElement(math, MATHML, 'annotation');
  const text = annotation ? textContent(annotation) : textContent(math);
  return text.replace(/\s+/g, ' ').trim();
}

/** A copy of `el` with other attributes and children. */
function copy(el: XmlElement, attrs: ReadonlyMap<string, string>, children: readonly XmlNode[]): XmlElement {
  return { ns: el.ns, local: el.local, qname: el.qname, attrs, nsDecls: el.nsDecls, children };
}

/** Reads formula frames into opaque nodes; `parts` is null for flat documents. */
export class OdfObjectReader {
  constructor(private readonly parts: OdfPartText | null) {}

  /** The opaque node for `frame` when it holds a formula, else undefined. */
  formula(frame: XmlElement): PMNode | undefined {
    if (frame.ns !== NS.draw || frame.local !== 'frame') return undefined;
    const object = childElement(frame, NS.draw, 'object');
    if (!object) return undefined;
    const href = attr(object, NS.xlink, 'href');
    let math: XmlElement | undefined;
    if (href !== undefined) {
      const dir = href.replace(/^\.\//, '').replace(/\/$/, '');
      if (this.parts === null || dir === '' || dir.split('/').includes('..') || /^[A-Za-z][\w+.-]*:/.test(dir)) return undefined;
      const content = this.parts(`${dir}/content.xml`);
      if (content === undefined) return undefined;
      try {
        math = parseXml(content, { part: `${dir}/content.xml`, maxDepth: MAX_DEPTH });
      } catch {
        return undefined;
      }
      if (!isMath(math)) return undefined;
    } else {
      math = object.children.find((c): c is XmlElement => typeof c === 'object' && isMath(c));
      if (!math) return undefined;
    }
    // One form for packaged and flat files: the formula in the files, the object element empty
    // (the writer names the sub-document). Only the formula is kept: flat files have no place
    // for the sub-document's settings (base font size...), which LibreOffice then takes as default.
    const files = { 'content.xml': serializeXml(xmlOutOf(math)) };
    // The automatic frame style and the replacement image are not kept (they would dangle), nor
    // producer extensions (the output must be plain ODF 1.3).
    const attrs = new Map([...frame.attrs].filter(([k]) => k !== `{${NS.draw}}style-name` && FRAME_ATTR_NS.some((ns) => k.startsWith(`{${ns}}`))));
    const children = frame.children
      .filter((c): c is XmlElement => typeof c === 'object' && ((c.ns === NS.draw && c.local === 'object') || (c.ns === NS.svg && (c.local === 'title' || c.local === 'desc'))))
      .map((c) => (c === object ? copy(c, new Map(), []) : c));
    return opaqueNode('odf', 'math', xmlSource(copy(frame, attrs, children)), formulaText(math), files);
  }
}

interface MutableOut {
  name: string;
  attrs: Record<string, string | number | boolean | undefined>;
  children: (XmlOut | string)[];
}

/** A kept object written by the body writer, placed in the package or inline when the file is written. */
interface KeptObject {
  /** The formula's `draw:object`; null for a chart (written whole by `odf-frame-writer.ts`). */
  readonly element: MutableOut | null;
  readonly dir: string;
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  readonly mediaType: string;
  /** The folder's ODF version for the manifest (undefined: 1.3, null: none said). */
  readonly version?: string | null;
  /** An OLE binary stored as the file `dir` itself (no folder). */
  readonly binary?: Uint8Array;
}

/** Places kept formula objects (and chart sub-documents): as package sub-documents, or inline for flat files. */
export class OdfObjectWriter {
  private readonly objects: KeptObject[] = [];
  private readonly replacements: { name: string; data: Uint8Array; mediaType: string }[] = [];

  /** Stores the replacement picture of the object at `href` (`ObjectReplacements/Object N`); returns its href. */
  replacement(href: string, data: Uint8Array, mediaType: string): string {
    const name = `ObjectReplacements/${href.replace(/^\.\//, '')}`;
    this.replacements.push({ name, data, mediaType });
    return `./${name}`;
  }

  /** Stores a chart sub-document (`content.xml` text) in a fresh `Object N` folder; returns its href. */
  chart(content: string): string {
    const dir = `Object ${String(this.objects.length + 1)}`;
    this.objects.push({ element: null, dir, files: { 'content.xml': content }, mediaType: CHART_MEDIA_TYPE });
    return `./${dir}`;
  }

  /** Stores a kept OLE binary (`odf-object-writer.ts`) as the file `Object N`; returns its href. */
  binary(bytes: Uint8Array, mediaType: string): string {
    const dir = `Object ${String(this.objects.length + 1)}`;
    this.objects.push({ element: null, dir, files: {}, mediaType, binary: bytes });
    return `./${dir}`;
  }

  /** Stores a kept sub-document's files (`odf-object-writer.ts`) in a fresh `Object N` folder; returns its href. */
  subDocument(files: Readonly<Record<string, string | Uint8Array>>, mediaType: string, version: string | null): string {
    const dir = `Object ${String(this.objects.length + 1)}`;
    this.objects.push({ element: null, dir, files, mediaType, version });
    return `./${dir}`;
  }

  /**
   * Prepares the `draw:object` inside a kept frame (writer output, changed in place) to refer
   * to a fresh `Object N` folder holding `files`; an inline formula is moved to the folder.
   * Returns false when the frame has no usable object (the caller then writes the fallback).
   */
  adopt(frame: XmlOut, files: Readonly<Record<string, string>> | null): boolean {
    const object = frame.children.find((c): c is XmlOut => typeof c !== 'string' && c.name === 'draw:object') as MutableOut | undefined;
    if (!object) return false;
    let kept = files;
    if (!kept) {
      const math = object.children.find((c): c is XmlOut => typeof c !== 'string' && (c.name === 'math' || c.name.endsWith(':math')));
      if (!math) return false;
      // Its namespace was declared on the frame: the sub-document declares it itself.
      const prefix = math.name.includes(':') ? math.name.slice(0, math.name.indexOf(':')) : '';
      kept = { 'content.xml': serializeXml({ ...math, attrs: { [prefix ? `xmlns:${prefix}` : 'xmlns']: MATHML, ...math.attrs } }) };
    }
    if (kept['content.xml'] === undefined) return false;
    const dir = `Object ${String(this.objects.length + 1)}`;
    object.attrs = { 'xlink:href': `./${dir}`, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' };
    object.children = [];
    this.objects.push({ element: object, dir, files: kept, mediaType: FORMULA_MEDIA_TYPE });
    return true;
  }

  /** Package parts of the objects, with the folder's manifest entries, for packaged files. */
  parts(): { readonly name: string; readonly data: string | Uint8Array; readonly mediaType?: string }[] {
    const files = this.objects.flatMap((o) =>
      o.binary
        ? [{ name: o.dir, data: o.binary, mediaType: o.mediaType }]
        : Object.entries(o.files).map(([name, data]) => ({ name: `${o.dir}/${name}`, data, mediaType: typeof data === 'string' || name.endsWith('.xml') ? 'text/xml' : pictureMime(data, name) })),
    );
    return [...files, ...this.replacements];
  }

  /** Manifest entries of the object folders (ODF 1.3 Part 2, 3.2: a sub-document's media type). */
  folders(): { readonly path: string; readonly mediaType: string; readonly version?: string | null }[] {
    return this.objects.filter((o) => !o.binary).map((o) => ({ path: `${o.dir}/`, mediaType: o.mediaType, ...(o.version === undefined ? {} : { version: o.version }) }));
  }

  /** For flat files: puts each object's MathML inside its `draw:object` instead. */
  inline(): void {
    for (const o of this.objects) {
      if (!o.element) continue;
      let math: XmlElement | undefined;
      try {
        math = parseXml(String(o.files['content.xml']), { part: `${o.dir}/content.xml`, maxDepth: MAX_DEPTH });
      } catch {
        math = undefined;
      }
      o.element.attrs = {};
      o.element.children = math ? [xmlOutOf(math)] : [];
    }
  }
}
