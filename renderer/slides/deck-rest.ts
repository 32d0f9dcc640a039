/**
 * A long deck opens from its first slide (the app's preview) while the rest is read; the editor
 * is usable meanwhile. When the whole deck arrives, every state of the undo history takes the
 * rest of it, so that neither an edit made meanwhile nor an undo past it loses a slide.
 */
import type { Deck, DeckLayout, DeckMaster } from '@ostal/model';
import type { HistoryState, SlidesHistory } from './slides-history.js';

/** `whole`'s items, each replaced by `edited`'s of the same id when it differs from `preview`'s (an edit made meanwhile), then `edited`'s new ones. */
function mergeById<T extends { readonly id: string }>(whole: readonly T[] | undefined, preview: readonly T[] | undefined, edited: readonly T[] | undefined): readonly T[] | undefined {
  if (edited === preview) return whole;
  const before = new Map((preview ?? []).map((x) => [x.id, x]));
  const now = new Map((edited ?? []).map((x) => [x.id, x]));
  const out = (whole ?? []).map((x) => {
    const e = now.get(x.id);
    return e && e !== before.get(x.id) ? e : x;
  });
  const known = new Set(out.map((x) => x.id));
  for (const e of edited ?? []) if (!known.has(e.id)) out.push(e);
  return out;
}

/**
 * `edited` (a state of the deck shown as `preview`) with the rest of `whole`: the slides after the
 * preview's follow the edited ones, with their sections; layouts, masters and pictures come
 * from `whole` unless edited meanwhile; the theme, size and footer settings are the edited ones when changed.
 */
export function withRestOfDeck(edited: Deck, preview: Deck, whole: Deck): Deck {
  const shown = preview.slides.length;
  const shift = edited.slides.length - shown;
  const restSections = (whole.sections ?? []).filter((s) => s.start >= shown || edited.sections === undefined).map((s) => (s.start >= shown ? { ...s, start: s.start + shift } : s));
  const sections = [...(edited.sections ?? []), ...restSections];
  const layouts = mergeById<DeckLayout>(whole.layouts, preview.layouts, edited.layouts);
  const masters = mergeById<DeckMaster>(whole.masters, preview.masters, edited.masters);
  const theme = edited.theme === preview.theme ? whole.theme : edited.theme;
  const headerFooter = edited.headerFooter === preview.headerFooter ? whole.headerFooter : edited.headerFooter;
  const { sections: _s, layouts: _l, masters: _m, theme: _t, headerFooter: _h, ...rest } = whole;
  return {
    ...rest,
    meta: edited.meta === preview.meta ? whole.meta : edited.meta,
    size: edited.size === preview.size ? whole.size : edited.size,
    slides: [...edited.slides, ...whole.slides.slice(shown)],
    media: { ...whole.media, ...edited.media },
    ...(theme ? { theme } : {}),
    ...(headerFooter ? { headerFooter } : {}),
    ...(layouts && layouts.length > 0 ? { layouts } : {}),
    ...(masters && masters.length > 0 ? { masters } : {}),
    ...(sections.length > 0 ? { sections } : {}),
  };
}

/**
 * The history with the rest of `whole` in every state (see `withRestOfDeck`), and `saved` (the
 * state last saved, for the dirty mark) likewise: a state that was the saved one still is.
 */
export function historyWithRest(h: SlidesHistory<Deck>, preview: Deck, whole: Deck, saved: Deck): { history: SlidesHistory<Deck>; saved: Deck } {
  const done = new Map<Deck, Deck>();
  const rebase = (d: Deck): Deck => {
    let value = done.get(d);
    if (!value) {
      value = withRestOfDeck(d, preview, whole);
      done.set(d, value);
    }
    return value;
  };
  const state = (s: HistoryState<Deck>): HistoryState<Deck> => ({ ...s, value: rebase(s.value) });
  return { history: { ...h, past: h.past.map(state), present: state(h.present), future: h.future.map(state) }, saved: rebase(saved) };
}
