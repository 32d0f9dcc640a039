import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { readOdt } from './odf-text-reader.js';
import { write } from '../index.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const XMLNS = `xmlns:office="${NS.office}" xmlns:style="${NS.style}" xmlns:text="${NS.text}" xmlns:table="${NS.table}" xmlns:fo="${NS.fo}"`;
const L2 =
  '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>' +
  '<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>' +
  '<text:list-level-style-number text:level="3" style:num-format="1" style:num-suffix="." text:display-levels="3"/></text:list-style>';

// As the ODF 1.3 specification's own document has them: items whose first content is a nested
// list (here one holding only a list header), then a list continuing the first one.
const BODY =
  '<text:list xml:id="a" text:style-name="L2"><text:list-item><text:p>One</text:p></text:list-item>' +
  '<text:list-item><text:list><text:list-item><text:p>Deep</text:p></text:list-item></text:list><text:p>After deep</text:p></text:list-item>' +
  '<text:list-item><text:p>Three</text:p></text:list-item></text:list><text:p>Between</text:p>' +
  '<text:list text:continue-list="a" text:style-name="L2"><text:list-item><text:list><text:list-item><text:list><text:list-header><text:p>Deep header</text:p></text:list-header></text:list></text:list-item></text:list>' +
  '<text:p>The default value</text:p></text:list-item><text:list-item><text:p>Five</text:p></text:list-item></text:list>';

const source = writeOdfPackage(ODF_MIME.odt, [
  { name: 'content.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${XMLNS} office:version="1.3"><office:automatic-styles>${L2}</office:automatic-styles><office:body><office:text>${BODY}</office:text></office:body></office:document-content>` },
]);

/** Each labelled line LibreOffice shows: "2. Three". */
const labels = (txt: string): string[] => txt.split('\n').map((l) => l.trim()).filter((l) => /^\d/.test(l));

describe('ODF list items opening with a nested list', () => {
  it('are not counted, as LibreOffice counts them', () => {
    const doc = textDocumentToNode(readOdt(source, { limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() }));
    const orders: [string, unknown][] = [];
    doc.forEach((b: PMNode) => {
      if (b.type.name === 'ordered_list') orders.push([b.lastChild!.textContent, b.attrs.order]);
    });
    // "Five" follows "Three" (2) in the continued list: 3, not 5.
    expect(orders).toEqual([['Three', 1], ['Five', 3]]);
  });

  it('keep LibreOffice’s labels in the ODT and DOCX Ostal writes', async () => {
    const expected = labels(libreofficeConvert(source, 'source.odt', 'txt:Text (encoded):UTF8'));
    expect(expected).toEqual(['1. One', '1.1. Deep', '2. Three', '3. Five']);
    const doc = textDocumentFromNode(textDocumentToNode(readOdt(source, { limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() })));
    for (const format of ['odt', 'docx'] as const) {
      expect(labels(libreofficeConvert(await write(doc, format), `out.${format}`, 'txt:Text (encoded):UTF8'))).toEqual(expected);
    }
  }, 120_000);
});
