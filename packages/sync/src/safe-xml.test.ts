import { describe, expect, it } from 'vitest';
import { DavError } from './dav-error.js';
import { deepText, parseXml } from './safe-xml.js';

function refusal(xml: string, limits?: Parameters<typeof parseXml>[1]): string {
  try {
    parseXml(xml, limits);
    return 'accepted';
  } catch (error) {
    return error instanceof DavError ? error.reason : String(error);
  }
}

describe('parseXml', () => {
  it('resolves namespaces (default, prefixed, redeclared) and decodes references and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><D:multistatus xmlns:D="DAV:"><D:response><a xmlns="urn:x" b="1 &amp; 2">&lt;&#233;&#x20AC;<![CDATA[<raw>]]></a></D:response></D:multistatus>',
    );
    expect([root.ns, root.local]).toEqual(['DAV:', 'multistatus']);
    const a = root.children[0]?.children[0];
    expect([a?.ns, a?.local, a?.attributes.get('b'), a?.text]).toEqual(['urn:x', 'a', '1 & 2', '<é€<raw>']);
    expect(deepText(root)).toBe('<é€<raw>');
  });

  it('refuses DOCTYPE, entity declarations and unknown entities (no expansion, no external fetch)', () => {
    const laughs = '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>';
    expect(refusal(laughs)).toBe('hostile-response');
    expect(refusal('<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>')).toBe('hostile-response');
    expect(refusal('<x>&nbsp;</x>')).toBe('hostile-response');
    expect(refusal('<x>a & b</x>')).toBe('hostile-response');
  });

  it('refuses malformed and oversized input', () => {
    expect(refusal('<a><b></a></b>')).toBe('hostile-response');
    expect(refusal('<a>')).toBe('hostile-response');
    expect(refusal('<p:a/>')).toBe('hostile-response');
    expect(refusal('<a/><b/>')).toBe('hostile-response');
    expect(refusal('')).toBe('hostile-response');
    expect(refusal('<a>' + 'x'.repeat(100) + '</a>', { maxChars: 50, maxDepth: 64, maxElements: 10 })).toBe('hostile-response');
    expect(refusal('<a>'.repeat(100) + '</a>'.repeat(100))).toBe('hostile-response');
    expect(refusal('<a>' + '<b/>'.repeat(20) + '</a>', { maxChars: 1000, maxDepth: 64, maxElements: 10 })).toBe('hostile-response');
  });

  it('parses a large listing in linear time without recursion limits', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `<d:response><d:href>/f/${String(i)}.odt</d:href></d:response>`).join('');
    const root = parseXml(`<d:multistatus xmlns:d="DAV:">${entries}</d:multistatus>`);
    expect(root.children).toHaveLength(5000);
  });
});
