/**
 * The hardened tokenizer under `parseXml` and `streamXml`: saxes in plain (non-namespace) mode,
 * with every DOCTYPE refused, element depth capped and each saxes error turned into a
 * `FormatError`. Namespaces are left to the caller (`NamespaceScope`).
 */
import { SaxesParser } from 'saxes';
import type { EventName, SaxesAttributePlain, SaxesTagPlain, XMLDecl } from 'saxes';
import { FormatError } from '../errors.js';

/**
 * Where saxes keeps the handler of each event, learnt once from saxes itself.
 *
 * Why not `parser.on()`: it stores each handler under a computed key, and V8 turns an object
 * that gets more than a dozen or so properties that way into a slow dictionary-mode object —
 * with the eight handlers the scanner needs, every `this.i` / `this.chunk` access in saxes'
 * per-character loop became a hash lookup and tokenizing was four to five times slower.
 * `Object.defineProperty` adds the same properties without that penalty.
 */
const HANDLER_SLOTS: ReadonlyMap<EventName, string> = (() => {
  const probe = new SaxesParser({ xmlns: false });
  const before = new Set(Object.keys(probe));
  const slots = new Map<EventName, string>();
  const events: EventName[] = ['doctype', 'xmldecl', 'processinginstruction', 'attribute', 'opentag', 'closetag', 'text', 'cdata'];
  for (const event of events) {
    const marker = (): void => undefined;
    probe.on(event, marker);
    const key = Object.keys(probe).find((k) => !before.has(k) && (probe as unknown as Record<string, unknown>)[k] === marker);
    if (key !== undefined) slots.set(event, key);
  }
  return slots;
})();

/** Installs handlers without sending the parser to dictionary mode (see {@link HANDLER_SLOTS}). */
function install(parser: SaxesParser<{ xmlns: false; position: true }>, handlers: { [E in EventName]?: (arg: never) => void }): void {
  for (const [event, handler] of Object.entries(handlers) as [EventName, (arg: never) => void][]) {
    const slot = HANDLER_SLOTS.get(event);
    // A saxes whose layout the probe could not read still works, just slower.
    if (slot === undefined) parser.on(event, handler as never);
    else Object.defineProperty(parser, slot, { value: handler, writable: true, enumerable: true, configurable: true });
  }
}

/** A start tag as scanned: raw qualified names, before namespace resolution. */
export interface RawTag {
  readonly name: string;
  /**
   * Attributes in document order as `[qname, value, qname, value, …]`, values already
   * normalised and unescaped. Reused for the next tag: copy what you keep.
   */
  readonly attributes: readonly string[];
  readonly isSelfClosing: boolean;
}

/** What the caller does with the tokens. Handlers may throw a `FormatError` to stop. */
export interface ScanSink {
  open(tag: RawTag, depth: number): void;
  /** `depth` is the closing element's own depth. */
  close(depth: number): void;
  text?: ((text: string, depth: number) => void) | undefined;
}

/** Reports a well-formedness error at the current position; never returns. */
export type ScanFailure = (message: string) => never;

/**
 * Tokenizes `text`. `makeSink` receives the failure function (for namespace errors found by
 * the sink, which are well-formedness errors like saxes' own) and the document's XML version
 * (known once the declaration has been read).
 * @throws FormatError `forbidden-dtd`, `malformed-xml`, `limit-exceeded`.
 */
export function scanXml(
  text: string,
  options: { readonly part: string; readonly maxDepth: number },
  makeSink: (fail: ScanFailure, xmlVersion: () => string) => ScanSink,
): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const part = options.part;
  let depth = 0;
  let version = '1.0';
  let failure: FormatError | null = null;
  const stop = (e: FormatError): never => {
    failure = e;
    throw e;
  };
  const malformed = (message: string): FormatError => new FormatError('malformed-xml', `The part "${part}" is not well-formed XML: ${message}`, part);
  // saxes prefixes its messages with the position; do the same for errors found outside it.
  const fail: ScanFailure = (message) => stop(malformed(`${String(parser.line)}:${String(parser.column)}: ${message}`));
  const sink = makeSink(fail, () => version);
  const attributes: string[] = [];
  const tag = { name: '', attributes: attributes as readonly string[], isSelfClosing: false };

  const onText = sink.text;
  // No 'error' handler: saxes then throws its error, and the catch below turns it into ours.
  install(parser, {
    doctype: () => {
      stop(new FormatError('forbidden-dtd', `The part "${part}" declares a DOCTYPE; Ostal refuses DTDs and entity declarations for safety.`, part));
    },
    xmldecl: (decl: XMLDecl) => {
      if (decl.version !== undefined) version = decl.version;
    },
    processinginstruction: (pi: { target: string }) => {
      // Namespaces in XML, section 7: no colon in PI targets (saxes checks that only in its namespace mode).
      if (pi.target.includes(':')) fail(`malformed processing instruction target: ${pi.target}.`);
    },
    attribute: (a: SaxesAttributePlain) => {
      attributes.push(a.name, a.value);
    },
    opentag: (t: SaxesTagPlain) => {
      depth += 1;
      if (depth > options.maxDepth) {
        stop(new FormatError('limit-exceeded', `The part "${part}" nests elements deeper than ${String(options.maxDepth)} levels (maxXmlDepth).`, part));
      }
      tag.name = t.name;
      tag.isSelfClosing = t.isSelfClosing;
      sink.open(tag, depth);
      attributes.length = 0;
    },
    closetag: () => {
      sink.close(depth);
      depth -= 1;
    },
    ...(onText ? { text: (t: string) => onText(t, depth), cdata: (t: string) => onText(t, depth) } : {}),
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (failure) throw failure as FormatError;
    if (err instanceof FormatError) throw err;
    throw malformed(err instanceof Error ? err.message : String(err));
  }
}
