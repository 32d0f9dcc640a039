import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, serializeXml, x } from './xml-writer.js';

describe('xml-writer escaping', () => {
  it('leaves plain values alone and escapes markup characters', () => {
    expect(escapeText('plain text, été')).toBe('plain text, été');
    expect(escapeText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(escapeAttr('say "hi"\tnow\nthen\r')).toBe('say &quot;hi&quot;&#9;now&#10;then&#13;');
  });

  it('drops characters XML 1.0 cannot carry, even with nothing else to escape', () => {
    expect(escapeText('a\u0001b\uFFFEc')).toBe('abc');
    expect(escapeAttr('a\u0008b')).toBe('ab');
  });

  it('writes attributes in order, skipping undefined, with numbers and booleans as text', () => {
    const out = serializeXml(x('r', { a: 1, b: undefined, c: true, d: 'q"' }, 't&'));
    expect(out.endsWith('<r a="1" c="true" d="q&quot;">t&amp;</r>')).toBe(true);
  });

  it('takes a list of 200,000 children (the shared strings of a large paste)', () => {
    const strings = Array.from({ length: 200_000 }, (_, i) => x('si', {}, x('t', {}, `s${String(i)}`)));
    const sst = x('sst', {}, strings);
    expect(sst.children).toHaveLength(200_000);
    expect(serializeXml(sst).endsWith('<si><t>s199999</t></si></sst>')).toBe(true);
  });
});
