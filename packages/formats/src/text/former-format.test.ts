/**
 * Former formats of tracked format changes made in Ostal: written into DOCX `w:rPrChange` /
 * `w:pPrChange` and read back as the model's marks and blocks, so that rejecting after reopening
 * restores them.
 */
import { describe, expect, it } from 'vitest';
import { blockFormerFormat, formerBlock, formerMarks, runFormerFormat, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { strFromU8, unzipSync } from 'fflate';
import { read, write } from '../index.js';

const s = textSchema;
const DATE = '2026-11-29T08:00:00Z';
const fmt = (before: string): Mark => s.marks.format_change!.create({ id: null, author: 'Anne Martin', date: DATE, before });
const paraChange = (before: string): PMNode => s.nodes.paragraph_change!.create({ kind: 'format', id: null, author: 'Anne Martin', date: DATE, before });
const doc = (...blocks: PMNode[]): TextDocument => textDocumentFromNode(s.nodes.doc!.create(null, blocks));

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

async function reread(document: TextDocument): Promise<PMNode> {
  return textDocumentToNode((await read(await write(document, 'docx'))).document as TextDocument);
}

/** The format_change mark on the text node holding `text`. */
function changeOn(node: PMNode, text: string): Mark | undefined {
  let found: Mark | undefined;
  node.descendants((n) => {
    if (n.isText && n.text === text) found = n.marks.find((m) => m.type.name === 'format_change');
    return found === undefined;
  });
  return found;
}

function paragraphChanges(node: PMNode): PMNode[] {
  const out: PMNode[] = [];
  node.descendants((n) => {
    if (n.type.name === 'paragraph_change') out.push(n);
    return true;
  });
  return out;
}

const names = (marks: readonly Mark[] | null): string[] | null => marks?.map((m) => m.type.name).sort() ?? null;

describe('former formats of format changes made in Ostal', () => {
  it('writes the former run format into w:rPrChange and reads it back as marks', async () => {
    const was = [s.marks.italic!.create(), s.marks.font_size!.create({ size: 14 }), s.marks.color!.create({ color: '#c00000' }), s.marks.font!.create({ family: 'Arial' })];
    const document = doc(s.nodes.paragraph!.create(null, [s.text('Le '), s.text('budget', [s.marks.bold!.create(), fmt(runFormerFormat('ostal', was))])]));
    const bytes = await write(document, 'docx');
    const xml = documentXml(bytes);
    const change = /<w:rPrChange [^>]*>(.*?)<\/w:rPrChange>/.exec(xml)?.[1] ?? '';
    expect(change).toContain('<w:i/>');
    expect(change).toContain('<w:sz w:val="28"/>');
    expect(change).toContain('<w:color w:val="C00000"/>');
    expect(change).toContain('w:ascii="Arial"');
    expect(change).not.toContain('<w:b/>');

    const back = changeOn(await reread(document), 'budget');
    expect(back?.attrs.author).toBe('Anne Martin');
    const marks = formerMarks(back?.attrs.before, s);
    expect(names(marks)).toEqual(['color', 'font', 'font_size', 'italic']);
    expect(marks?.find((m) => m.type.name === 'font_size')?.attrs.size).toBe(14);
    // A second DOCX round trip gives the same former format.
    const again = changeOn(await reread(textDocumentFromNode(await reread(document))), 'budget');
    expect(again?.attrs.before).toBe(back?.attrs.before);
  });

  it('writes plain former text as an empty w:rPr, read back as no marks', async () => {
    const document = doc(s.nodes.paragraph!.create(null, [s.text('gras', [s.marks.bold!.create(), fmt(runFormerFormat('ostal', []))])]));
    expect(documentXml(await write(document, 'docx'))).toMatch(/<w:rPrChange [^>]*><w:rPr\/><\/w:rPrChange>/);
    expect(formerMarks(changeOn(await reread(document), 'gras')?.attrs.before, s)).toEqual([]);
  });

  it('writes the former paragraph into w:pPrChange and reads it back as a block', async () => {
    const heading = s.nodes.heading!.create({ level: 2, align: 'center' }, [s.text('Objet'), paraChange(blockFormerFormat('ostal', 'paragraph', { ...s.nodes.paragraph!.create().attrs, align: 'right', spaceAfter: 240 }))]);
    const para = s.nodes.paragraph!.create({ align: 'justify' }, [s.text('Corps'), paraChange(blockFormerFormat('ostal', 'heading', { ...s.nodes.heading!.create({ level: 1 }).attrs }))]);
    const document = doc(heading, para);
    const xml = documentXml(await write(document, 'docx'));
    const changes = [...xml.matchAll(/<w:pPrChange [^>]*>(.*?)<\/w:pPrChange>/g)].map((m) => m[1] ?? '');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toContain('<w:jc w:val="right"/>');
    expect(changes[0]).toContain('w:after="240"');
    expect(changes[0]).not.toContain('Heading');
    expect(changes[1]).toContain('<w:pStyle w:val="Heading1"/>');

    const back = paragraphChanges(await reread(document));
    expect(back.map((n) => String(n.attrs.kind))).toEqual(['format', 'format']);
    expect(formerBlock(back[0]?.attrs.before)).toMatchObject({ type: 'paragraph', attrs: { align: 'right', spaceAfter: 240 } });
    expect(formerBlock(back[1]?.attrs.before)).toMatchObject({ type: 'heading', attrs: { level: 1 } });
  });

  it('reads a Word file’s empty former w:rPr as plain text, and a missing one as unknown', async () => {
    const kept = doc(s.nodes.paragraph!.create(null, [s.text('x', [s.marks.bold!.create(), fmt(JSON.stringify({ family: 'ooxml', xml: '<w:rPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:strike/></w:rPr>' }))])]));
    // Kept XML without marks (an older model) is written as it was and read back with its meaning.
    const back = changeOn(await reread(kept), 'x');
    expect(names(formerMarks(back?.attrs.before, s))).toEqual(['strike']);
  });
});
