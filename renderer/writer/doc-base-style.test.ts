import { describe, expect, it } from 'vitest';
import { OSTAL_BASE, textSchema } from '@ostal/model';
import { EditorState } from 'prosemirror-state';
import { docBasePlugin, textBaseCssVars } from './doc-base-style.js';

describe('the document base formatting on screen', () => {
  it("gives a new document Ostal's size, spacing and line height, and no font or alignment of its own", () => {
    const vars = textBaseCssVars(OSTAL_BASE);
    expect(vars).toMatchObject({ '--doc-size': '12pt', '--doc-space-after': '6pt', '--doc-line-height': '1.15' });
    expect(vars['--doc-font']).toBeUndefined();
    expect(vars['--doc-align']).toBeUndefined();
  });

  it("puts a Word document's Calibri 11 justified base on the editable text", () => {
    const doc = textSchema.nodes.doc!.create({ base: { font: 'Calibri', size: 11, align: 'justify', spaceAfter: 200, lineHeight: 1.08 } }, textSchema.nodes.paragraph!.create(null, textSchema.text('Bonjour')));
    const plugin = docBasePlugin();
    const state = EditorState.create({ doc, plugins: [plugin] });
    const attributes = plugin.props.attributes as (s: EditorState) => Record<string, string>;
    const style = attributes(state).style ?? '';
    expect(style).toContain('--doc-font: "Calibri", \'Liberation Serif\', serif');
    expect(style).toContain('--doc-size: 11pt');
    expect(style).toContain('--doc-align: justify');
    expect(style).toContain('--doc-space-after: 10pt');
    expect(style).toContain('--doc-line-height: 1.08');
  });
});
