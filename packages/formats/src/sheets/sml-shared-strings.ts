/**
 * SpreadsheetML shared string table (ECMA-376 Part 1, 18.4: `sst`, `si`, rich text runs `r`/`t`,
 * phonetic runs `rPh` ignored) and the `ST_Xstring` escapes `_xHHHH_` (22.9.2.19) used in it.
 * Streamed: a shared-strings part can be as large as the sheets that use it.
 */
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';

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
