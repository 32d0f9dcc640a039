import { describe, expect, it } from 'vitest';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { apply, stateOf } from './test-editor-state.js';
import { textSchema as s } from '@ostal/model';
import { formatPicture, pictureOfInstruction } from './field-format.js';
import type { FieldContext } from './field-format.js';
import { insertField, selectedField, setField, specOfField, updateAllFields } from './field-commands.js';
import { insertTableOfContents } from './toc-commands.js';

const p = (...content: PMNode[]) => s.node('paragraph', null, content);
const h = (text: string) => s.node('heading', { level: 1 }, [s.text(text)]);
const field = (attrs: Record<string, unknown>) => s.node('field', attrs);

function fields(doc: PMNode): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'field') out.push({ ...n.attrs });
    return true;
  });
  return out;
}

const at = (d: string) => new Date(`${d}T14:05:09`);
const context = (now: Date, language = 'fr-FR'): FieldContext => ({ now, language, title: 'Rapport annuel', author: 'Camille Martin', fileName: '' });

describe('field results', () => {
  it('shows a date through a Word picture with French or English month and day names', () => {
    const d = at('2026-11-29');
    expect(formatPicture(d, 'd MMMM yyyy', 'fr-FR')).toBe('29 novembre 2026');
    expect(formatPicture(d, 'dd/MM/yyyy', 'fr-FR')).toBe('29/11/2026');
    expect(formatPicture(d, 'dddd d MMMM yyyy', 'fr-FR')).toBe('dimanche 29 novembre 2026');
    expect(formatPicture(d, 'd MMMM yyyy', 'en-GB')).toBe('29 November 2026');
    expect(formatPicture(d, 'HH:mm:ss', 'fr-FR')).toBe('14:05:09');
    expect(formatPicture(d, 'h:mm AM/PM', 'en-GB')).toBe('2:05 PM');
    expect(formatPicture(d, "'le' d/M/yy", 'fr-FR')).toBe('le 29/11/26');
  });

  it('reads the picture out of an instruction', () => {
    expect(pictureOfInstruction(' DATE \\@ "dd/MM/yyyy" \\* MERGEFORMAT ')).toBe('dd/MM/yyyy');
    expect(pictureOfInstruction(' PAGE ')).toBeNull();
  });
});

describe('inserting and editing fields', () => {
  it('inserts a date field showing today in the chosen format, the cursor after it, with the Word instruction the formats write', () => {
    const state = apply(stateOf(s.node('doc', null, [p(s.text('Fait le '))]), 9), insertField({ kind: 'date', picture: 'd MMMM yyyy', fixed: false }, context(at('2026-11-29'))));
    expect(state.doc.textContent).toBe('Fait le 29 novembre 2026');
    expect(fields(state.doc)).toEqual([{ kind: 'date', instruction: ' DATE \\@ "d MMMM yyyy" ', result: '29 novembre 2026', fixed: false, value: null }]);
    expect(selectedField(state)).toBeNull();
    expect(state.selection.from).toBe(state.doc.content.size - 1);
  });

  it('inserts the document title and keeps a page number field for the print layout to fill in', () => {
    let state = apply(stateOf(s.node('doc', null, [p()])), insertField({ kind: 'title', picture: '', fixed: false }, context(at('2026-11-29'))));
    expect(state.doc.textContent).toBe('Rapport annuel');
    state = apply(state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 1))), insertField({ kind: 'page-number', picture: '', fixed: false }, context(at('2026-11-29'))));
    expect(fields(state.doc).map((f) => [f.kind, f.instruction, f.result])).toEqual([['title', '', 'Rapport annuel'], ['page-number', '', '1']]);
  });

  it('changes a field\'s format and makes it fixed, keeping the moment it holds', () => {
    let state = apply(stateOf(s.node('doc', null, [p()])), insertField({ kind: 'date', picture: 'dd/MM/yyyy', fixed: true }, context(at('2026-11-29'))));
    const pos = 1;
    expect(state.doc.nodeAt(pos)?.type.name).toBe('field');
    expect(fields(state.doc)[0]).toMatchObject({ result: '29/11/2026', fixed: true, value: '2026-11-29T14:05:09' });
    // A week later the fixed date keeps its day when its format changes.
    state = apply(state, setField(pos, { ...specOfField(state.doc.nodeAt(pos)!), picture: 'd MMMM yyyy' }, context(at('2026-12-06'))));
    expect(fields(state.doc)[0]).toMatchObject({ result: '29 novembre 2026', instruction: ' DATE \\@ "d MMMM yyyy" ', fixed: true, value: '2026-11-29T14:05:09' });
    // Made updating, it shows the day it is.
    state = apply(state, setField(pos, { kind: 'date', picture: 'd MMMM yyyy', fixed: false }, context(at('2026-12-06'))));
    expect(fields(state.doc)[0]).toMatchObject({ result: '6 décembre 2026', fixed: false, value: null });
    expect(state.selection instanceof NodeSelection).toBe(true);
  });
});

describe('updating fields (F9)', () => {
  it('updates the dates and times that are not fixed and the table of contents, in one step', () => {
    const start = s.node('doc', null, [
      p(field({ kind: 'date', instruction: ' DATE \\@ "dd/MM/yyyy" ', result: '01/01/2020' })),
      p(field({ kind: 'date', instruction: ' DATE \\@ "dd/MM/yyyy" ', result: '02/02/2020', fixed: true, value: '2020-02-02' })),
      p(field({ kind: 'page-count', result: '7' })),
      h('Introduction'),
    ]);
    let state = apply(stateOf(start, start.content.size - 2), insertTableOfContents());
    // A heading added after the table was made.
    state = state.apply(state.tr.insert(state.doc.content.size, h('Conclusion')));
    const updated = apply(state, updateAllFields(context(at('2026-11-29'))));
    expect(fields(updated.doc).map((f) => f.result)).toEqual(['29/11/2026', '02/02/2020', '7']);
    let toc = '';
    updated.doc.forEach((n) => {
      if (n.type.name === 'table_of_contents') toc = n.textContent;
    });
    expect(toc).toBe('IntroductionConclusion');
  });

  it('updates the fields of headers and footers too, and keeps their page numbers for the layout', () => {
    const story = (...content: Record<string, unknown>[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
    const fieldJson = (attrs: Record<string, unknown>) => ({ type: 'field', attrs });
    const section = {
      headers: { default: story(fieldJson({ kind: 'file-name', instruction: ' FILENAME ', result: 'ancien.docx' }), fieldJson({ kind: 'page-number', result: '9' })) },
      footers: { first: story(fieldJson({ kind: 'date', instruction: ' DATE \\@ "dd/MM/yyyy" ', result: '01/01/2020' })) },
    };
    const start = s.node('doc', { section }, [p(s.text('Texte'))]);
    const updated = apply(stateOf(start, 2), updateAllFields({ ...context(at('2026-11-29')), fileName: 'rapport.docx' }));
    type Story = { content: { content: { attrs: { result: string } }[] }[] };
    const after = updated.doc.attrs.section as { headers: { default: Story }; footers: { first: Story } };
    expect(after.headers.default.content[0]!.content.map((f) => f.attrs.result)).toEqual(['rapport.docx', '9']);
    expect(after.footers.first.content[0]!.content[0]!.attrs.result).toBe('29/11/2026');
    // The text itself was not touched.
    expect(updated.doc.textContent).toBe('Texte');
  });

  it('has nothing to do in a document without fields or table of contents', () => {
    expect(updateAllFields(context(at('2026-11-29')))(stateOf(s.node('doc', null, [p(s.text('x'))])))).toBe(false);
  });
});
