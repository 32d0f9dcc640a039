/**
 * Namespace resolution for the parser (Namespaces in XML 1.0, third edition: sections 3-6).
 *
 * Why here and not in saxes: saxes' own namespace mode allocates a Set, a Clark-name string and
 * an attribute object per attribute and walks the whole tag stack for every prefix, which cost
 * more than tokenizing. This scope keeps the bindings in force in one Map with an undo log per
 * declaring element, and caches resolved names per qualified name while the bindings do not
 * change — in office documents nearly every declaration sits on the root element, so the cache
 * holds for the whole part and every `w:p` shares one name record.
 */
import { NS } from './namespaces.js';

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** A qualified name split and resolved. Shared between all uses of the same qname in a scope. */
export interface ResolvedName {
  /** As written (`w:p`). */
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  /** Namespace URI, '' when none. */
  readonly ns: string;
}

/**
 * The namespace URIs the readers compare against, mapped to the very string instances they
 * compare with. A URI read from a document is a new string; `el.ns === NS.w` on it compares
 * ~60 characters, whereas on the shared instance it is a pointer comparison — and readers make
 * that comparison for nearly every element they visit.
 */
const KNOWN_URIS: ReadonlyMap<string, string> = new Map([...Object.values(NS), XML_NAMESPACE].map((uri) => [uri, uri]));

/** Resolution caches are dropped past this size, so a part with millions of distinct names cannot grow them without end. */
const MAX_CACHED_NAMES = 4096;

/** Throws the parser's well-formedness error; never returns. */
export type NamespaceFailure = (message: string) => never;

export class NamespaceScope {
  private readonly bindings = new Map<string, string>([
    ['xml', XML_NAMESPACE],
    ['xmlns', XMLNS_NAMESPACE],
  ]);
  /** Per open element: the bindings it replaced (`[prefix, previous URI or undefined, …]`), or null. */
  private readonly undo: (readonly (string | undefined)[] | null)[] = [];
  private elementNames = new Map<string, ResolvedName>();
  private attributeNames = new Map<string, ResolvedName>();

  /**
   * @param fail reports a namespace well-formedness error (it must throw).
   * @param allowUndeclare XML 1.1 allows `xmlns:p=""` to undeclare a prefix; XML 1.0 forbids it.
   */
  constructor(
    private readonly fail: NamespaceFailure,
    private readonly allowUndeclare = (): boolean => false,
  ) {}

  /**
   * Enters an element. `decls` holds its declarations as `[prefix, uri, …]` ('' for the
   * default namespace), URIs as written; call before resolving the element's names.
   */
  enter(decls: readonly string[] | null): void {
    if (decls === null) {
      this.undo.push(null);
      return;
    }
    const log: (string | undefined)[] = [];
    for (let i = 0; i < decls.length; i += 2) {
      const prefix = decls[i]!;
      const written = decls[i + 1]!.trim();
      const uri = KNOWN_URIS.get(written) ?? written;
      if (prefix !== '' && uri === '' && !this.allowUndeclare()) this.fail('invalid attempt to undefine prefix in XML 1.0');
      checkPair(prefix, uri, this.fail);
      const previous = this.bindings.get(prefix);
      // Re-declaring the same URI (common inside DrawingML) changes nothing: keep the caches.
      if (previous === uri || (previous === undefined && uri === '')) continue;
      log.push(prefix, previous);
      if (uri === '') this.bindings.delete(prefix);
      else this.bindings.set(prefix, uri);
    }
    if (log.length > 0) this.dropCaches();
    this.undo.push(log.length > 0 ? log : null);
  }

  /** Leaves the innermost element, restoring the bindings it changed. */
  leave(): void {
    const log = this.undo.pop();
    if (!log) return;
    for (let i = 0; i < log.length; i += 2) {
      const previous = log[i + 1];
      if (previous === undefined) this.bindings.delete(log[i]!);
      else this.bindings.set(log[i]!, previous);
    }
    this.dropCaches();
  }

  /** Resolves an element name; the default namespace applies to unprefixed names. */
  element(qname: string): ResolvedName {
    let r = this.elementNames.get(qname);
    if (r === undefined) {
      r = this.resolve(qname, true);
      if (this.elementNames.size >= MAX_CACHED_NAMES) this.elementNames.clear();
      this.elementNames.set(qname, r);
    }
    return r;
  }

  /** Resolves an attribute name; unprefixed attributes are in no namespace (section 6.2). */
  attribute(qname: string): ResolvedName {
    let r = this.attributeNames.get(qname);
    if (r === undefined) {
      r = this.resolve(qname, false);
      if (this.attributeNames.size >= MAX_CACHED_NAMES) this.attributeNames.clear();
      this.attributeNames.set(qname, r);
    }
    return r;
  }

  private resolve(qname: string, isElement: boolean): ResolvedName {
    const colon = qname.indexOf(':');
    if (colon === -1) return { qname, prefix: '', local: qname, ns: isElement ? (this.bindings.get('') ?? '') : '' };
    const prefix = qname.slice(0, colon);
    const local = qname.slice(colon + 1);
    if (prefix === '' || local === '' || local.includes(':')) this.fail(`malformed name: ${qname}.`);
    if (isElement && prefix === 'xmlns') this.fail('tags may not have "xmlns" as prefix.');
    const ns = this.bindings.get(prefix);
    if (ns === undefined) this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
    return { qname, prefix, local, ns };
  }

  private dropCaches(): void {
    if (this.elementNames.size > 0) this.elementNames = new Map();
    if (this.attributeNames.size > 0) this.attributeNames = new Map();
  }
}

/** The reserved-prefix rules of section 3 ("xml" and "xmlns" are bound once and for all). */
function checkPair(prefix: string, uri: string, fail: NamespaceFailure): void {
  if (prefix === 'xml' && uri !== XML_NAMESPACE) fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
  if (prefix === 'xmlns') fail('the xmlns prefix may not be declared.');
  if (uri === XMLNS_NAMESPACE) fail(`may not bind a prefix or the default namespace to ${XMLNS_NAMESPACE}.`);
  if (uri === XML_NAMESPACE && prefix !== 'xml') fail('may not bind the xml namespace to another prefix or the default namespace.');
}
