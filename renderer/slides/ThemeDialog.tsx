/**
 * The deck's theme colours and fonts: the twelve colours of the scheme (dark and light text and
 * backgrounds, six accents, links) and the heading and body fonts. Every change shows at once on
 * the slides (the editor records it as one undo step); Cancel takes it all back. Kept in the PPTX
 * theme part, and resolved into the ODP styles.
 */
import { useState } from 'react';
import type { DeckTheme } from '@ostal/model';
import { Button, Dialog } from '../ui/index.js';
import { FONTS } from './SlidesToolbar.js';
import type { SlidesLabels } from './slides-labels.js';

/** The twelve colour slots of a DrawingML colour scheme, in PowerPoint's order. */
export const THEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type ThemeSlot = (typeof THEME_SLOTS)[number];

/** An `<input type="color">` value (#rrggbb) as the model's RRGGBB, or undefined when malformed. */
export function rgbOfInput(value: string): string | undefined {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value.slice(1).toUpperCase() : undefined;
}

/** The theme with one colour or font changed (a blank font keeps the previous one). */
export function themeWith(theme: DeckTheme, change: { slot: ThemeSlot; rgb: string } | { font: 'majorFont' | 'minorFont'; name: string }): DeckTheme {
  if ('slot' in change) return { ...theme, colors: { ...theme.colors, [change.slot]: change.rgb } };
  const name = change.name.trim();
  return name === '' ? theme : { ...theme, [change.font]: name };
}

export interface ThemeDialogProps {
  readonly theme: DeckTheme;
  readonly labels: SlidesLabels;
  /** Each change, applied live. */
  readonly onChange: (theme: DeckTheme) => void;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

export function ThemeDialog({ theme: initial, labels, onChange, onDone, onCancel }: ThemeDialogProps) {
  const m = labels.editor.more;
  const [theme, setTheme] = useState(initial);
  const change = (next: DeckTheme) => {
    if (next === theme) return;
    setTheme(next);
    onChange(next);
  };
  const fontField = (font: 'majorFont' | 'minorFont', label: string) => {
    const listId = `slides-theme-fonts-${font}`;
    return (
      <label className="slides-dialog__field">
        {label}
        <input className="ui-input" list={listId} value={theme[font]} onChange={(event) => change(themeWith(theme, { font, name: event.target.value }))} />
        <datalist id={listId}>
          {FONTS.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </label>
    );
  };
  return (
    <Dialog
      title={m.themeTitle}
      onCancel={onCancel}
      size="medium"
      footer={
        <>
          <Button onClick={onCancel}>{labels.editor.cancel}</Button>
          <Button variant="primary" onClick={onDone}>
            {m.ok}
          </Button>
        </>
      }
    >
      <fieldset className="slides-theme__colors">
        <legend>{m.themeColors}</legend>
        {THEME_SLOTS.map((slot) => (
          <label key={slot} className="slides-theme__color">
            <input
              type="color"
              value={`#${(theme.colors[slot] ?? 'FFFFFF').toLowerCase()}`}
              onChange={(event) => {
                const rgb = rgbOfInput(event.target.value);
                if (rgb) change(themeWith(theme, { slot, rgb }));
              }}
            />
            {m.themeSlot(slot)}
          </label>
        ))}
      </fieldset>
      <fieldset className="slides-theme__fonts">
        <legend>{m.themeFonts}</legend>
        {fontField('majorFont', m.headingFont)}
        {fontField('minorFont', m.bodyFont)}
      </fieldset>
    </Dialog>
  );
}
