/**
 * Tab stops of a paragraph (the `tabs` paragraph attribute of `text-block-format.ts`): where a
 * tab character in the paragraph moves the text to, how the text aligns there, and what fills
 * the gap. Positions are twips from the start margin of the text area (DOCX's convention; ODF
 * counts from the paragraph's indent, so its codecs add or subtract the indent).
 */

export type TabAlign = 'left' | 'center' | 'right' | 'decimal';
export type TabLeader = 'none' | 'dot' | 'hyphen' | 'underscore' | 'middle-dot';

/** One tab stop. */
export interface TabStop {
  /** Twips from the start margin. */
  readonly pos: number;
  readonly align: TabAlign;
  readonly leader: TabLeader;
}

const ALIGNS: readonly string[] = ['left', 'center', 'right', 'decimal'];
const LEADERS: readonly string[] = ['none', 'dot', 'hyphen', 'underscore', 'middle-dot'];
/** Most tab stops a paragraph keeps. */
export const MAX_TAB_STOPS = 64;
const MAX_POS = 31_680;

/** True when `v` is a tab stop list the model keeps (sorted by position, no duplicates). */
export function isTabStops(v: unknown): v is readonly TabStop[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_TAB_STOPS) return false;
  let last = -Infinity;
  for (const t of v as unknown[]) {
    if (typeof t !== 'object' || t === null) return false;
    const { pos, align, leader } = t as Record<string, unknown>;
    if (typeof pos !== 'number' || !Number.isInteger(pos) || Math.abs(pos) > MAX_POS || pos <= last) return false;
    if (!ALIGNS.includes(align as string) || !LEADERS.includes(leader as string)) return false;
    if (Object.keys(t).length !== 3) return false;
    last = pos;
  }
  return true;
}

/** A clean, sorted tab stop list from loose entries (invalid ones dropped), or null when none is left. */
export function tabStops(entries: readonly { pos: number; align: string; leader?: string }[]): TabStop[] | null {
  const byPos = new Map<number, TabStop>();
  for (const e of entries) {
    const pos = Math.round(e.pos);
    if (!Number.isFinite(pos) || Math.abs(pos) > MAX_POS || !ALIGNS.includes(e.align)) continue;
    byPos.set(pos, { pos, align: e.align as TabAlign, leader: LEADERS.includes(e.leader ?? 'none') ? ((e.leader ?? 'none') as TabLeader) : 'none' });
  }
  const out = [...byPos.values()].sort((a, b) => a.pos - b.pos).slice(0, MAX_TAB_STOPS);
  return out.length > 0 ? out : null;
}
