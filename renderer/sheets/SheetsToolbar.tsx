/**
 * The spreadsheet's format toolbar, with the writer's look (renderer/ui Toolbar and quiet
 * buttons): undo/redo, font, size, bold/italic/underline/strike, text and fill colours, borders,
 * horizontal and vertical alignment, wrap, merge, number formats, freeze panes. It shows the
 * active cell's formatting; every change applies to the whole selection as one undo step.
 */
import type { CellStyle } from '@ostal/model';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Button, Toolbar, ToolbarSeparator } from '../ui/index.js';
import { BORDER_PRESETS, numberFormatChoice, numberFormatCode, setAlignment, setFill, setFont, setNumberFormat, SHEET_FONT_SIZES, SHEET_FONTS, toggleFont } from './sheet-format.js';
import type { BorderPreset, StylePatch } from './sheet-format.js';
import type { SheetsUiLabels } from './sheets-ui-labels.js';

export interface SheetsToolbarProps {
  readonly labels: SheetsUiLabels;
  /** Style of the active cell. */
  readonly style: CellStyle;
  readonly merged: boolean;
  readonly frozen: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** Applies a patch to every selected cell. */
  readonly onFormat: (patch: StylePatch) => void;
  readonly onBorders: (preset: BorderPreset) => void;
  readonly onMerge: () => void;
  readonly onNumberFormat: () => void;
  readonly onFreeze: () => void;
}

const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

/**
 * A colour input applied when the picker closes (the native `change` event), not at every
 * `input` while the user drags in the picker: one colour choice is one undo step.
 */
