/**
 * The slide sorter column: a listbox of thumbnails (title + first lines). Up/Down/Home/End move
 * the selection; Delete removes the slide (the editor keeps at least one).
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Deck } from '@ostal/model';
import type { SlidesLabels } from './slides-labels.js';

export interface SlideListProps {
  readonly deck: Deck;
  readonly selected: number;
  readonly labels: SlidesLabels;
  readonly onSelect: (index: number) => void;
  readonly onDelete: (index: number) => void;
}

export function SlideList({ deck, selected, labels, onSelect, onDelete }: SlideListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const selectedId = deck.slides[selected]?.id;

  useEffect(() => {
    const item = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    item?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = deck.slides.length - 1;
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
          aria-label={labels.slideItem(index + 1, slide.title)}
          className={`slides-list__item${index === selected ? ' slides-list__item--selected' : ''}`}
          onClick={() => onSelect(index)}
        >
          <span className="slides-list__number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="slides-list__thumb" aria-hidden="true">
            <span className="slides-list__thumb-title">{slide.title || labels.untitledSlide}</span>
            {slide.body.slice(0, 4).map((line, i) => (
              <span key={i} className="slides-list__thumb-line">
                {line}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
