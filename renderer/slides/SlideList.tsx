/**
 * The slide panel: a listbox of real thumbnails (each slide drawn by SlideView, scaled).
 * Up/Down/Home/End select, Alt+Up/Down or Ctrl+Up/Down move the slide (at a section's edge, into
 * the next section first), Delete removes it (the
 * editor keeps at least one); thumbnails can be dragged to a new place. Hidden slides are dimmed.
 *
 * Sections group the options under a header (a click folds or unfolds it); a folded or empty
 * section is one option of its own. Left folds the section of the current item, Right unfolds it.
 * Alt+Shift+Up/Down (or Alt/Ctrl+Up/Down on a folded or empty section) moves the whole section,
 * and a section header can be dragged before or after another section.
 *
 * Thumbnails are drawn progressively: the first few with the canvas, the rest when the browser is
 * idle (those scrolled into view first), so a long deck shows its first slide at once.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { sectionRanges } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { useProgressiveCount } from './progressive-count.js';
import { sectionKey } from './section-operations.js';
import { useSectionDrag } from './use-section-drag.js';
import type { SlidesLabels } from './slides-labels.js';
import { SlideView } from './SlideView.js';

export interface SlideListProps {
  readonly deck: Deck;
  readonly selected: number;
  readonly labels: SlidesLabels;
  readonly urls: ReadonlyMap<string, string>;
  readonly onSelect: (index: number) => void;
  readonly onDelete: (index: number) => void;
  /** Drag and drop: the slide at `from` goes to `to`. */
  readonly onMove: (from: number, to: number) => void;
  /** Alt or Ctrl + Up/Down: the selected slide one step up or down (across a section's edge first); `onMove` when not given. */
  readonly onStep?: (index: number, step: -1 | 1) => void;
  /** Keys (`sectionKey`) of the folded sections. */
  readonly collapsed?: ReadonlySet<string>;
  readonly onToggleSection?: (index: number, collapse: boolean) => void;
  /** An empty section chosen in the list (it has no slide to select), or null. */
  readonly sectionFocus?: number | null;
  readonly onSectionFocus?: (index: number | null) => void;
  /** Moves section `index` with its slides before section `before` (the end for the section count). */
  readonly onMoveSection?: (index: number, before: number) => void;
  /** More slides are coming (a long deck being read): they are drawn progressively too when they arrive. */
  readonly growing?: boolean;
}

/** One item of the list as the keys walk it: a slide, or a folded or empty section. */
type Entry = { readonly kind: 'slide'; readonly index: number } | { readonly kind: 'section'; readonly index: number; readonly start: number; readonly end: number };

/** Thumbnails drawn with the first render, then at each idle moment. */
const FIRST_THUMBNAILS = 8;
const NONE: ReadonlySet<string> = new Set();
const THUMBNAIL_BATCH = 12;

