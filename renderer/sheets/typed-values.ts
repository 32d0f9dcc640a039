/**
 * Dates, times and percentages as people type and read them: `28/11/2026`, `28/11`, `14:30`,
 * `28/11/2026 14:30`, `12,5 %` in French (`11/28/2026` in American English). A typed date
 * becomes its serial number and, when the cell has no number format yet, the format it was
 * typed in; the formula bar shows a formatted date, time or percentage back the same way
 * (never the serial number). Pure and headless.
 */
import { parseFormatCode } from '@ostal/calc';
import type { BooleanWords, RawContent } from './cell-text.js';
import { editText, parseCellInput, parseLocaleNumber } from './cell-text.js';

/** What a typed entry gives the engine, and the number format it asks for (when the cell has none). */
export interface TypedEntry {
  readonly raw: RawContent;
  readonly format?: string;
}

type Part = 'day' | 'month' | 'year';

const orderCache = new Map<string, readonly Part[]>();

/** Order of day, month and year in the locale's short dates (`fr`: day month year). */
export function dateOrder(locale: string): readonly Part[] {
  let order = orderCache.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 10, 28));
    const found = parts.map((p) => p.type).filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
    order = found.length === 3 ? found : ['day', 'month', 'year'];
    orderCache.set(locale, order);
  }
  return order;
}

const DAY_MS = 86_400_000;

/** Serial number of a calendar day (1900 system with Excel's phantom 29/02/1900, or 1904), null before the epoch. */
export function serialOfDate(year: number, month: number, day: number, date1904 = false): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (date1904) {
    const serial = Math.round((utc - Date.UTC(1904, 0, 1)) / DAY_MS);
    return serial >= 0 ? serial : null;
  }
  const serial = Math.round((utc - Date.UTC(1899, 11, 30)) / DAY_MS);
  if (serial < 2) return null;
  return serial <= 60 ? serial - 1 : serial;
}

/** Calendar day of a serial number (inverse of {@link serialOfDate}). */
export function dateOfSerial(serial: number, date1904 = false): { year: number; month: number; day: number } {
  const days = Math.floor(serial);
  const utc = date1904 ? Date.UTC(1904, 0, 1) + days * DAY_MS : Date.UTC(1899, 11, 30) + (days <= 60 ? days + 1 : days) * DAY_MS;
  const d = new Date(utc);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const TIME = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}(?:[.,]\d+)?))?$/;

function parseTime(text: string): { fraction: number; seconds: boolean; elapsed: boolean } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3].replace(',', '.'));
  if (min > 59 || s >= 60) return null;
  return { fraction: (h * 3600 + min * 60 + s) / 86_400, seconds: m[3] !== undefined, elapsed: h >= 24 };
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function parseDate(text: string, locale: string, date1904: boolean, today: Date): { serial: number; format: string } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const serial = serialOfDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), date1904);
    return serial === null ? null : { serial, format: 'YYYY-MM-DD' };
  }
  const m = /^(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{1,4}))?$/.exec(text);
  if (!m) return null;
  const order = dateOrder(locale).filter((p) => p !== 'year' || m[4] !== undefined);
  // Without a year: day and month in the locale's order, this year.
  const fields = [m[1]!, m[3]!, m[4]].filter((f): f is string => f !== undefined);
  const value: Record<Part, string | undefined> = { day: undefined, month: undefined, year: undefined };
  order.forEach((part, i) => {
    value[part] = fields[i];
  });
  if (value.day === undefined || value.month === undefined || value.day.length > 2 || value.month.length > 2) return null;
  if (value.year !== undefined && value.year.length !== 2 && value.year.length !== 4) return null;
  const year = value.year === undefined ? today.getFullYear() : fullYear(value.year);
  const serial = serialOfDate(year, Number(value.month), Number(value.day), date1904);
  if (serial === null) return null;
  const codes: Record<Part, string> = { day: 'DD', month: 'MM', year: value.year?.length === 2 ? 'YY' : 'YYYY' };
  return { serial, format: dateOrder(locale).map((p) => codes[p]).join('/') };
}

/**
 * A typed date, time or date and time: its serial number and the format it was typed in;
 * null when the text is not one.
 */
