import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { DEFAULT_NOTE_SETTINGS, noteCitation, noteNumbers, textSchema as s } from '@ostal/model';
import type { NoteSettings } from '@ostal/model';
import { apply, stateOf } from './test-editor-state.js';
import { hasSectionNoteSettings, sectionNoteSettings, setNoteSettings } from './note-settings-command.js';
import { insertNote } from './note-commands.js';

const note = (kind: 'footnote' | 'endnote', mark: string | null = null) => s.node('note', { kind, mark }, [s.node('paragraph', null, [s.text('n')])]);
const p = (...inline: PMNode[]) => s.node('paragraph', null, [s.text('x'), ...inline]);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

/** The citations the writer shows (note-views.ts, EndnotesArea.tsx), in document order. */
function citations(d: PMNode, pageStarts: readonly number[] = []): string[] {
  const numbers = noteNumbers(d, pageStarts);
  const out: string[] = [];
  d.descendants((n) => {
    if (n.type.name === 'note') out.push(noteCitation(d, n, numbers.get(n)));
    return n.type.name !== 'note';
  });
  return out;
}

const sample = doc(p(note('footnote'), note('endnote'), note('footnote', '†')), s.node('section_break'), p(note('footnote'), note('endnote'), note('endnote')));

describe('note numbering with the document’s settings', () => {
  it('numbers footnotes 1, 2… and endnotes i, ii… by default; a custom mark takes no number', () => {
    expect(citations(sample)).toEqual(['1', 'i', '†', '2', 'ii', 'iii']);
  });

  it('shows each format from its start value', () => {
    const cases: [NoteSettings['endnote']['format'], number, string[]][] = [
      ['decimal', 5, ['5', '6', '7']],
      ['upper-roman', 4, ['IV', 'V', 'VI']],
      ['lower-letter', 26, ['z', 'aa', 'bb']],
      ['upper-letter', 1, ['A', 'B', 'C']],
      ['symbol', 3, ['\u2021', '\u00a7', '**']],
    ];
    for (const [format, start, expected] of cases) {
      const state = apply(stateOf(sample), setNoteSettings({ ...DEFAULT_NOTE_SETTINGS, endnote: { ...DEFAULT_NOTE_SETTINGS.endnote, format, start } }));
      expect(citations(state.doc).filter((_, i) => [1, 4, 5].includes(i))).toEqual(expected);
    }
  });

  it('restarts a kind after each section break when asked, the other counting on', () => {
    const settings: NoteSettings = { footnote: { ...DEFAULT_NOTE_SETTINGS.footnote, restart: 'section', start: 3 }, endnote: DEFAULT_NOTE_SETTINGS.endnote };
    expect(citations(apply(stateOf(sample), setNoteSettings(settings)).doc)).toEqual(['3', 'i', '†', '3', 'ii', 'iii']);
  });

  it('restarts a kind at each chapter (a heading of level 1), not at a section break nor a heading of level 2', () => {
    const h = (level: number, ...inline: PMNode[]) => s.node('heading', { level }, [s.text('T'), ...inline]);
    const chapters = doc(p(note('footnote'), note('endnote')), h(1, note('footnote')), p(note('footnote')), s.node('section_break'), h(2), p(note('footnote'), note('endnote')), h(1), p(note('footnote'), note('endnote')));
    const settings: NoteSettings = { footnote: { ...DEFAULT_NOTE_SETTINGS.footnote, restart: 'chapter' }, endnote: DEFAULT_NOTE_SETTINGS.endnote };
    expect(citations(apply(stateOf(chapters), setNoteSettings(settings)).doc)).toEqual(['1', 'i', '1', '2', '3', 'ii', '1', 'iii']);
  });

  it('restarts a kind on each page where the page view says pages start; without pages it counts on', () => {
    const pages = doc(p(note('footnote'), note('endnote')), p(note('footnote')), p(note('footnote'), note('endnote'), note('footnote')));
    const settings: NoteSettings = { footnote: { ...DEFAULT_NOTE_SETTINGS.footnote, restart: 'page', start: 2 }, endnote: DEFAULT_NOTE_SETTINGS.endnote };
    const d = apply(stateOf(pages), setNoteSettings(settings)).doc;
    const second = d.child(0).nodeSize;
    const third = second + d.child(1).nodeSize;
    expect(citations(d)).toEqual(['2', 'i', '3', '4', 'ii', '5']);
    // Page 2 starts with the second paragraph, page 3 inside the third, at its last note (the first thing on its line).
    let lastNote = 0;
    d.child(2).descendants((n, pos) => {
      if (n.type.name === 'note') lastNote = third + 1 + pos;
      return n.type.name !== 'note';
    });
    expect(citations(d, [second, lastNote])).toEqual(['2', 'i', '2', '3', 'ii', '2']);
    // A section's own page restart (a break holds the settings of the section it ends) applies in that section only.
    const own = doc(p(note('footnote')), p(note('footnote')), s.node('section_break', { section: { notes: { footnote: { ...DEFAULT_NOTE_SETTINGS.footnote, restart: 'page' } } } }), p(note('footnote')), p(note('footnote')));
    const starts = [own.child(0).nodeSize, own.child(0).nodeSize + own.child(1).nodeSize + own.child(2).nodeSize + own.child(3).nodeSize];
    expect(citations(own, starts)).toEqual(['1', '1', '2', '3']);
  });

  it('renumbers a note inserted before the others from the start value', () => {
    const settings: NoteSettings = { ...DEFAULT_NOTE_SETTINGS, endnote: { ...DEFAULT_NOTE_SETTINGS.endnote, format: 'decimal', start: 5 } };
    const state = apply(apply(stateOf(doc(p(note('endnote')))), setNoteSettings(settings)), insertNote('endnote', 'avant'));
    expect(citations(state.doc)).toEqual(['5', '6']);
  });
});

