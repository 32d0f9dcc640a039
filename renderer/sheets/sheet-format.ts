/**
 * Formatting changes as style patches: the toolbar and the dialogs say what to change, the engine
 * applies the patch to every selected cell (`WorkbookEngine.formatRange`, one undo step). Number
 * formats are built as Excel format codes, the model's neutral form (`#,##0.00 "€"`, `0.00%`).
 */
import type { BorderLine, CellAlignment, CellBorders, CellFont, CellStyle } from '@ostal/model';

/** A change to one cell's style, knowing where the cell sits in the selection. */
export type StylePatch = (style: CellStyle, row: number, col: number) => CellStyle;

/** The selection a patch is applied to. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const SHEET_FONTS: readonly string[] = ['Liberation Sans', 'Arial', 'Calibri', 'Carlito', 'Liberation Serif', 'Times New Roman', 'DejaVu Sans', 'Marianne', 'Courier New'];
export const SHEET_FONT_SIZES: readonly number[] = [8, 9, 10, 11, 12, 14, 16, 18, 20, 24, 28, 36];

type FontToggle = 'bold' | 'italic' | 'underline' | 'strike';

/** Sets one font member (undefined removes it). */
export function setFont<K extends keyof CellFont>(key: K, value: CellFont[K] | undefined): StylePatch {
  return (s) => ({ ...s, font: { ...s.font, [key]: value } });
}

/** Turns a font toggle on everywhere, or off when `on` is false. */
export function toggleFont(key: FontToggle, on: boolean): StylePatch {
  return setFont(key, on ? true : undefined);
}

export function setFill(color: string | undefined): StylePatch {
  return ({ fill: _f, ...s }) => (color ? { ...s, fill: color } : s);
}

export function setAlignment<K extends keyof CellAlignment>(key: K, value: CellAlignment[K] | undefined): StylePatch {
  return (s) => ({ ...s, alignment: { ...s.alignment, [key]: value } });
}

/** A new number format; the file's automatic date order goes with the format it belonged to. */
export function setNumberFormat(code: string): StylePatch {
  return ({ numberFormat: _n, dateOrder: _o, ...s }) => (code && code !== 'General' ? { ...s, numberFormat: code } : s);
}

/** Border presets of the toolbar. */
export type BorderPreset = 'all' | 'outer' | 'none' | 'bottom' | 'top' | 'left' | 'right' | 'thickOuter';

export const BORDER_PRESETS: readonly BorderPreset[] = ['all', 'outer', 'thickOuter', 'bottom', 'top', 'left', 'right', 'none'];

/** Borders of a preset for the cell at (row, col) of `block`. */
export function setBorders(preset: BorderPreset, block: Block, color?: string): StylePatch {
  const thin: BorderLine = color ? { style: 'thin', color } : { style: 'thin' };
  const thick: BorderLine = color ? { style: 'medium', color } : { style: 'medium' };
  return ({ borders, ...s }, row, col) => {
    if (preset === 'none') return s;
    const next: { -readonly [K in keyof CellBorders]: CellBorders[K] } = { ...borders };
    const outer = preset === 'thickOuter' ? thick : thin;
    if (preset === 'all') {
      next.top = next.bottom = next.left = next.right = thin;
    } else {
      const edges = preset === 'outer' || preset === 'thickOuter' ? ['top', 'bottom', 'left', 'right'] : [preset];
      if (edges.includes('top') && row === block.top) next.top = outer;
      if (edges.includes('bottom') && row === block.bottom) next.bottom = outer;
      if (edges.includes('left') && col === block.left) next.left = outer;
      if (edges.includes('right') && col === block.right) next.right = outer;
    }
    return { ...s, borders: next };
  };
}

/** Number format families of the dialog. */
export type NumberCategory = 'general' | 'number' | 'currency' | 'percent' | 'date' | 'time' | 'text' | 'custom';

export const NUMBER_CATEGORIES: readonly NumberCategory[] = ['general', 'number', 'currency', 'percent', 'date', 'time', 'text', 'custom'];

export interface NumberFormatChoice {
  readonly category: NumberCategory;
  readonly decimals: number;
  readonly thousands: boolean;
  /** Date or time pattern, or the custom code. */
  readonly pattern: string;
}

export const DATE_PATTERNS: readonly string[] = ['DD/MM/YYYY', 'DD/MM/YY', 'D MMMM YYYY', 'DDDD D MMMM YYYY', 'MM/YYYY', 'YYYY-MM-DD'];
export const TIME_PATTERNS: readonly string[] = ['HH:MM', 'HH:MM:SS', 'DD/MM/YYYY HH:MM', '[HH]:MM'];

function numberPart(decimals: number, thousands: boolean): string {
  const d = Math.max(0, Math.min(10, Math.trunc(decimals)));
  return `${thousands ? '#,##0' : '0'}${d > 0 ? `.${'0'.repeat(d)}` : ''}`;
}

/** The Excel format code of a choice. */
export function numberFormatCode(choice: NumberFormatChoice): string {
  switch (choice.category) {
    case 'general':
      return 'General';
    case 'number':
      return numberPart(choice.decimals, choice.thousands);
    case 'currency': {
      const n = numberPart(choice.decimals, true);
      return `${n} "€";-${n} "€"`;
    }
    case 'percent':
      return `${numberPart(choice.decimals, false)}%`;
    case 'date':
    case 'time':
      return choice.pattern;
    case 'text':
      return '@';
    case 'custom':
      return choice.pattern.trim() || 'General';
  }
}

/** The dialog's starting point for a cell's current code. */
export function numberFormatChoice(code: string | undefined): NumberFormatChoice {
  const base = { decimals: 2, thousands: true, pattern: code ?? '' };
  if (!code || code === 'General') return { ...base, category: 'general', pattern: '' };
  if (code === '@') return { ...base, category: 'text' };
  const decimals = (/\.(0+)/.exec(code)?.[1] ?? '').length;
  if (code.includes('€')) return { ...base, category: 'currency', decimals };
  if (/^0(\.0+)?%$/.test(code)) return { ...base, category: 'percent', decimals };
  if (/^(#,##)?0(\.0+)?$/.test(code)) return { ...base, category: 'number', decimals, thousands: code.startsWith('#,##') };
  if (DATE_PATTERNS.includes(code)) return { ...base, category: 'date' };
  if (TIME_PATTERNS.includes(code)) return { ...base, category: 'time' };
  return { ...base, category: 'custom' };
}
