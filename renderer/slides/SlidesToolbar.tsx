/**
 * The slides editor's toolbars: slides (new with a layout, duplicate, delete, hide, undo/redo,
 * present), insert and arrange (text box, picture, shapes, table, slide number, footer; z-order,
 * group), and text formatting (font, size, colour, bold/italic/underline, alignment, bullets,
 * numbering, levels). Controls that must not end in-place text editing carry
 * `data-keeps-text-editing`, and buttons keep the focus where it is (mousedown prevented).
 */
import type { MouseEvent, ReactNode } from 'react';
import { Button, Toolbar, ToolbarSeparator } from '../ui/index.js';
import type { DeckTextAlign } from '@ostal/model';
import type { InsertableShape, LayoutChoice } from './slide-factory.js';
import type { SlidesLabels } from './slides-labels.js';
import type { CharFormat, ParagraphFormat } from './text-format.js';

/** Fonts offered (those on agents' Windows and Linux machines, or metric-compatible). */
export const FONTS = ['Calibri', 'Arial', 'Liberation Sans', 'Marianne', 'Times New Roman', 'Liberation Serif', 'Verdana', 'Courier New'];
export const SIZES = [10, 12, 14, 16, 18, 20, 24, 28, 32, 36, 40, 44, 54, 60, 72];

export interface LayoutOption {
  readonly value: string;
  readonly label: string;
  readonly choice: LayoutChoice;
}

export interface SlidesToolbarProps {
  readonly labels: SlidesLabels;
  readonly layouts: readonly LayoutOption[];
  readonly layout: string;
  readonly onLayout: (value: string) => void;
  readonly canDelete: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly hidden: boolean;
  readonly hasSelection: boolean;
  readonly canGroup: boolean;
  readonly canUngroup: boolean;
  readonly onCommand: (command: SlidesCommand) => void;
}

export type SlidesCommand =
  | 'addSlide'
  | 'duplicateSlide'
  | 'deleteSlide'
  | 'toggleHidden'
  | 'applyLayout'
  | 'presentCurrent'
  | 'undo'
  | 'redo'
  | 'present'
  | 'textBox'
  | 'picture'
  | 'table'
  | 'chart'
  | 'slideNumber'
  | 'footer'
  | 'forward'
  | 'backward'
  | 'group'
  | 'ungroup'
  | 'deleteShapes'
  | { readonly shape: InsertableShape };

