/**
 * Dates and times as spreadsheet day numbers: what both Excel and LibreOffice store, shown
 * through a date or time number format. ODF `date` and `time` values (ODF 1.3 Part 3,
 * 19.382 `office:date-value`, 19.388 `office:time-value`) and SpreadsheetML ISO date cells
 * become day numbers from the workbook's epoch (1899-12-30, or 1904-01-01 for a 1904 workbook),
 * so they stay dates a formula can compute with.
 */

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The day number of an ISO 8601 date or date-time (`2024-01-15`, `2003-12-30T12:20:00.5`), or null. */
export function isoDateSerial(iso: string, date1904 = false): number | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = Date.UTC(y, mo - 1, d);
  if (!Number.isFinite(day)) return null;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  const serial = (day - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS + seconds / 86_400;
  return Number.isFinite(serial) ? serial : null;
}

/** A duration (`PT12H30M05S`, `P1DT2H`, negative with `-`) as a fraction of days, or null. */
export function durationDays(duration: string): number | null {
  const m = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration.trim());
  if (!m || duration.trim() === 'P' || duration.trim() === 'PT') return null;
  const days = Number(m[2] ?? 0) + (Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) / 86_400;
  return Number.isFinite(days) ? (m[1] ? -days : days) : null;
}

/** True when an ISO date-time has a time of day other than midnight. */
export function hasTimeOfDay(iso: string): boolean {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/.exec(iso);
  return m !== null && (Number(m[1]) !== 0 || Number(m[2]) !== 0 || Number(m[3] ?? 0) !== 0);
}

/** The number format to show a date or time whose cell style has none. */
export function defaultDateFormat(kind: 'date' | 'datetime' | 'time', days = 0): string {
  if (kind === 'time') return Math.abs(days) >= 1 ? '[h]:mm:ss' : 'hh:mm:ss';
  return kind === 'datetime' ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
}