export function parseTypedDateTime(text: string, locale: string, date1904 = false, today = new Date()): { value: number; format: string } | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || trimmed.length > 40) return null;
  const time = parseTime(trimmed);
  if (time) return { value: time.fraction, format: time.elapsed ? (time.seconds ? '[HH]:MM:SS' : '[HH]:MM') : time.seconds ? 'HH:MM:SS' : 'HH:MM' };
  const space = trimmed.indexOf(' ');
  const datePart = space < 0 ? trimmed : trimmed.slice(0, space);
  const timePart = space < 0 ? undefined : trimmed.slice(space + 1);
  const date = parseDate(datePart, locale, date1904, today);
  if (!date) return null;
  if (timePart === undefined) return { value: date.serial, format: date.format };
  const t = parseTime(timePart);
  if (!t || t.elapsed) return null;
  return { value: date.serial + t.fraction, format: `${date.format} ${t.seconds ? 'HH:MM:SS' : 'HH:MM'}` };
}

/** A typed percentage (`12,5 %`): the number and a percent format with the decimals typed. */
export function parseTypedPercent(text: string, locale: string): { value: number; format: string } | null {
  const trimmed = text.trim();
  if (!trimmed.endsWith('%')) return null;
  const value = parseLocaleNumber(trimmed, locale);
  if (value === null) return null;
  const decimals = /[.,](\d+)\s*%$/.exec(trimmed)?.[1]?.length ?? 0;
  return { value, format: decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 10))}%` : '0%' };
}

/**
 * Typed text to engine content, as {@link parseCellInput}, plus dates, times and percentages
 * with the number format they were typed in.
 */
export function parseTypedEntry(text: string, locale: string, words: BooleanWords, date1904 = false, today = new Date()): TypedEntry {
  if (text === '' || text.startsWith('=') || text.startsWith("'")) return { raw: parseCellInput(text, locale, words) };
  const percent = parseTypedPercent(text, locale);
  if (percent) return { raw: percent.value, format: percent.format };
  const raw = parseCellInput(text, locale, words);
  if (typeof raw === 'number' || typeof raw === 'boolean') return { raw };
  const dated = parseTypedDateTime(text, locale, date1904, today);
  if (dated) return { raw: dated.value, format: dated.format };
  return { raw };
}

type Kind = 'date' | 'time' | 'datetime' | 'percent' | 'other';

const kindCache = new Map<string, Kind>();

/** What a number format shows: dates, times, both, percentages or anything else. */
export function formatKind(code: string | undefined): Kind {
  if (!code) return 'other';
  let kind = kindCache.get(code);
  if (kind) return kind;
  const first = parseFormatCode(code)[0];
  kind = 'other';
  if (first?.isDate) {
    const codes = first.tokens.flatMap((t) => (t.kind === 'date' ? [t.code] : t.kind === 'elapsed' || t.kind === 'ampm' ? ['h'] : []));
    const hasTime = codes.some((c) => c.startsWith('h') || c.startsWith('s'));
    const hasDate = codes.some((c) => c.startsWith('d') || c.startsWith('y') || c.startsWith('e')) || (!hasTime && codes.some((c) => c.startsWith('m')));
    kind = hasDate && hasTime ? 'datetime' : hasTime ? 'time' : 'date';
  } else if (first?.tokens.some((t) => t.kind === 'percent')) kind = 'percent';
  if (kindCache.size > 500) kindCache.clear();
  kindCache.set(code, kind);
  return kind;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(serial: number, locale: string, date1904: boolean): string {
  const { year, month, day } = dateOfSerial(serial, date1904);
  const parts: Record<Part, string> = { day: pad(day), month: pad(month), year: String(year) };
  return dateOrder(locale).map((p) => parts[p]).join('/');
}

function timeText(serial: number, elapsed: boolean): string {
  let seconds = Math.round((elapsed ? serial : serial - Math.floor(serial)) * 86_400);
  if (!elapsed) seconds %= 86_400;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${pad(h)}:${pad(m)}:${pad(seconds % 60)}`;
}

/**
 * Text for the cell editor and the formula bar: a number under a date, time or percent format is
 * shown as it would be typed (`28/11/2026`, `14:30:00`, `12,5%`), anything else as {@link editText}.
 */
export function editTextFor(raw: RawContent, formatCode: string | undefined, locale: string, words: BooleanWords, date1904 = false): string {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return editText(raw, locale, words);
  const kind = formatKind(formatCode);
  if (kind === 'percent') return `${editText(Number((raw * 100).toPrecision(15)), locale, words)}%`;
  if (raw < 0 || kind === 'other') return editText(raw, locale, words);
  if (kind === 'time' && raw < 1) return timeText(raw, false);
  if (kind === 'time') return /\[h/i.test(formatCode ?? '') ? timeText(raw, true) : `${dateText(raw, locale, date1904)} ${timeText(raw, false)}`;
  const hasTime = raw !== Math.floor(raw);
  if (kind === 'date' && !hasTime) return dateText(raw, locale, date1904);
  return `${dateText(raw, locale, date1904)} ${timeText(raw, false)}`;
}
