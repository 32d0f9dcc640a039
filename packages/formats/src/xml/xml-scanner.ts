/**
 * The hardened tokenizer under `parseXml` and `streamXml`: saxes in plain (non-namespace) mode,
 * with every DOCTYPE refused, element depth capped and each saxes error turned into a
 * `FormatError`. Namespaces are left to the caller (`NamespaceScope`).
 */
import { SaxesParser } from 'saxes';
import { FormatError } from '../errors.js';

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

  parser.on('doctype', () => {
    stop(new FormatError('forbidden-dtd', `The part "${part}" declares a DOCTYPE; Ostal refuses DTDs and entity declarations for safety.`, part));
  });
  parser.on('xmldecl', (decl) => {
    if (decl.version !== undefined) version = decl.version;
  });
  parser.on('processinginstruction', (pi) => {
    // Namespaces in XML, section 7: no colon in PI targets (saxes only checks that in its namespace mode).
    if (pi.target.includes(':')) fail(`malformed processing instruction target: ${pi.target}.`);
  });
  parser.on('attribute', (a) => {
    attributes.push(a.name, a.value);
  });
  parser.on('opentag', (t) => {
    depth += 1;
    if (depth > options.maxDepth) {
      stop(new FormatError('limit-exceeded', `The part "${part}" nests elements deeper than ${String(options.maxDepth)} levels (maxXmlDepth).`, part));
    }
    tag.name = t.name;
    tag.isSelfClosing = t.isSelfClosing;
    sink.open(tag, depth);
    attributes.length = 0;
  });
  parser.on('closetag', () => {
    sink.close(depth);
    depth -= 1;
  });
  const onText = sink.text;
  if (onText) {
    parser.on('text', (t) => onText(t, depth));
    parser.on('cdata', (t) => onText(t, depth));
  }
  parser.on('error', (err) => {
    if (failure) throw failure;
    stop(malformed(err.message));
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (failure) throw failure as FormatError;
    if (err instanceof FormatError) throw err;
    throw malformed(err instanceof Error ? err.message : String(err));
  }
}
