/**
 * A small, strict XML parser for WebDAV responses (PROPFIND multistatus, LOCK answers): namespaces
 * resolved, predefined and numeric character references only. Hostile input is refused with a
 * `DavError('hostile-response')` and never expanded: any DOCTYPE (and so any entity declaration,
 * external or internal — "billion laughs"), oversize bodies, deep nesting and too many elements.
 * XML 1.0 §2.4 (character data), §2.8 (prolog), §4.1 (references); Namespaces in XML 1.0 §3.
 */
import { DavError } from './dav-error.js';

/** An element with its namespace URI and local name resolved. */
export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Character data directly inside this element, concatenated. */
  text: string;
}

/** Bounds on what {@link parseXml} accepts. */
export interface XmlLimits {
  /** Longest document, in characters. Default 16 Mi. */
  readonly maxChars: number;
  /** Deepest nesting. Default 64. */
  readonly maxDepth: number;
  /** Most elements. Default 500 000 (a folder of ~20 000 entries). */
  readonly maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxChars: 16 * 1024 * 1024, maxDepth: 64, maxElements: 500_000 };

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME = /^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?$/;

function refuse(message: string): never {
  throw new DavError('hostile-response', `Refused XML: ${message}`);
}

/** Replaces the five predefined entities and numeric references; anything else is refused. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,32});?/g, (match, name: string) => {
    if (!match.endsWith(';')) refuse('a bare "&" in character data.');
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) refuse(`character reference &${name}; is not a character.`);
      return String.fromCodePoint(code);
    }
    return refuse(`entity &${name}; is not one of the predefined ones.`);
  });
}

interface OpenElement {
  readonly element: XmlElement;
  readonly qname: string;
  readonly scope: ReadonlyMap<string, string>;
}

function resolve(qname: string, scope: ReadonlyMap<string, string>, isAttribute: boolean): { ns: string; local: string } {
  const colon = qname.indexOf(':');
  if (colon < 0) return { ns: isAttribute ? '' : (scope.get('') ?? ''), local: qname };
  const prefix = qname.slice(0, colon);
  const ns = prefix === 'xml' ? XML_NS : scope.get(prefix);
  if (ns === undefined) refuse(`undeclared namespace prefix "${prefix}".`);
  return { ns, local: qname.slice(colon + 1) };
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/**
 * Parses `source` into its root element.
 * @throws DavError('hostile-response') for malformed, oversized or DOCTYPE-bearing input.
 */
export function parseXml(source: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (source.length > limits.maxChars) refuse(`the document is larger than ${String(limits.maxChars)} characters.`);
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = source.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.element.text += decodeReferences(raw);
      else if (raw.trim() !== '') refuse('text outside the root element.');
    }
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end < 0) refuse('unterminated processing instruction.');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) refuse('unterminated comment.');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      const top = stack[stack.length - 1];
      if (end < 0 || !top) refuse('misplaced or unterminated CDATA section.');
      top.element.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('<!', i)) {
      refuse('DOCTYPE and entity declarations are not accepted.');
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i + 2);
      if (end < 0) refuse('unterminated end tag.');
      const qname = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.qname !== qname) refuse(`end tag </${qname}> does not match.`);
      i = end + 1;
    } else {
      const nameMatch = /^<([^\s/>]+)/.exec(source.slice(i, i + 512));
      if (!nameMatch?.[1] || !NAME.test(nameMatch[1])) refuse('malformed start tag.');
      const qname = nameMatch[1];
      let pos = i + 1 + qname.length;
      const rawAttributes: [string, string][] = [];
      ATTRIBUTE.lastIndex = pos;
      for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
        rawAttributes.push([m[1] ?? '', decodeReferences(m[2] ?? m[3] ?? '')]);
        pos = ATTRIBUTE.lastIndex;
        if (rawAttributes.length > 256) refuse('too many attributes.');
      }
      while (pos < n && /\s/.test(source[pos] ?? '')) pos++;
      let selfClosing = false;
      if (source.startsWith('/>', pos)) {
        selfClosing = true;
        pos += 2;
      } else if (source[pos] === '>') {
        pos += 1;
      } else {
        refuse(`malformed start tag <${qname}>.`);
      }
      const parentScope = stack[stack.length - 1]?.scope ?? new Map<string, string>();
      let scope = parentScope;
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === parentScope) scope = new Map(parentScope);
          (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      const attributes = new Map<string, string>();
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        const resolved = resolve(name, scope, true);
        attributes.set(resolved.ns ? `{${resolved.ns}}${resolved.local}` : resolved.local, value);
      }
      const { ns, local } = resolve(qname, scope, false);
      const element: XmlElement = { ns, local, attributes, children: [], text: '' };
      if (++elements > limits.maxElements) refuse(`more than ${String(limits.maxElements)} elements.`);
      const parent = stack[stack.length - 1];
      if (parent) parent.element.children.push(element);
      else if (root) refuse('more than one root element.');
      else root = element;
      if (!selfClosing) {
        stack.push({ element, qname, scope });
        if (stack.length > limits.maxDepth) refuse(`nesting deeper than ${String(limits.maxDepth)}.`);
      }
      i = pos;
    }
  }
  if (stack.length > 0) refuse(`unclosed element <${stack[stack.length - 1]?.qname ?? ''}>.`);
  if (!root) refuse('no root element.');
  return root;
}

/** Children of `element` named `{ns}local`. */
export function childrenNamed(element: XmlElement, ns: string, local: string): XmlElement[] {
  return element.children.filter((c) => c.ns === ns && c.local === local);
}

/** The first child of `element` named `{ns}local`. */
export function childNamed(element: XmlElement | undefined, ns: string, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.ns === ns && c.local === local);
}

/** All text inside `element`, its descendants' included, trimmed. */
export function deepText(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    parts.push(e.text);
    for (const c of e.children) walk(c);
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