function ColorInput({ label, value, onCommit }: { label: string; value: string; onCommit: (color: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  useEffect(() => {
    const input = ref.current;
    if (!input) return undefined;
    const onChange = () => commit.current(input.value.toUpperCase());
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    if (ref.current) ref.current.value = value;
  }, [value]);
  return <input ref={ref} type="color" aria-label={label} defaultValue={value} />;
}

/** A small line drawing for a toolbar button (decorative). */
function Glyph({ d }: { d: string }) {
  return (
    <svg aria-hidden="true" focusable="false" width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round">
      <path d={d} />
    </svg>
  );
}

const GLYPHS = {
  undo: 'M9 7H4V2 M4 7c3-4 9-5 13-2s4 10 0 13',
  redo: 'M15 7h5V2 M20 7c-3-4-9-5-13-2s-4 10 0 13',
  left: 'M4 5h16 M4 10h10 M4 15h16 M4 20h10',
  center: 'M4 5h16 M7 10h10 M4 15h16 M7 20h10',
  right: 'M4 5h16 M10 10h10 M4 15h16 M10 20h10',
  top: 'M4 3h16 M12 7v14 M8 11l4-4 4 4',
  middle: 'M4 12h16 M12 3v6 M12 15v6',
  bottom: 'M4 21h16 M12 3v14 M8 13l4 4 4-4',
  wrap: 'M4 6h16 M4 12h13a3 3 0 0 1 0 6h-4 M15 16l-2 2 2 2 M4 18h5',
  merge: 'M3 4h18v16H3z M8 12H4 M20 12h-4 M6 10l-2 2 2 2 M18 10l2 2-2 2',
  freeze: 'M3 3h18v18H3z M3 9h18 M9 3v18',
  format: 'M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h4',
  noFill: 'M5 5h14v14H5z M4 20L20 4',
};

function Toggle({ label, pressed, onClick, shortcut, children }: { label: string; pressed: boolean; onClick: () => void; shortcut?: string; children: ReactNode }) {
  return (
    <Button variant="quiet" pressed={pressed} aria-label={label} title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label} shortcut={shortcut} onMouseDown={keepFocus} onClick={onClick}>
      {children}
    </Button>
  );
}

/** The code with one more or one fewer decimal (General becomes a number). */
function stepDecimals(code: string | undefined, step: number): string | undefined {
  const choice = numberFormatChoice(code);
  if (choice.category === 'general') return numberFormatCode({ category: 'number', decimals: Math.max(0, step), thousands: false, pattern: '' });
  if (choice.category !== 'number' && choice.category !== 'currency' && choice.category !== 'percent') return undefined;
  return numberFormatCode({ ...choice, decimals: Math.max(0, choice.decimals + step) });
}

export function SheetsToolbar({ labels, style, merged, frozen, canUndo, canRedo, onUndo, onRedo, onFormat, onBorders, onMerge, onNumberFormat, onFreeze }: SheetsToolbarProps) {
  const font = style.font ?? {};
  const h = style.alignment?.horizontal;
  const v = style.alignment?.vertical;
  const fonts = font.family && !SHEET_FONTS.includes(font.family) ? [...SHEET_FONTS, font.family] : SHEET_FONTS;
  const sizes = font.size && !SHEET_FONT_SIZES.includes(font.size) ? [...SHEET_FONT_SIZES, font.size].sort((a, b) => a - b) : SHEET_FONT_SIZES;
  const moreDecimals = stepDecimals(style.numberFormat, 1);
  const fewerDecimals = stepDecimals(style.numberFormat, -1);
  return (
    <Toolbar label={labels.toolbar} className="sheets-toolbar">
      <Button variant="quiet" aria-label={labels.undo} title={`${labels.undo} (Ctrl+Z)`} shortcut="Control+Z" disabled={!canUndo} onMouseDown={keepFocus} onClick={onUndo}>
        <Glyph d={GLYPHS.undo} />
      </Button>
      <Button variant="quiet" aria-label={labels.redo} title={`${labels.redo} (Ctrl+Y)`} shortcut="Control+Y" disabled={!canRedo} onMouseDown={keepFocus} onClick={onRedo}>
        <Glyph d={GLYPHS.redo} />
      </Button>
      <ToolbarSeparator />
      <select className="ui-select sheets-toolbar__font" aria-label={labels.font} title={labels.font} value={font.family ?? ''} onChange={(e) => onFormat(setFont('family', e.target.value || undefined))}>
        <option value="">{labels.fontDefault}</option>
        {fonts.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      <select className="ui-select sheets-toolbar__size" aria-label={labels.fontSize} title={labels.fontSize} value={font.size ?? ''} onChange={(e) => onFormat(setFont('size', e.target.value ? Number(e.target.value) : undefined))}>
        <option value="">{labels.fontSizeDefault}</option>
        {sizes.map((s) => (
          <option key={s} value={s}>
            {s.toLocaleString(document.documentElement.lang || undefined)}
          </option>
        ))}
      </select>
      <Toggle label={labels.bold} pressed={font.bold === true} shortcut="Control+B" onClick={() => onFormat(toggleFont('bold', font.bold !== true))}>
        <strong aria-hidden="true">{labels.glyphs.bold}</strong>
      </Toggle>
      <Toggle label={labels.italic} pressed={font.italic === true} shortcut="Control+I" onClick={() => onFormat(toggleFont('italic', font.italic !== true))}>
        <em aria-hidden="true">{labels.glyphs.italic}</em>
      </Toggle>
      <Toggle label={labels.underline} pressed={font.underline === true} shortcut="Control+U" onClick={() => onFormat(toggleFont('underline', font.underline !== true))}>
        <u aria-hidden="true">{labels.glyphs.underline}</u>
      </Toggle>
      <Toggle label={labels.strike} pressed={font.strike === true} onClick={() => onFormat(toggleFont('strike', font.strike !== true))}>
        <s aria-hidden="true">abc</s>
      </Toggle>
      <label className="sheets-toolbar__color" title={labels.textColor}>
        <span aria-hidden="true">A</span>
        <ColorInput label={labels.textColor} value={(font.color ?? '#000000').toLowerCase()} onCommit={(c) => onFormat(setFont('color', c))} />
      </label>
      <label className="sheets-toolbar__color" title={labels.fill}>
        <span aria-hidden="true">▮</span>
        <ColorInput label={labels.fill} value={(style.fill ?? '#ffffff').toLowerCase()} onCommit={(c) => onFormat(setFill(c))} />
      </label>
      <Button variant="quiet" aria-label={labels.noFill} title={labels.noFill} disabled={!style.fill} onMouseDown={keepFocus} onClick={() => onFormat(setFill(undefined))}>
        <Glyph d={GLYPHS.noFill} />
      </Button>
      <select
        className="ui-select sheets-toolbar__borders"
        aria-label={labels.borders}
        title={labels.borders}
        value=""
        onChange={(e) => {
          if (e.target.value) onBorders(e.target.value as BorderPreset);
        }}
      >
        <option value="">{labels.borders}</option>
        {BORDER_PRESETS.map((p) => (
          <option key={p} value={p}>
            {labels[`border${p[0]!.toUpperCase()}${p.slice(1)}` as 'borderAll']}
          </option>
        ))}
      </select>
      <ToolbarSeparator />
      {(['left', 'center', 'right'] as const).map((a) => (
        <Toggle key={a} label={labels[`align${a[0]!.toUpperCase()}${a.slice(1)}` as 'alignLeft']} pressed={h === a} onClick={() => onFormat(setAlignment('horizontal', h === a ? undefined : a))}>
          <Glyph d={GLYPHS[a]} />
        </Toggle>
      ))}
      {(['top', 'center', 'bottom'] as const).map((a) => (
        <Toggle key={a} label={a === 'top' ? labels.alignTop : a === 'center' ? labels.alignMiddle : labels.alignBottom} pressed={v === a} onClick={() => onFormat(setAlignment('vertical', v === a ? undefined : a))}>
          <Glyph d={GLYPHS[a === 'center' ? 'middle' : a]} />
        </Toggle>
      ))}
      <Toggle label={labels.wrap} pressed={style.alignment?.wrap === true} onClick={() => onFormat(setAlignment('wrap', style.alignment?.wrap === true ? undefined : true))}>
        <Glyph d={GLYPHS.wrap} />
      </Toggle>
      <Toggle label={labels.merge} pressed={merged} onClick={onMerge}>
        <Glyph d={GLYPHS.merge} />
      </Toggle>
      <ToolbarSeparator />
      <Button variant="quiet" aria-label={labels.currency} title={labels.currency} onMouseDown={keepFocus} onClick={() => onFormat(setNumberFormat(numberFormatCode({ category: 'currency', decimals: 2, thousands: true, pattern: '' })))}>
        <span aria-hidden="true">€</span>
      </Button>
      <Button variant="quiet" aria-label={labels.percent} title={labels.percent} onMouseDown={keepFocus} onClick={() => onFormat(setNumberFormat('0%'))}>
        <span aria-hidden="true">%</span>
      </Button>
      <Button variant="quiet" aria-label={labels.moreDecimals} title={labels.moreDecimals} disabled={moreDecimals === undefined} onMouseDown={keepFocus} onClick={() => moreDecimals && onFormat(setNumberFormat(moreDecimals))}>
        <span aria-hidden="true">,0→</span>
      </Button>
      <Button variant="quiet" aria-label={labels.fewerDecimals} title={labels.fewerDecimals} disabled={fewerDecimals === undefined} onMouseDown={keepFocus} onClick={() => fewerDecimals && onFormat(setNumberFormat(fewerDecimals))}>
        <span aria-hidden="true">←,0</span>
      </Button>
      <Button variant="quiet" aria-label={labels.numberFormat} title={labels.numberFormat} onClick={onNumberFormat}>
        <Glyph d={GLYPHS.format} />
      </Button>
      <ToolbarSeparator />
      <Button variant="quiet" aria-label={frozen ? labels.unfreeze : labels.freeze} title={frozen ? labels.unfreeze : labels.freeze} onMouseDown={keepFocus} onClick={onFreeze}>
        <Glyph d={GLYPHS.freeze} />
      </Button>
    </Toolbar>
  );
}
