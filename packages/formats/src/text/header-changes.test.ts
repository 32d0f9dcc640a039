/**
 * Tracked changes in headers and footers through ODF: each header and footer holds its own
 * `text:tracked-changes` (ODF 1.3 Part 3, 16.11), so they stay tracked rather than accepted.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_DOCUMENT_VERSION } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

const change = (type: 'insertion' | 'deletion', author: string) => ({ type, attrs: { id: null, author, date: '2026-11-29T08:00:00Z' } });
const text = (t: string, marks?: PMNodeJSON['marks']): PMNodeJSON => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const story = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

function documentWithChangedHeader(): TextDocument {
  return {
    kind: 'text',
    version: TEXT_DOCUMENT_VERSION,
    meta: {},
    content: {
      type: 'doc',
      attrs: {
        section: {
          page: { width: 11906, height: 16838, orientation: 'portrait' },
          headers: { default: story(text('Préfecture '), text('de la Corrèze', [change('insertion', 'Anne Martin')]), text(' — '), text('brouillon', [change('deletion', 'Paul Durand')])) },
          footers: { default: story(text('Page '), text('confidentielle', [change('insertion', 'Paul Durand')])) },
        },
      },
      content: [{ type: 'paragraph', content: [text('Corps '), text('ajouté', [change('insertion', 'Anne Martin')])] }],
    },
  };
}

/** Text of a story with changes as +inserted+ and -deleted- and their authors. */
function shown(json: PMNodeJSON | undefined): string {
  let out = '';
  const walk = (n: PMNodeJSON): void => {
    if (n.type === 'text') {
      const mark = n.marks?.find((m) => m.type === 'insertion' || m.type === 'deletion');
      const author = String(mark?.attrs?.author);
      out += mark ? (mark.type === 'insertion' ? `+${n.text ?? ''}/${author}+` : `-${n.text ?? ''}/${author}-`) : (n.text ?? '');
    }
    for (const c of n.content ?? []) walk(c);
  };
  if (json) walk(json);
  return out;
}

function section(doc: TextDocument): { headers?: Record<string, PMNodeJSON>; footers?: Record<string, PMNodeJSON> } {
  return doc.content.attrs?.section ?? {};
}

describe('tracked changes in headers and footers through ODF', () => {
  for (const format of ['odt', 'fodt'] as const) {
    it(`stay tracked with their authors through ${format}, in schema-valid ODF`, async () => {
      const bytes = await write(documentWithChangedHeader(), format);
      expect(odfSchemaErrors(bytes, format === 'fodt')).toEqual([]);
      const back = (await read(bytes)).document as TextDocument;
      expect(shown(section(back).headers?.default)).toBe('Préfecture +de la Corrèze/Anne Martin+ — -brouillon/Paul Durand-');
      expect(shown(section(back).footers?.default)).toBe('Page +confidentielle/Paul Durand+');
      expect(shown(back.content)).toBe('Corps +ajouté/Anne Martin+');
    });
  }

  it('writes a text:tracked-changes of their own first in the header and footer, with ids unique across the package', async () => {
    const bytes = await write(documentWithChangedHeader(), 'odt');
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    const styles = zip.readText('styles.xml');
    const content = zip.readText('content.xml');
    expect(styles).toMatch(/<style:header><text:tracked-changes>/);
    expect(styles).toMatch(/<style:footer><text:tracked-changes>/);
    const ids = [...`${styles}${content}`.matchAll(/<text:changed-region xml:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('are read by LibreOffice as tracked changes of the header (saved by it to DOCX as w:ins and w:del)', async () => {
    const bytes = await write(documentWithChangedHeader(), 'odt');
    const docx = libreofficeConvertBytes(bytes, 'header-changes.odt', 'docx');
    const zip = ZipArchive.open(new Uint8Array(docx), DEFAULT_LIMITS);
    const headers = zip.names().filter((e) => /^word\/header\d*\.xml$/.test(e)).map((e) => zip.readText(e)).join('');
    expect(headers).toMatch(/<w:ins [^>]*w:author="Anne Martin"[^>]*>.*?de la Corrèze/);
    expect(headers).toMatch(/<w:del [^>]*w:author="Paul Durand"[^>]*>.*?<w:delText>brouillon<\/w:delText>/);
  });
});

describe('tracked changes in headers and footers through DOCX', () => {
  it('are written as w:ins and w:del with their authors inside the header and footer parts', async () => {
    const bytes = await write(documentWithChangedHeader(), 'docx');
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    const headers = zip.names().filter((e) => /^word\/header\d*\.xml$/.test(e)).map((e) => zip.readText(e)).join('');
    const footers = zip.names().filter((e) => /^word\/footer\d*\.xml$/.test(e)).map((e) => zip.readText(e)).join('');
    expect(headers).toMatch(/<w:ins [^>]*w:author="Anne Martin"[^>]*>.*?de la Corrèze/);
    expect(headers).toMatch(/<w:del [^>]*w:author="Paul Durand"[^>]*>.*?<w:delText[^>]*>brouillon<\/w:delText>/);
    expect(footers).toMatch(/<w:ins [^>]*w:author="Paul Durand"[^>]*>.*?confidentielle/);
  });

  it('stay tracked with their authors DOCX → DOCX and DOCX → ODT', async () => {
    const docx = (await read(await write(documentWithChangedHeader(), 'docx'))).document as TextDocument;
    expect(shown(section(docx).headers?.default)).toBe('Préfecture +de la Corrèze/Anne Martin+ — -brouillon/Paul Durand-');
    expect(shown(section(docx).footers?.default)).toBe('Page +confidentielle/Paul Durand+');
    const again = (await read(await write(docx, 'docx'))).document as TextDocument;
    expect(shown(section(again).headers?.default)).toBe('Préfecture +de la Corrèze/Anne Martin+ — -brouillon/Paul Durand-');
    const odt = await write(docx, 'odt');
    expect(odfSchemaErrors(odt, false)).toEqual([]);
    const fromOdt = (await read(odt)).document as TextDocument;
    expect(shown(section(fromOdt).headers?.default)).toBe('Préfecture +de la Corrèze/Anne Martin+ — -brouillon/Paul Durand-');
    expect(shown(section(fromOdt).footers?.default)).toBe('Page +confidentielle/Paul Durand+');
  });

  it('written to DOCX, are read by LibreOffice as tracked changes of the header (saved by it to ODT)', async () => {
    const bytes = await write(documentWithChangedHeader(), 'docx');
    const odt = libreofficeConvertBytes(bytes, 'header-changes.docx', 'odt');
    const styles = ZipArchive.open(new Uint8Array(odt), DEFAULT_LIMITS).readText('styles.xml');
    const back = (await read(new Uint8Array(odt))).document as TextDocument;
    expect(styles).toMatch(/<text:changed-region/);
    expect(shown(section(back).headers?.default)).toContain('+de la Corrèze/Anne Martin+');
    expect(shown(section(back).headers?.default)).toContain('-brouillon/Paul Durand-');
  });
});
