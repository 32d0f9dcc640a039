/**
 * Editing surface of the selected slide, laid out like the slide itself (16:9).
 * The body text is kept as typed (trailing new lines included) while the deck gets clean
 * paragraphs; mount it with `key={slide.id}` so switching slides resets the text.
 */
import { useState } from 'react';
import type { Deck, Slide } from '@ostal/model';
import { bodyFromText, bodyToText } from './deck-operations.js';
import { SlideShapes } from './SlideShapes.js';
import type { SlidesLabels } from './slides-labels.js';

export interface SlideFormProps {
  readonly slide: Slide;
  /** The deck, to draw the slide's other shapes read-only (size, theme, pictures). */
  readonly deck?: Deck;
  readonly labels: SlidesLabels;
  readonly onChange: (patch: Partial<Omit<Slide, 'id'>>) => void;
}

export function SlideForm({ slide, deck, labels, onChange }: SlideFormProps) {
  const [bodyText, setBodyText] = useState(() => bodyToText(slide.body));
  return (
    <div className="slides-stage">
      <div className="slides-canvas" style={deck ? { aspectRatio: `${String(deck.size.cx)} / ${String(deck.size.cy)}` } : undefined}>
        {deck ? <SlideShapes deck={deck} slide={slide} label={labels.readOnlyShapes ?? ''} /> : null}
        <input
          className="slides-canvas__title"
          aria-label={labels.title}
          placeholder={labels.titlePlaceholder}
          value={slide.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        <textarea
          className="slides-canvas__body"
          aria-label={labels.body}
          placeholder={labels.bodyPlaceholder}
          value={bodyText}
          onChange={(event) => {
            setBodyText(event.target.value);
            onChange({ body: bodyFromText(event.target.value) });
          }}
        />
      </div>
      <label className="slides-notes">
        <span className="slides-notes__label">{labels.notes}</span>
        <textarea
          className="ui-textarea slides-notes__text"
          value={slide.notes}
          rows={3}
          onChange={(event) => onChange({ notes: event.target.value })}
        />
      </label>
    </div>
  );
}
