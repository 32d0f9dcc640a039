/**
 * The Sections toolbar over the slide panel (add a section at the current slide, rename or remove
 * the current section, fold or unfold it, move it up or down with its slides) and the dialog that names a section. The section acted
 * on is the one holding the selected slide, or the empty section chosen in the panel.
 */
import { useState } from 'react';
import { Button, Dialog, Toolbar } from '../ui/index.js';
import type { SlidesLabels } from './slides-labels.js';

export type SectionCommand = 'add' | 'rename' | 'remove' | 'toggle' | 'moveUp' | 'moveDown';

export interface SectionsToolbarProps {
  readonly labels: SlidesLabels;
  /** Whether the deck has sections (rename, remove and fold need one). */
  readonly hasSections: boolean;
  /** Whether the current section is folded; undefined when it cannot be (none, or empty). */
  readonly folded: boolean | undefined;
  /** Whether the current section can move up / down (it is not the first / last). */
  readonly canMoveUp?: boolean;
  readonly canMoveDown?: boolean;
  readonly onCommand: (command: SectionCommand) => void;
}

export function SectionsToolbar({ labels, hasSections, folded, canMoveUp = false, canMoveDown = false, onCommand }: SectionsToolbarProps) {
  const s = labels.editor.sections;
  return (
    <Toolbar label={s.toolbar} className="slides-sections-toolbar">
      <span className="slides-sections-toolbar__label" aria-hidden="true">
        {s.toolbar}
      </span>
      <Button variant="quiet" aria-label={s.add} title={s.add} onClick={() => onCommand('add')}>
        <span aria-hidden="true">⊕</span>
      </Button>
      <Button variant="quiet" aria-label={`${s.rename}…`} title={s.rename} disabled={!hasSections} onClick={() => onCommand('rename')}>
        <span aria-hidden="true">✎</span>
      </Button>
      <Button variant="quiet" aria-label={s.remove} title={s.remove} disabled={!hasSections} onClick={() => onCommand('remove')}>
        <span aria-hidden="true">⊖</span>
      </Button>
      <Button variant="quiet" aria-label={folded ? s.expand : s.collapse} title={folded ? s.expand : s.collapse} disabled={folded === undefined} onClick={() => onCommand('toggle')}>
        <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
      </Button>
      <Button variant="quiet" aria-label={s.moveUp} title={s.moveUp} disabled={!canMoveUp} onClick={() => onCommand('moveUp')}>
        <span aria-hidden="true">⇡</span>
      </Button>
      <Button variant="quiet" aria-label={s.moveDown} title={s.moveDown} disabled={!canMoveDown} onClick={() => onCommand('moveDown')}>
        <span aria-hidden="true">⇣</span>
      </Button>
    </Toolbar>
  );
}

export interface SectionNameDialogProps {
  readonly labels: SlidesLabels;
  readonly title: string;
  readonly initial: string;
  readonly onCancel: () => void;
  readonly onApply: (name: string) => void;
}

/** Asks for a section's name (a new section's, or a new name). An empty name keeps the proposed one. */
export function SectionNameDialog({ labels, title, initial, onCancel, onApply }: SectionNameDialogProps) {
  const [name, setName] = useState(initial);
  const apply = () => onApply(name.trim() === '' ? initial : name.trim());
  return (
    <Dialog
      title={title}
      onCancel={onCancel}
      size="small"
      initialFocus="input"
      footer={
        <>
          <Button onClick={onCancel}>{labels.editor.cancel}</Button>
          <Button variant="primary" onClick={apply}>
            {labels.editor.more.ok}
          </Button>
        </>
      }
    >
      <label className="slides-dialog__field">
        {labels.editor.sections.nameField}
        <input
          className="ui-input"
          value={name}
          onFocus={(event) => event.target.select()}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
        />
      </label>
    </Dialog>
  );
}
