import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { DecorationSet } from 'prosemirror-view';
import { textSchema as s } from '@ostal/model';
import type { SectionProps } from '@ostal/model';
import { blockColumns, sectionColumnsPlugin } from './section-columns-view.js';

const p = (text: string) => s.node('paragraph', null, [s.text(text)]);
const two: SectionProps = { columns: { count: 2, gap: 708, separator: true }, start: 'continuous' };
const brk = (section: SectionProps | null) => s.node('section_break', { section });

/** The classes the plugin puts on each top-level block, and the text's attributes. */
function shown(doc: PMNode): { spans: boolean[]; attrs: Record<string, string> } {
  const plugin = sectionColumnsPlugin();
  const state = EditorState.create({ doc, plugins: [plugin] });
  const decos = plugin.props.decorations!.call(plugin, state);
  const spans: boolean[] = [];
  doc.forEach((b, pos) => spans.push((decos as DecorationSet).find(pos, pos + b.nodeSize).some((d) => d.from === pos)));
  const attrs = (plugin.props.attributes as (st: EditorState) => Record<string, string>).call(plugin, state);
  return { spans, attrs };
}

describe('section columns on screen', () => {
  it('gives each top-level block its section\'s columns, a section break belonging to the section it ends', () => {
    const doc = s.node('doc', { section: null }, [p('Titre'), brk(null), p('a'), p('b'), brk(two), p('Fin')]);
    expect(blockColumns(doc).map((c) => c?.count ?? 1)).toEqual([1, 1, 2, 2, 2, 1]);
  });

  it('lays the text in the section\'s columns, with its gap and line, the other sections spanning them', () => {
    const doc = s.node('doc', { section: null }, [p('Titre'), brk(null), p('a'), p('b'), brk(two), p('Fin')]);
    const { spans, attrs } = shown(doc);
    expect(spans).toEqual([true, true, false, false, true, true]);
    expect(attrs.class).toBe('writer-page__content--columns');
    expect(attrs.style).toContain('--section-columns: 2;');
    expect(attrs.style).toContain('--section-column-gap: 47.2px;');
    expect(attrs.style).toContain('--section-column-rule: 1px solid #000;');
  });

  it('leaves a one-column document alone', () => {
    const { spans, attrs } = shown(s.node('doc', null, [p('a'), p('b')]));
    expect(spans).toEqual([false, false]);
    expect(attrs).toEqual({});
  });
});
