/**
 * The slides editor: toolbar, slide list on the left, the selected slide in the middle, and the
 * reveal.js presentation on F5. The app reads the deck through the handle (`ref`).
 */
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { Deck, Slide } from '@ostal/model';
import { Button, Toolbar, ToolbarSeparator } from '../ui/index.js';
import { addSlide, deleteSlide, moveSlide, updateSlide } from './deck-operations.js';
import type { DeckEdit } from './deck-operations.js';
import { Presenter } from './Presenter.js';
import { SlideForm } from './SlideForm.js';
import { SlideList } from './SlideList.js';
import type { SlidesLabels } from './slides-labels.js';
import './slides.css';

/** What the app can ask of a mounted slides editor. */
export interface SlidesHandle {
  getDocument(): Deck;
  markSaved(): void;
  /** Starts the presentation from the first slide (F5), or from the selected one (Shift+F5). */
  present(fromCurrent?: boolean): void;
}

export interface SlidesEditorProps {
  /** Initial content; remount with a new `key` to load another deck. */
  readonly document: Deck;
  readonly labels: SlidesLabels;
  readonly onDirtyChange?: (dirty: boolean) => void;
  readonly ref?: Ref<SlidesHandle>;
  /** False while the tab is in the background: F5 is ignored then. */
  readonly active?: boolean;
}

export function SlidesEditor({ document, labels, onDirtyChange, ref, active = true }: SlidesEditorProps) {
  const [deck, setDeck] = useState<Deck>(document);
  const [selected, setSelected] = useState(0);
  // F5 presents from the first slide, Shift+F5 from the selected one (as in PowerPoint and Impress).
  const [presenting, setPresenting] = useState<'first' | 'current' | null>(null);
  const savedRef = useRef<Deck>(document);
  const deckRef = useRef(deck);
  deckRef.current = deck;
  const onDirtyRef = useRef(onDirtyChange);
  onDirtyRef.current = onDirtyChange;
  const dirtyRef = useRef(false);

  const commit = (next: Deck) => {
    setDeck(next);
    const dirty = next !== savedRef.current;
    if (dirty !== dirtyRef.current) {
      dirtyRef.current = dirty;
      onDirtyRef.current?.(dirty);
    }
  };
  const applyEdit = (edit: DeckEdit) => {
    commit(edit.deck);
    setSelected(edit.selected);
  };

  useImperativeHandle(
    ref,
    () => ({
      getDocument: () => deckRef.current,
      markSaved: () => {
        savedRef.current = deckRef.current;
        dirtyRef.current = false;
        onDirtyRef.current?.(false);
      },
      present: (fromCurrent = false) => setPresenting(fromCurrent ? 'current' : 'first'),
    }),
    [],
  );

  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F5' && !presenting) {
        event.preventDefault();
        setPresenting(event.shiftKey ? 'current' : 'first');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, presenting]);

  const current: Slide | undefined = deck.slides[selected] ?? deck.slides[0];
  const index = deck.slides[selected] ? selected : 0;

  if (presenting) {
    return (
      <Presenter
        deck={deck}
        start={presenting === 'current' ? index : 0}
        labels={labels}
        onExit={(shown) => {
          setPresenting(null);
          setSelected(Math.min(shown, deck.slides.length - 1));
        }}
      />
    );
  }

  return (
    <div className="slides">
      <Toolbar label={labels.toolbar}>
        <Button variant="quiet" onClick={() => applyEdit(addSlide(deck, index))}>
          <span aria-hidden="true">＋</span> {labels.addSlide}
        </Button>
        <Button variant="quiet" disabled={deck.slides.length <= 1} onClick={() => applyEdit(deleteSlide(deck, index))}>
          {labels.deleteSlide}
        </Button>
        <Button variant="quiet" aria-label={labels.moveUp} title={labels.moveUp} disabled={index === 0} onClick={() => applyEdit(moveSlide(deck, index, index - 1))}>
          <span aria-hidden="true">↑</span>
        </Button>
        <Button
          variant="quiet"
          aria-label={labels.moveDown}
          title={labels.moveDown}
          disabled={index >= deck.slides.length - 1}
          onClick={() => applyEdit(moveSlide(deck, index, index + 1))}
        >
          <span aria-hidden="true">↓</span>
        </Button>
        <ToolbarSeparator />
        <Button variant="primary" shortcut="F5" title={`${labels.present} (F5)`} onClick={() => setPresenting('first')}>
          <span aria-hidden="true">▶</span> {labels.present}
        </Button>
      </Toolbar>
      <div className="slides-workspace">
        <SlideList deck={deck} selected={index} labels={labels} onSelect={setSelected} onDelete={(i) => applyEdit(deleteSlide(deck, i))} />
        {current ? <SlideForm key={current.id} slide={current} deck={deck} labels={labels} onChange={(patch) => commit(updateSlide(deck, index, patch))} /> : null}
      </div>
    </div>
  );
}
