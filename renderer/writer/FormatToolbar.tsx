/**
 * The direct formatting controls of the writer toolbar: font and size selects, strike /
 * superscript / subscript toggles, text and highlight colours, alignment and "clear
 * formatting". Reflects the formatting at the selection.
 */
import type { TextAlign, TextMarkName } from '@ostal/model';
import type { Command } from 'prosemirror-state';
import type { ReactNode } from 'react';
import { Button, ToolbarSeparator } from '../ui/index.js';
import { toggleTextMark } from './commands.js';
import { ALIGNMENTS, COMMON_FONTS, FONT_SIZES, clearFormatting, setAlign, setMarkValue } from './format-commands.js';
import type { RibbonState } from './ribbon-state.js';
import type { WriterLabels } from './writer-labels.js';

export interface FormatToolbarProps {
  readonly ribbon: RibbonState;
  readonly labels: WriterLabels;
  readonly run: (command: Command) => void;
}

const ALIGN_GLYPHS: Readonly<Record<TextAlign, string>> = { left: '⇤', center: '↔', right: '⇥', justify: '☰' };
const ALIGN_KEYS: Readonly<Record<TextAlign, string>> = { left: 'L', center: 'E', right: 'R', justify: 'J' };
const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

function MarkToggle({ pressed, run, name, label, glyph }: { pressed: boolean; run: (c: Command) => void; name: TextMarkName; label: string; glyph: ReactNode }) {
  return (
    <Button variant="quiet" pressed={pressed} aria-label={label} title={label} onMouseDown={keepFocus} onClick={() => run(toggleTextMark(name))}>
      <span aria-hidden="true">{glyph}</span>
    </Button>
  );
}

export function FormatToolbar({ ribbon, labels, run }: FormatToolbarProps) {
  const { font, size } = ribbon;
  const color = ribbon.color ?? '#000000';
  const highlight = ribbon.highlight ?? '#ffff00';
  const fonts = font && !COMMON_FONTS.includes(font) ? [...COMMON_FONTS, font] : COMMON_FONTS;
  const sizes = size && !FONT_SIZES.includes(size) ? [...FONT_SIZES, size].sort((a, b) => a - b) : FONT_SIZES;
  const align = ribbon.align;
  return (
    <>
      <select className="ui-select writer-toolbar__font" aria-label={labels.font} title={labels.font} value={font ?? ''} onChange={(e) => run(setMarkValue('font', e.target.value || null))}>
        <option value="">{labels.fontDefault(ribbon.baseFont)}</option>
        {fonts.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      <select className="ui-select writer-toolbar__size" aria-label={labels.fontSize} title={labels.fontSize} value={size ?? ''} onChange={(e) => run(setMarkValue('font_size', e.target.value ? Number(e.target.value) : null))}>
        <option value="">{labels.fontSizeDefault(ribbon.baseSize.toLocaleString(document.documentElement.lang || undefined))}</option>
        {sizes.map((s) => (
          <option key={s} value={s}>
            {s.toLocaleString(document.documentElement.lang || undefined)}
          </option>
        ))}
      </select>
      <MarkToggle pressed={ribbon.strike} run={run} name="strike" label={labels.strike} glyph={<s>S</s>} />
      <MarkToggle pressed={ribbon.superscript} run={run} name="superscript" label={labels.superscript} glyph={<span className="writer-glyph" data-glyph="x²" />} />
      <MarkToggle pressed={ribbon.subscript} run={run} name="subscript" label={labels.subscript} glyph={<span className="writer-glyph" data-glyph="x₂" />} />
      <label className="writer-toolbar__color" title={labels.textColor}>
        <span aria-hidden="true">A</span>
        <input type="color" aria-label={labels.textColor} value={color} onChange={(e) => run(setMarkValue('color', e.target.value.toLowerCase()))} />
      </label>
      <label className="writer-toolbar__color" title={labels.highlight}>
        <span aria-hidden="true">▮</span>
        <input type="color" aria-label={labels.highlight} value={highlight} onChange={(e) => run(setMarkValue('highlight', e.target.value.toLowerCase()))} />
      </label>
      <ToolbarSeparator />
      {ALIGNMENTS.map((a) => (
        <Button
          key={a}
          variant="quiet"
          pressed={align === a}
          aria-label={labels.align[a]}
          title={`${labels.align[a]} (Ctrl+${ALIGN_KEYS[a]})`}
          shortcut={`Control+${ALIGN_KEYS[a]}`}
          onMouseDown={keepFocus}
          onClick={() => run(setAlign(a))}
        >
          <span aria-hidden="true">{ALIGN_GLYPHS[a]}</span>
        </Button>
      ))}
      <Button variant="quiet" aria-label={labels.clearFormatting} title={labels.clearFormatting} onMouseDown={keepFocus} onClick={() => run(clearFormatting)}>
        {/* Drawn by the stylesheet: the button's name is its label, not these glyphs. */}
        <span aria-hidden="true" className="writer-glyph" data-glyph="⌫A" />
      </Button>
    </>
  );
}
