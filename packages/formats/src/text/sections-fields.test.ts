import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_DOCUMENT_VERSION, textDocumentPlainText, textDocumentToNode } from '@ostal/model';
import type { PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

async function open(file: string): Promise<TextDocument> {
  return (await read(readFileSync(path.join(CORPUS, file)))).document as TextDocument;
}

function nodesOfType(json: PMNodeJSON | undefined, type: string, out: PMNodeJSON[] = []): PMNodeJSON[] {
  if (!json) return out;
  if (json.type === type) out.push(json);
  for (const c of json.content ?? []) nodesOfType(c, type, out);
  return out;
}

/** Section properties of every section, in order (breaks, then the document's last one). */
function sections(doc: TextDocument): (SectionProps | null)[] {
  const breaks = (doc.content.content ?? []).filter((b) => b.type === 'section_break').map((b) => (b.attrs?.section ?? null));
  return [...breaks, (doc.content.attrs?.section ?? null)];
}

const text = (t: string, marks?: PMNodeJSON['marks']): PMNodeJSON => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: PMNodeJSON[]): PMNodeJSON => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
const story = (...blocks: PMNodeJSON[]): PMNodeJSON => ({ type: 'doc', content: blocks });
const field = (kind: string, result: string, instruction = ''): PMNodeJSON => ({ type: 'field', attrs: { kind, instruction, result } });

const PORTRAIT: SectionProps = {
  page: { width: 11906, height: 16838, orientation: 'portrait' },
  margins: { top: 1700, right: 1134, bottom: 1600, left: 1418, header: 700, footer: 650 },
  titlePage: true,
  headers: { default: story(para(text('Rapport annuel'))), first: story(para(text('Première page'))), even: story(para(text('Page paire'))) },
  footers: { default: story(para(text('Page '), field('page-number', '2'), text(' sur '), field('page-count', '7'))), first: story(para()) },
};
const LANDSCAPE: SectionProps = {
  page: { width: 16838, height: 11906, orientation: 'landscape' },
  margins: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 0, footer: 0 },
  pageNumberStart: 5,
  pageNumberFormat: 'lowerRoman',
};
const COLUMNS: SectionProps = { ...LANDSCAPE, columns: { count: 2, gap: 567, separator: true }, start: 'continuous' };

/** A document with three sections (portrait with headers; landscape; continuous in two columns), a TOC, fields and a column break. */
function sectionedDocument(): TextDocument {
  return {
    kind: 'text',
    version: TEXT_DOCUMENT_VERSION,
    meta: { title: 'Sections' },
    content: {
      type: 'doc',
      attrs: { section: COLUMNS },
      content: [
        { type: 'table_of_contents', attrs: { instruction: '', levels: 2 }, content: [para(text('Introduction\t'), field('other', '1', ' PAGEREF _Toc1 \\h '))] },
        { type: 'heading', attrs: { level: 1 }, content: [text('Introduction')] },
        para(text('Écrit le '), field('date', '28/11/2026', ' DATE \\@ "dd/MM/yyyy" '), text(' par '), field('author', 'Camille')),
        { type: 'section_break', attrs: { section: PORTRAIT } },
        para(text('Tableau large')),
        { type: 'section_break', attrs: { section: LANDSCAPE } },
        para(text('Colonne un')),
        { type: 'column_break' },
        para(text('Colonne deux')),
      ],
    },
  };
}

