/**
 * Building and serialising XML for writers. Elements are plain values; text is escaped here and
 * nowhere else, so no writer can produce ill-formed XML by forgetting to escape.
 */

export interface XmlOut {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly children: readonly (XmlOut | string)[];
}

/** An element; attributes whose value is `undefined` are left out. */
export function x(
  name: string,
  attrs: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: readonly (XmlOut | string | null | undefined | false | readonly (XmlOut | string)[])[]
): XmlOut {
  const flat: (XmlOut | string)[] = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    // One at a time: a list of 126,000 shared strings is more arguments than push(...list) takes.
    if (Array.isArray(c)) for (const item of c as readonly (XmlOut | string)[]) flat.push(item);
    else flat.push(c as XmlOut | string);
  }
  return { name, attrs, children: flat };
}

// XML 1.0 forbids most C0 controls even as character references; drop them.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Most text and attribute values need no escaping at all; one test spares them five scans.
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ATTR_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function write(el: XmlOut, out: string[]): void {
  out.push('<', el.name);
  const attrs = el.attrs;
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined) continue;
    out.push(' ', k, '="', escapeAttr(typeof v === 'string' ? v : String(v)), '"');
  }
  if (el.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const c of el.children) {
    if (typeof c === 'string') out.push(escapeText(c));
    else write(c, out);
  }
  out.push('</', el.name, '>');
}

/** Serialises with an XML declaration (UTF-8, standalone). */
export function serializeXml(root: XmlOut): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  write(root, out);
  return out.join('');
}

/** Serialises one element without declaration, for writers that stream the rest as text. */
export function serializeXmlFragment(el: XmlOut): string {
  const out: string[] = [];
  write(el, out);
  return out.join('');
}
