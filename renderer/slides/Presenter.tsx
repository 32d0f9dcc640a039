/**
 * The show with reveal.js, full screen (the Fullscreen API on the show; where the host refuses it,
 * as Electron's permission handler does, the show fills the window and says so): arrows, Space,
 * PageDown, a click (next) and the mouse wheel (next / previous) navigate; Escape, or leaving
 * full screen, ends it. Slides are rendered by React as reveal's `<section>`s; reveal only drives them.
 */
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent, WheelEvent as ReactWheelEvent } from 'react';
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import type { Deck } from '@ostal/model';
import type { SlidesLabels } from './slides-labels.js';
import { revealTransition } from './SlideSidePanel.js';
import { SlideView } from './SlideView.js';
import { openPresenterChannel, openPresenterWindow } from './PresenterView.js';
import type { PresenterViewStrings } from './PresenterView.js';
import 'reveal.js/reveal.css';

export interface PresenterProps {
  readonly deck: Deck;
  /** Slide to start on. */
  readonly start: number;
  readonly labels: SlidesLabels;
  /** Called with the index of the slide shown when the user leaves. */
  readonly onExit: (index: number) => void;
  /** Picture URLs by media name. */
  readonly urls?: ReadonlyMap<string, string>;
}

export function Presenter({ deck, start, labels, onExit, urls = new Map<string, string>() }: PresenterProps) {
  // Hidden slides are not shown; indices given and returned are the deck's.
  const shown = deck.slides.map((slide, index) => ({ slide, index })).filter(({ slide, index }) => !slide.hidden || index === start);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const toDeck = (h: number) => shownRef.current[h]?.index ?? start;
  const height = Math.round((1280 * deck.size.cy) / deck.size.cx);
  const rootRef = useRef<HTMLDivElement>(null);
  const showRef = useRef<HTMLDivElement>(null);
  const wheelRef = useRef(0);
  // When the presenter view was opened: a browser may leave full screen for the new window, which does not end the show.
  const viewOpenedRef = useRef(-Infinity);
  const [refused, setRefused] = useState(false);
  const apiRef = useRef<RevealApi | null>(null);
  const onExitRef = useRef(onExit);
  onExitRef.current = onExit;
  const deckRef = useRef(deck);
  deckRef.current = deck;
  const strings = (index: number): PresenterViewStrings => ({
    title: labels.editor.presenterView,
    current: labels.editor.currentSlide,
    next: labels.editor.nextSlide,
    notes: labels.notes,
    end: labels.editor.endOfShow,
    elapsed: labels.editor.elapsed,
    clock: labels.editor.clock,
    previousSlide: labels.editor.previousSlide,
    nextSlide: labels.editor.followingSlide,
    black: labels.editor.blackScreen,
    resetTimer: labels.editor.resetTimer,
    position: labels.position(index + 1, deck.slides.length),
    locale: document.documentElement.lang || 'fr',
  });
  const stringsRef = useRef(strings);
  stringsRef.current = strings;

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    let alive = true;
    const api = new Reveal(root, {
      embedded: true,
      hash: false,
      history: false,
      overview: false,
      help: false,
      controls: true,
      progress: true,
      slideNumber: 'c/t',
      transition: 'none',
      backgroundTransition: 'none',
      center: true,
      width: 1280,
      height,
      margin: 0,
    });
    apiRef.current = api;
    // The presenter view (another tab or window) follows the slide shown and can move it.
    let ready = false;
    const postState = () => {
      if (!ready) return;
      const h = api.getIndices().h;
      const index = toDeck(h);
      sync.post({ type: 'state', index, next: shownRef.current[h + 1]?.index ?? -1, black: api.isPaused(), strings: stringsRef.current(index) });
    };
    const sync = openPresenterChannel(
      (step) => (step > 0 ? api.next() : api.prev()),
      () => {
        sync.post({ type: 'deck', deck: deckRef.current });
        postState();
      },
    );
    api.on('slidechanged', postState);
    api.on('paused', postState);
    api.on('resumed', postState);
    void api.initialize().then(() => {
      if (!alive) return;
      api.slide(Math.max(0, shownRef.current.findIndex((s) => s.index === start)));
      ready = true;
      sync.post({ type: 'deck', deck: deckRef.current });
      postState();
      root.focus();
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onExitRef.current(toDeck(api.getIndices().h));
      }
    };
    window.addEventListener('keydown', onKey, true);
    // Full screen as PowerPoint's show: leaving it (Escape is the browser's then) ends the show.
    const show = showRef.current;
    let full = false;
    const onFullscreen = () => {
      if (document.fullscreenElement === show) full = true;
      else if (full && alive && performance.now() - viewOpenedRef.current > 1000) onExitRef.current(toDeck(api.getIndices().h));
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    if (show && typeof show.requestFullscreen === 'function' && !document.fullscreenElement) {
      show.requestFullscreen().catch(() => {
        if (alive) setRefused(true);
      });
    }
    return () => {
      alive = false;
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement === show) void document.exitFullscreen().catch(() => undefined);
      sync.post({ type: 'end' });
      sync.close();
      try {
        api.destroy();
      } catch {
        // reveal may not have finished initialising; nothing to undo then.
      }
      apiRef.current = null;
    };
    // The presenter is mounted once per presentation.
  }, []);

  // A click on the slide shows the next one (or ends a black screen); buttons and reveal's controls keep their own.
  const onClick = (event: ReactMouseEvent) => {
    const api = apiRef.current;
    if (!api || event.button !== 0 || (event.target as Element).closest('button, a, input, .controls, .progress')) return;
    if (api.isPaused()) api.togglePause(false);
    else api.next();
  };
  // One step per turn of the wheel: a trackpad's stream of small events moves one slide at a time.
  const onWheel = (event: ReactWheelEvent) => {
    const api = apiRef.current;
    if (!api || Math.abs(event.deltaY) < 1 || event.timeStamp - wheelRef.current < 300) return;
    wheelRef.current = event.timeStamp;
    if (event.deltaY > 0) api.next();
    else api.prev();
  };

  return (
    <div className="slides-presenter" ref={showRef} role="region" aria-label={labels.presentation} aria-roledescription={labels.presentation}>
      {refused ? (
        <p className="slides-visually-hidden" role="status">
          {labels.editor.fullscreenRefused}
        </p>
      ) : null}
      <div className="reveal" ref={rootRef} tabIndex={-1} onClick={onClick} onWheel={onWheel}>
        <div className="slides">
          {shown.map(({ slide, index }) => (
            <section key={slide.id} aria-label={labels.position(index + 1, deck.slides.length)} data-transition={revealTransition(slide.transition)} data-transition-speed={slide.transition?.durationMs !== undefined && slide.transition.durationMs >= 1000 ? 'slow' : 'default'}>
              <div className="slides-presenter__slide">
                <SlideView deck={deck} slide={slide} urls={urls} />
              </div>
            </section>
          ))}
        </div>
      </div>
      <button type="button" className="slides-presenter__view" onClick={() => {
          viewOpenedRef.current = performance.now();
          openPresenterWindow();
        }}>
        {labels.editor.presenterView}
      </button>
      <button
        type="button"
        className="slides-presenter__exit"
        aria-label={labels.exitPresentation}
        title={labels.exitPresentation}
        onClick={() => onExitRef.current(apiRef.current ? toDeck(apiRef.current.getIndices().h) : start)}
      >
        ✕
      </button>
    </div>
  );
}
