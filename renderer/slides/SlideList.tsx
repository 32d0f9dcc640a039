/**
 * The slide panel: a listbox of real thumbnails (each slide drawn by SlideView, scaled).
 * Up/Down/Home/End select, Alt+Up/Down or Ctrl+Up/Down move the slide, Delete removes it (the
 * editor keeps at least one); thumbnails can be dragged to a new place. Hidden slides are dimmed.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Deck } from '@ostal/model';
import type { SlidesLabels } from './slides-labels.js';
import { SlideView } from './SlideView.js';

export interface SlideListProps {
  readonly deck: Deck;
  readonly selected: number;
  readonly labels: SlidesLabels;
  readonly urls: ReadonlyMap<string, string>;
  readonly onSelect: (index: number) => void;
  readonly onDelete: (index: number) => void;
  readonly onMove: (from: number, to: number) => void;
}

export function SlideList({ deck, selected, labels, urls, onSelect, onDelete, onMove }: SlideListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const selectedId = deck.slides[selected]?.id;
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  useEffect(() => {
    const item = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = deck.slides.length - 1;
    const moveKey = event.altKey || event.ctrlKey || event.metaKey;
    if (moveKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const to = event.key === 'ArrowUp' ? selected - 1 : selected + 1;
      if (to >= 0 && to <= last) onMove(selected, to);
      return;
    }
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(last, selected + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, selected - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(selected);
      return;
    }
    if (next >= 0) {
      event.preventDefault();
      onSelect(next);
    }
  };

  return (
    <ul
      ref={listRef}
      className="slides-list"
      role="listbox"
      aria-label={labels.slideList}
      aria-activedescendant={selectedId ? `slide-option-${selectedId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {deck.slides.map((slide, index) => (
        <li
          key={slide.id}
          id={`slide-option-${slide.id}`}
          role="option"
          aria-selected={index === selected}
          aria-label={`${labels.slideItem(index + 1, slide.title)}${slide.hidden ? ` (${labels.editor.hiddenSlide})` : ''}`}
          className={[
            'slides-list__item',
            index === selected ? 'slides-list__item--selected' : '',
            slide.hidden ? 'slides-list__item--hidden' : '',
            dropAt === index && dragFrom !== null && dragFrom !== index ? (dragFrom < index ? 'slides-list__item--drop-after' : 'slides-list__item--drop-before') : '',
          ]
            .filter(Boolean)
            .join(' ')}
          draggable
          onClick={() => onSelect(index)}
          onDragStart={(event) => {
            setDragFrom(index);
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', String(index));
          }}
          onDragOver={(event) => {
            if (dragFrom === null) return;
            event.preventDefault();
            setDropAt(index);
          }}
          onDrop={(event) => {
            event.preventDefault();
            if (dragFrom !== null && dragFrom !== index) onMove(dragFrom, index);
            setDragFrom(null);
            setDropAt(null);
          }}
          onDragEnd={() => {
            setDragFrom(null);
            setDropAt(null);
          }}
        >
          <span className="slides-list__number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="slides-list__thumb" aria-hidden="true" style={{ aspectRatio: `${String(deck.size.cx)} / ${String(deck.size.cy)}` }}>
            <SlideView deck={deck} slide={slide} urls={urls} />
          </span>
        </li>
      ))}
    </ul>
  );
}
