/**
 * `streamXml` resolves namespaces itself; these tests hold it to what saxes' own namespace mode
 * reports for the same input (the readers of big sheets were written against that shape).
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors.js';
import { streamXml } from './xml-parser.js';

const opts = { part: 'sheet.xml', maxDepth: 50 };

type Event = readonly ['open' | 'close', string, string, string, unknown, unknown, boolean] | readonly ['text', string];

function shape(kind: 'open' | 'close', tag: SaxesTagNS): Event {
  const attributes = Object.values(tag.attributes).map((a) => [a.name, a.prefix, a.local, a.uri, a.value]);
  return [kind, tag.name, tag.uri, tag.local, attributes, { ...tag.ns }, tag.isSelfClosing];
}

function ours(xml: string): Event[] {
  const events: Event[] = [];
  streamXml(xml, { open: (t) => events.push(shape('open', t)), close: (t) => events.push(shape('close', t)), text: (t) => events.push(['text', t]) }, opts);
  return events;
}

function saxes(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', (t) => events.push(shape('open', t)));
  p.on('closetag', (t) => events.push(shape('close', t)));
  p.on('text', (t) => events.push(['text', t]));
  p.on('cdata', (t) => events.push(['text', t]));
  p.write(xml).close();
  return events;
}

const SAMPLES = [
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><hyperlink r:id="rId1"/></worksheet>',
  '<office:document-content xmlns:office="urn:office" xmlns:table="urn:table" office:version="1.3"><table:table table:name="T"><table:table-cell table:number-columns-repeated="3"/></table:table></office:document-content>',
  '<a:r xmlns:a="urn:a"><b xmlns="urn:b" xmlns:a="urn:a2" a:x="1"><c xmlns=""/></b><a:d a:y="&amp;&#10;"/>t<![CDATA[<x>]]></a:r>',
  '<?xml version="1.0"?>\r\n<r xml:lang="fr"  \tv = \'a\tb\'>x\r\ny</r>',
];

describe('streamXml', () => {
  it('reports tags, attributes, declarations and text like saxes in namespace mode', () => {
    for (const xml of SAMPLES) expect(ours(xml), xml).toEqual(saxes(xml));
  });

  it('passes depths from 1 at the root, the same for open and close', () => {
    const depths: string[] = [];
    streamXml('<a><b><c/></b>t</a>', { open: (t, d) => depths.push(`<${t.name}${String(d)}`), close: (t, d) => depths.push(`/${t.name}${String(d)}`), text: (_, d) => depths.push(`t${String(d)}`) }, opts);
    expect(depths).toEqual(['<a1', '<b2', '<c3', '/c3', '/b2', 't1', '/a1']);
  });

  it('lets a handler stop the parse with its own error', () => {
    const stop = new FormatError('limit-exceeded', 'too many cells');
    expect(() =>
      streamXml(
        '<a><b/></a>',
        {
          open: (t) => {
            if (t.local === 'b') throw stop;
          },
        },
        opts,
      ),
    ).toThrow(stop);
  });

  it('refuses a DOCTYPE and unbound prefixes, as parseXml does', () => {
    const reasonOf = (xml: string): string => {
      try {
        streamXml(xml, {}, opts);
      } catch (e) {
        return e instanceof FormatError ? e.reason : 'other';
      }
      return 'none';
    };
    expect(reasonOf('<!DOCTYPE a><a/>')).toBe('forbidden-dtd');
    expect(reasonOf('<a><x:b/></a>')).toBe('malformed-xml');
    expect(reasonOf('<a x:v="1"/>')).toBe('malformed-xml');
  });
});