/** Keeps the focus (and the text selection) where it is when a toolbar button is pressed. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

function Tool({ label, onClick, disabled, pressed, shortcut, children }: { label: string; onClick: () => void; disabled?: boolean; pressed?: boolean; shortcut?: string; children: ReactNode }) {
  return (
    <Button variant="quiet" aria-label={label} title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label} shortcut={shortcut} disabled={disabled} pressed={pressed} onMouseDown={keepFocus} onClick={onClick}>
      {children}
    </Button>
  );
}

export function SlidesToolbar({ labels, layouts, layout, onLayout, canDelete, canUndo, canRedo, hidden, hasSelection, canGroup, canUngroup, onCommand }: SlidesToolbarProps) {
  const e = labels.editor;
  return (
    <div className="slides-toolbars">
      <Toolbar label={labels.toolbar}>
        <Button variant="quiet" onClick={() => onCommand('addSlide')}>
          <span aria-hidden="true">＋</span> {labels.addSlide}
        </Button>
        <label className="slides-toolbar__select">
          <span className="slides-visually-hidden">{e.layout}</span>
          <select className="ui-select" value={layout} title={e.layout} onChange={(event) => onLayout(event.target.value)}>
            {layouts.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <Tool label={e.applyLayout} onClick={() => onCommand('applyLayout')}>
          <span aria-hidden="true">⤓</span>
        </Tool>
        <Button variant="quiet" onClick={() => onCommand('duplicateSlide')}>
          {e.duplicateSlide}
        </Button>
        <Button variant="quiet" disabled={!canDelete} onClick={() => onCommand('deleteSlide')}>
          {labels.deleteSlide}
        </Button>
        <Button variant="quiet" pressed={hidden} onClick={() => onCommand('toggleHidden')}>
          {e.hideSlide}
        </Button>
        <ToolbarSeparator />
        <Tool label={e.undo} shortcut="Control+Z" disabled={!canUndo} onClick={() => onCommand('undo')}>
          <span aria-hidden="true">↶</span>
        </Tool>
        <Tool label={e.redo} shortcut="Control+Y" disabled={!canRedo} onClick={() => onCommand('redo')}>
          <span aria-hidden="true">↷</span>
        </Tool>
        <ToolbarSeparator />
        <Button variant="primary" shortcut="F5" title={`${labels.present} (F5)`} onClick={() => onCommand('present')}>
          <span aria-hidden="true">▶</span> {labels.present}
        </Button>
        {/* An icon beside "Présenter", named for screen readers and in its tooltip: the toolbar keeps to one row. */}
        <Tool label={e.presentFromCurrent} shortcut="Shift+F5" onClick={() => onCommand('presentCurrent')}>
          <span aria-hidden="true">▷</span>
        </Tool>
      </Toolbar>
      <Toolbar label={e.insertToolbar}>
        <Button variant="quiet" onMouseDown={keepFocus} onClick={() => onCommand('textBox')}>
          {e.textBox}
        </Button>
        <Button variant="quiet" onClick={() => onCommand('picture')}>
          {e.picture}
        </Button>
        <Tool label={e.shapes.rect} onClick={() => onCommand({ shape: 'rect' })}>
          <span aria-hidden="true">▭</span>
        </Tool>
        <Tool label={e.shapes.roundRect} onClick={() => onCommand({ shape: 'roundRect' })}>
          <span aria-hidden="true">▢</span>
        </Tool>
        <Tool label={e.shapes.ellipse} onClick={() => onCommand({ shape: 'ellipse' })}>
          <span aria-hidden="true">◯</span>
        </Tool>
        <Tool label={e.shapes.triangle} onClick={() => onCommand({ shape: 'triangle' })}>
          <span aria-hidden="true">△</span>
        </Tool>
        <Tool label={e.shapes.rightArrow} onClick={() => onCommand({ shape: 'rightArrow' })}>
          <span aria-hidden="true">⇨</span>
        </Tool>
        <Tool label={e.shapes.line} onClick={() => onCommand({ shape: 'line' })}>
          <span aria-hidden="true">╱</span>
        </Tool>
        <Tool label={e.shapes.arrow} onClick={() => onCommand({ shape: 'arrow' })}>
          <span aria-hidden="true">↗</span>
        </Tool>
        <Button variant="quiet" onClick={() => onCommand('table')}>
          {e.table}
        </Button>
        <Button variant="quiet" onClick={() => onCommand('chart')}>
          {e.charts.insert}…
        </Button>
        <Button variant="quiet" onClick={() => onCommand('slideNumber')}>
          {e.slideNumber}
        </Button>
        <Button variant="quiet" onClick={() => onCommand('footer')}>
          {e.footer}
        </Button>
        <ToolbarSeparator />
        <Tool label={e.bringForward} shortcut="Control+]" disabled={!hasSelection} onClick={() => onCommand('forward')}>
          <span aria-hidden="true">⬒</span>
        </Tool>
        <Tool label={e.sendBackward} shortcut="Control+[" disabled={!hasSelection} onClick={() => onCommand('backward')}>
          <span aria-hidden="true">⬓</span>
        </Tool>
        <Tool label={e.group} shortcut="Control+G" disabled={!canGroup} onClick={() => onCommand('group')}>
          <span aria-hidden="true">⊞</span>
        </Tool>
        <Tool label={e.ungroup} shortcut="Control+Shift+G" disabled={!canUngroup} onClick={() => onCommand('ungroup')}>
          <span aria-hidden="true">⊟</span>
        </Tool>
        <Tool label={e.deleteShape} shortcut="Delete" disabled={!hasSelection} onClick={() => onCommand('deleteShapes')}>
          <span aria-hidden="true">✕</span>
        </Tool>
      </Toolbar>
    </div>
  );
}

