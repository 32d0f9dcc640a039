import { describe, expect, it } from 'vitest';
import { formatErrorReason } from '../testing/format-error-reason.js';
import { parseXml } from './xml-parser.js';
import { attr, childElements, textContent } from './xml-tree.js';
import { serializeXml, x } from './xml-writer.js';

const opts = { part: 'test.xml', maxDepth: 50 };

const reason = formatErrorReason;

describe('parseXml', () => {
  it('matches names by namespace, whatever the prefix', () => {
    const root = parseXml('<q:doc xmlns:q="urn:x" xmlns:z="urn:y"><q:p z:v="1">a<![CDATA[<b>]]></q:p></q:doc>', opts);
    const [p] = childElements(root, 'urn:x', 'p');
    expect(p && attr(p, 'urn:y', 'v')).toBe('1');
    expect(textContent(root)).toBe('a<b>');
  });

  it('refuses a billion-laughs DTD without expanding it', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>';
    expect(reason(() => parseXml(bomb, opts))).toBe('forbidden-dtd');
  });

  it('refuses external entities (XXE)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>';
    expect(reason(() => parseXml(xxe, opts))).toBe('forbidden-dtd');
  });

  it('caps nesting depth', () => {
    const deep = '<a>'.repeat(60) + '</a>'.repeat(60);
    expect(reason(() => parseXml(deep, opts))).toBe('limit-exceeded');
  });

  it('reports ill-formed XML', () => {
    expect(reason(() => parseXml('<a><b></a>', opts))).toBe('malformed-xml');
    expect(reason(() => parseXml('<a>&undefined;</a>', opts))).toBe('malformed-xml');
  });

  it('reads back what the writer escapes', () => {
    const out = serializeXml(x('r', { v: 'a"<&\n' }, 'x < y & z', x('e')));
    const root = parseXml(out, opts);
    expect(attr(root, '', 'v')).toBe('a"<&\n');
    expect(textContent(root)).toBe('x < y & z');
  });
});
