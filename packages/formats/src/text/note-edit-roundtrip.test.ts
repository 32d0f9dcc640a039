/**
 * A footnote edited in the writer (renderer/writer/note-edit.ts: one replace step inside the
 * note, keeping the rest of its runs) is saved to DOCX and ODT and read back with its new text,
 * its paragraphs and its formatting; recorded as a tracked change, it is read back as one.
 */
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema as s } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { Fragment, Slice } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { read, write } from '../index.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const bold = (text: string) => s.text(text, [s.marks.bold!.create()]);
const META = { title: null, language: 'fr' } as never;

function notesOf(doc: PMNode): PMNode[] {
  const out: PMNode[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'note') out.push(n);
    return true;
  });
  return out;
}

/** The document as a file of `format` and back, as a node. */
async function roundTrip(doc: PMNode, format: 'docx' | 'odt'): Promise<PMNode> {
  const bytes = await write(textDocumentFromNode(doc, META), format);
  return textDocumentToNode((await read(bytes)).document as TextDocument);
}

/** Replaces `old` by `text` in the first note, the way the note editor writes an edit back. */
function editFirstNote(doc: PMNode, old: string, text: string, marks: readonly Mark[] = []): PMNode {
  let at = -1;
  doc.descendants((n, pos) => {
    if (at < 0 && n.isText && n.text!.includes(old)) at = pos + n.text!.indexOf(old);
    return at < 0;
  });
  expect(at).toBeGreaterThan(0);
  const tr = new Transform(doc).replace(at, at + old.length, new Slice(Fragment.from(s.text(text, marks)), 0, 0));
  return tr.doc;
}

const original = s.node('doc', null, [p('Voir la loi', s.node('note', { kind: 'footnote' }, [p('Loi du ', bold('3 janvier'), ' 1979.'), p('Second paragraphe.')]), ' sur les archives.')]);

describe('an edited footnote in the saved file', () => {
  for (const format of ['docx', 'odt'] as const) {
    it(`is read back from ${format} with its new text, both paragraphs and the bold run`, async () => {
      const opened = await roundTrip(original, format);
      const edited = editFirstNote(opened, ' 1979.', ' 1979 relative aux archives.');
      const back = notesOf(await roundTrip(edited, format));
      expect(back).toHaveLength(1);
      const note = back[0]!;
      expect(note.childCount).toBe(2);
      expect(note.child(0).textContent).toBe('Loi du 3 janvier 1979 relative aux archives.');
      expect(note.child(1).textContent).toBe('Second paragraphe.');
      const boldText: string[] = [];
      note.child(0).forEach((n) => {
        if (n.marks.some((m) => m.type.name === 'bold')) boldText.push(n.text ?? '');
      });
      expect(boldText.join('')).toBe('3 janvier');
    });

    it(`keeps an edit recorded as a tracked change in ${format}`, async () => {
      const change = { id: null, author: 'Anne Martin', date: '2026-11-29T08:00:00Z' };
      const doc = editFirstNote(original, '1979', '1978', [s.marks.insertion!.create(change)]);
      const back = notesOf(await roundTrip(doc, format))[0]!;
      const inserted: string[] = [];
      back.child(0).forEach((n) => {
        if (n.marks.some((m) => m.type.name === 'insertion' && m.attrs.author === 'Anne Martin')) inserted.push(n.text ?? '');
      });
      expect(inserted.join('')).toBe('1978');
    });

    it(`is what LibreOffice reads in the ${format} Ostal writes`, async () => {
      const edited = editFirstNote(original, ' 1979.', ' 1979 relative aux archives.');
      const fodt = libreofficeConvert(await write(textDocumentFromNode(edited, META), format), `note-edit.${format}`, 'fodt');
      expect(fodt).toMatch(/<text:note [^>]*text:note-class="footnote"[^>]*>.*?1979 relative aux archives\./s);
    });
  }
});
