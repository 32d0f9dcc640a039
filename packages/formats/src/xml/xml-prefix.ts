/**
 * The start of a large XML part made into a complete document, for a preview read while the whole
 * part is read: cut after the last complete element of a given local name (a worksheet's `row`, an
 * ODF table's `table-row`), then every element still open there closed in order. The result is
 * what the part would be if it ended after that element; the usual (hardened) parser reads it.
 */

/** Where the last `</name>` or `</prefix:name>` in `xml` ends, or -1. */
function lastCloseEnd(xml: string, local: string): number {
  const tail = `${local}>`;
  let at = xml.length;
  for (;;) {
    const end = xml.lastIndexOf(tail, at);
    if (end < 0) return -1;
    const open = xml.lastIndexOf('<', end);
    if (open >= 0 && /^<\/(?:[A-Za-z_][\w.-]*:)?$/.test(xml.slice(open, end))) return end + tail.length;
    at = end - 1;
  }
}

/** The end of the markup that starts at `start` (`<`), past quoted attribute values, or -1. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** Qualified names of the elements open at the end of `xml`, outermost first, or undefined when its markup does not nest. */
function openElements(xml: string): string[] | undefined {
  const stack: string[] = [];
  let i = xml.indexOf('<');
  while (i >= 0) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = xml.indexOf('<', end + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) return undefined;
      i = xml.indexOf('<', end + 3);
      continue;
    }
    const end = tagEnd(xml, i);
    if (end < 0) return undefined;
    const c = xml[i + 1];
    if (c === '/') {
      const name = xml.slice(i + 2, end).trim();
      if (stack.pop() !== name) return undefined;
    } else if (c !== '?' && c !== '!' && xml[end - 1] !== '/') {
      const name = /^[^\s/>]+/.exec(xml.slice(i + 1, end))?.[0];
      if (name === undefined) return undefined;
      stack.push(name);
    }
    i = xml.indexOf('<', end + 1);
  }
  return stack;
}

/**
 * `xml` cut after its last complete `local` element and closed, or undefined when it holds no
 * complete one or its markup up to there does not nest (the whole read reports such a part).
 */
export function closedPrefix(xml: string, local: string): string | undefined {
  const end = lastCloseEnd(xml, local);
  if (end < 0) return undefined;
  const head = xml.slice(0, end);
  const open = openElements(head);
  if (!open || open.length === 0) return undefined;
  return head + open.reverse().map((name) => `</${name}>`).join('');
}
