import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors.js';
import { formatErrorReason } from '../testing/format-error-reason.js';
import { XML_NAMESPACE } from './namespace-scope.js';
import { parseXml } from './xml-parser.js';
import { attr, childElements, isElement, textContent } from './xml-tree.js';
import type { XmlElement } from './xml-tree.js';

const opts = { part: 'test.xml', maxDepth: 50 };

const reason = formatErrorReason;

function kids(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

describe('parseXml namespaces', () => {
  it('resolves a prefix redeclared in a nested scope, and restores it after', () => {
    const root = parseXml('<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"><p:c/></p:b><p:d/></p:a>', opts);
    const [b, d] = kids(root);
    expect([root.ns, b?.ns, b && kids(b)[0]?.ns, d?.ns]).toEqual(['urn:1', 'urn:2', 'urn:2', 'urn:1']);
    expect(b?.qname).toBe('p:b');
    expect(b?.local).toBe('b');
  });

  it('applies the default namespace to elements only, and xmlns="" undeclares it', () => {
    const root = parseXml('<a xmlns="urn:d" v="1"><b xmlns=""><c/></b><e/></a>', opts);
    const [b, e] = kids(root);
    expect(root.ns).toBe('urn:d');
    expect(attr(root, '', 'v')).toBe('1');
    expect(attr(root, 'urn:d', 'v')).toBeUndefined();
    expect([b?.ns, b && kids(b)[0]?.ns, e?.ns]).toEqual(['', '', 'urn:d']);
    expect(b?.nsDecls.get('')).toBe('');
  });

  it('keeps attributes with the same local name in two namespaces apart', () => {
    const root = parseXml('<r xmlns:a="urn:a" xmlns:b="urn:b" a:x="1" b:x="2" x="3"/>', opts);
    expect([attr(root, 'urn:a', 'x'), attr(root, 'urn:b', 'x'), attr(root, '', 'x')]).toEqual(['1', '2', '3']);
    expect([...root.attrs]).toEqual([
      ['{urn:a}x', '1'],
      ['{urn:b}x', '2'],
      ['x', '3'],
    ]);
    expect([...root.nsDecls]).toEqual([
      ['a', 'urn:a'],
      ['b', 'urn:b'],
    ]);
  });

  it('refuses two attributes with one expanded name under different prefixes', () => {
    expect(reason(() => parseXml('<r xmlns:a="urn:x" xmlns:b="urn:x" a:v="1" b:v="2"/>', opts))).toBe('malformed-xml');
    expect(reason(() => parseXml('<r v="1" v="2"/>', opts))).toBe('malformed-xml');
  });

  it('finds a duplicate among many attributes', () => {
    const many = Array.from({ length: 40 }, (_, i) => `a:v${String(i)}="${String(i)}"`).join(' ');
    expect(attr(parseXml(`<r xmlns:a="urn:x" xmlns:b="urn:x" ${many}/>`, opts), 'urn:x', 'v39')).toBe('39');
    expect(reason(() => parseXml(`<r xmlns:a="urn:x" xmlns:b="urn:x" ${many} b:v7="x"/>`, opts))).toBe('malformed-xml');
  });

  it('binds xml: without a declaration', () => {
    const root = parseXml('<r xml:space="preserve"> a </r>', opts);
    expect(attr(root, XML_NAMESPACE, 'space')).toBe('preserve');
    expect(textContent(root)).toBe(' a ');
  });

  it('refuses unbound prefixes, reserved prefixes and malformed names', () => {
    for (const bad of [
      '<p:a/>',
      '<a p:v="1"/>',
      '<xmlns:a/>',
      '<a xmlns:xmlns="urn:x"/>',
      '<a xmlns:xml="urn:x"/>',
      '<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>',
      '<a xmlns="http://www.w3.org/2000/xmlns/"/>',
      '<a xmlns:p=""/>',
      '<a:b:c xmlns:a="urn:a"/>',
      '<a xmlns:="urn:x"/>',
      '<:a/>',
      '<a><?p:i x?></a>',
    ]) {
      expect(reason(() => parseXml(bad, opts)), bad).toBe('malformed-xml');
    }
  });

  it('lets XML 1.1 undeclare a prefix', () => {
    const root = parseXml('<?xml version="1.1"?><p:a xmlns:p="urn:1"><b xmlns:p=""/></p:a>', opts);
    expect(kids(root)[0]?.ns).toBe('');
    expect(reason(() => parseXml('<?xml version="1.1"?><p:a xmlns:p="urn:1"><p:b xmlns:p=""/></p:a>', opts))).toBe('malformed-xml');
  });

  it('re-declaring a prefix to the same URI changes nothing', () => {
    const root = parseXml('<a:r xmlns:a="urn:a"><a:s xmlns:a="urn:a" a:v="1"/><a:t/></a:r>', opts);
    const [s, t] = kids(root);
    expect([s?.ns, t?.ns, s && attr(s, 'urn:a', 'v')]).toEqual(['urn:a', 'urn:a', '1']);
    expect(s?.nsDecls.get('a')).toBe('urn:a');
  });

  it('keeps namespace URIs as written in nsDecls but resolves them trimmed', () => {
    const root = parseXml('<p:a xmlns:p=" urn:1 "/>', opts);
    expect(root.ns).toBe('urn:1');
    expect(root.nsDecls.get('p')).toBe(' urn:1 ');
  });

  it('resolves names correctly past the name cache size', () => {
    const n = 5000;
    const body = Array.from({ length: n }, (_, i) => `<q:e${String(i)} q:v${String(i)}="${String(i)}"/>`).join('');
    const root = parseXml(`<r xmlns:q="urn:q">${body}</r>`, opts);
    const all = childElements(root, 'urn:q');
    expect(all).toHaveLength(n);
    expect(all.every((el, i) => el.local === `e${String(i)}` && attr(el, 'urn:q', `v${String(i)}`) === String(i))).toBe(true);
  });
});

describe('parseXml text and attribute values', () => {
  it('decodes the predefined entities and character references in attributes and text', () => {
    const root = parseXml('<r v="&lt;&amp;&gt;&quot;&apos;&#65;&#x42;&#x1F600;">&lt;&#233;&#xE9;&amp;</r>', opts);
    expect(attr(root, '', 'v')).toBe('<&>"\'AB\u{1F600}');
    expect(textContent(root)).toBe('<éé&');
  });

  it('normalises whitespace characters in attribute values, but not character references to them', () => {
    const root = parseXml('<r v="a\tb\nc\r\nd" w="a&#9;b&#10;c&#13;d"/>', opts);
    expect(attr(root, '', 'v')).toBe('a b c d');
    expect(attr(root, '', 'w')).toBe('a\tb\nc\rd');
  });

  it('turns CRLF and lone CR into LF in text', () => {
    const root = parseXml('<r>a\r\nb\rc\nd</r>', opts);
    expect(textContent(root)).toBe('a\nb\nc\nd');
  });

  it('keeps comments and processing instructions out of the tree, and merges CDATA with text', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><r>a<!-- x -->b<?pi data?>c<![CDATA[<&>]]>d</r><!-- after -->', opts);
    expect(root.children).toEqual(['abc<&>d']);
  });

  it('reads a very long text node whole', () => {
    const long = 'x'.repeat(3_000_000) + '&amp;' + 'é'.repeat(1000);
    const root = parseXml(`<r>${long}</r>`, opts);
    expect(root.children).toHaveLength(1);
    expect(textContent(root)).toHaveLength(3_000_000 + 1 + 1000);
  });

  it('refuses undefined entities, stray markup and text outside the root', () => {
    for (const bad of ['<r v="&nbsp;"/>', '<r v="<"/>', '<r>]]></r>', 'x<r/>', '<r/>x', '<r/><s/>', '', '<r', '<r v=1/>']) {
      expect(reason(() => parseXml(bad, opts)), bad).toBe('malformed-xml');
    }
  });

  it('counts depth from the root, so exactly maxDepth levels pass', () => {
    expect(() => parseXml('<a>'.repeat(50) + '</a>'.repeat(50), opts)).not.toThrow();
    expect(reason(() => parseXml('<a>'.repeat(51) + '</a>'.repeat(51), opts))).toBe('limit-exceeded');
  });

  it('names the part and the position in the error', () => {
    try {
      parseXml('<r>\n<p:a/></r>', opts);
      expect.unreachable();
    } catch (e) {
      expect(e instanceof FormatError && e.message).toMatch(/"test\.xml".*2:\d+: unbound namespace prefix/);
    }
  });
});

describe('attr on elements not built by the parser', () => {
  it('falls back to the Clark-keyed map', () => {
    const el: XmlElement = { ns: '', local: 'r', qname: 'r', attrs: new Map([['{urn:a}x', '1'], ['y', '2']]), nsDecls: new Map(), children: [] };
    expect([attr(el, 'urn:a', 'x'), attr(el, '', 'y'), attr(el, '', 'x')]).toEqual(['1', '2', undefined]);
  });
});
