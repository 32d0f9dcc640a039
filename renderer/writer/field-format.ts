/**
 * What a field shows: a date or time through its Word picture (ECMA-376 Part 1, 17.16.4.1, the
 * `\@` switch: `d dd ddd dddd`, `M MM MMM MMMM`, `yy yyyy`, `H HH`, `h hh`, `m mm`, `s ss`,
 * `AM/PM`, literal text in single quotes), with month and day names in the document's language,
 * and the title or author from the document's properties.
 *
 * The model keeps a formatted date as its Word instruction (` DATE \@ "d MMMM yyyy" `): the
 * format layer writes it as a DOCX field and as an ODF `text:date` with a data style
 * (`packages/formats/src/text/date-picture.ts`), so the pictures offered here are among those
 * both formats keep.
 */
import type { FieldKind } from '@ostal/model';

/** Date pictures offered in the field dialog, the first one the default (as Word's French default). */
export const DATE_PICTURES: readonly string[] = ['d MMMM yyyy', 'dd/MM/yyyy', 'dddd d MMMM yyyy', 'd MMM yyyy', 'yyyy-MM-dd', 'MMMM yyyy'];
/** Time pictures offered in the field dialog. */
export const TIME_PICTURES: readonly string[] = ['HH:mm', 'HH:mm:ss', 'h:mm AM/PM'];

/** What the field dialog edits: the kind, the picture of a date or time, fixed or updated. */
export interface FieldSpec {
  readonly kind: Exclude<FieldKind, 'other'>;
  /** The date or time picture; ignored for the other kinds. */
  readonly picture: string;
  /** The result stays as it is (ODF `text:fixed`, DOCX `w:fldLock`). */
  readonly fixed: boolean;
}

/** Kinds offered by Insertion ▸ Champ, in the order of the list. */
export const INSERTABLE_FIELDS: readonly FieldSpec['kind'][] = ['page-number', 'page-count', 'date', 'time', 'title', 'author', 'file-name'];

/** What updating a field needs to know about the document and the moment. */
export interface FieldContext {
  readonly now: Date;
  /** BCP 47 language of the document (month and day names). */
  readonly language: string;
  readonly title: string;
  readonly author: string;
  readonly fileName: string;
}

/** The Word instruction of a date or time with `picture`. Same form as the format layer's `datePictureInstruction`. */
export function pictureInstruction(kind: 'date' | 'time', picture: string): string {
  return ` ${kind === 'time' ? 'TIME' : 'DATE'} \\@ "${picture.replace(/"/g, '')}" `;
}

/** The picture of a date or time instruction (` DATE \@ "dd/MM/yyyy" ` → `dd/MM/yyyy`), or null when it has none. */
export function pictureOfInstruction(instruction: string): string | null {
  const m = /\\@\s*"([^"]*)"/.exec(instruction) ?? /\\@\s*(\S+)/.exec(instruction);
  return m ? m[1]! : null;
}

/** The instruction a field of `spec` keeps: '' for a plain kind (writers write its canonical form). */
export function instructionOf(spec: FieldSpec): string {
  return spec.kind === 'date' || spec.kind === 'time' ? pictureInstruction(spec.kind, spec.picture) : '';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Shows `date` through a Word date-time picture, names in `language`. */
export function formatPicture(date: Date, picture: string, language: string): string {
  const name = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language, options).format(date);
  const twelve = /AM\/PM/i.test(picture);
  let out = '';
  for (const t of picture.matchAll(/'([^']*)'|(AM\/PM|am\/pm)|([dMyHhms])\3*|(.)/gs)) {
    if (t[1] !== undefined) out += t[1];
    else if (t[2] !== undefined) out += date.getHours() < 12 ? 'AM' : 'PM';
    else if (t[4] !== undefined) out += t[4];
    else {
      const run = t[0];
      const n = run.length;
      switch (run.charAt(0)) {
        case 'd':
          out += n >= 4 ? name({ weekday: 'long' }) : n === 3 ? name({ weekday: 'short' }) : pad(date.getDate(), n);
          break;
        case 'M':
          out += n >= 4 ? name({ month: 'long' }) : n === 3 ? name({ month: 'short' }) : pad(date.getMonth() + 1, n);
          break;
        case 'y':
          out += n <= 2 ? pad(date.getFullYear() % 100, 2) : String(date.getFullYear());
          break;
        case 'H':
          out += pad(date.getHours(), Math.min(n, 2));
          break;
        case 'h':
          out += pad(twelve ? date.getHours() % 12 || 12 : date.getHours(), Math.min(n, 2));
          break;
        case 'm':
          out += pad(date.getMinutes(), Math.min(n, 2));
          break;
        default:
          out += pad(date.getSeconds(), Math.min(n, 2));
      }
    }
  }
  return out;
}

/** The ISO local date-time a fixed date or time field stores (`yyyy-MM-ddTHH:mm:ss`). */
export function isoLocal(date: Date): string {
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}T${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/** The moment a field's stored value says (`yyyy-MM-dd`, `yyyy-MM-ddTHH:mm:ss` or `HH:mm:ss`, local time), or null. */
export function dateOfValue(value: string | null): Date | null {
  if (value === null) return null;
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?T?(?:(\d{2}):(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return null;
  const today = new Date();
  return new Date(
    m[1] ? Number(m[1]) : today.getFullYear(),
    m[2] ? Number(m[2]) - 1 : today.getMonth(),
    m[3] ? Number(m[3]) : today.getDate(),
    m[4] ? Number(m[4]) : 0,
    m[5] ? Number(m[5]) : 0,
    m[6] ? Number(m[6]) : 0,
  );
}

/**
 * The result a field of `spec` shows at `at` (the moment for a date or time), or null when the
 * editor cannot compute it (page numbers and counts: pages exist only in the print layout,
 * which fills them in per page).
 */
export function fieldResultOf(spec: Pick<FieldSpec, 'kind' | 'picture'>, context: FieldContext, at: Date = context.now): string | null {
  switch (spec.kind) {
    case 'date':
    case 'time':
      return formatPicture(at, spec.picture, context.language);
    case 'title':
      return context.title;
    case 'author':
      return context.author;
    case 'file-name':
      return context.fileName === '' ? null : context.fileName;
    case 'page-number':
    case 'page-count':
      return null;
  }
}

/** The result a field with `attrs` gets on updating, or null when it keeps its own (fixed, unknown, page numbers). */
export function updatedFieldResult(attrs: Readonly<Record<string, unknown>>, context: FieldContext): string | null {
  const kind = attrs.kind as FieldSpec['kind'] | 'other';
  if (attrs.fixed === true || kind === 'other') return null;
  const picture = pictureOfInstruction(String(attrs.instruction)) ?? (kind === 'time' ? TIME_PICTURES[0]! : DATE_PICTURES[0]!);
  const result = fieldResultOf({ kind, picture }, context);
  return result !== null && result !== attrs.result ? result : null;
}
