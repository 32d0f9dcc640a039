/**
 * SpreadsheetML shared string table (ECMA-376 Part 1, 18.4: `sst`, `si`, rich text runs `r`/`t`,
 * phonetic runs `rPh` ignored) and the `ST_Xstring` escapes `_xHHHH_` (22.9.2.19) used in it.
 * Read streamed (a shared-strings part can be as large as the sheets that use it); written from
 * a table that numbers strings in first-use order.
 */
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** Decodes `_xHHHH_` escapes (a literal `_x` is itself escaped as `_x005F_x`). */
export function decodeXstring(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Escapes text that would otherwise read back as an `_xHHHH_` escape, and characters XML cannot hold. */
export function encodeXstring(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

function isSml(uri: string): boolean {
  return uri === NS.s || uri === NS.strictS;
}

/**
 * Reads the strings of a shared-strings part, in index order; rich runs are concatenated.
 * @throws FormatError `malformed-xml`, `forbidden-dtd`, `limit-exceeded` from the XML layer.
 */
export function readSharedStrings(xml: string, part: string, maxDepth: number): string[] {
  const out: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let buf = '';
  streamXml(
    xml,
    {
      open(tag) {
        if (!isSml(tag.uri)) return;
        if (tag.local === 'si') {
          inItem = true;
          buf = '';
        } else if (tag.local === 'rPh') phonetic += 1;
        else if (tag.local === 't' && inItem && phonetic === 0) inText = true;
      },
      close(tag) {
        if (!isSml(tag.uri)) return;
        if (tag.local === 'si') {
          out.push(decodeXstring(buf));
          inItem = false;
        } else if (tag.local === 'rPh') phonetic -= 1;
        else if (tag.local === 't') inText = false;
      },
      text(t) {
        if (inText) buf += t;
      },
    },
    { part, maxDepth },
  );
  return out;
}

/** Collects distinct strings in first-use order; their index is what `t="s"` cells store. */
export class SharedStringTable {
  private readonly indexOf = new Map<string, number>();
  private readonly strings: string[] = [];
  private uses = 0;

  /** The index of `s`, adding it when new. */
  index(s: string): number {
    this.uses += 1;
    let i = this.indexOf.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.indexOf.set(s, i);
    }
    return i;
  }

  get size(): number {
    return this.strings.length;
  }

  /** The `sst` part. */
  xml(): string {
    return serializeXml(
      x(
        'sst',
        { xmlns: NS.s, count: this.uses, uniqueCount: this.strings.length },
        this.strings.map((s) => x('si', {}, textElement(s))),
      ),
    );
  }
}

function textElement(s: string): XmlOut {
  const preserve = /^\s|\s$|\n/.test(s);
  return x('t', { 'xml:space': preserve ? 'preserve' : undefined }, encodeXstring(s));
}
