/**
 * The paragraph dialog's logic: read and set indents (cm), spacing (pt) and line spacing on the
 * selected paragraphs and headings. The model keeps twips (1/20 pt) and line multiples.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { TEXT_BORDER_SIDES } from '@ostal/model';
import type { TextBorderLine, TextBorderSide, TextBorders } from '@ostal/model';

/** What the dialog edits; null is "none" (the style's own value). */
export interface ParagraphFormat {
  readonly indentLeft: number | null;
  readonly indentRight: number | null;
  readonly indentFirstLine: number | null;
  readonly spaceBefore: number | null;
  readonly spaceAfter: number | null;
  readonly lineHeight: number | null;
  /** Borders around the paragraph (`text-borders.ts` of the model), or null. */
  readonly borders: TextBorders | null;
}

const KEYS = ['indentLeft', 'indentRight', 'indentFirstLine', 'spaceBefore', 'spaceAfter', 'lineHeight'] as const;

/** Twips in a centimetre. */
export const TWIPS_PER_CM = 1440 / 2.54;
/** Largest indent or spacing accepted, in twips (the model's limit). */
const MAX_TWIPS = 31_680;

/** Centimetres shown for twips, to 2 decimals. */
export function twipsToCm(twips: number): number {
  return Math.round((twips / TWIPS_PER_CM) * 100) / 100;
}

/** Twips for centimetres, or null when out of range. */
export function cmToTwips(cm: number): number | null {
  const twips = Math.round(cm * TWIPS_PER_CM);
  return Number.isFinite(twips) && Math.abs(twips) <= MAX_TWIPS ? twips : null;
}

/** Twips for points (spacing), or null when negative or out of range. */
export function ptToTwips(pt: number): number | null {
  const twips = Math.round(pt * 20);
  return Number.isFinite(twips) && twips >= 0 && twips <= MAX_TWIPS ? twips : null;
}

/**
 * A number typed in the dialog, with a comma or a point as decimal separator; null for an empty
 * field, NaN for anything else.
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) || /^-?\.\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** The format of the paragraph holding the selection start. */
export function currentParagraphFormat(state: EditorState): ParagraphFormat {
  const attrs = state.selection.$from.parent.attrs;
  const out: Record<string, number | null> = {};
  for (const k of KEYS) out[k] = typeof attrs[k] === 'number' ? attrs[k] : null;
  return { ...(out as unknown as Omit<ParagraphFormat, 'borders'>), borders: (attrs.borders as TextBorders | null | undefined) ?? null };
}

/** Sets the given fields on every selected paragraph and heading (other fields stay). */
export function setParagraphFormat(format: Partial<ParagraphFormat>): Command {
  return (state, dispatch) => {
    const { from, to } = state.selection;
    const blocks: number[] = [];
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true;
      if ('indentLeft' in node.attrs) blocks.push(pos);
      return false;
    });
    if (blocks.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const pos of blocks) {
        const node = tr.doc.nodeAt(pos)!;
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...format });
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Border presets of the paragraph dialog. */
export type BorderPreset = 'none' | 'box' | 'top' | 'bottom' | 'topBottom';
export const BORDER_PRESETS: readonly BorderPreset[] = ['none', 'box', 'top', 'bottom', 'topBottom'];

const PRESET_SIDES: Readonly<Record<BorderPreset, readonly TextBorderSide[]>> = {
  none: [],
  box: ['top', 'bottom', 'left', 'right'],
  top: ['top'],
  bottom: ['bottom'],
  topBottom: ['top', 'bottom'],
};

/** The preset a paragraph's borders match (same line on exactly those sides), or null when they match none. */
export function borderPresetOf(borders: TextBorders | null): BorderPreset | null {
  const sides = TEXT_BORDER_SIDES.filter((s) => borders?.[s] !== undefined);
  const first = sides.length > 0 ? borders![sides[0]!] : undefined;
  if (first && sides.some((s) => JSON.stringify(borders![s]) !== JSON.stringify(first))) return null;
  return BORDER_PRESETS.find((p) => PRESET_SIDES[p].length === sides.length && PRESET_SIDES[p].every((s) => sides.includes(s))) ?? null;
}

/** Borders drawing `line` on the preset's sides (null for none). */
export function presetBorders(preset: BorderPreset, line: TextBorderLine): TextBorders | null {
  if (preset === 'none') return null;
  const out: Partial<Record<TextBorderSide, TextBorderLine>> = {};
  for (const s of PRESET_SIDES[preset]) out[s] = line;
  return out;
}

/** The line of a paragraph's borders (its first side), or a thin black solid line. */
export function borderLineOf(borders: TextBorders | null): TextBorderLine {
  const side = TEXT_BORDER_SIDES.find((s) => borders?.[s] !== undefined);
  return (side && borders?.[side]) || { style: 'solid', width: 4, color: null, space: 1 };
}
