/**
 * The stored value of a fixed (non-updating) date or time field: ODF keeps it in
 * `text:date-value` / `text:time-value` (ODF 1.3 Part 3, 19.870 / 19.882: dateOrDateTime,
 * timeOrDateTime), WordprocessingML only as the field's last result text. The model's `value`
 * (`packages/model/src/text-field-schema.ts`) is ISO 8601: `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm:ss`
 * or (times only) `HH:mm:ss`.
 *
 * From DOCX the value is read back out of the result through the field's Word picture
 * (`\@ "d MMMM yyyy"`: day, month number or French/English month name, year, hours, minutes,
 * seconds, AM/PM), so that LibreOffice shows the fixed date rather than today's.
 */
import { isFieldValue } from '@ostal/model';

const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];

function monthOfName(name: string): number | undefined {
  const key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const i = MONTHS.findIndex((names) => names.includes(key));
  return i < 0 ? undefined : i + 1;
}

type Part = 'day' | 'month' | 'monthName' | 'year2' | 'year4' | 'hour' | 'minute' | 'second' | 'ampm' | 'skip';

const PART_PATTERN: Readonly<Record<Part, string>> = {
  day: '(\\d{1,2})',
  month: '(\\d{1,2})',
  monthName: '(\\p{L}+\\.?)',
  year2: '(\\d{2})',
  year4: '(\\d{4})',
  hour: '(\\d{1,2})',
  minute: '(\\d{1,2})',
  second: '(\\d{1,2})',
  ampm: '([AaPp]\\.?[Mm]\\.?)',
  skip: '(\\p{L}+\\.?)',
};

/** A regular expression matching what Word shows for `picture`, and which capture is which. */
function pictureMatcher(picture: string): { readonly re: RegExp; readonly parts: readonly Part[] } | null {
  const parts: Part[] = [];
  let source = '';
  for (const t of picture.matchAll(/'([^']*)'|(AM\/PM|am\/pm)|([dMyHhms])\3*|(\s+)|(.)/g)) {
    const literal = t[1] ?? t[5];
    if (literal !== undefined) source += literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (t[4] !== undefined) source += '\\s+';
    else {
      let part: Part;
      if (t[2] !== undefined) part = 'ampm';
      else {
        const run = t[0];
        const c = run[0]!;
        if (c === 'd') part = run.length >= 3 ? 'skip' : 'day';
        else if (c === 'M') part = run.length >= 3 ? 'monthName' : 'month';
        else if (c === 'y') part = run.length <= 2 ? 'year2' : 'year4';
        else if (c === 'H' || c === 'h') part = 'hour';
        else if (c === 'm') part = 'minute';
        else part = 'second';
      }
      parts.push(part);
      source += PART_PATTERN[part];
    }
  }
  if (parts.length === 0) return null;
  return { re: new RegExp(`^\\s*${source}\\s*$`, 'u'), parts };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The ISO value a date or time field of `kind` shows as `result` through Word picture
 * `picture`, or null when the result does not read as a whole date (day, month, year) or time
 * (hours, minutes).
 */
export function fieldValueOfResult(kind: 'date' | 'time', picture: string, result: string): string | null {
  const matcher = pictureMatcher(picture);
  // Non-breaking and narrow spaces (French typography) count as spaces.
  const m = matcher?.re.exec(result.replace(/[\u00a0\u202f]/g, ' '));
  if (!matcher || !m) return null;
  const got: Partial<Record<Part, string>> = {};
  matcher.parts.forEach((part, i) => {
    got[part] ??= m[i + 1];
  });
  const year = got.year4 !== undefined ? Number(got.year4) : got.year2 !== undefined ? (Number(got.year2) < 50 ? 2000 : 1900) + Number(got.year2) : undefined;
  const month = got.month !== undefined ? Number(got.month) : got.monthName !== undefined ? monthOfName(got.monthName) : undefined;
  const day = got.day !== undefined ? Number(got.day) : undefined;
  let hour = got.hour !== undefined ? Number(got.hour) : undefined;
  const minute = got.minute !== undefined ? Number(got.minute) : undefined;
  const second = got.second !== undefined ? Number(got.second) : 0;
  if (hour !== undefined && got.ampm !== undefined) {
    const pm = /^p/i.test(got.ampm);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const date = year !== undefined && month !== undefined && day !== undefined ? `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` : null;
  const time = hour !== undefined && minute !== undefined ? `${pad(hour)}:${pad(minute)}:${pad(second)}` : null;
  const value = date !== null && time !== null ? `${date}T${time}` : kind === 'date' ? date : time;
  return value !== null && isFieldValue(value) && validParts(year, month, day, hour, minute, second) ? value : null;
}

function validParts(year?: number, month?: number, day?: number, hour?: number, minute?: number, second?: number): boolean {
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year ?? 2000, month ?? 1, 0)).getUTCDate())) return false;
  return (hour === undefined || hour <= 23) && (minute === undefined || minute <= 59) && (second === undefined || second <= 59);
}

/** A value `text:date-value` / `text:time-value` holds, as the model keeps it (ODF 1.1 `PT14H30M00S` durations read as times), or null. */
export function fieldValueOfOdf(kind: 'date' | 'time', value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  const duration = /^PT(\d{1,2})H(\d{1,2})M(\d{1,2})(?:\.\d+)?S$/.exec(v);
  const iso = duration ? `${pad(Number(duration[1]))}:${pad(Number(duration[2]))}:${pad(Number(duration[3]))}` : v.replace(/(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/, '');
  if (!isFieldValue(iso)) return null;
  // A date field keeps a date (or date and time), a time field a time (or date and time).
  if (kind === 'date' ? !/^\d{4}-/.test(iso) : !iso.includes(':')) return null;
  return iso;
}
