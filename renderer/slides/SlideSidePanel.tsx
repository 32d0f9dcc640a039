/**
 * The side panel of the selected slide: its transition when presenting (none, fade, slide),
 * kept in the files as a PresentationML p:transition / ODF smil transition; whether it hides its
 * background graphics (the master's and layout's own shapes); the deck's theme.
 */
import type { ReactNode } from 'react';
import type { DeckTheme, SlideTransition } from '@ostal/model';
import { BUILT_IN_THEMES } from './deck-themes.js';
import type { SlidesLabels } from './slides-labels.js';

export type TransitionChoice = 'none' | 'fade' | 'slide';

/** What the panel shows for a slide's transition (kinds it does not offer show as the nearest). */
export function transitionChoice(t: SlideTransition | undefined): TransitionChoice {
  if (!t || t.kind === 'cut' || t.kind === 'none') return 'none';
  if (t.kind === 'push' || t.kind === 'cover' || t.kind === 'pull' || t.kind === 'wipe') return 'slide';
  return 'fade';
}

/** The transition to store for a choice; `undefined` removes it. */
export function transitionOf(choice: TransitionChoice): SlideTransition | undefined {
  if (choice === 'fade') return { kind: 'fade', durationMs: 700 };
  if (choice === 'slide') return { kind: 'push', direction: 'l', durationMs: 700 };
  return undefined;
}

/** reveal.js transition name for a slide (data-transition). */
export function revealTransition(t: SlideTransition | undefined): string {
  const c = transitionChoice(t);
  return c === 'none' ? 'none' : c;
}

export interface SlideSidePanelProps {
  readonly labels: SlidesLabels;
  readonly transition: SlideTransition | undefined;
  readonly onTransition: (t: SlideTransition | undefined) => void;
  /** The slide hides its master's and layout's own shapes (PowerPoint's "Hide background graphics"). */
  readonly masterShapesHidden: boolean;
  readonly onMasterShapes: (hide: boolean) => void;
  /** The deck's theme, and a change of it (applies to every slide). */
  readonly theme: DeckTheme | undefined;
  readonly onTheme: (t: DeckTheme) => void;
}

export function SlideSidePanel({ labels, transition, onTransition, masterShapesHidden, onMasterShapes, theme, onTheme, children }: SlideSidePanelProps & { readonly children?: ReactNode }) {
  const e = labels.editor;
  const current = transitionChoice(transition);
  const builtIn = BUILT_IN_THEMES.findIndex((t) => t.name === theme?.name);
  return (
    <aside className="slides-side" aria-label={e.slidePanel}>
      <fieldset className="slides-side__group">
        <legend>{e.transition}</legend>
        {(['none', 'fade', 'slide'] as const).map((c) => (
          <label key={c} className="slides-side__option">
            <input type="radio" name="slides-transition" value={c} checked={current === c} onChange={() => onTransition(transitionOf(c))} /> {e.transitions[c]}
          </label>
        ))}
      </fieldset>
      <label className="slides-side__option">
        <input type="checkbox" checked={masterShapesHidden} onChange={(event) => onMasterShapes(event.target.checked)} /> {e.hideBackgroundGraphics}
      </label>
      <label className="slides-side__field">
        {e.theme}
        <select
          className="ui-select"
          value={builtIn >= 0 ? String(builtIn) : ''}
          onChange={(event) => {
            const t = BUILT_IN_THEMES[Number(event.target.value)];
            if (event.target.value !== '' && t) onTheme(t);
          }}
        >
          <option value="">{theme ? e.themeOfFile(theme.name) : '—'}</option>
          {BUILT_IN_THEMES.map((t, i) => (
            <option key={t.name} value={String(i)}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {theme ? (
        <div className="slides-side__swatches" aria-hidden="true">
          {['dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map((slot) => (
            <span key={slot} className="slides-side__swatch" style={{ background: `#${theme.colors[slot] ?? 'FFFFFF'}` }} />
          ))}
        </div>
      ) : null}
      {children}
    </aside>
  );
}
