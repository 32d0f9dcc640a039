/**
 * The slides editor's section state and commands: which sections are folded in the panel, the
 * empty section chosen there, the Sections toolbar's commands (add, rename, remove, fold) and the
 * name dialogs, and moving a whole section (toolbar, keys, drag in the panel). Changes go
 * through the editor's `commit` (one undo step each).
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { sectionOfSlide, sectionRanges } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { SectionNameDialog } from './SlideSections.js';
import type { SectionCommand } from './SlideSections.js';
import { addSection, removeSection, renameSection, sectionKey } from './section-operations.js';
import { moveSection } from './section-move.js';
import type { SlidesLabels } from './slides-labels.js';

export interface SlideSectionsState {
  readonly ranges: ReturnType<typeof sectionRanges>;
  /** Keys (`sectionKey`) of the folded sections. */
  readonly collapsed: ReadonlySet<string>;
  /** An empty section chosen in the panel (it has no slide to select), or null. */
  readonly sectionFocus: number | null;
  readonly setSectionFocus: (k: number | null) => void;
  /** Whether the current section is folded; undefined when it cannot be. */
  readonly sectionFolded: boolean | undefined;
  readonly toggleSection: (k: number, fold: boolean) => void;
  readonly onSectionCommand: (command: SectionCommand) => void;
  /** Moves section `k` with its slides before section `before` (the end for the section count). */
  readonly onMoveSection: (k: number, before: number) => void;
  /** Where the current section can move. */
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  /** The open name dialog, or null. */
  readonly dialog: ReactNode;
}

/**
 * `commit` records a change (with the slide to come back to on undo); `select` shows a slide
 * after a section moved (the one shown before, wherever it went).
 */
export function useSlideSections(deck: Deck, index: number, labels: SlidesLabels, commit: (next: Deck, slide?: number) => void, select: (slide: number) => void): SlideSectionsState {
  // Sections folded in the panel (by `sectionKey`), and an empty section chosen there.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [sectionFocus, setSectionFocus] = useState<number | null>(null);
  const [open, setOpen] = useState<'new' | 'rename' | null>(null);

  const ranges = sectionRanges(deck);
  const currentSection = sectionFocus !== null && ranges[sectionFocus] ? sectionFocus : sectionOfSlide(deck, index);
  const currentRange = ranges[currentSection];
  const sectionFolded = currentRange && currentRange.end > currentRange.start ? collapsed.has(sectionKey(currentRange.section, currentSection)) : undefined;

  const toggleSection = (k: number, fold: boolean) => {
    const r = ranges[k];
    if (!r) return;
    const key = sectionKey(r.section, k);
    setCollapsed((old) => {
      const next = new Set(old);
      if (fold) next.add(key);
      else next.delete(key);
      return next;
    });
  };

  const onMoveSection = (k: number, before: number) => {
    const r = moveSection(deck, k, before);
    if (r.deck === deck) return;
    const id = deck.slides[index]?.id;
    const at = Math.max(0, r.deck.slides.findIndex((s) => s.id === id));
    const focused = sectionFocus;
    commit(r.deck, at);
    select(at);
    // An empty section chosen in the panel stays chosen where it went.
    if (focused !== null) setSectionFocus(r.order.indexOf(focused));
  };

  const onSectionCommand = (command: SectionCommand) => {
    switch (command) {
      case 'add':
        setOpen('new');
        return;
      case 'rename':
        if (currentRange) setOpen('rename');
        return;
      case 'remove':
        if (currentRange) {
          commit(removeSection(deck, currentSection));
          setSectionFocus(null);
        }
        return;
      case 'toggle':
        if (sectionFolded !== undefined) toggleSection(currentSection, !sectionFolded);
        return;
      case 'moveUp':
        onMoveSection(currentSection, currentSection - 1);
        return;
      case 'moveDown':
        onMoveSection(currentSection, currentSection + 2);
    }
  };

  const s = labels.editor.sections;
  let dialog: ReactNode = null;
  if (open === 'new') {
    dialog = (
      <SectionNameDialog
        labels={labels}
        title={s.newTitle}
        initial={s.untitled}
        onCancel={() => setOpen(null)}
        onApply={(name) => {
          setOpen(null);
          const at = sectionFocus !== null && currentRange ? currentRange.start : index;
          commit(addSection(deck, at, name, s.defaultName).deck);
          setSectionFocus(null);
        }}
      />
    );
  } else if (open === 'rename' && currentRange) {
    dialog = (
      <SectionNameDialog
        labels={labels}
        title={s.renameTitle}
        initial={currentRange.section.name}
        onCancel={() => setOpen(null)}
        onApply={(name) => {
          setOpen(null);
          commit(renameSection(deck, currentSection, name));
        }}
      />
    );
  }

  const canMoveUp = currentRange !== undefined && currentSection > 0;
  const canMoveDown = currentRange !== undefined && currentSection < ranges.length - 1;
  return { ranges, collapsed, sectionFocus, setSectionFocus, sectionFolded, toggleSection, onSectionCommand, onMoveSection, canMoveUp, canMoveDown, dialog };
}