/** Four lines showing an alignment (no icon font needed). */
function AlignIcon({ align }: { align: DeckTextAlign }) {
  const rows = [16, 10, 16, 8];
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 18 16" stroke="currentColor" strokeWidth="1.8">
      {rows.map((w, i) => {
        const len = align === 'justify' ? 16 : w;
        const x = align === 'left' || align === 'justify' ? 1 : align === 'right' ? 17 - len : (18 - len) / 2;
        return <line key={i} x1={x} x2={x + len} y1={2 + i * 4} y2={2 + i * 4} />;
      })}
    </svg>
  );
}

export interface FormatToolbarProps {
  readonly labels: SlidesLabels;
  readonly enabled: boolean;
  readonly state: { readonly bold: boolean; readonly italic: boolean; readonly underline: boolean };
  readonly onChar: (f: CharFormat) => void;
  readonly onParagraph: (f: ParagraphFormat) => void;
}

export function FormatToolbar({ labels, enabled, state, onChar, onParagraph }: FormatToolbarProps) {
  const e = labels.editor;
  const align = (a: DeckTextAlign, label: string) => (
    <Tool label={label} disabled={!enabled} onClick={() => onParagraph({ kind: 'align', align: a })}>
      <AlignIcon align={a} />
    </Tool>
  );
  return (
    <Toolbar label={e.formatToolbar} className="slides-format">
      <span data-keeps-text-editing className="slides-format__fields">
        <select
          className="ui-select"
          aria-label={e.font}
          title={e.font}
          disabled={!enabled}
          value=""
          onChange={(event) => {
            if (event.target.value) onChar({ kind: 'font', font: event.target.value });
          }}
        >
          <option value="">{e.font}</option>
          {FONTS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <select
          className="ui-select"
          aria-label={e.fontSize}
          title={e.fontSize}
          disabled={!enabled}
          value=""
          onChange={(event) => {
            if (event.target.value) onChar({ kind: 'size', size: Number(event.target.value) * 100 });
          }}
        >
          <option value="">{e.fontSize}</option>
          {SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <input type="color" className="slides-format__color" aria-label={e.fontColor} title={e.fontColor} disabled={!enabled} defaultValue="#000091" onChange={(event) => onChar({ kind: 'color', rgb: event.target.value.slice(1).toUpperCase() })} />
      </span>
      <Tool label={e.bold} shortcut="Control+B" disabled={!enabled} pressed={state.bold} onClick={() => onChar({ kind: 'bold', on: !state.bold })}>
        <b aria-hidden="true">G</b>
      </Tool>
      <Tool label={e.italic} shortcut="Control+I" disabled={!enabled} pressed={state.italic} onClick={() => onChar({ kind: 'italic', on: !state.italic })}>
        <i aria-hidden="true">I</i>
      </Tool>
      <Tool label={e.underline} shortcut="Control+U" disabled={!enabled} pressed={state.underline} onClick={() => onChar({ kind: 'underline', on: !state.underline })}>
        <u aria-hidden="true">S</u>
      </Tool>
      <ToolbarSeparator />
      {align('left', e.alignLeft)}
      {align('center', e.alignCenter)}
      {align('right', e.alignRight)}
      {align('justify', e.justify)}
      <ToolbarSeparator />
      <Tool label={e.bullets} disabled={!enabled} onClick={() => onParagraph({ kind: 'bullets', bullet: { kind: 'char', char: '•' } })}>
        <span aria-hidden="true">•≡</span>
      </Tool>
      <Tool label={e.numbering} disabled={!enabled} onClick={() => onParagraph({ kind: 'bullets', bullet: { kind: 'number', scheme: 'arabicPeriod' } })}>
        <span aria-hidden="true">1.</span>
      </Tool>
      <Tool label={e.decreaseLevel} shortcut="Shift+Tab" disabled={!enabled} onClick={() => onParagraph({ kind: 'level', delta: -1 })}>
        <span aria-hidden="true">⇤</span>
      </Tool>
      <Tool label={e.increaseLevel} shortcut="Tab" disabled={!enabled} onClick={() => onParagraph({ kind: 'level', delta: 1 })}>
        <span aria-hidden="true">⇥</span>
      </Tool>
    </Toolbar>
  );
}