describe('setNoteSettings', () => {
  it('is one undo step, and stores nothing for the defaults', () => {
    const start = EditorState.create({ doc: sample, plugins: [history()] });
    const settings: NoteSettings = { ...DEFAULT_NOTE_SETTINGS, endnote: { format: 'decimal', start: 5, restart: 'continuous', position: 'section' } };
    const changed = apply(start, setNoteSettings(settings));
    expect(changed.doc.attrs.notes).toEqual(settings);
    const undone = apply(changed, undo);
    expect(undone.doc.attrs.notes).toBeNull();
    expect(citations(undone.doc)).toEqual(citations(sample));
    expect(apply(changed, setNoteSettings(DEFAULT_NOTE_SETTINGS)).doc.attrs.notes).toBeNull();
  });

  it('does not apply when nothing changes', () => {
    expect(setNoteSettings(DEFAULT_NOTE_SETTINGS)(stateOf(sample))).toBe(false);
  });

  it('applies to the cursor’s section alone (its own settings), or to the whole document, which drops the sections’ own', () => {
    const letters: NoteSettings = { footnote: { format: 'lower-letter', start: 1, restart: 'section', position: 'page' }, endnote: DEFAULT_NOTE_SETTINGS.endnote };
    const start = EditorState.create({ doc: sample, plugins: [history()] });
    const second = apply(start, setNoteSettings(letters, { section: 1 }));
    // The second section's footnote restarts in letters; the first section's stay numbers.
    expect(citations(second.doc)).toEqual(['1', 'i', '†', 'a', 'ii', 'iii']);
    expect(hasSectionNoteSettings(second.doc, 1)).toBe(true);
    expect(hasSectionNoteSettings(second.doc, 0)).toBe(false);
    expect(second.doc.attrs.notes).toBeNull();
    expect(sectionNoteSettings(second.doc, 1).footnote.format).toBe('lower-letter');
    expect(setNoteSettings(letters, { section: 1 })(second)).toBe(false);
    // The whole document: every section follows, none keeps its own.
    const roman: NoteSettings = { ...DEFAULT_NOTE_SETTINGS, footnote: { ...DEFAULT_NOTE_SETTINGS.footnote, format: 'upper-roman' } };
    const whole = apply(second, setNoteSettings(roman));
    expect(citations(whole.doc)).toEqual(['I', 'i', '†', 'II', 'ii', 'iii']);
    expect(hasSectionNoteSettings(whole.doc, 1)).toBe(false);
    // One undo step each.
    expect(citations(apply(whole, undo).doc)).toEqual(citations(second.doc));
    expect(citations(apply(apply(whole, undo), undo).doc)).toEqual(citations(sample));
  });
});
