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

/** Scratch space for one tag's attributes, reused from tag to tag so that none is allocated. */
interface AttributeScratch {
  readonly names: ResolvedName[];
  readonly values: string[];
}

/**
 * Resolves a tag's attribute names (declarations left out) into `scratch` and returns how many
 * there are. Refuses two attributes with the same expanded name (Namespaces in XML, section
 * 6.3): saxes compares raw names only, so `a:x` and `b:x` bound to one URI would slip through.
 */
function resolveAttributes(raw: readonly string[], scope: NamespaceScope, fail: (message: string) => never, scratch: AttributeScratch): number {
  const { names, values } = scratch;
  let n = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const qname = raw[i]!;
    if (isDeclaration(qname)) continue;
    names[n] = scope.attribute(qname);
    values[n] = raw[i + 1]!;
    n += 1;
  }
  if (n > 1) checkUnique(names, n, fail);
  return n;
}

function checkUnique(names: readonly ResolvedName[], n: number, fail: (message: string) => never): void {
  // Elements have a handful of attributes: pairwise is cheapest. A Set guards against a
  // hostile element with thousands of them.
  if (n <= 32) {
    for (let a = 1; a < n; a++) {
      const x = names[a]!;
      for (let b = 0; b < a; b++) if (names[b]!.local === x.local && names[b]!.ns === x.ns) fail(`duplicate attribute: {${x.ns}}${x.local}.`);
    }
    return;
  }
  const seen = new Set<string>();
  for (let a = 0; a < n; a++) {
    const key = `{${names[a]!.ns}}${names[a]!.local}`;
    if (seen.has(key)) fail(`duplicate attribute: ${key}.`);
    seen.add(key);
  }
}

/**
 * Streams `text` through a hardened parser, calling handlers per tag and text run. Tags carry
 * saxes' namespace-mode shape (`uri`, `local`, `attributes` with `uri` per attribute).
 * @throws FormatError `forbidden-dtd`, `malformed-xml`, `limit-exceeded`.
 */
export function streamXml(text: string, handlers: XmlStreamHandlers, options: XmlParseOptions): void {
  const open: SaxesTagNS[] = [];
  const scratch: AttributeScratch = { names: [], values: [] };
  scanXml(text, options, (fail, xmlVersion) => {
    const s = new NamespaceScope(fail, () => xmlVersion() === '1.1');
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
        const n = resolveAttributes(tag.attributes, s, fail, scratch);
        for (let i = 0; i < n; i++) {
          const a = scratch.names[i]!;
          attributes[a.qname] = { name: a.qname, prefix: a.prefix, local: a.local, uri: a.ns, value: scratch.values[i]! };
        }
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
 * Shares equal short attribute values (`w:val="28"`, revision ids, style names) between the
 * elements that carry them. The copy saxes made then dies young instead of being promoted with
 * the tree: less for the garbage collector to move, and a smaller tree.
 */
class ValuePool {
  private pool = new Map<string, string>();

  intern(value: string): string {
    if (value.length > 24) return value;
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    // Bounded: a part made of unique values gains nothing from the pool.
    if (this.pool.size >= 16_384) this.pool = new Map();
    this.pool.set(value, value);
    return value;
  }
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
  const pool = new ValuePool();
  const scratch: AttributeScratch = { names: [], values: [] };
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
          const n = resolveAttributes(raw, scope, fail, scratch);
          if (n > 0) {
            const data = new Array<string>(n * 3);
            for (let i = 0, j = 0; i < n; i++) {
              const a = scratch.names[i]!;
              data[j++] = a.ns;
              data[j++] = a.local;
              data[j++] = pool.intern(scratch.values[i]!);
            }
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
