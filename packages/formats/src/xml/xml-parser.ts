/**
 * Hardened XML parsing on saxes (XML 1.0 + Namespaces). Refuses DOCTYPE outright (no entity
 * expansion, no external entities, so no XML bombs and no XXE), caps element depth, and never
 * fetches anything.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { FormatError } from '../errors.js';
import type { XmlElement, XmlNode } from './xml-tree.js';

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
 * Streams `text` through a hardened parser, calling handlers per tag and text run.
 * @throws FormatError `forbidden-dtd`, `malformed-xml`, `limit-exceeded`.
 */
export function streamXml(text: string, handlers: XmlStreamHandlers, options: XmlParseOptions): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let failure: FormatError | null = null;
  const fail = (e: FormatError): never => {
    failure = e;
    throw e;
  };
  parser.on('doctype', () => {
    fail(new FormatError('forbidden-dtd', `The part "${options.part}" declares a DOCTYPE; Ostal refuses DTDs and entity declarations for safety.`, options.part));
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > options.maxDepth) {
      fail(new FormatError('limit-exceeded', `The part "${options.part}" nests elements deeper than ${String(options.maxDepth)} levels (maxXmlDepth).`, options.part));
    }
    handlers.open?.(tag, depth);
  });
  parser.on('closetag', (tag) => {
    handlers.close?.(tag, depth);
    depth -= 1;
  });
  if (handlers.text) {
    parser.on('text', (t) => handlers.text?.(t, depth));
    parser.on('cdata', (t) => handlers.text?.(t, depth));
  }
  parser.on('error', (err) => {
    if (failure) throw failure;
    throw new FormatError('malformed-xml', `The part "${options.part}" is not well-formed XML: ${err.message}`, options.part);
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (failure) throw failure as FormatError;
    if (err instanceof FormatError) throw err;
    throw new FormatError('malformed-xml', `The part "${options.part}" is not well-formed XML: ${err instanceof Error ? err.message : String(err)}`, options.part);
  }
}

interface Building {
  ns: string;
  local: string;
  qname: string;
  attrs: Map<string, string>;
  nsDecls: Map<string, string>;
  children: XmlNode[];
}

/**
 * Parses a whole part into an element tree and returns its root element.
 * @throws FormatError `forbidden-dtd`, `malformed-xml`, `limit-exceeded`.
 */
export function parseXml(text: string, options: XmlParseOptions): XmlElement {
  const stack: Building[] = [];
  let root: Building | null = null;
  streamXml(
    text,
    {
      open(tag) {
        const attrs = new Map<string, string>();
        const nsDecls = new Map<string, string>();
        for (const a of Object.values(tag.attributes)) {
          if (a.prefix === 'xmlns') nsDecls.set(a.local, a.value);
          else if (a.prefix === '' && a.local === 'xmlns') nsDecls.set('', a.value);
          else attrs.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
        }
        const el: Building = { ns: tag.uri, local: tag.local, qname: tag.name, attrs, nsDecls, children: [] };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else root = el;
        stack.push(el);
      },
      close() {
        stack.pop();
      },
      text(t) {
        const parent = stack[stack.length - 1];
        if (!parent) return;
        const last = parent.children[parent.children.length - 1];
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
        else parent.children.push(t);
      },
    },
    options,
  );
  if (!root) throw new FormatError('malformed-xml', `The part "${options.part}" has no root element.`, options.part);
  return root;
}
