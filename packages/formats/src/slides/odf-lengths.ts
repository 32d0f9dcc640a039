/** ODF lengths (ODF 1.3 Part 3, 18.3.18) to integer EMU, exactly for mm, cm, in, pt and pc. */

const EMU_PER_UNIT: Readonly<Record<string, number>> = { mm: 36_000, cm: 360_000, in: 914_400, inch: 914_400, pt: 12_700, pc: 152_400, px: 9525 };

/** EMU of an ODF length (`2.5cm`, `12pt`), or undefined when it is not one. */
export function odfLengthToEmu(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(mm|cm|in|inch|pt|pc|px)\s*$/.exec(value);
  if (!m) return undefined;
  const n = Math.round(Number(m[1]) * (EMU_PER_UNIT[m[2] ?? 'mm'] ?? 36_000));
  return Number.isFinite(n) && Math.abs(n) < 2 ** 40 ? n : undefined;
}

/** Hundredths of a point of an ODF length (font sizes, spacing). */
export function odfLengthToCentiPoints(value: string | undefined): number | undefined {
  const emu = odfLengthToEmu(value);
  return emu === undefined ? undefined : Math.round(emu / 127);
}
