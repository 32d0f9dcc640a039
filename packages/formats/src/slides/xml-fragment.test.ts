/** Kept markup written back on its own: every namespace it needs declared, under its usual prefix. */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { elementXml } from './xml-fragment.js';

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The first element named `local` under `root`. */
function find(root: XmlElement, local: string): XmlElement | undefined {
  if (root.local === local) return root;
  for (const c of root.children) {
    if (typeof c === 'string') continue;
    const hit = find(c, local);
    if (hit) return hit;
  }
  return undefined;
}

describe('kept markup written back (an OLE frame of a slide)', () => {
  const slide = parseXml(
    `<p:sld xmlns:p="${P}" xmlns:r="${R}"><p:graphicFrame><mc:AlternateContent xmlns:mc="${MC}">` +
      `<mc:Choice xmlns:v="urn:schemas-microsoft-com:vml" Requires="v"><p:oleObj r:id="rId3" progId="Excel.Sheet.12"/></mc:Choice>` +
      `<mc:Fallback><p:oleObj r:id="rId3"/></mc:Fallback></mc:AlternateContent></p:graphicFrame></p:sld>`,
    { part: 'slide', maxDepth: 64 },
  );
  const frame = find(slide, 'graphicFrame');

  it('keeps the namespace a Requires attribute names, though no element uses its prefix', () => {
    const xml = elementXml(frame!);
    expect(xml).toContain('Requires="v"');
    expect(xml).toContain('xmlns:v="urn:schemas-microsoft-com:vml"');
    // Read again on its own, the choice still names a declared prefix.
    const again = parseXml(xml, { part: 'fragment', maxDepth: 64 });
    expect(find(again, 'Choice')).toBeDefined();
  });

  it('writes relationship ids declared above the fragment with the usual r: prefix', () => {
    expect(elementXml(frame!)).toMatch(/ r:id="rId3"/);
    expect(elementXml(frame!)).toContain(`xmlns:r="${R}"`);
  });
});