export function SlideList({ deck, selected, labels, urls, onSelect, onDelete, onMove, onStep, collapsed = NONE, onToggleSection, sectionFocus = null, onSectionFocus, onMoveSection, growing = false }: SlideListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const s = labels.editor.sections;
  const ranges = sectionRanges(deck);
  const sectionDrag = useSectionDrag(onMoveSection);
  const folded = (k: number) => {
    const r = ranges[k];
    return r !== undefined && (r.start === r.end || collapsed.has(sectionKey(r.section, k)));
  };

  const entries: Entry[] = [];
  if (ranges.length === 0) deck.slides.forEach((_, index) => entries.push({ kind: 'slide', index }));
  for (const r of ranges) {
    if (folded(r.index)) entries.push({ kind: 'section', index: r.index, start: r.start, end: r.end });
    else for (let i = r.start; i < r.end; i++) entries.push({ kind: 'slide', index: i });
  }
  const holds = (e: Entry, slide: number) => (e.kind === 'slide' ? e.index === slide : e.start <= slide && slide < e.end);
  const activeAt = sectionFocus !== null ? entries.findIndex((e) => e.kind === 'section' && e.index === sectionFocus) : entries.findIndex((e) => holds(e, selected));
  const active = entries[activeAt];
  const activeId = !active ? undefined : active.kind === 'slide' ? `slide-option-${deck.slides[active.index]?.id ?? ''}` : `section-option-${String(active.index)}`;

  // Progressive thumbnails: the first ones at once, the rest when idle; those in view, and the selected one, at once.
  const drawnCount = useProgressiveCount(deck.slides.length, FIRST_THUMBNAILS, THUMBNAIL_BATCH, !growing);
  const [inView, setInView] = useState<ReadonlySet<string>>(() => new Set());
  const allDrawn = drawnCount >= deck.slides.length;
  useEffect(() => {
    const list = listRef.current;
    if (allDrawn || !list || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (records) => {
        const seen = records.filter((r) => r.isIntersecting).map((r) => (r.target as HTMLElement).dataset['slideId'] ?? '');
        if (seen.length > 0) setInView((old) => (seen.every((id) => old.has(id)) ? old : new Set([...old, ...seen])));
      },
      { root: list, rootMargin: '200px 0px' },
    );
    list.querySelectorAll('[data-slide-id]').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [allDrawn, deck.slides, collapsed]);

  useEffect(() => {
    const item = activeId ? listRef.current?.querySelector<HTMLElement>(`[id="${activeId}"]`) : null;
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const goToEntry = (e: Entry | undefined) => {
    if (!e) return;
    if (e.kind === 'slide') onSelect(e.index);
    else if (e.start < e.end) onSelect(e.start);
    else onSectionFocus?.(e.index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = deck.slides.length - 1;
    const moveKey = event.altKey || event.ctrlKey || event.metaKey;
    if (moveKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      // The whole section: Alt+Shift, or the move keys on a folded or empty section.
      if (active && ranges.length > 0 && (event.shiftKey || active.kind === 'section')) {
        const k = active.kind === 'section' ? active.index : ranges.findIndex((r) => r.start <= active.index && active.index < r.end);
        if (k >= 0) onMoveSection?.(k, event.key === 'ArrowUp' ? k - 1 : k + 2);
        return;
      }
      if (active?.kind !== 'slide') return;
      const step = event.key === 'ArrowUp' ? -1 : 1;
      if (onStep) onStep(selected, step);
      else if (selected + step >= 0 && selected + step <= last) onMove(selected, selected + step);
      return;
    }
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && ranges.length > 0 && active) {
      event.preventDefault();
      const k = active.kind === 'section' ? active.index : ranges.findIndex((r) => r.start <= active.index && active.index < r.end);
      const r = ranges[k];
      if (!r || r.start === r.end) return;
      const fold = event.key === 'ArrowLeft';
      if (fold !== collapsed.has(sectionKey(r.section, k))) onToggleSection?.(k, fold);
      return;
    }
    let next: Entry | undefined;
    if (event.key === 'ArrowDown') next = entries[Math.min(entries.length - 1, activeAt + 1)];
    else if (event.key === 'ArrowUp') next = entries[Math.max(0, activeAt - 1)];
    else if (event.key === 'Home') next = entries[0];
    else if (event.key === 'End') next = entries[entries.length - 1];
    else if (event.key === 'Delete') {
      event.preventDefault();
      if (active?.kind === 'slide') onDelete(selected);
      return;
    }
    if (next) {
      event.preventDefault();
      goToEntry(next);
    }
  };

  const slideItem = (slide: Deck['slides'][number], index: number): ReactNode => {
    const drawn = index < drawnCount || index === selected || inView.has(slide.id);
    return (
      <li
        key={slide.id}
        id={`slide-option-${slide.id}`}
        data-slide-id={slide.id}
        role="option"
        aria-selected={active?.kind === 'slide' && index === selected}
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
        <span className={`slides-list__thumb${drawn ? '' : ' slides-list__thumb--pending'}`} aria-hidden="true" style={{ aspectRatio: `${String(deck.size.cx)} / ${String(deck.size.cy)}` }}>
          {drawn ? <SlideView deck={deck} slide={slide} urls={urls} /> : null}
        </span>
      </li>
    );
  };

  const dropClass = (k: number) => {
    const side = sectionDrag.dropSide(k);
    return side ? ` slides-section--drop-${side}` : '';
  };
  const helpId = ranges.length > 0 ? 'slides-list-keys-help' : undefined;
  return (
    <>
      <ul
        ref={listRef}
        className="slides-list"
        role="listbox"
        aria-label={labels.slideList}
        aria-activedescendant={activeId}
        aria-describedby={helpId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {ranges.length === 0
          ? deck.slides.map(slideItem)
          : ranges.map((r) => {
              const count = r.end - r.start;
              const name = r.section.name;
              const toggle = () => {
                if (count > 0) onToggleSection?.(r.index, !folded(r.index));
              };
              if (folded(r.index)) {
                return (
                  <li
                    key={`section-${sectionKey(r.section, r.index)}`}
                    id={`section-option-${String(r.index)}`}
                    role="option"
                    aria-selected={active?.kind === 'section' && active.index === r.index}
                    aria-label={s.collapsed(name, count)}
                    className={`slides-section__header slides-section__header--folded${active?.kind === 'section' && active.index === r.index ? ' slides-section__header--active' : ''}${dropClass(r.index)}`}
                    title={onMoveSection ? s.dragHint : undefined}
                    {...(onMoveSection ? { ...sectionDrag.source(r.index), ...sectionDrag.target(r.index) } : {})}
                    onClick={() => {
                      goToEntry({ kind: 'section', index: r.index, start: r.start, end: r.end });
                      toggle();
                    }}
                  >
                    <span className="slides-section__chevron" aria-hidden="true">
                      {count > 0 ? '▸' : '·'}
                    </span>
                    <span aria-hidden="true">{s.header(name, count)}</span>
                  </li>
                );
              }
              return (
                <li key={`section-${sectionKey(r.section, r.index)}`} role="group" aria-label={s.group(name, count)} className={`slides-section${dropClass(r.index)}`} {...(onMoveSection ? sectionDrag.target(r.index) : {})}>
                  <div className="slides-section__header" aria-hidden="true" onClick={toggle} title={onMoveSection ? s.dragHint : undefined} {...(onMoveSection ? sectionDrag.source(r.index) : {})}>
                    <span className="slides-section__chevron">▾</span>
                    <span>{s.header(name, count)}</span>
                  </div>
                  <ul role="none" className="slides-section__slides">
                    {deck.slides.slice(r.start, r.end).map((slide, j) => slideItem(slide, r.start + j))}
                  </ul>
                </li>
              );
            })}
      </ul>
      {helpId ? (
        <span id={helpId} hidden>
          {s.keysHelp}
        </span>
      ) : null}
    </>
  );
}
