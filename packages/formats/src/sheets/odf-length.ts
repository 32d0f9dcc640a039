/** ODF lengths (ODF 1.3 Part 1, 18.3.18 length: a number and a unit) in points. */
const PT_PER_UNIT: Readonly<Record<string, number>> = { pt: 1, in: 72, inch: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/** Points of an ODF length (`2.5cm`, `12pt`), or undefined. */
export function odfLengthPt(value: string | undefined): number | undefined {
  const m = value ? /^\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(pt|in|inch|cm|mm|pc|px)?\s*$/.exec(value) : null;
  if (!m) return undefined;
  const n = Number(m[1]) * (PT_PER_UNIT[m[2] ?? 'cm'] ?? 1);
  return Number.isFinite(n) ? n : undefined;
}