describe('sections, headers and footers, fields', () => {
  it('reads page size, orientation, margins, headers and a TOC from a Word document', async () => {
    const doc = await open('docx/oxpt-HC031-Complicated-Document.docx');
    const all = sections(doc);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all[0]?.page).toEqual({ width: 12240, height: 15840, orientation: 'portrait' });
    expect(all[0]?.margins).toMatchObject({ top: 1440, left: 1440, right: 1440, bottom: 1440 });
    expect(all.some((s) => s?.page?.orientation === 'landscape' && s.page.width === 15840)).toBe(true);
    const toc = nodesOfType(doc.content, 'table_of_contents');
    expect(toc).toHaveLength(1);
    expect(toc[0]!.attrs?.levels).toBe(3);
    expect(JSON.stringify(toc[0])).toContain('Heading 1');
    expect(nodesOfType(doc.content, 'field').some((f) => f.attrs?.kind === 'date' && f.attrs.result === 'Tuesday, July 28, 2015')).toBe(true);
  });

  it('reads header and footer text, and footer page numbers', async () => {
    const various = sections(await open('docx/tika-testWORD_various.docx')).at(-1);
    expect(JSON.stringify(various?.headers?.default)).toContain('This is the header text.');
    expect(JSON.stringify(various?.footers?.default)).toContain('This is the footer text.');
    const solar = sections(await open('docx/oxpt-solar-system.docx'));
    const pageFields = solar.flatMap((s) => nodesOfType(s?.footers?.default, 'field')).filter((f) => f.attrs?.kind === 'page-number');
    expect(pageFields.length).toBeGreaterThan(0);
    expect(solar.some((s) => s?.titlePage === true)).toBe(true);
  });

  it('reads ODF page layouts and master pages', async () => {
    const doc = await open('odt/loonline-table_with_text.odt');
    expect(sections(doc).at(-1)?.page).toEqual({ width: 12240, height: 15840, orientation: 'portrait' });
    expect(sections(doc).at(-1)?.margins).toMatchObject({ top: 1134, left: 1134 });
  });

  it('shows fields by their last result in the plain text', () => {
    const plain = textDocumentPlainText(sectionedDocument());
    expect(plain).toContain('Écrit le 28/11/2026 par Camille');
  });

  it('round-trips sections, headers, fields, the TOC and column breaks through every format and across formats', async () => {
    const doc = sectionedDocument();
    const node = textDocumentToNode(doc);
    for (const format of ['docx', 'odt', 'fodt'] as const) {
      const back = (await read(await write(doc, format))).document as TextDocument;
      expect(textDocumentToNode(back).eq(node), format).toBe(true);
      for (const other of ['docx', 'odt'] as const) {
        const again = (await read(await write(back, other))).document as TextDocument;
        expect(textDocumentToNode(again).eq(node), `${format} → ${other}`).toBe(true);
      }
    }
  });

  it('writes DOCX header and footer parts, titlePg and evenAndOddHeaders', async () => {
    const zip = ZipArchive.open(await write(sectionedDocument(), 'docx'), DEFAULT_LIMITS);
    // Three header stories, and an empty one for the landscape section (which would otherwise inherit).
    expect(zip.names().filter((n) => /^word\/header\d+\.xml$/.test(n))).toHaveLength(4);
    const documentXml = zip.readText('word/document.xml');
    expect(documentXml).toContain('<w:titlePg/>');
    expect(documentXml).toContain('w:orient="landscape"');
    expect(documentXml).toContain('<w:cols w:num="2" w:space="567" w:sep="1"/>');
    expect(zip.readText('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(zip.readText('[Content_Types].xml')).toContain('wordprocessingml.header+xml');
  });

  it('writes valid ODF 1.3 for sections, headers, fields and the TOC', async () => {
    const doc = sectionedDocument();
    expect(odfSchemaErrors(await write(doc, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(doc, 'fodt'), true)).toEqual([]);
    const real = await open('docx/oxpt-HC031-Complicated-Document.docx');
    expect(odfSchemaErrors(await write(real, 'odt'))).toEqual([]);
  });

  it('LibreOffice lays out what Ostal wrote on the declared pages, with the header text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-sections-'));
    try {
      for (const format of ['docx', 'odt'] as const) {
        const pdf = path.join(dir, `${format}.pdf`);
        writeFileSync(pdf, libreofficeConvertBytes(await write(sectionedDocument(), format), `sections.${format}`, 'pdf'));
        const info = execFileSync('pdfinfo', ['-f', '1', '-l', '3', pdf], { encoding: 'utf8' });
        // A4 portrait is 595 × 842 pt; the landscape section's pages are 842 × 595.
        expect(info, format).toMatch(/Page\s+1 size:\s+595\.\d* x 841\.\d*/);
        expect(info, format).toMatch(/size:\s+841\.\d* x 595\.\d*/);
        const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
        expect(pages[0], format).toContain('Introduction');
        expect(pages[0], format).toContain('Première page');
        expect(pages[1], format).toContain('Tableau large');
        expect(pages.join(''), format).toContain('Colonne deux');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
