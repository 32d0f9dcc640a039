/**
 * Lengths on slides: DrawingML EMUs (ECMA-376 Part 1, 20.1.10.16 ST_Coordinate: 360,000 per cm)
 * and ODF lengths (ODF 1.3 Part 3, 18.3.18 "length": a number with a unit of cm, mm, in, pt, pc
 * or px).
 */

/** English Metric Units per millimetre. */
export const EMU_PER_MM = 36_000;

/** EMUs per typographic point; PowerPoint sizes are whole points. */
const EMU_PER_PT = 12_700;

/** Bounds of ST_SlideSizeCoordinate (ECMA-376 Part 1, 19.7.15): 1 inch to 56 inches. */
const MIN_SLIDE_EMU = 914_400;
const MAX_SLIDE_EMU = 51_206_400;

/** Rounds millimetres to three decimals, the precision the model keeps. */
export function roundMm(mm: number): number {
  return Math.round(mm * 1000) / 1000;
}

/** Millimetres from EMUs, rounded to a thousandth of a millimetre. */
export function emuToMm(emu: number): number {
  return roundMm(emu / EMU_PER_MM);
}

/** EMUs for a length in millimetres; snapped to a whole point when within a thousandth of a mm. */
export function mmToEmu(mm: number): number {
  const emu = Math.round(mm * EMU_PER_MM);
  const snapped = Math.round(emu / EMU_PER_PT) * EMU_PER_PT;
  return Math.abs(snapped - emu) <= EMU_PER_MM / 1000 ? snapped : emu;
}

/** A slide dimension in EMUs, clamped to the range PresentationML allows. */
export function slideEmu(mm: number): number {
  return Math.min(MAX_SLIDE_EMU, Math.max(MIN_SLIDE_EMU, mmToEmu(mm)));
}

const MM_PER_UNIT: Readonly<Record<string, number>> = {
  mm: 1,
  cm: 10,
  in: 25.4,
  pt: 25.4 / 72,
  pc: 25.4 / 6,
  px: 25.4 / 96,
};

/** Millimetres from an ODF length (`28cm`, `11in`, `792pt`), or undefined when it is not one. */
export function odfLengthToMm(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(mm|cm|in|inch|pt|pc|px)\s*$/.exec(value);
  if (!m) return undefined;
  const unit = m[2] === 'inch' ? 'in' : (m[2] ?? 'mm');
  const n = Number(m[1]) * (MM_PER_UNIT[unit] ?? 1);
  return Number.isFinite(n) ? roundMm(n) : undefined;
}

/** An ODF length in millimetres (`338.667mm`), as written by the ODP writer. */
export function mmLength(mm: number): string {
  return `${String(roundMm(mm))}mm`;
}
