/**
 * Hardened XML parsing on saxes (XML 1.0 + Namespaces). Refuses DOCTYPE outright (no entity
 * expansion, no external entities, so no XML bombs and no XXE), caps element depth, and never
 * fetches anything.
 *
 * saxes runs without its namespace mode: `NamespaceScope` resolves names instead, with a cache
 * per qualified name (see there why), and applies the same namespace well-formedness rules.
 */
import type { SaxesTagNS } from 'saxes';
import { FormatError } from '../errors.js';
import { NO_STRINGS, TreeElement } from './xml-element.js';
import type { RawTag } from './xml-scanner.js';
import { scanXml } from './xml-scanner.js';
import type { XmlElement, XmlNode } from './xml-tree.js';
import { NamespaceScope, XMLNS_NAMESPACE } from './namespace-scope.js';
import type { ResolvedName } from './namespace-scope.js';

export interface XmlParseOptions {
  /** Part name, for error messages and diagnostics. */
  readonly part: string;
  readonly maxDepth: number;
}

/** Callbacks for streaming a large part without building a tree. */
export interface XmlStreamHandlers {
  open?(tag: SaxesTagNS, depth: number): void;
  close?(tag: SaxesTagNS, depth: number): void;
  text?(text: string, depth: number): void;
}

/**
 * Splits a raw tag's attributes into namespace declarations (`[prefix, uri, …]`, or null when
 * there are none) and the others (`[qname, value, …]`).
 */
function splitDeclarations(raw: readonly string[], fail: (message: string) => never): string[] | null {
  let decls: string[] | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    // 'xmlns' or 'xmlns:…' — checked by character codes, as this runs for every attribute.
    if (name.charCodeAt(0) !== 0x78 || !name.startsWith('xmlns') || (name.length > 5 && name.charCodeAt(5) !== 0x3a)) continue;
    const prefix = name.length === 5 ? '' : name.slice(6);
    if (name.length > 5 && (prefix === '' || prefix.includes(':'))) fail(`malformed name: ${name}.`);
    (decls ??= []).push(prefix, raw[i + 1]!);
  }
  return decls;
}

/** True for `xmlns` and `xmlns:…` attribute names (declarations, not attributes). */
function isDeclaration(name: string): boolean {
  return name.charCodeAt(0) === 0x78 && name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 0x3a);
}

/**
 * Resolves a tag's attribute names, calling `each` per non-declaration attribute, and refuses
 * two attributes with the same expanded name (Namespaces in XML, section 6.3) — saxes only sees
 * raw names, so `a:x` and `b:x` bound to one URI would otherwise slip through.
 */
function resolveAttributes(raw: readonly string[], scope: NamespaceScope, fail: (message: string) => never, each: (name: ResolvedName, value: string) => void): void {
  let namespaced: ResolvedName[] | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    const qname = raw[i]!;
    if (isDeclaration(qname)) continue;
    const name = scope.attribute(qname);
    if (name.prefix !== '') {
      if (namespaced === null) namespaced = [name];
      else {
        for (const other of namespaced) if (other.local === name.local && other.ns === name.ns) fail(`duplicate attribute: {${name.ns}}${name.local}.`);
        namespaced.push(name);
      }
    }
    each(name, raw[i + 1]!);
  }
}

/**
 * Streams `text` through a hardened parser, calling handlers per tag and text run. Tags carry
 * saxes' namespace-mode shape (`uri`, `local`, `attributes` with `uri` per attribute).
 * @throws FormatError `forbidden-dtd`, `malformed-xml`, `limit-exceeded`.
 */
export function streamXml(text: string, handlers: XmlStreamHandlers, options: XmlParseOptions): void {
  let scope: NamespaceScope | null = null;
  const open: SaxesTagNS[] = [];
  scanXml(text, options, (fail, xmlVersion) => {
    scope = new NamespaceScope(fail, () => xmlVersion() === '1.1');
    const s = scope;
    return {
      open(tag: RawTag, depth: number) {
        const decls = splitDeclarations(tag.attributes, fail);
        s.enter(decls);
        const name = s.element(tag.name);
        const attributes: SaxesTagNS['attributes'] = {};
        const ns: Record<string, string> = {};
        if (decls) {
          for (let i = 0; i < decls.length; i += 2) {
            const prefix = decls[i]!;
            const value = decls[i + 1]!;
            ns[prefix] = value.trim();
            const qname = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
            attributes[qname] = { name: qname, prefix: prefix === '' ? '' : 'xmlns', local: prefix === '' ? 'xmlns' : prefix, uri: XMLNS_NAMESPACE, value };
          }
        }
        resolveAttributes(tag.attributes, s, fail, (a, value) => {
          attributes[a.qname] = { name: a.qname, prefix: a.prefix, local: a.local, uri: a.ns, value };
        });
        const full: SaxesTagNS = { name: tag.name, prefix: name.prefix, local: name.local, uri: name.ns, attributes, ns, isSelfClosing: tag.isSelfClosing };
        open.push(full);
        handlers.open?.(full, depth);
      },
      close(depth: number) {
        const full = open.pop()!;
        handlers.close?.(full, depth);
        s.leave();
      },
      text: handlers.text ? (t: string, depth: number) => handlers.text?.(t, depth) : undefined,
    };
  });
}

/**
 * Parses a whole part into an element tree and returns its root element.
 * @throws FormatError `forbidden-dtd`, `malformed-xml`, `limit-exceeded`.
 */
export function parseXml(text: string, options: XmlParseOptions): XmlElement {
  // Children of every open element sit on one stack, above the mark taken when the element
  // opened; closing the element moves them into one exactly sized array.
  const nodes: XmlNode[] = [];
  const marks: number[] = [];
  const open: TreeElement[] = [];
  let root: TreeElement | null = null;
  scanXml(text, options, (fail, xmlVersion) => {
    const scope = new NamespaceScope(fail, () => xmlVersion() === '1.1');
    return {
      open(tag: RawTag) {
        const raw = tag.attributes;
        let decls: string[] | null = null;
        let attrData: readonly string[] = NO_STRINGS;
        if (raw.length > 0) {
          decls = splitDeclarations(raw, fail);
          scope.enter(decls);
          const count = raw.length / 2 - (decls ? decls.length / 2 : 0);
          if (count > 0) {
            const data = new Array<string>(count * 3);
            let i = 0;
            resolveAttributes(raw, scope, fail, (a, value) => {
              data[i++] = a.ns;
              data[i++] = a.local;
              data[i++] = value;
            });
            attrData = data;
          }
        } else {
          scope.enter(null);
        }
        const name = scope.element(tag.name);
        const el = new TreeElement(name.ns, name.local, name.qname, attrData, decls ?? NO_STRINGS);
        if (open.length === 0) root = el;
        else nodes.push(el);
        open.push(el);
        marks.push(nodes.length);
      },
      close() {
        const el = open.pop()!;
        const mark = marks.pop()!;
        if (nodes.length > mark) {
          el.children = nodes.slice(mark);
          nodes.length = mark;
        }
        scope.leave();
      },
      text(t: string) {
        if (open.length === 0) return;
        const last = nodes.length - 1;
        // CDATA next to text arrives as two runs; the tree keeps one string, as before.
        if (last >= marks[marks.length - 1]! && typeof nodes[last] === 'string') nodes[last] += t;
        else nodes.push(t);
      },
    };
  });
  if (!root) throw new FormatError('malformed-xml', `The part "${options.part}" has no root element.`, options.part);
  return root;
}
