import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema as s } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { readOdt } from './odf-text-reader.js';
import { write } from '../index.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const XMLNS = `xmlns:office="${NS.office}" xmlns:style="${NS.style}" xmlns:text="${NS.text}" xmlns:table="${NS.table}" xmlns:fo="${NS.fo}"`;

function odt(body: string, automatic = ''): PMNode {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${XMLNS} office:version="1.3"><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return textDocumentToNode(readOdt(writeOdfPackage(ODF_MIME.odt, [{ name: 'content.xml', data: content }]), { limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() }));
}

const L1 = '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>';

describe('ODF list headers and letter numbering', () => {
  it('reads text:list-header paragraphs as unnumbered paragraphs of the open item, not counted', () => {
    const doc = odt(
      '<text:list text:style-name="L1"><text:list-item><text:p>One</text:p></text:list-item><text:list-header><text:p>No label</text:p></text:list-header><text:list-item><text:p>Two</text:p></text:list-item></text:list>',
      L1,
    );
    const list = doc.firstChild!;
    expect(list.type.name).toBe('ordered_list');
    expect(list.childCount).toBe(2);
    expect(list.child(0).childCount).toBe(2);
    expect(list.child(0).child(1).textContent).toBe('No label');
    expect(list.child(1).textContent).toBe('Two');
  });

  it('writes letter lists that go on aa, bb after z, as Word counts (LibreOffice judge)', async () => {
    const items = Array.from({ length: 28 }, (_, i) => s.node('list_item', null, [s.node('paragraph', null, [s.text(`item ${String(i + 1)}`)])]));
    const doc = textDocumentFromNode(s.node('doc', null, [s.node('ordered_list', { format: 'lower-letter', suffix: ')' }, items)]));
    const text = libreofficeConvert(await write(doc, 'odt'), 'letters.odt', 'txt:Text (encoded):UTF8').replace(/\s+/g, ' ');
    expect(text).toContain('aa) item 27');
    expect(text).toContain('bb) item 28');
  });
});
