/**
 * The presenter view, in a second browser tab or window of the same origin (`#ostal-presenter`):
 * the current and next slide, the speaker notes, a timer and the clock. It is kept in step with
 * the presentation through a BroadcastChannel: it says hello, the presentation answers with the
 * deck and the slide shown, then sends each change; the view's buttons and arrow keys move the
 * presentation. Nothing goes through the host: the deck never leaves the browser.
 */
import { useEffect, useRef, useState } from 'react';
import type { Deck } from '@ostal/model';
import { SlideView } from './SlideView.js';
import { useMediaUrls } from './SlideShapes.js';
import { PRESENTER_HASH } from '../ui/index.js';
import './slides.css';
import './slides-panels.css';

const CHANNEL = 'ostal-presenter';

/** Strings the view shows, translated by the presentation's window. */
export interface PresenterViewStrings {
  readonly title: string;
  readonly current: string;
  readonly next: string;
  readonly notes: string;
  readonly end: string;
  readonly elapsed: string;
  readonly clock: string;
  readonly previousSlide: string;
  readonly nextSlide: string;
  readonly black: string;
  readonly resetTimer: string;
  /** "Diapositive 2 sur 5" for the slide shown. */
  readonly position: string;
  readonly locale: string;
}

export type PresenterMessage =
  | { readonly type: 'hello' }
  | { readonly type: 'deck'; readonly deck: Deck }
  | { readonly type: 'state'; readonly index: number; readonly next: number; readonly black: boolean; readonly strings: PresenterViewStrings }
  | { readonly type: 'go'; readonly step: 1 | -1 }
  | { readonly type: 'end' };

/** The presentation's side of the channel: answers hellos, sends the slide shown, obeys the view. */
export function openPresenterChannel(onGo: (step: 1 | -1) => void, onHello: () => void): { post: (m: PresenterMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
    if (event.data.type === 'hello') onHello();
    else if (event.data.type === 'go') onGo(event.data.step);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** Opens the presenter view next to the presentation (a tab or window of this page). */
export function openPresenterWindow(): void {
  const url = `${window.location.href.split('#')[0] ?? ''}${PRESENTER_HASH}`;
  window.open(url, 'ostal-presenter', 'popup,width=1200,height=760');
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}

export function PresenterView() {
  const [deck, setDeck] = useState<Deck | null>(null);
  const [state, setState] = useState<Extract<PresenterMessage, { type: 'state' }> | null>(null);
  const [ended, setEnded] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channelRef = useRef<BroadcastChannel | null>(null);
  const urls = useMediaUrls(deck ?? { kind: 'deck', version: 2, meta: {}, size: { cx: 1, cy: 1 }, slides: [] });

  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
      const m = event.data;
      if (m.type === 'deck') setDeck(m.deck);
      else if (m.type === 'state') {
        setState(m);
        setEnded(false);
        document.title = m.strings.title;
        document.documentElement.lang = m.strings.locale;
      } else if (m.type === 'end') setEnded(true);
    };
    channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.clearInterval(timer);
      channel.close();
    };
  }, []);

  const go = (step: 1 | -1) => channelRef.current?.postMessage({ type: 'go', step } satisfies PresenterMessage);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!deck || !state) return <main className="slides-pv" aria-busy="true" />;
  const s = state.strings;
  const current = deck.slides[state.index];
  const next = state.next >= 0 ? deck.slides[state.next] : undefined;
  const ratio = `${String(deck.size.cx)} / ${String(deck.size.cy)}`;
  return (
    <main className="slides-pv" aria-label={s.title}>
      <section className="slides-pv__current" aria-label={s.current}>
        <h2 className="slides-pv__heading">
          {s.current} — {s.position}
        </h2>
        <div className="slides-pv__frame" style={{ aspectRatio: ratio }}>
          {current && !ended ? <SlideView deck={deck} slide={current} urls={urls} /> : <p className="slides-pv__end">{s.end}</p>}
          {state.black ? <div className="slides-pv__black" role="status">{s.black}</div> : null}
        </div>
      </section>
      <section className="slides-pv__next" aria-label={s.next}>
        <h2 className="slides-pv__heading">{s.next}</h2>
        <div className="slides-pv__frame" style={{ aspectRatio: ratio }}>
          {next ? <SlideView deck={deck} slide={next} urls={urls} /> : <p className="slides-pv__end">{s.end}</p>}
        </div>
        <div className="slides-pv__times">
          <p>
            <span className="slides-pv__label">{s.elapsed}</span> <time role="timer">{duration(now - startedAt)}</time>{' '}
            <button type="button" className="ui-button ui-button--quiet" aria-label={s.resetTimer} title={s.resetTimer} onClick={() => setStartedAt(Date.now())}>
              <span aria-hidden="true">↺</span>
            </button>
          </p>
          <p>
            <span className="slides-pv__label">{s.clock}</span> <time>{new Date(now).toLocaleTimeString(s.locale, { hour: '2-digit', minute: '2-digit' })}</time>
          </p>
        </div>
        <div className="slides-pv__nav">
          <button type="button" className="ui-button" onClick={() => go(-1)}>
            ← {s.previousSlide}
          </button>
          <button type="button" className="ui-button ui-button--primary" onClick={() => go(1)}>
            {s.nextSlide} →
          </button>
        </div>
      </section>
      <section className="slides-pv__notes" aria-label={s.notes}>
        <h2 className="slides-pv__heading">{s.notes}</h2>
        <div className="slides-pv__notes-text">{current?.notes ?? ''}</div>
      </section>
    </main>
  );
}
